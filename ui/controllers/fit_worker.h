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

/// One fit to run: the coarse fit, then the map stages chosen in `appearance`.
struct FitRequest {
    quint64 id = 0;
    QString path;
    QImage photo;                    // implicitly shared; converted in the worker
    likeness::FaceObservation face;
    likeness::CoarseFitOptions options;
    likeness::AppearanceOptions appearance = coarseOnly();  // medium/fine false: the coarse fit alone
    std::shared_ptr<FitRunControl> control;
    std::shared_ptr<const std::atomic<int>> minIntervalMs;  // progress throttle

    /// Appearance options that run no map stage.
    static likeness::AppearanceOptions coarseOnly() {
        likeness::AppearanceOptions o;
        o.medium = o.fine = false;
        return o;
    }
    bool hasMapStages() const { return appearance.medium || appearance.fine; }
    /// Iterations of the map stages chosen (0 for the coarse fit alone).
    int mapIterations() const {
        return (appearance.medium ? appearance.mediumIterations : 0) + (appearance.fine ? appearance.fineIterations : 0);
    }
};

/// Runs a request's coarse fit and then, on the same thread with the same cancel
/// token and loss sink, its map stages (the snapshots' iterations continue the
/// coarse fit's). A cancel during the map stages keeps the coarse fit and the
/// stages that finished (`cancelled` carries them); an error there reports the
/// coarse fit as the last good state.
class FitWorker : public QObject {
    Q_OBJECT
public:
    explicit FitWorker(FitJob job, AppearanceJob appearanceJob = appearanceFitJob());

    /// Runs `request` to its end (called in the worker thread).
    void run(const FitRequest& request);

Q_SIGNALS:
    void progressed(const likeness::ui::FitProgressPtr& progress);
    void finished(const likeness::ui::FitResultPtr& result);
    /// The coarse fit finished and map stages follow: the fit so far (no render), for autosaves.
    void stageFinished(const likeness::ui::FitResultPtr& partial);
    void failed(const likeness::ui::FitFailure& failure);
    /// `kept`: what a run cancelled during its map stages keeps (else null).
    void cancelled(quint64 requestId, const likeness::ui::FitResultPtr& kept);

private:
    FitJob m_job;
    AppearanceJob m_appearanceJob;
};

/// Builds the GUI's view of a fit over a `width` x `height` photo: the projected
/// mesh and the core's render (at most about kMaxRenderPixels, scaled down for larger photos).
constexpr double kMaxRenderPixels = 4.0e6;
std::shared_ptr<FitResult> makeFitResult(quint64 requestId, const QString& path, likeness::FaceFit fit, int width, int height);

} // namespace likeness::ui
