#include "preferences/shortcut_settings.h"

#include <QAction>
#include <QVariant>

namespace likeness::ui {

namespace {
const char* const kDefaultsProperty = "likenessDefaultShortcuts";

/// Replaces the " (old keys)" suffix tooltips from setActionTips() (app/action_tips.h) carry.
void updateToolTip(QAction* action, const QList<QKeySequence>& before, const QList<QKeySequence>& after) {
    QString tip = action->toolTip();
    if (!before.isEmpty()) {
        const QString oldSuffix = shortcutsSuffix(before);
        if (!tip.endsWith(oldSuffix)) return;  // a tooltip of its own making: leave it alone
        tip.chop(oldSuffix.size());
    } else if (after.isEmpty()) {
        return;
    }
    tip += shortcutsSuffix(after);
    action->setToolTip(tip);
}
} // namespace

QList<QKeySequence> defaultShortcuts(QAction* action) {
    if (!action) return {};
    const QVariant stored = action->property(kDefaultsProperty);
    if (stored.isValid()) return stored.value<QList<QKeySequence>>();
    const QList<QKeySequence> defaults = action->shortcuts();
    action->setProperty(kDefaultsProperty, QVariant::fromValue(defaults));
    return defaults;
}

void applyShortcuts(const QList<QAction*>& actions, const QMap<QString, QKeySequence>& shortcuts) {
    for (QAction* action : actions) {
        if (!action || action->objectName().isEmpty()) continue;
        const QList<QKeySequence> defaults = defaultShortcuts(action);
        const auto it = shortcuts.constFind(action->objectName());
        QList<QKeySequence> wanted = defaults;
        if (it != shortcuts.constEnd()) {
            wanted.clear();
            if (!it.value().isEmpty()) wanted << it.value();
        }
        const QList<QKeySequence> before = action->shortcuts();
        if (before == wanted) continue;
        action->setShortcuts(wanted);
        updateToolTip(action, before, wanted);
    }
}

} // namespace likeness::ui
