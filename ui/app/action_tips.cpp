#include "app/action_tips.h"

#include <QAction>
#include <QStringList>

namespace likeness::ui {

QString shortcutsText(const QList<QKeySequence>& shortcuts) {
    QStringList keys;
    for (const QKeySequence& key : shortcuts)
        if (!key.isEmpty()) keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

QString shortcutsSuffix(const QList<QKeySequence>& shortcuts) {
    const QString keys = shortcutsText(shortcuts);
    return keys.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(keys);
}

void setActionTips(QAction* action, const QString& description) {
    action->setToolTip(description + shortcutsSuffix(action->shortcuts()));
    action->setStatusTip(description);
}

} // namespace likeness::ui
