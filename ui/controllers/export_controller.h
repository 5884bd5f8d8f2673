#pragma once
// Runs the export of a fit (likeness::exportFit) off the GUI thread and reports
// back through queued signals.
#include <memory>

#include <QObject>
#include <QString>

#include "common/cancel_token.h"
#include "controllers/export_job.h"
#include "controllers/export_worker.h"
#include "controllers/fit_snapshot.h"
#include "export/export_job.h"

class QThread;

namespace likeness {
class FaceTopology;
}

namespace likeness::ui {

/// Owns a worker thread that runs an ExportJob (by default likeness::exportFit)
/// on one fit.
///
/// - Progress: every report of the core reaches progressed() (a handful per
///   export: the asset build, then one per format, then "done" at 1.0).
/// - Cancel: cancel() triggers the job's CancelToken; the core checks it after
///   building the asset and between formats (files already written stay
///   complete) and cancelled() follows. A cancel that reaches the job only after
///   its last file was written ends with finished(): the files are complete.
/// - A new start() supersedes the running export: it is cancelled and nothing
///   more is signalled for it; the new one runs once it has stopped.
/// All signals arrive on the controller's (GUI) thread.
class ExportController : public QObject {
    Q_OBJECT
public:
    /// `job` = the work to run; coreExportJob() is the core's exportFit.
    explicit ExportController(ExportJob job = coreExportJob(), QObject* parent = nullptr);
    ~ExportController() override;

    /// Exports `fit` into `folder` with `options`; returns the request id.
    /// `topology` null = the worker loads likeness::FaceTopology::load() (once).
    quint64 start(const FitResultPtr& fit, const QString& folder, const likeness::ExportJobOptions& options,
                  std::shared_ptr<const likeness::FaceTopology> topology = {});
    /// Stops the running export; cancelled() (or finished(), see above) follows.
    void cancel();

    bool isRunning() const { return m_activeId != 0; }
    /// A cancel() was requested and the worker has not stopped yet.
    bool isCancelling() const { return m_cancelling; }
    quint64 activeRequestId() const { return m_activeId; }

Q_SIGNALS:
    /// The core's stage text (English, as reported) and the fraction done, 0..1.
    void progressed(quint64 requestId, const QString& stage, double fraction);
    void finished(const likeness::ui::ExportResultPtr& result);
    void failed(const likeness::ui::ExportFailure& failure);
    void cancelled(quint64 requestId);
    void runningChanged(bool running);

private Q_SLOTS:
    void onProgress(quint64 requestId, const QString& stage, double fraction);
    void onFinished(const likeness::ui::ExportResultPtr& result);
    void onFailed(const likeness::ui::ExportFailure& failure);
    void onCancelled(quint64 requestId);

private:
    void setActive(quint64 requestId);

    QThread* m_thread = nullptr;
    ExportWorker* m_worker = nullptr;      // lives in m_thread
    likeness::CancelToken m_token;         // of the active export
    quint64 m_nextId = 1;
    quint64 m_activeId = 0;
    bool m_cancelling = false;
};

/// The user-facing text of a core progress stage ("writing glb" -> "Writing glTF binary (.glb)…").
QString exportStageText(const QString& stage);

} // namespace likeness::ui
