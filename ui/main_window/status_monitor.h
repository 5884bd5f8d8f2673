#pragma once
// Status-bar monitor: the device the work runs on ("CPU · 8 threads", "GPU: NVIDIA
// H200") and the process's memory ("Memory: 512 MiB", peak in the tooltip),
// refreshed every two seconds.
#include <QString>
#include <QWidget>

#include "main_window/process_memory.h"

class QLabel;
class QTimer;

namespace likeness::ui {

class StatusMonitor : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 2000;

    explicit StatusMonitor(QWidget* parent = nullptr);

    /// The device of the analysis/fit: "cpu", "cuda", "cuda:1" (AnalysisController::deviceChanged's
    /// names); empty = not known yet (shown as the CPU). For CUDA the GPU's name is looked up.
    void setDevice(const QString& device);
    QString device() const { return m_device; }

    /// Refresh interval of the memory figure (ms, at least 100).
    void setInterval(int ms);
    int interval() const;

    /// The figures last read (valid = false where /proc is unavailable).
    ProcessMemory memory() const { return m_memory; }
    /// Number of refreshes so far (tests).
    int refreshCount() const { return m_refreshes; }

    QLabel* deviceLabel() const { return m_deviceLabel; }
    QLabel* memoryLabel() const { return m_memoryLabel; }

public Q_SLOTS:
    /// Reads the memory figures now and updates the label.
    void refresh();

Q_SIGNALS:
    /// After each refresh.
    void memoryUpdated(const likeness::ui::ProcessMemory& memory);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateDeviceText();
    void updateMemoryText();

    QLabel* m_deviceLabel = nullptr;
    QLabel* m_memoryLabel = nullptr;
    QTimer* m_timer = nullptr;
    QString m_device;
    QString m_gpuName;      // looked up once per device change
    int m_cpuThreads = 1;
    ProcessMemory m_memory;
    int m_refreshes = 0;
};

} // namespace likeness::ui
