#include "viewport_bench.h"

#include <ATen/Parallel.h>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSlider>
#include <QTabWidget>
#include <QTimer>

#include "assets/asset_paths.h"
#include "bench_util.h"
#include "common/error.h"
#include "fit/coarse_fit.h"
#include "main_window/main_window.h"
#include "model/face_model.h"
#include "panels/expression_panel.h"
#include "panels/fit_panel.h"
#include "photo_input.h"
#include "topology/face_topology.h"
#include "viewport/face_viewport.h"
#include "viewport/viewport_panel.h"
#include "viewport/viewport_scene.h"

namespace likeness::bench {
namespace {

constexpr int kWarmupFrames = 10;
constexpr int kFrameTimeoutMs = 5000;

int jawOpenIndex() {
    const auto& names = arkitBlendshapeNames();
    return int(std::find_if(names.begin(), names.end(), [](const char* n) { return std::string(n) == "jawOpen"; }) -
               names.begin());
}

/// The jaw weight of frame i: a triangle wave, as a slider dragged back and forth.
float dragWeight(int i) { return float(i % 40 < 20 ? i % 20 : 20 - i % 20) / 20.0f; }

struct SizeResult {
    int width = 0, height = 0;
    double presentedFps = 0, readbackFps = 0, paintMsMedian = 0;
};

/// Frames presented per second by `viewport`: each frame calls `step(i)` (which
/// changes the pose and asks for a repaint) and waits for the swap, the way the event
/// loop serves a slider drag. Collects the paintGL times of the timed frames.
double presentedFps(likeness::ui::FaceViewport& viewport, const std::function<void(int)>& step, int frames,
                    std::vector<double>& paintMs) {
    // A nested event loop that sleeps until the swap, as the studio's does: a polling
    // loop here would take a core from the software rasteriser's threads.
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    bool timedOut = false;
    const QMetaObject::Connection onSwap = QObject::connect(&viewport, &likeness::ui::FaceViewport::frameSwapped, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    const QMetaObject::Connection onPaint = QObject::connect(
        &viewport, &likeness::ui::FaceViewport::frameRendered, &viewport, [&](double ms) { paintMs.push_back(ms); });
    auto frame = [&](int i) {
        step(i);
        timeout.start(kFrameTimeoutMs);
        loop.exec();
        timeout.stop();
        if (timedOut) throw Error("the 3D view stopped presenting frames");
    };
    for (int i = 0; i < kWarmupFrames; ++i) frame(i);
    paintMs.clear();
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < frames; ++i) frame(i);
    const double fps = frames * 1000.0 / std::max<qint64>(clock.elapsed(), 1);
    QObject::disconnect(onSwap);
    QObject::disconnect(onPaint);
    return fps;
}

/// The same drag with each frame read back (grabFramebuffer): an upper bound on the
/// frame's cost, since the read-back waits for the drawing to finish.
double readbackFps(likeness::ui::FaceViewport& viewport, std::vector<float> weights, int jaw, int frames) {
    for (int i = 0; i < kWarmupFrames; ++i) {
        weights[size_t(jaw)] = dragWeight(i);
        viewport.setExpressionWeights(weights);
        viewport.grabFramebuffer();
    }
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < frames; ++i) {
        weights[size_t(jaw)] = dragWeight(i);
        viewport.setExpressionWeights(weights);
        viewport.grabFramebuffer();
    }
    return frames * 1000.0 / std::max<qint64>(clock.elapsed(), 1);
}

struct StudioResult {
    int windowWidth = 0, windowHeight = 0, viewportWidth = 0, viewportHeight = 0;
    double presentedFps = 0, paintMsMedian = 0;
};

bool waitFor(const std::function<bool()>& done, int timeoutMs) {
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

/// The whole studio: the main window fits the photo through Face > Fit Face (the
/// panel's defaults but the bench's iterations and level), shows the 3D tab, and the
/// Expression panel's jaw slider moves every frame. The window is composed and
/// swapped as a whole, so this is what an artist sees.
StudioResult studioDrag(const std::string& photo, const ViewportBenchOptions& o) {
    likeness::ui::MainWindowOptions options;
    options.warmUpAnalyzer = false;
    options.persistSettings = false;
    options.showErrorDialogs = false;
    options.confirmUnsavedChanges = false;
    likeness::ui::MainWindow window(options);
    window.resize(o.studioSize[0], o.studioSize[1]);
    window.show();
    bool analysed = false, sceneReady = false;
    QObject::connect(&window, &likeness::ui::MainWindow::analysisShown, &window, [&] { analysed = true; });
    QObject::connect(window.viewportPanel(), &likeness::ui::ViewportPanel::sceneReady, &window,
                     [&](const likeness::ui::ViewportScenePtr& scene) { sceneReady = scene != nullptr; });
    window.openImage(QString::fromStdString(photo));
    if (!waitFor([&] { return analysed; }, 120000)) throw Error("studio: the photo's analysis did not finish");
    CoarseFitOptions fitOptions = window.fitPanel()->options();
    fitOptions.iterations = o.iterations;
    fitOptions.subdivisionLevel = o.level;
    window.fitPanel()->setOptions(fitOptions);
    window.fitFaceAction()->trigger();
    if (!waitFor([&] { return sceneReady; }, 600000)) throw Error("studio: the fit did not reach the 3D view");
    window.views()->setCurrentIndex(1);
    likeness::ui::FaceViewport* viewport = window.viewportPanel()->viewport();
    if (!viewport || !waitFor([&] { return viewport->isGlReady() || !viewport->glError().isEmpty(); }, 10000) ||
        !viewport->isGlReady())
        throw Error("studio: the 3D view has no OpenGL");
    QSlider* jaw = window.expressionPanel()->slider(
        int(likeness::ui::ExpressionPanel::weightNames().indexOf(QStringLiteral("jawOpen"))));
    StudioResult r;
    r.windowWidth = window.width();
    r.windowHeight = window.height();
    r.viewportWidth = viewport->width();
    r.viewportHeight = viewport->height();
    std::vector<double> paintMs;
    r.presentedFps = presentedFps(
        *viewport,
        [&](int i) {
            // Every step must move the slider, or no frame follows (the first may not).
            int value = int(std::lround(dragWeight(i) * jaw->maximum()));
            if (value == jaw->value()) value = value > jaw->minimum() ? value - 1 : value + 1;
            jaw->setValue(value);
        },
        o.frames, paintMs);
    std::sort(paintMs.begin(), paintMs.end());
    r.paintMsMedian = paintMs.empty() ? 0 : paintMs[paintMs.size() / 2];
    return r;
}

} // namespace

int runViewportBench(int argc, char** argv, const ViewportBenchOptions& o) {
    if (o.sizes.empty() || o.sizes.size() % 2) throw OptionsError("--viewport-sizes takes width,height pairs");
    for (int side : o.sizes)
        if (side < 16 || side > 8192) throw OptionsError("--viewport-sizes: sides must be 16..8192 pixels");
    if (o.frames < 1) throw OptionsError("--frames must be positive");
    if (o.studioSize.size() != 2 || o.studioSize[0] < 320 || o.studioSize[1] < 240 || o.studioSize[0] > 8192 ||
        o.studioSize[1] > 8192)
        throw OptionsError("--studio-size takes width,height, 320x240 to 8192x8192");
    QApplication app(argc, argv);
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal")) {
        std::cerr << "likeness-bench viewport: needs a display with OpenGL (platform '" << platform.toStdString()
                  << "'); on a headless machine run it under xvfb-run -a -s \"-screen 0 1920x1200x24\"\n";
        return ExitUsage;
    }

    const std::string path = o.image.empty() ? assets::samplePhoto("grace_hopper_512x512.jpg") : o.image;
    const std::optional<FitInput> input = loadPhotoInput(path);
    if (!input) return ExitNoFace;
    CoarseFitOptions fitOptions;
    fitOptions.iterations = o.iterations;
    fitOptions.subdivisionLevel = o.level;
    const FaceFit fit = fitCoarse({*input}, fitOptions);
    const auto sceneStart = std::chrono::steady_clock::now();
    auto scene = std::make_shared<likeness::ui::ViewportScene>(
        likeness::ui::buildViewportScene(fit, FaceTopology::load(), {}, {}, 0, o.mapSize));
    const double sceneMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - sceneStart).count();

    // The re-pose alone (CPU): all fitted weights plus the dragged jaw.
    const int jaw = jawOpenIndex();
    std::vector<float> weights = scene->fittedWeights, positions, normals;
    const Timing blend = timeRuns(5, 50, [&] {
        weights[size_t(jaw)] = 0.5f;
        likeness::ui::blendMorphs(*scene, weights, positions, normals);
    });
    int activeMorphs = 0;
    for (float w : scene->fittedWeights) activeMorphs += w != 0.0f;

    likeness::ui::FaceViewport viewport;
    viewport.setScene(scene);
    std::string renderer;
    std::vector<SizeResult> results;
    for (size_t k = 0; k + 1 < o.sizes.size(); k += 2) {
        viewport.resize(o.sizes[k], o.sizes[k + 1]);
        viewport.show();
        QElapsedTimer ready;
        ready.start();
        while (!viewport.isGlReady() && viewport.glError().isEmpty() && ready.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!viewport.isGlReady()) {
            std::cerr << "likeness-bench viewport: OpenGL is not available: " << viewport.glError().toStdString() << "\n";
            return ExitInternal;
        }
        if (renderer.empty()) renderer = viewport.glRenderer().toStdString();
        SizeResult r;
        r.width = viewport.width();
        r.height = viewport.height();
        std::vector<double> paintMs;
        std::vector<float> dragged = scene->fittedWeights;
        r.presentedFps = presentedFps(
            viewport,
            [&](int i) {
                dragged[size_t(jaw)] = dragWeight(i);
                viewport.setExpressionWeights(dragged);
            },
            o.frames, paintMs);
        std::sort(paintMs.begin(), paintMs.end());
        r.paintMsMedian = paintMs.empty() ? 0 : paintMs[paintMs.size() / 2];
        r.readbackFps = readbackFps(viewport, scene->fittedWeights, jaw, o.frames);
        results.push_back(r);
    }

    viewport.hide();
    const StudioResult studio = studioDrag(path, o);

    std::cout << "viewport: " << scene->vertexCount() << " vertices, " << scene->triangles.size() / 3
              << " triangles, " << activeMorphs << " of 52 fitted weights non-zero, maps " << o.mapSize << ", "
              << renderer << "\n";
    std::cout << std::fixed << std::setprecision(1) << "  scene build " << sceneMs << " ms, re-pose (CPU) "
              << blend.medianMs << " ms median\n";
    std::cout << "  size        presented fps   read-back fps   paintGL ms (median)\n";
    nlohmann::json sizes = nlohmann::json::array();
    for (const SizeResult& r : results) {
        std::cout << "  " << std::setw(4) << r.width << "x" << std::left << std::setw(6) << r.height << std::right
                  << std::setw(14) << r.presentedFps << std::setw(16) << r.readbackFps << std::setw(16)
                  << r.paintMsMedian << "\n";
        sizes.push_back({{"width", r.width},
                         {"height", r.height},
                         {"presented_fps", r.presentedFps},
                         {"readback_fps", r.readbackFps},
                         {"paint_ms_median", r.paintMsMedian}});
    }
    std::cout << "  studio " << studio.windowWidth << "x" << studio.windowHeight << " (3D view " << studio.viewportWidth
              << "x" << studio.viewportHeight << "): " << studio.presentedFps << " frames/s presented, paintGL "
              << studio.paintMsMedian << " ms median\n";
    const nlohmann::json j = {{"bench", "viewport"},
                              {"image", path},
                              {"level", o.level},
                              {"vertices", scene->vertexCount()},
                              {"triangles", scene->triangles.size() / 3},
                              {"active_morphs", activeMorphs},
                              {"map_size", o.mapSize},
                              {"renderer", renderer},
                              {"threads", at::get_num_threads()},
                              {"scene_build_ms", sceneMs},
                              {"repose_ms_median", blend.medianMs},
                              {"frames", o.frames},
                              {"sizes", sizes},
                              {"studio",
                               {{"window_width", studio.windowWidth},
                                {"window_height", studio.windowHeight},
                                {"viewport_width", studio.viewportWidth},
                                {"viewport_height", studio.viewportHeight},
                                {"presented_fps", studio.presentedFps},
                                {"paint_ms_median", studio.paintMsMedian}}}};
    std::cout << j.dump() << "\n";
    return ExitOk;
}

} // namespace likeness::bench
