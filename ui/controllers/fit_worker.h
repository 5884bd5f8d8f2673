#pragma once
// The fit controller's worker thread side: runs one FitJob at a time.
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

#include <QImage>
#include <QObject>
#include <QString>

#include "analysis/face_analysis_types.h"
#include "common/cancel_token.h"
#include "controllers/fit_job.h"
#include "controllers/fit_snapshot.h"

namespace likeness::ui {

/// Shared between the GUI thread and the worker for one run: cancellation and
/// pausing. The worker waits in waitWhilePaused() (called from the loss sink).
struct FitRunControl {
    likeness::CancelToken token;

    void cancel();
    void setPaused(bool paused);
    bool pauseRequested() const;
    /// Blocks while paused and not cancelled; returns the time spent waiting (ms).
    double waitWhilePaused();

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_paused = false;
};

/// One fit to run.
struct FitRequest {
    quint64 id = 0;
    QString path;
    QImage photo;                    // implicitly shared; converted in the worker
    likeness::FaceObservation face;
    likeness::CoarseFitOptions options;
    std::shared_ptr<FitRunControl> control;
    std::shared_ptr<const std::atomic<int>> minIntervalMs;  // progress throttle
};

class FitWorker : public QObject {
    Q_OBJECT
public:
    explicit FitWorker(FitJob job);

    /// Runs `request` to its end (called in the worker thread).
    void run(const FitRequest& request);

Q_SIGNALS:
    void progressed(const likeness::ui::FitProgressPtr& progress);
    void finished(const likeness::ui::FitResultPtr& result);
    void failed(const likeness::ui::FitFailure& failure);
    void cancelled(quint64 requestId);

private:
    FitJob m_job;
};

/// Builds the GUI's view of a fit over a `width` x `height` photo: the projected
/// mesh and the core's render (at most about kMaxRenderPixels, scaled down for larger photos).
constexpr double kMaxRenderPixels = 4.0e6;
std::shared_ptr<FitResult> makeFitResult(quint64 requestId, const QString& path, likeness::FaceFit fit, int width, int height);

} // namespace likeness::ui
