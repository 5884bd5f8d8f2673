#include "main_window/status_monitor.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

#include "common/compute_device.h"

namespace likeness::ui {

namespace {
/// "cuda:1" → 1; "cuda" → 0.
int cudaIndex(const QString& device) {
    const int colon = device.indexOf(QLatin1Char(':'));
    if (colon < 0) return 0;
    bool ok = false;
    const int index = device.mid(colon + 1).toInt(&ok);
    return ok && index >= 0 ? index : 0;
}

bool isCuda(const QString& device) { return device.startsWith(QLatin1String("cuda"), Qt::CaseInsensitive); }
} // namespace

StatusMonitor::StatusMonitor(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("statusMonitor"));
    m_deviceLabel = new QLabel(this);
    m_deviceLabel->setObjectName(QStringLiteral("statusDevice"));
    m_memoryLabel = new QLabel(this);
    m_memoryLabel->setObjectName(QStringLiteral("statusMemory"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_deviceLabel);
    layout->addWidget(m_memoryLabel);

    m_cpuThreads = likeness::computeThreadCount();
    m_timer = new QTimer(this);
    m_timer->setInterval(kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &StatusMonitor::refresh);
    m_timer->start();
    retranslate();
    refresh();
}

void StatusMonitor::setDevice(const QString& device) {
    m_device = device.trimmed();
    m_gpuName.clear();
    if (isCuda(m_device)) m_gpuName = QString::fromStdString(likeness::cudaDeviceName(cudaIndex(m_device)));
    else m_cpuThreads = likeness::computeThreadCount();  // the analyser may have changed LibTorch's threads
    updateDeviceText();
}

void StatusMonitor::setInterval(int ms) { m_timer->setInterval(std::max(100, ms)); }

int StatusMonitor::interval() const { return m_timer->interval(); }

void StatusMonitor::refresh() {
    m_memory = readProcessMemory();
    ++m_refreshes;
    updateMemoryText();
    Q_EMIT memoryUpdated(m_memory);
}

void StatusMonitor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void StatusMonitor::retranslate() {
    updateDeviceText();
    updateMemoryText();
}

void StatusMonitor::updateDeviceText() {
    if (isCuda(m_device)) {
        const QString name = m_gpuName.isEmpty() ? m_device : m_gpuName;
        m_deviceLabel->setText(tr("GPU: %1").arg(name));
        m_deviceLabel->setToolTip(tr("The face analysis and the fit run on the graphics card %1 (%2)")
                                      .arg(name, m_device));
        return;
    }
    m_deviceLabel->setText(tr("CPU · %n thread(s)", "", m_cpuThreads));
    m_deviceLabel->setToolTip(m_device.isEmpty()
                                  ? tr("The face analysis and the fit run on the processor (%n thread(s)); "
                                       "the analyser has not been loaded yet", "", m_cpuThreads)
                                  : tr("The face analysis and the fit run on the processor (%n thread(s))", "",
                                       m_cpuThreads));
}

void StatusMonitor::updateMemoryText() {
    if (!m_memory.valid) {
        m_memoryLabel->setText(tr("Memory: –"));
        m_memoryLabel->setToolTip(tr("The memory use is not available on this system"));
        return;
    }
    m_memoryLabel->setText(tr("Memory: %1").arg(formatMemory(m_memory.residentBytes)));
    const QString peak = m_memory.peakBytes > 0 ? formatMemory(m_memory.peakBytes) : tr("unknown");
    m_memoryLabel->setToolTip(tr("Memory Likeness uses now (resident set): %1\nPeak since start: %2\n"
                                 "Updated every %n second(s)", "", std::max(1, m_timer->interval() / 1000))
                                  .arg(formatMemory(m_memory.residentBytes), peak));
}

} // namespace likeness::ui
