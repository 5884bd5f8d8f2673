// likeness: the studio's GUI (a thin main; everything lives in likeness_ui).
#include "app/studio_app.h"

int main(int argc, char** argv) { return likeness::ui::runStudio(argc, argv); }
