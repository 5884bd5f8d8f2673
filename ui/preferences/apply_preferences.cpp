#include "preferences/apply_preferences.h"

#include <QApplication>

#include "preferences/palette.h"
#include "preferences/shortcut_settings.h"

namespace likeness::ui {

void applyPreferences(QApplication& app, const StudioPreferences& prefs, const QList<QAction*>& actions) {
    StudioPreferences valid = prefs;
    valid.validate();
    // "system" at start-up is what the application already shows: no style change, no repaint.
    if (valid.theme != QLatin1String("system") || currentTheme() != QLatin1String("system"))
        applyTheme(app, valid.theme);
    applyShortcuts(actions, valid.shortcuts);
}

} // namespace likeness::ui
