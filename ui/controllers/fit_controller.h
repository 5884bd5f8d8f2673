#pragma once
// Runs the fit of one face off the GUI thread (the coarse fit, then optionally the
// medium and fine map stages) and reports back through queued signals with
// immutable snapshots.
#include <atomic>
#include <memory>

#include <QObject>
#include <QImage>
#include <QString>

#include "analysis/face_analysis_types.h"
#include "controllers/fit_job.h"
#include "controllers/fit_snapshot.h"

class QThread;

namespace likeness::ui {

class FitWorker;
struct FitRunControl;

/// Owns a worker thread that runs a FitJob (by default likeness::fitCoarse) on
/// one photo and the face selected in it, then the AppearanceJob (by default
/// likeness::fitAppearance) when map stages are chosen.
///
/// - Progress: every iteration's LossSnapshot reaches progressed(), throttled to
///   at most maxUpdatesPerSecond() signals a second; the first one and the last
///   one of a run are always delivered, and a paused fit delivers the snapshot it
///   paused at. Iterations in the delivered snapshots increase strictly, also
///   across the boundary of the coarse fit and the map stages; FitProgress::total
///   counts all the stages' iterations.
/// - Cancel: cancel() triggers the job's CancelToken; the fit stops at its next
///   check and cancelled() follows (never finished() after a cancel()). A run
///   cancelled during its map stages keeps the coarse fit and the map stages that
///   had finished: cancelled()'s `kept` (FitResult::cancelled set); else `kept` is null.
/// - Pause: setPaused(true) blocks the worker inside the loss sink, i.e. at the
///   end of the current iteration, on a condition variable (no CPU use while
///   paused; cancel() and resume wake it). Pauses take effect only between
///   iterations; work before the first iteration (model set-up) is not paused.
/// - A new start() supersedes the running fit: it is cancelled and nothing more
///   is signalled for it.
/// All signals arrive on the controller's (GUI) thread.
class FitController : public QObject {
    Q_OBJECT
public:
    /// `job` = the work to run; coarseFitJob() is the core's coarse fit.
    explicit FitController(FitJob job = coarseFitJob(), QObject* parent = nullptr);
    /// `appearanceJob` = the map stages; appearanceFitJob() is the core's.
    FitController(FitJob job, AppearanceJob appearanceJob, QObject* parent = nullptr);
    ~FitController() override;

    /// Fits `face` in `photo` (as shown: the analysed image) with `options`;
    /// returns the request id. `path` only labels the result.
    quint64 start(const QImage& photo, const likeness::FaceObservation& face,
                  const likeness::CoarseFitOptions& options, const QString& path = {});
    /// The same, followed by the map stages `appearance` chooses (medium, fine; none
    /// when both are false); their iteration numbering is set here.
    quint64 start(const QImage& photo, const likeness::FaceObservation& face,
                  const likeness::CoarseFitOptions& options, const likeness::AppearanceOptions& appearance,
                  const QString& path = {});
    /// Stops the running fit; cancelled() follows once the worker has stopped.
    void cancel();
    /// Pauses or resumes the running fit (no effect when idle).
    void setPaused(bool paused);
    void pause() { setPaused(true); }
    void resume() { setPaused(false); }

    bool isRunning() const { return m_activeId != 0; }
    bool isPaused() const { return m_paused; }
    /// A cancel() was requested and the worker has not stopped yet.
    bool isCancelling() const { return m_cancelling; }
    quint64 activeRequestId() const { return m_activeId; }

    /// Throttle of progressed() (default 30; <= 0 = every iteration).
    void setMaxUpdatesPerSecond(int updatesPerSecond);
    int maxUpdatesPerSecond() const;

Q_SIGNALS:
    /// The run's loss terms and progress (throttled, in iteration order).
    void progressed(const likeness::ui::FitProgressPtr& progress);
    void finished(const likeness::ui::FitResultPtr& result);
    /// A stage finished and more follow (today: the coarse fit before the map stages):
    /// the fit so far, without a render; for autosaves, not for display.
    void stageFinished(const likeness::ui::FitResultPtr& partial);
    void failed(const likeness::ui::FitFailure& failure);
    /// `kept`: what a run cancelled during its map stages keeps (null when nothing).
    void cancelled(quint64 requestId, const likeness::ui::FitResultPtr& kept);
    void runningChanged(bool running);
    void pausedChanged(bool paused);

private Q_SLOTS:
    void onProgress(const likeness::ui::FitProgressPtr& progress);
    void onFinished(const likeness::ui::FitResultPtr& result);
    void onFailed(const likeness::ui::FitFailure& failure);
    void onCancelled(quint64 requestId, const likeness::ui::FitResultPtr& kept);

private:
    void setActive(quint64 requestId);
    void setPausedState(bool paused);

    QThread* m_thread = nullptr;
    FitWorker* m_worker = nullptr;                 // lives in m_thread
    std::shared_ptr<FitRunControl> m_control;      // of the active run
    std::shared_ptr<std::atomic<int>> m_minIntervalMs;  // throttle, read by the worker
    quint64 m_nextId = 1;
    quint64 m_activeId = 0;
    bool m_paused = false;
    bool m_cancelling = false;
};

} // namespace likeness::ui
