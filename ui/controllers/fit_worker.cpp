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

FitWorker::FitWorker(FitJob job) : m_job(std::move(job)) {}

void FitWorker::run(const FitRequest& request) {
    FitRunControl& control = *request.control;
    FitFailure failure;
    failure.requestId = request.id;
    if (control.token.isCancelled()) {  // superseded or cancelled while queued
        Q_EMIT cancelled(request.id);
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
    double firstActiveMs = -1;
    int firstDone = 0;

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
        progress.total = loss.totalIterations;
        progress.activeMs = activeMs();
        // ETA from the rate since the first iteration (set-up time before it is not
        // iteration time), pauses excluded.
        if (firstActiveMs < 0) {
            firstActiveMs = progress.activeMs;
            firstDone = progress.done;
        } else if (progress.done > firstDone && progress.total >= progress.done) {
            const double perIteration = (progress.activeMs - firstActiveMs) / double(progress.done - firstDone);
            progress.etaMs = perIteration * double(progress.total - progress.done);
        }
        if (progress.total > 0 && progress.done >= progress.total) progress.etaMs = 0;

        const int minInterval = request.minIntervalMs ? request.minIntervalMs->load() : 0;
        const bool pausing = control.pauseRequested();
        const double nowMs = progress.activeMs + pausedMs;
        const bool last = progress.total > 0 && progress.done >= progress.total;
        pending = std::move(progress);
        if (minInterval <= 0 || delivered == 0 || last || pausing || nowMs - lastEmitMs >= minInterval) flush();
        pausedMs += control.waitWhilePaused();
    };

    try {
        likeness::FitInput input;
        input.image = toCoreImage(request.photo);
        input.image.path = request.path.toStdString();
        input.face = request.face;
        likeness::FaceFit lastGood;
        try {
            likeness::FaceFit fit = m_job({input}, request.options, sink, &control.token, &lastGood);
            flush();
            if (control.token.isCancelled() || fit.cancelled) {
                Q_EMIT cancelled(request.id);
                return;
            }
            std::shared_ptr<FitResult> result =
                makeFitResult(request.id, request.path, std::move(fit), request.photo.width(), request.photo.height());
            result->elapsedMs = activeMs();
            result->snapshotsDelivered = delivered;
            result->snapshotsReceived = received;
            Q_EMIT finished(std::move(result));
            return;
        } catch (const likeness::CancelledError&) {
            Q_EMIT cancelled(request.id);
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
                Q_EMIT cancelled(request.id);
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
        }
    } catch (const likeness::InputError& e) {
        failure.kind = FitErrorKind::Input;
        failure.message = QString::fromStdString(e.what());
    } catch (const likeness::OptionsError& e) {
        failure.kind = FitErrorKind::Options;
        failure.message = QString::fromStdString(e.what());
    } catch (const likeness::AssetError& e) {
        failure.kind = FitErrorKind::Assets;
        failure.message = QString::fromStdString(e.what());
    } catch (const std::exception& e) {
        failure.kind = FitErrorKind::Internal;
        failure.message = QString::fromStdString(e.what());
    } catch (...) {
        failure.kind = FitErrorKind::Internal;
        failure.message = tr("Unknown error.");
    }
    flush();
    if (control.token.isCancelled()) {
        Q_EMIT cancelled(request.id);
        return;
    }
    Q_EMIT failed(failure);
}

} // namespace likeness::ui
