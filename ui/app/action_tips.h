#pragma once
// One way to describe an action everywhere: the tooltip names its shortcuts.
#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;

namespace likeness::ui {

/// "Ctrl+O, F": shortcuts as the user reads them (native text, in the current language).
QString shortcutsText(const QList<QKeySequence>& shortcuts);

/// " (Ctrl+O, F)", the tail setActionTips() gives a tooltip; empty without shortcuts.
QString shortcutsSuffix(const QList<QKeySequence>& shortcuts);

/// Tooltip = description plus the action's shortcuts, e.g. "Fit the face (Ctrl+R)";
/// the status tip is the description alone. Call after setting the shortcuts.
void setActionTips(QAction* action, const QString& description);

} // namespace likeness::ui
