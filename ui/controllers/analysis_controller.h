#pragma once
// Runs face analysis off the GUI thread and reports back through queued signals.
#include <memory>

#include <QObject>
#include <QString>

#include "controllers/analysis_snapshot.h"
#include "controllers/analysis_worker.h"

class QThread;

namespace likeness::ui {

class AnalysisQueue;

/// Owns a worker thread with its own FaceAnalyzer (created there on the first
/// request; the analyser is not thread-safe). Requests are identified by
/// increasing ids; a newer request supersedes an older one that is pending or
/// running (the running one is cancelled), and only the latest request's
/// outcome is signalled. All signals arrive on the controller's (GUI) thread.
///
/// While it exists, the controller also routes the core's warnings
/// (likeness::logWarning) to warningReported().
class AnalysisController : public QObject {
    Q_OBJECT
public:
    explicit AnalysisController(const AnalysisControllerOptions& options = {},
                                QObject* parent = nullptr);
    ~AnalysisController() override;

    /// Loads and analyses `path` in the worker; returns the request id.
    quint64 analyzeFile(const QString& path);
    /// Loads the analyser in the worker now rather than on the first request
    /// (deviceChanged() follows on success; errors surface with the first request).
    void warmUp();
    /// Drops the pending request and cancels the running one; nothing more is
    /// signalled for them.
    void cancel();

    /// A request is waiting for its outcome.
    bool isBusy() const { return m_activeId != 0; }
    /// Id of the latest request whose outcome is still awaited (0 when idle).
    quint64 activeRequestId() const { return m_activeId; }
    /// The analyser's device ("cpu", "cuda:0"); empty until it has been loaded.
    QString deviceName() const { return m_deviceName; }

Q_SIGNALS:
    /// The photo of the active request is decoded (analysis still running).
    void imageLoaded(quint64 requestId, const QString& path, const QImage& image);
    /// The active request finished; `snapshot->result.faces` may be empty (no face).
    void analysisFinished(const likeness::ui::AnalysisSnapshotPtr& snapshot);
    /// The active request failed (unreadable image, missing assets, ...).
    void analysisFailed(const likeness::ui::AnalysisFailure& failure);
    void busyChanged(bool busy);
    /// The worker's analyser is loaded and runs on `deviceName`.
    void deviceChanged(const QString& deviceName);
    /// A warning from the core (e.g. "no GPU, using the CPU").
    void warningReported(const QString& message);

private Q_SLOTS:
    void onImageLoaded(quint64 requestId, const QString& path, const QImage& image);
    void onFinished(const likeness::ui::AnalysisSnapshotPtr& snapshot);
    void onFailed(const likeness::ui::AnalysisFailure& failure);
    void onCancelled(quint64 requestId);
    void onAnalyzerReady(const QString& deviceName);

private:
    void setActive(quint64 requestId);

    std::shared_ptr<AnalysisQueue> m_queue;
    QThread* m_thread = nullptr;
    AnalysisWorker* m_worker = nullptr;  // lives in m_thread
    quint64 m_nextId = 1;
    quint64 m_activeId = 0;
    QString m_deviceName;
};

} // namespace likeness::ui
