#include "main_window/busy_indicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace likeness::ui {

BusyIndicator::BusyIndicator(QWidget* parent) : QWidget(parent) {
    m_label = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0);  // indeterminate
    m_bar->setTextVisible(false);
    m_bar->setMaximumSize(100, 12);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    setToolTip(tr("Face analysis is running in the background"));
    setVisible(false);
}

void BusyIndicator::setBusy(bool busy, const QString& text) {
    m_busy = busy;
    m_label->setText(text);
    setVisible(busy);
}

} // namespace likeness::ui
