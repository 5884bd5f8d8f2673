#pragma once
// Entry point of the `likeness` GUI (app/gui/gui_main.cpp calls it).

namespace likeness::ui {

/// Creates the QApplication, installs the translation, parses the command line
/// and runs the main window (or the hidden --screenshot mode). Returns the exit code.
int runStudio(int argc, char** argv);

} // namespace likeness::ui
