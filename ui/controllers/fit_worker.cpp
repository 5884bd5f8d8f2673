#include "controllers/fit_worker.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <exception>
#include <optional>

#include <QElapsedTimer>

#include <opencv2/imgproc.hpp>

#include "common/error.h"
#include "controllers/fit_map_layers.h"
#include "fit/fit_render.h"
#include "imaging/qimage_conversion.h"

namespace likeness::ui {

void FitRunControl::cancel() {
    token.cancel();
    std::lock_guard<std::mutex> lock(m_mutex);
    m_wake.notify_all();
}

void FitRunControl::setPaused(bool paused) {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_paused = paused;
    m_wake.notify_all();
}

bool FitRunControl::pauseRequested() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_paused;
}

double FitRunControl::waitWhilePaused() {
    std::unique_lock<std::mutex> lock(m_mutex);
    if (!m_paused || token.isCancelled()) return 0;
    const auto start = std::chrono::steady_clock::now();
    m_wake.wait(lock, [this] { return !m_paused || token.isCancelled(); });
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

std::shared_ptr<FitResult> makeFitResult(quint64 requestId, const QString& path, likeness::FaceFit fit, int width,
                                         int height) {
    auto result = std::make_shared<FitResult>();
    result->requestId = requestId;
    result->path = path;
    result->fit = std::move(fit);
    if (result->fit.images.empty() || width <= 0 || height <= 0) return result;
    try {
        result->projection = projectFit(result->fit, 0, width, height);
    } catch (const std::exception& e) {
        result->renderError = QString::fromStdString(e.what());
        return result;
    }
    try {
        // The core's own forward model (likeness::renderFitImage), at a reduced size for large photos.
        const double scale = std::min(1.0, std::sqrt(kMaxRenderPixels / (double(width) * double(height))));
        const int rw = std::max(1, int(std::lround(width * scale))), rh = std::max(1, int(std::lround(height * scale)));
        const likeness::FitImageRender render = likeness::renderFitImage(result->fit, 0, rw, rh);
        const cv::Rect box = cv::boundingRect(render.mask);
        if (box.area() > 0) {
            QImage image(box.width, box.height, QImage::Format_ARGB32_Premultiplied);
            for (int y = 0; y < box.height; ++y) {
                const auto* rgb = render.rgb.ptr<cv::Vec3f>(box.y + y) + box.x;
                const auto* mask = render.mask.ptr<std::uint8_t>(box.y + y) + box.x;
                auto* out = reinterpret_cast<QRgb*>(image.scanLine(y));
                for (int x = 0; x < box.width; ++x) {
                    const int a = mask[x] ? 255 : 0;
                    auto channel = [&](int c) { return a ? int(std::lround(std::clamp(rgb[x][c], 0.f, 1.f) * 255)) : 0; };
                    out[x] = qRgba(channel(0), channel(1), channel(2), a);
                }
            }
            result->render = std::move(image);
            const double sx = double(width) / rw, sy = double(height) / rh;
            result->renderRect = QRectF(box.x * sx, box.y * sy, box.width * sx, box.height * sy);
        }
    } catch (const std::exception& e) {
        result->renderError = QString::fromStdString(e.what());
    }
    return result;
}

FitWorker::FitWorker(FitJob job, AppearanceJob appearanceJob)
    : m_job(std::move(job)), m_appearanceJob(std::move(appearanceJob)) {}

namespace {

/// The failure an exception of a fitting job stands for (kind and message).
FitFailure failureOf(std::exception_ptr error, quint64 requestId) {
    FitFailure failure;
    failure.requestId = requestId;
    try {
        std::rethrow_exception(error);
    } catch (const likeness::InputError& e) {
        failure.kind = FitErrorKind::Input;
        failure.message = QString::fromStdString(e.what());
    } catch (const likeness::OptionsError& e) {
        failure.kind = FitErrorKind::Options;
        failure.message = QString::fromStdString(e.what());
    } catch (const likeness::AssetError& e) {
        failure.kind = FitErrorKind::Assets;
        failure.message = QString::fromStdString(e.what());
    } catch (const likeness::Error& e) {
        failure.kind = FitErrorKind::Numerical;  // a NaN/Inf loss
        failure.message = QString::fromStdString(e.what());
    } catch (const std::exception& e) {
        failure.kind = FitErrorKind::Internal;
        failure.message = QString::fromStdString(e.what());
    } catch (...) {
        failure.kind = FitErrorKind::Internal;
        failure.message = FitWorker::tr("Unknown error.");
    }
    return failure;
}

} // namespace

void FitWorker::run(const FitRequest& request) {
    FitRunControl& control = *request.control;
    FitFailure failure;
    failure.requestId = request.id;
    if (control.token.isCancelled()) {  // superseded or cancelled while queued
        Q_EMIT cancelled(request.id, nullptr);
        return;
    }

    QElapsedTimer timer;
    timer.start();
    double pausedMs = 0;
    auto activeMs = [&] { return double(timer.nsecsElapsed()) / 1e6 - pausedMs; };
    // Throttle state (worker thread only).
    std::optional<FitProgress> pending;   // the latest snapshot not yet delivered
    double lastEmitMs = -1e9;
    int lastEmittedIteration = -1;
    int received = 0, delivered = 0;
    // ETA: the rate of the current phase (coarse fit, medium, fine: their iterations cost
    // differently), measured from the phase's first iteration (set-up time before it is not
    // iteration time); the previous phase's rate until the new one has two points.
    bool mapPhase = false;               // the sink is called by the map stages
    std::string phaseStage;              // the map stage of the current phase
    double phaseFirstMs = -1;
    int phaseFirstDone = 0;
    double perIterationMs = -1;          // the latest rate known
    const int mapIterations = request.hasMapStages() ? request.mapIterations() : 0;

    auto emitProgress = [&](FitProgress progress) {
        if (progress.loss.iteration <= lastEmittedIteration) return;  // strictly increasing
        lastEmittedIteration = progress.loss.iteration;
        lastEmitMs = activeMs() + pausedMs;
        ++delivered;
        Q_EMIT progressed(std::make_shared<const FitProgress>(std::move(progress)));
    };
    auto flush = [&] {
        if (pending) emitProgress(std::move(*pending));
        pending.reset();
    };

    const likeness::LossSink sink = [&](const likeness::LossSnapshot& loss) {
        ++received;
        FitProgress progress;
        progress.requestId = request.id;
        progress.loss = loss;
        progress.done = loss.iteration + 1;
        // The coarse fit counts its own iterations; the map stages' snapshots count the whole run.
        progress.total = mapPhase ? loss.totalIterations : loss.totalIterations + mapIterations;
        progress.activeMs = activeMs();
        if (mapPhase && loss.stage != phaseStage) {  // medium -> fine: a new rate
            phaseStage = loss.stage;
            phaseFirstMs = -1;
        }
        if (phaseFirstMs < 0) {
            phaseFirstMs = progress.activeMs;
            phaseFirstDone = progress.done;
        } else if (progress.done > phaseFirstDone) {
            perIterationMs = (progress.activeMs - phaseFirstMs) / double(progress.done - phaseFirstDone);
        }
        if (perIterationMs >= 0 && progress.total >= progress.done)
            progress.etaMs = perIterationMs * double(progress.total - progress.done);
        if (progress.total > 0 && progress.done >= progress.total) progress.etaMs = 0;

        const int minInterval = request.minIntervalMs ? request.minIntervalMs->load() : 0;
        const bool pausing = control.pauseRequested();
        const double nowMs = progress.activeMs + pausedMs;
        const bool last = progress.total > 0 && progress.done >= progress.total;
        pending = std::move(progress);
        if (minInterval <= 0 || delivered == 0 || last || pausing || nowMs - lastEmitMs >= minInterval) flush();
        pausedMs += control.waitWhilePaused();
    };
    auto finish = [&](std::shared_ptr<FitResult> result) {
        result->elapsedMs = activeMs();
        result->snapshotsDelivered = delivered;
        result->snapshotsReceived = received;
    };

    likeness::FitInput input;
    likeness::FaceFit fit;
    try {
        // The map stages' settings are checked before the coarse fit spends its time.
        if (request.hasMapStages()) request.appearance.validate();
        input.image = toCoreImage(request.photo);
        input.image.path = request.path.toStdString();
        input.face = request.face;
        likeness::FaceFit lastGood;
        try {
            fit = m_job({input}, request.options, sink, &control.token, &lastGood);
            flush();
            // A coarse fit that was cancelled is discarded; one that finished is kept when map
            // stages follow (their cancellation keeps it).
            if (fit.cancelled || (control.token.isCancelled() && !request.hasMapStages())) {
                Q_EMIT cancelled(request.id, nullptr);
                return;
            }
            if (!request.hasMapStages()) {
                std::shared_ptr<FitResult> result =
                    makeFitResult(request.id, request.path, std::move(fit), request.photo.width(), request.photo.height());
                finish(result);
                Q_EMIT finished(std::move(result));
                return;
            }
            auto partial = std::make_shared<FitResult>();
            partial->requestId = request.id;
            partial->path = request.path;
            partial->fit = fit;
            Q_EMIT stageFinished(std::move(partial));
        } catch (const likeness::CancelledError&) {
            Q_EMIT cancelled(request.id, nullptr);
            return;
        } catch (const likeness::InputError&) {
            throw;
        } catch (const likeness::OptionsError&) {
            throw;
        } catch (const likeness::AssetError&) {
            throw;
        } catch (const likeness::Error& e) {
            flush();
            if (control.token.isCancelled()) {
                Q_EMIT cancelled(request.id, nullptr);
                return;
            }
            // A NaN/Inf loss: the core restored the last good state into lastGood.
            failure.message = QString::fromStdString(e.what());
            if (!lastGood.posedVertices.empty()) {
                failure.kind = FitErrorKind::Numerical;
                failure.lastGood = makeFitResult(request.id, request.path, std::move(lastGood),
                                                 request.photo.width(), request.photo.height());
            } else {
                failure.kind = FitErrorKind::Internal;
            }
            Q_EMIT failed(failure);
            return;
        }
    } catch (...) {
        failure = failureOf(std::current_exception(), request.id);
        flush();
        if (control.token.isCancelled()) {
            Q_EMIT cancelled(request.id, nullptr);
            return;
        }
        Q_EMIT failed(failure);
        return;
    }

    // The map stages (medium, fine) on the finished coarse fit: same thread, token and sink.
    likeness::AppearanceOptions options = request.appearance;
    options.firstIteration = fit.iterations;
    options.overallIterations = fit.iterations + mapIterations;
    mapPhase = true;
    likeness::AppearanceResult appearance;
    bool appearanceRan = false;
    std::exception_ptr appearanceError;
    try {
        appearance = m_appearanceJob(fit, {input.image}, options, sink, &control.token);
        appearanceRan = true;
    } catch (const likeness::CancelledError&) {
        // Cancelled before the medium stage finished: the coarse fit alone is kept.
    } catch (...) {
        appearanceError = std::current_exception();
    }
    flush();
    std::shared_ptr<FitResult> result =
        makeFitResult(request.id, request.path, std::move(fit), request.photo.width(), request.photo.height());
    finish(result);
    if (appearanceError && !control.token.isCancelled()) {
        failure = failureOf(appearanceError, request.id);
        failure.lastGood = std::move(result);  // the coarse fit is good
        Q_EMIT failed(failure);
        return;
    }
    if (appearanceRan) {
        try {
            result->stages = stageReportsOf(appearance);
            result->maps = mapLayersOf(appearance);  // converted here, not on the GUI thread
            if (!appearance.shLight.empty()) {
                result->mapStageLight = appearance.shLight.front();
                result->mapStageBands = appearance.shBands;
            }
        } catch (...) {
            failure = failureOf(std::current_exception(), request.id);
            failure.kind = FitErrorKind::Internal;
            result->stages.clear();
            result->maps.clear();
            failure.lastGood = std::move(result);
            Q_EMIT failed(failure);
            return;
        }
    }
    if (!appearanceRan || appearance.cancelled || control.token.isCancelled()) {
        result->cancelled = true;
        Q_EMIT cancelled(request.id, std::move(result));
        return;
    }
    Q_EMIT finished(std::move(result));
}

} // namespace likeness::ui
