#pragma once
// Putting saved preferences into effect at start-up (the language is installed
// earlier, by runStudio() through chooseLanguage(), which reads the same setting).
#include <QList>

#include "preferences/preferences.h"

class QAction;
class QApplication;

namespace likeness::ui {

/// Applies the theme and the shortcuts of `prefs` to `app` and `actions`.
void applyPreferences(QApplication& app, const StudioPreferences& prefs, const QList<QAction*>& actions);

} // namespace likeness::ui
