#pragma once
// Shared by the fit GUI tests: the demo photo analysed once, fake fit jobs, and
// an event-loop latency probe.
#include <atomic>
#include <chrono>
#include <functional>
#include <string>
#include <thread>

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QTimer>

#include <opencv2/core.hpp>

#include "analysis/face_analyzer.h"
#include "common/cancel_token.h"
#include "common/error.h"
#include "controllers/fit_job.h"
#include "gui_test_helpers.h"
#include "imaging/qimage_conversion.h"
#include "io/image_io.h"

namespace likeness::test {

/// The demo photo as the GUI holds it, and the face the analyser finds in it.
struct DemoFace {
    QImage photo;
    likeness::FaceObservation face;
    QString path;
};

inline DemoFace analyseDemoPhoto() {
    DemoFace demo;
    demo.path = demoPhotoPath();
    const likeness::Image image = likeness::loadImage(demo.path.toStdString());
    demo.photo = likeness::ui::toQImage(image);
    likeness::FaceAnalyzer analyzer;
    const likeness::AnalysisResult result = analyzer.analyze(image);
    if (!result.faces.empty()) demo.face = result.faces.front();
    return demo;
}

/// The fast settings the GUI tests fit with (a real fit of a few seconds).
inline likeness::CoarseFitOptions quickFitOptions(int iterations = 20) {
    likeness::CoarseFitOptions options;
    options.iterations = iterations;
    options.subdivisionLevel = 1;
    return options;
}

/// A small fit the GUI can project and render: one red triangle facing the
/// camera, 500 mm in front of it, about a third of the photo wide.
inline likeness::FaceFit fakeFit(int width, int height, const likeness::CoarseFitOptions& options) {
    likeness::FaceFit fit;
    fit.iterations = options.iterations;
    fit.subdivisionLevel = options.subdivisionLevel;
    fit.vertices = fit.posedVertices = {-30, -30, 0, 30, -30, 0, 0, 30, 0};  // normal +z: out of the face
    fit.triangles = {0, 1, 2};
    fit.uvs = {0, 1, 1, 1, 0.5f, 0};
    fit.diffuseAlbedo = {0.8f, 0.1f, 0.1f, 0.8f, 0.1f, 0.1f, 0.8f, 0.1f, 0.1f};
    fit.specularIntensity = {0, 0, 0};
    fit.shBands = 1;
    fit.shLight = {1, 1, 1};
    likeness::ImageFit image;
    image.rotationAxisAngle = {3.14159265f, 0, 0};  // model z (out of the face) toward the camera
    image.translationMm = {0, 0, 500};
    image.focalPx = float(width) * 500.f / 180.f;
    image.imageWidth = width;
    image.imageHeight = height;
    image.cx = 0.5f * float(width - 1);
    image.cy = 0.5f * float(height - 1);
    image.posedVertices = fit.posedVertices;
    image.shLight = fit.shLight;
    image.ssimInMask = 0.5f;
    image.psnrInMask = 20.f;
    image.status = "ok";
    fit.images.push_back(image);
    return fit;
}

/// A fake fit: `iterations` iterations of `msPerIteration` each with three
/// terms decaying from 100 (one of them zero in the first half), checking the
/// cancel token every iteration; returns a small triangle fit.
inline likeness::ui::FitJob fakeFitJob(int msPerIteration, std::function<void(int)> onIteration = {}) {
    return [msPerIteration, onIteration](const std::vector<likeness::FitInput>& inputs,
                                         const likeness::CoarseFitOptions& options, const likeness::LossSink& sink,
                                         const likeness::CancelToken* cancel, likeness::FaceFit*) {
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < options.iterations; ++i) {
            if (cancel) cancel->throwIfCancelled();
            if (msPerIteration > 0) std::this_thread::sleep_for(std::chrono::milliseconds(msPerIteration));
            if (onIteration) onIteration(i);
            likeness::LossSnapshot s;
            s.stage = i < options.iterations / 2 ? "pose" : "geometry";
            s.iteration = i;
            s.totalIterations = options.iterations;
            const double decay = 100.0 / (1 + i);
            s.terms = {{"landmarks", decay}, {"photometric", i < options.iterations / 2 ? 0.0 : decay / 10},
                       {"laplacian", 0.5}};
            s.total = 0;
            for (const auto& term : s.terms) s.total += term.second;
            s.elapsedMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            if (sink) sink(s);
        }
        return fakeFit(inputs.front().image.width(), inputs.front().image.height(), options);
    };
}

/// The map stages at test settings: `stages` 1 = none, 2 = medium, 3 = medium + fine;
/// 256-texel maps, few iterations, a small fitting image and few shadow rays.
inline likeness::AppearanceOptions quickAppearanceOptions(int stages = 3, int iterations = 10) {
    likeness::AppearanceOptions options;
    options.medium = stages >= 2;
    options.fine = stages >= 3;
    options.mapSize = 256;
    options.fitSize = 256;
    options.mediumIterations = options.fineIterations = iterations;
    options.epochs = 2;
    options.shadowDirections = 64;
    return options;
}

/// A stage's maps of `size`² texels (mid-gray, flat; normal and displacement for the fine stage).
inline likeness::AppearanceMaps fakeMaps(int size, bool fine) {
    likeness::AppearanceMaps maps;
    const size_t n = size_t(size) * size_t(size);
    maps.size = size;
    maps.diffuse.assign(n * 3, 0.2f);
    maps.specular.assign(n, 0.1f);
    maps.covered.assign(n, 1);
    if (fine) {
        for (size_t i = 0; i < n; ++i) maps.normal.insert(maps.normal.end(), {0.f, 0.f, 1.f});
        maps.displacement.assign(n, 0.f);
    }
    return maps;
}

/// A fake map-stage job with likeness::fitAppearance's contract: medium then fine
/// iterations of `msPerIteration` each, numbered on from options.firstIteration out
/// of options.overallIterations, checking the cancel token every iteration
/// (cancelled in the medium stage: CancelledError; later: the finished stages with
/// `cancelled` set); 8-texel maps. `onIteration` sees every snapshot before the sink.
inline likeness::ui::AppearanceJob fakeAppearanceJob(int msPerIteration,
                                                     std::function<void(const likeness::LossSnapshot&)> onIteration = {}) {
    return [msPerIteration, onIteration](const likeness::FaceFit& fit, const std::vector<likeness::Image>&,
                                         const likeness::AppearanceOptions& options, const likeness::LossSink& sink,
                                         const likeness::CancelToken* cancel) {
        options.validate();
        likeness::AppearanceResult result;
        result.coarse = fakeMaps(8, false);
        result.stages.push_back({"coarse", 0.5f, 20.f, 0, fit.iterations, {}});
        int iteration = options.firstIteration;
        auto stage = [&](const std::string& name, int iterations) {
            for (int i = 0; i < iterations; ++i) {
                if (cancel && cancel->isCancelled()) return false;
                if (msPerIteration > 0) std::this_thread::sleep_for(std::chrono::milliseconds(msPerIteration));
                likeness::LossSnapshot s;
                s.stage = name;
                s.iteration = iteration++;
                s.totalIterations = options.overallIterations;
                s.terms = {{"photometric", 0.1 / (1 + i)}, {"symmetry", 0.01}, {"skin_std", 0.001}};
                if (name == "fine") s.terms.emplace_back("normal_flatness", 1e-4);
                for (const auto& term : s.terms) s.total += term.second;
                if (onIteration) onIteration(s);
                if (sink) sink(s);
            }
            result.stages.push_back({name, name == "fine" ? 0.7f : 0.6f, name == "fine" ? 26.f : 24.f, 0.1, iterations, {}});
            return true;
        };
        if (options.medium) {
            if (!stage("medium", options.mediumIterations)) throw likeness::CancelledError();
            result.medium = fakeMaps(8, false);
        }
        if (options.fine) {
            if (stage("fine", options.fineIterations)) result.fine = fakeMaps(8, true);
            else result.cancelled = true;
        }
        result.shBands = 1;
        result.shLight = {{1.f, 1.f, 1.f}};
        result.lightMap.assign(64 * 64 * 3, 0.5f);
        result.shading = cv::Mat(8, 8, CV_32FC3, cv::Scalar(0.5, 0.5, 0.5));
        return result;
    };
}

/// Counts the longest gap between the ticks of a 10 ms timer (the GUI thread's
/// responsiveness) while it runs.
class LatencyProbe : public QObject {
public:
    explicit LatencyProbe(int intervalMs = 10) {
        m_timer.setInterval(intervalMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            if (m_last >= 0) m_maxGapMs = std::max(m_maxGapMs, now - m_last);
            m_last = now;
            ++m_ticks;
        });
    }
    void start() {
        m_clock.start();
        m_last = -1;
        m_maxGapMs = 0;
        m_ticks = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 maxGapMs() const { return m_maxGapMs; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1, m_maxGapMs = 0;
    int m_ticks = 0;
};

} // namespace likeness::test
