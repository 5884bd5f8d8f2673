#pragma once
// Applying user-chosen shortcuts to QActions while remembering each action's
// built-in shortcuts (so "Reset to defaults" and a removed preference restore them).
#include <QKeySequence>
#include <QList>
#include <QMap>
#include <QString>

#include "app/action_tips.h"  // shortcutsText, the tooltip suffix

class QAction;

namespace likeness::ui {

/// The action's built-in shortcuts: recorded (as a dynamic property) the first
/// time an action passes through here, before any preference changes them.
QList<QKeySequence> defaultShortcuts(QAction* action);

/// Every action with an objectName gets `shortcuts[objectName]` when present (an
/// empty sequence removes its shortcut), else its default shortcuts. Tooltips that
/// end in the old shortcut ("Open a photo (Ctrl+O)") show the new one.
void applyShortcuts(const QList<QAction*>& actions, const QMap<QString, QKeySequence>& shortcuts);

} // namespace likeness::ui
