#pragma once
// One way to describe an action everywhere: the tooltip names its shortcuts.
class QAction;
class QString;

namespace likeness::ui {

/// Tooltip = description plus the action's shortcuts, e.g. "Fit the face (Ctrl+R)";
/// the status tip is the description alone. Call after setting the shortcuts.
void setActionTips(QAction* action, const QString& description);

} // namespace likeness::ui
