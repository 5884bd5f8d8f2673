#include "app/action_tips.h"

#include <QAction>
#include <QKeySequence>
#include <QStringList>

namespace likeness::ui {

void setActionTips(QAction* action, const QString& description) {
    QString tip = description;
    QStringList keys;
    for (const QKeySequence& key : action->shortcuts())
        if (!key.isEmpty()) keys << key.toString(QKeySequence::NativeText);
    if (!keys.isEmpty()) tip += QStringLiteral(" (%1)").arg(keys.join(QStringLiteral(", ")));
    action->setToolTip(tip);
    action->setStatusTip(description);
}

} // namespace likeness::ui
