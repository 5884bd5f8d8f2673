// FitController: the coarse fit runs in a worker thread; loss snapshots arrive
// through queued signals on the GUI thread, in order and throttled; Cancel,
// Pause/Resume and errors; the GUI thread stays responsive during a real fit.
// The map stages (medium, fine) follow on the same thread: iterations continue,
// progress counts all stages, a cancel keeps the finished stages, errors keep the
// coarse fit.
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include "controllers/fit_controller.h"
#include "controllers/fit_projection.h"
#include "fit_test_helpers.h"

using namespace likeness::ui;

namespace {
constexpr int kFitTimeoutMs = 60000;

FitProgressPtr progressAt(const QSignalSpy& spy, int index) { return spy.at(index).at(0).value<FitProgressPtr>(); }
} // namespace

class TestFitController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        likeness::test::isolateSettings("test_fit_controller");
        m_demo = likeness::test::analyseDemoPhoto();
        QCOMPARE(int(m_demo.face.landmarks.size()), likeness::kRefinedLandmarks);
    }

    // The real fit of the demo photo: snapshots in order on the GUI thread, then a result.
    void realFitDeliversSnapshotsAndResult() {
        FitController controller;
        QSignalSpy progressed(&controller, &FitController::progressed);
        QSignalSpy finished(&controller, &FitController::finished);
        QSignalSpy failed(&controller, &FitController::failed);
        QSignalSpy running(&controller, &FitController::runningChanged);
        bool allOnGuiThread = true;
        connect(&controller, &FitController::progressed, this,
                [&] { allOnGuiThread = allOnGuiThread && QThread::currentThread() == thread(); });
        connect(&controller, &FitController::finished, this,
                [&] { allOnGuiThread = allOnGuiThread && QThread::currentThread() == thread(); });

        const likeness::CoarseFitOptions options = likeness::test::quickFitOptions(20);
        const quint64 id = controller.start(m_demo.photo, m_demo.face, options, m_demo.path);
        QVERIFY(id > 0);
        QVERIFY(controller.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, kFitTimeoutMs);
        if (!failed.isEmpty()) QFAIL(qPrintable(failed.at(0).at(0).value<FitFailure>().message));
        QVERIFY(allOnGuiThread);
        QVERIFY(!controller.isRunning());
        QCOMPARE(running.count(), 2);

        // Snapshots: at least one, strictly increasing iterations, the last one delivered.
        QVERIFY(progressed.count() >= 1);
        int previous = -1;
        for (int i = 0; i < progressed.count(); ++i) {
            const FitProgressPtr p = progressAt(progressed, i);
            QCOMPARE(p->requestId, id);
            QVERIFY2(p->loss.iteration > previous, qPrintable(QStringLiteral("iteration %1 after %2")
                                                                   .arg(p->loss.iteration).arg(previous)));
            previous = p->loss.iteration;
            QCOMPARE(p->total, options.iterations);
            QCOMPARE(p->done, p->loss.iteration + 1);
            QVERIFY(!p->loss.terms.empty());
        }
        const FitProgressPtr last = progressAt(progressed, progressed.count() - 1);
        QCOMPARE(last->done, options.iterations);
        QCOMPARE(last->etaMs, 0.0);

        const FitResultPtr result = finished.at(0).at(0).value<FitResultPtr>();
        QVERIFY(result);
        QCOMPARE(result->requestId, id);
        QCOMPARE(result->fit.iterations, options.iterations);
        QCOMPARE(result->fit.geometryLevel, 1);
        QCOMPARE(result->fit.subdivisionLevel, 2);   // albedo refined one level in the appearance stage
        QVERIFY(!result->fit.cancelled);
        QCOMPARE(int(result->fit.images.size()), 1);
        const likeness::ImageFit& image = result->fit.images.front();
        qInfo("fit: %.0f ms, %d snapshots of %d, SSIM %.3f, PSNR %.1f dB, status %s", result->elapsedMs,
              result->snapshotsDelivered, result->snapshotsReceived, double(image.ssimInMask),
              double(image.psnrInMask), image.status.c_str());
        QVERIFY(image.ssimInMask > 0 && image.ssimInMask <= 1);
        QVERIFY(image.psnrInMask > 0);
        QCOMPARE(result->snapshotsDelivered, progressed.count());
        QCOMPARE(result->snapshotsReceived, options.iterations);
        // The GUI's view of it: the mesh projects onto the face, and the render covers it.
        QCOMPARE(result->projection.width, 512);
        QCOMPARE(result->projection.vertexCount() * 3, int(result->fit.posedVertices.size()));
        QVERIFY(!result->projection.frontTriangles.empty());
        const likeness::Box& box = m_demo.face.box;
        // The render covers about the face's box (the fit's mesh spans forehead to chin).
        QVERIFY2(result->renderError.isEmpty(), qPrintable(result->renderError));
        QCOMPARE(result->renderRect.size(), QSizeF(result->render.size()));  // rendered at full size
        const QRect renderRect = result->renderRect.toRect();
        QVERIFY(QRect(0, 0, 512, 512).contains(renderRect));
        const QRect faceRect(QPoint(int(box.x0), int(box.y0)), QPoint(int(box.x1), int(box.y1)));
        QVERIFY2(renderRect.intersected(faceRect).width() * renderRect.intersected(faceRect).height() >
                     faceRect.width() * faceRect.height() / 2,
                 qPrintable(QStringLiteral("render %1,%2 %3x%4").arg(renderRect.x()).arg(renderRect.y())
                                .arg(renderRect.width()).arg(renderRect.height())));
        int inside = 0;
        for (int v = 0; v < result->projection.vertexCount(); ++v) {
            const float x = result->projection.points[2 * size_t(v)], y = result->projection.points[2 * size_t(v) + 1];
            if (x > box.x0 - 20 && x < box.x1 + 20 && y > box.y0 - 40 && y < box.y1 + 20) ++inside;
        }
        QVERIFY2(inside > result->projection.vertexCount() * 9 / 10,
                 qPrintable(QStringLiteral("%1 of %2 vertices near the face box").arg(inside)
                                .arg(result->projection.vertexCount())));
        const QPoint centre = faceRect.center() - renderRect.topLeft();
        QCOMPARE(qAlpha(result->render.pixel(centre)), 255);  // the face's middle is covered
        QCOMPARE(qAlpha(result->render.pixel(0, 0)), 0);     // the box's corner is not
    }

    void cancelStopsRealFit() {
        FitController controller;
        QSignalSpy progressed(&controller, &FitController::progressed);
        QSignalSpy finished(&controller, &FitController::finished);
        QSignalSpy failed(&controller, &FitController::failed);
        QSignalSpy cancelled(&controller, &FitController::cancelled);
        const quint64 id = controller.start(m_demo.photo, m_demo.face, likeness::test::quickFitOptions(2000));
        QVERIFY(progressed.wait(kFitTimeoutMs));  // it is iterating
        QElapsedTimer timer;
        timer.start();
        controller.cancel();
        QVERIFY(controller.isCancelling());
        QVERIFY(cancelled.wait(kFitTimeoutMs));
        qInfo("cancelled after %lld ms", timer.elapsed());
        QCOMPARE(cancelled.at(0).at(0).value<quint64>(), id);
        QVERIFY(!controller.isRunning());
        QTest::qWait(200);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 0);
        const int seen = progressed.count();
        QTest::qWait(200);
        QCOMPARE(progressed.count(), seen);  // nothing after the cancel
    }

    // The core's own failures: invalid options, and a NaN loss with the last good state.
    void realFitReportsFailures() {
        FitController controller;
        QSignalSpy failed(&controller, &FitController::failed);
        QSignalSpy finished(&controller, &FitController::finished);
        likeness::CoarseFitOptions options = likeness::test::quickFitOptions(0);
        controller.start(m_demo.photo, m_demo.face, options);
        QVERIFY(failed.wait(kFitTimeoutMs));
        QCOMPARE(failed.at(0).at(0).value<FitFailure>().kind, FitErrorKind::Options);

        options = likeness::test::quickFitOptions(10);
        options.subdivisionLevel = 0;
        options.injectNanAtIteration = 6;
        controller.start(m_demo.photo, m_demo.face, options);
        QVERIFY(failed.wait(kFitTimeoutMs));
        QCOMPARE(finished.count(), 0);
        const FitFailure failure = failed.at(1).at(0).value<FitFailure>();
        QCOMPARE(failure.kind, FitErrorKind::Numerical);
        QVERIFY2(failure.message.contains(QStringLiteral("NaN")), qPrintable(failure.message));
        QVERIFY(failure.lastGood);
        QVERIFY(!failure.lastGood->projection.frontTriangles.empty());
        QVERIFY2(!failure.lastGood->render.isNull(), qPrintable(failure.lastGood->renderError));
    }

    // A 10 ms timer on the GUI thread never waits more than 100 ms while a fit runs.
    void guiStaysResponsiveDuringRealFit() {
        FitController controller;
        QSignalSpy finished(&controller, &FitController::finished);
        QSignalSpy failed(&controller, &FitController::failed);
        QSignalSpy progressed(&controller, &FitController::progressed);
        likeness::test::LatencyProbe probe;
        probe.start();
        controller.start(m_demo.photo, m_demo.face, likeness::test::quickFitOptions(80));
        QVERIFY(finished.wait(kFitTimeoutMs));
        probe.stop();
        QCOMPARE(failed.count(), 0);
        qInfo("max event-loop gap %lld ms over %d ticks, %d snapshots", probe.maxGapMs(), probe.ticks(),
              int(progressed.count()));
        QVERIFY(probe.ticks() > 10);
        QVERIFY2(probe.maxGapMs() <= 100, qPrintable(QStringLiteral("gap of %1 ms").arg(probe.maxGapMs())));
    }

    // Throttling (fake job: 300 iterations of 2 ms): at most ~30 signals a second,
    // the first and the last one included.
    void throttlesToThirtyPerSecond() {
        FitController controller(likeness::test::fakeFitJob(2));
        QSignalSpy progressed(&controller, &FitController::progressed);
        QSignalSpy finished(&controller, &FitController::finished);
        QElapsedTimer timer;
        timer.start();
        controller.start(m_demo.photo, m_demo.face, likeness::test::quickFitOptions(300));
        QVERIFY(finished.wait(kFitTimeoutMs));
        const double seconds = timer.elapsed() / 1000.0;
        const FitResultPtr result = finished.at(0).at(0).value<FitResultPtr>();
        QCOMPARE(result->snapshotsReceived, 300);
        QCOMPARE(result->snapshotsDelivered, progressed.count());
        qInfo("%d of 300 snapshots delivered in %.2f s", int(progressed.count()), seconds);
        QVERIFY(progressed.count() <= int(30 * seconds) + 2);
        QVERIFY(progressed.count() >= 3);
        QCOMPARE(progressAt(progressed, 0)->loss.iteration, 0);
        QCOMPARE(progressAt(progressed, progressed.count() - 1)->loss.iteration, 299);
        for (int i = 1; i < progressed.count(); ++i)
            QVERIFY(progressAt(progressed, i)->loss.iteration > progressAt(progressed, i - 1)->loss.iteration);
        // ETA: positive while running, 0 at the end.
        QVERIFY(progressAt(progressed, 1)->etaMs > 0);

        // Unthrottled: every iteration.
        controller.setMaxUpdatesPerSecond(0);
        progressed.clear();
        controller.start(m_demo.photo, m_demo.face, likeness::test::quickFitOptions(50));
        QVERIFY(finished.wait(kFitTimeoutMs));
        QCOMPARE(progressed.count(), 50);
    }

    // Pause blocks the worker in the loss sink; Resume lets it finish.
    void pauseAndResume() {
        std::atomic<int> reached{-1};
        FitController controller(likeness::test::fakeFitJob(5, [&reached](int i) { reached = i; }));
        controller.setMaxUpdatesPerSecond(0);
        QSignalSpy progressed(&controller, &FitController::progressed);
        QSignalSpy finished(&controller, &FitController::finished);
        QSignalSpy paused(&controller, &FitController::pausedChanged);
        QElapsedTimer wall;
        wall.start();
        controller.start(m_demo.photo, m_demo.face, likeness::test::quickFitOptions(100));
        QVERIFY(progressed.wait(kFitTimeoutMs));
        controller.pause();
        QVERIFY(controller.isPaused());
        QCOMPARE(paused.count(), 1);
        QTest::qWait(200);  // the iteration in flight ends, then the worker blocks
        const int at = reached;
        QTest::qWait(800);
        QCOMPARE(int(reached), at);  // no iteration while paused
        QVERIFY(at < 99);
        QCOMPARE(finished.count(), 0);
        // The snapshot it paused at was delivered.
        QCOMPARE(progressAt(progressed, progressed.count() - 1)->loss.iteration, at);
        controller.resume();
        QVERIFY(!controller.isPaused());
        QCOMPARE(paused.count(), 2);
        QVERIFY(finished.wait(kFitTimeoutMs));
        const FitResultPtr result = finished.at(0).at(0).value<FitResultPtr>();
        // Pauses are not fit time (about 800 ms of the 1000 ms at least were paused).
        qInfo("fit time %.0f ms of %lld ms wall-clock", result->elapsedMs, wall.elapsed());
        QVERIFY2(result->elapsedMs < double(wall.elapsed()) - 700, qPrintable(QString::number(result->elapsedMs)));
    }

    void cancelWhilePaused() {
        FitController controller(likeness::test::fakeFitJob(5));
        QSignalSpy progressed(&controller, &FitController::progressed);
        QSignalSpy cancelled(&controller, &FitController::cancelled);
        QSignalSpy finished(&controller, &FitController::finished);
        controller.start(m_demo.photo, m_demo.face, likeness::test::quickFitOptions(1000));
        QVERIFY(progressed.wait(kFitTimeoutMs));
        controller.pause();
        QTest::qWait(50);
        controller.cancel();
        QVERIFY(!controller.isPaused());
        QVERIFY(cancelled.wait(5000));  // the cancel wakes the paused worker
        QCOMPARE(finished.count(), 0);
    }

    void newStartSupersedesRunningFit() {
        FitController controller(likeness::test::fakeFitJob(5));
        QSignalSpy finished(&controller, &FitController::finished);
        QSignalSpy cancelled(&controller, &FitController::cancelled);
        QSignalSpy progressed(&controller, &FitController::progressed);
        QSignalSpy running(&controller, &FitController::runningChanged);
        const quint64 first = controller.start(m_demo.photo, m_demo.face, likeness::test::quickFitOptions(1000));
        QVERIFY(progressed.wait(kFitTimeoutMs));
        const quint64 second = controller.start(m_demo.photo, m_demo.face, likeness::test::quickFitOptions(20));
        QVERIFY(second > first);
        QVERIFY(finished.wait(kFitTimeoutMs));
        QTest::qWait(100);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<FitResultPtr>()->requestId, second);
        QCOMPARE(cancelled.count(), 0);  // superseded runs stay silent
        QCOMPARE(running.count(), 2);    // one busy period
        // Once the second run reports, nothing of the first one follows.
        bool secondSeen = false;
        for (int i = 0; i < progressed.count(); ++i) {
            const quint64 id = progressAt(progressed, i)->requestId;
            if (id == second) secondSeen = true;
            else QVERIFY(!secondSeen && id == first);
        }
        QVERIFY(secondSeen);
    }

    void reportsErrorsByKind() {
        const auto throwing = [](auto exception) {
            return FitJob([exception](const std::vector<likeness::FitInput>&, const likeness::CoarseFitOptions&,
                                      const likeness::LossSink&, const likeness::CancelToken*,
                                      likeness::FaceFit*) -> likeness::FaceFit { throw exception; });
        };
        struct Case {
            FitJob job;
            FitErrorKind kind;
        };
        const Case cases[] = {
            {throwing(likeness::OptionsError("bad options")), FitErrorKind::Options},
            {throwing(likeness::InputError("bad input")), FitErrorKind::Input},
            {throwing(likeness::AssetError("no topology")), FitErrorKind::Assets},
            {throwing(std::runtime_error("bug")), FitErrorKind::Internal},
        };
        for (const Case& c : cases) {
            FitController controller(c.job);
            QSignalSpy failed(&controller, &FitController::failed);
            controller.start(m_demo.photo, m_demo.face, likeness::test::quickFitOptions());
            QVERIFY(failed.wait(kFitTimeoutMs));
            const FitFailure failure = failed.at(0).at(0).value<FitFailure>();
            QCOMPARE(failure.kind, c.kind);
            QVERIFY(!failure.message.isEmpty());
            QVERIFY(!failure.lastGood);
        }
        // A NaN loss: the core's last good state comes with the failure.
        FitController controller([](const std::vector<likeness::FitInput>& inputs, const likeness::CoarseFitOptions& o,
                                    const likeness::LossSink& sink, const likeness::CancelToken* cancel,
                                    likeness::FaceFit* lastGood) -> likeness::FaceFit {
            if (lastGood) *lastGood = likeness::test::fakeFitJob(0)(inputs, o, sink, cancel, nullptr);
            throw likeness::Error("The photometric loss became NaN.");
        });
        QSignalSpy failed(&controller, &FitController::failed);
        controller.start(m_demo.photo, m_demo.face, likeness::test::quickFitOptions(5));
        QVERIFY(failed.wait(kFitTimeoutMs));
        const FitFailure failure = failed.at(0).at(0).value<FitFailure>();
        QCOMPARE(failure.kind, FitErrorKind::Numerical);
        QVERIFY(failure.lastGood);
        QVERIFY2(!failure.lastGood->render.isNull(), qPrintable(failure.lastGood->renderError));
    }

    // Coarse (20) + medium (10) + fine (10), unthrottled: one snapshot per iteration,
    // numbered 0..39 across the stage boundary, every one counting 40 in all.
    void mapStagesContinueIterationsAndProgress() {
        std::atomic<int> coarseCalls{0};
        const likeness::ui::FitJob coarse = likeness::test::fakeFitJob(2);
        FitController controller(
            [&](const auto& inputs, const auto& options, const auto& sink, const auto* cancel, auto* lastGood) {
                ++coarseCalls;
                return coarse(inputs, options, sink, cancel, lastGood);
            },
            likeness::test::fakeAppearanceJob(2));
        controller.setMaxUpdatesPerSecond(0);
        QSignalSpy progressed(&controller, &FitController::progressed);
        QSignalSpy finished(&controller, &FitController::finished);
        QSignalSpy failed(&controller, &FitController::failed);
        QSignalSpy stageFinished(&controller, &FitController::stageFinished);
        const quint64 id = controller.start(m_demo.photo, m_demo.face, likeness::test::quickFitOptions(20),
                                            likeness::test::quickAppearanceOptions(3, 10), m_demo.path);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, kFitTimeoutMs);
        if (!failed.isEmpty()) QFAIL(qPrintable(failed.at(0).at(0).value<FitFailure>().message));
        QCOMPARE(progressed.count(), 40);
        QStringList stages;
        for (int i = 0; i < progressed.count(); ++i) {
            const FitProgressPtr p = progressAt(progressed, i);
            QCOMPARE(p->loss.iteration, i);
            QCOMPARE(p->done, i + 1);
            QCOMPARE(p->total, 40);
            const QString stage = QString::fromStdString(p->loss.stage);
            if (stages.isEmpty() || stages.back() != stage) stages << stage;
            if (i > 0 && i < 39) QVERIFY2(p->etaMs > 0, qPrintable(QStringLiteral("ETA at %1").arg(i)));
        }
        QCOMPARE(stages, QStringList({"pose", "geometry", "medium", "fine"}));
        QCOMPARE(progressAt(progressed, 39)->etaMs, 0.0);
        // The map stages' own terms arrive after the coarse ones.
        QCOMPARE(progressAt(progressed, 25)->loss.terms.at(1).first, std::string("symmetry"));

        const FitResultPtr result = finished.at(0).at(0).value<FitResultPtr>();
        QCOMPARE(result->requestId, id);
        QVERIFY(!result->cancelled);
        QCOMPARE(result->snapshotsReceived, 40);
        // The coarse fit was handed over (for autosaves) before the map stages ran.
        QCOMPARE(stageFinished.count(), 1);
        const FitResultPtr partial = stageFinished.at(0).at(0).value<FitResultPtr>();
        QCOMPARE(partial->requestId, id);
        QCOMPARE(partial->fit.iterations, 20);
        QVERIFY(partial->maps.isEmpty());
        QCOMPARE(result->fit.iterations, 20);
        QVERIFY(!result->projection.frontTriangles.empty());
        QStringList reported;
        for (const FitStageReport& r : result->stages) reported << r.stage;
        QCOMPARE(reported, QStringList({"coarse", "medium", "fine"}));
        QCOMPARE(result->stages.at(2).psnr, 26.0);
        QCOMPARE(result->stages.at(1).iterations, 10);
        QStringList maps;
        for (const MapLayer& layer : result->maps) {
            QVERIFY2(!layer.image.isNull(), qPrintable(layer.map + QLatin1Char('/') + layer.stage));
            maps << layer.stage + QLatin1Char('/') + layer.map;
        }
        QCOMPARE(maps, QStringList({"coarse/diffuse", "coarse/specular", "medium/diffuse", "medium/specular",
                                    "fine/diffuse", "fine/specular", "fine/normal", "fine/displacement",
                                    "fine/lightmap", "fine/envmap", "fine/shading"}));
        QCOMPARE(result->maps.at(0).image.size(), QSize(8, 8));
        QCOMPARE(result->maps.at(6).image.depth(), 64);                                  // 16-bit RGB normals
        QCOMPARE(result->maps.at(7).image.format(), QImage::Format_Grayscale16);         // 16-bit displacement
        QCOMPARE(result->maps.at(8).image.size(), QSize(64, 64));

        // Invalid map settings fail before the coarse fit spends its time.
        likeness::AppearanceOptions bad = likeness::test::quickAppearanceOptions();
        bad.mapSize = 300;
        progressed.clear();
        controller.start(m_demo.photo, m_demo.face, likeness::test::quickFitOptions(20), bad);
        QVERIFY(failed.wait(kFitTimeoutMs));
        QCOMPARE(failed.at(0).at(0).value<FitFailure>().kind, FitErrorKind::Options);
        QCOMPARE(coarseCalls.load(), 1);
        QCOMPARE(progressed.count(), 0);
    }

    // Cancel in the medium stage: cancelled, with the coarse fit kept (no map stage finished);
    // cancel in the fine stage: the medium stage is kept too.
    void cancelDuringMapStagesKeepsFinishedStages() {
        std::atomic<int> mediumSeen{0}, fineSeen{0};
        FitController controller(likeness::test::fakeFitJob(0),
                                 likeness::test::fakeAppearanceJob(5, [&](const likeness::LossSnapshot& s) {
                                     ++(s.stage == "fine" ? fineSeen : mediumSeen);
                                 }));
        QSignalSpy cancelled(&controller, &FitController::cancelled);
        QSignalSpy finished(&controller, &FitController::finished);
        QSignalSpy failed(&controller, &FitController::failed);
        const quint64 id = controller.start(m_demo.photo, m_demo.face, likeness::test::quickFitOptions(10),
                                            likeness::test::quickAppearanceOptions(3, 100000));
        QTRY_VERIFY_WITH_TIMEOUT(mediumSeen > 0, kFitTimeoutMs);
        controller.cancel();
        QVERIFY(cancelled.wait(5000));
        QCOMPARE(cancelled.at(0).at(0).value<quint64>(), id);
        const FitResultPtr kept = cancelled.at(0).at(1).value<FitResultPtr>();
        QVERIFY(kept);
        QVERIFY(kept->cancelled);
        QCOMPARE(kept->fit.iterations, 10);
        QVERIFY(!kept->projection.frontTriangles.empty());
        QVERIFY(kept->stages.isEmpty());
        QVERIFY(kept->maps.isEmpty());
        QVERIFY(!controller.isRunning());

        likeness::AppearanceOptions appearance = likeness::test::quickAppearanceOptions(3, 5);
        appearance.fineIterations = 100000;
        controller.start(m_demo.photo, m_demo.face, likeness::test::quickFitOptions(10), appearance);
        QTRY_VERIFY_WITH_TIMEOUT(fineSeen > 0, kFitTimeoutMs);
        controller.cancel();
        QVERIFY(cancelled.wait(5000));
        const FitResultPtr partial = cancelled.at(1).at(1).value<FitResultPtr>();
        QVERIFY(partial && partial->cancelled);
        QCOMPARE(partial->stages.size(), 2);
        QCOMPARE(partial->stages.back().stage, QStringLiteral("medium"));
        for (const MapLayer& layer : partial->maps) QVERIFY(layer.map != QLatin1String("normal"));
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 0);

        // A cancel in the coarse fit keeps nothing, as before.
        FitController slow(likeness::test::fakeFitJob(5), likeness::test::fakeAppearanceJob(0));
        QSignalSpy slowCancelled(&slow, &FitController::cancelled);
        QSignalSpy slowProgress(&slow, &FitController::progressed);
        slow.start(m_demo.photo, m_demo.face, likeness::test::quickFitOptions(1000),
                   likeness::test::quickAppearanceOptions());
        QVERIFY(slowProgress.wait(kFitTimeoutMs));
        slow.cancel();
        QVERIFY(slowCancelled.wait(5000));
        QVERIFY(!slowCancelled.at(0).at(1).value<FitResultPtr>());
    }

    // The core's own map stages, cancelled in the medium stage: the coarse fit is kept.
    void cancelInRealMediumStageKeepsCoarseFit() {
        FitController controller;
        controller.setMaxUpdatesPerSecond(0);
        QSignalSpy cancelled(&controller, &FitController::cancelled);
        QSignalSpy finished(&controller, &FitController::finished);
        QSignalSpy failed(&controller, &FitController::failed);
        bool inMedium = false;
        int lastCoarse = -1, firstMedium = -1;
        connect(&controller, &FitController::progressed, this, [&](const FitProgressPtr& p) {
            if (p->loss.stage == "medium") {
                if (firstMedium < 0) firstMedium = p->loss.iteration;
                if (!inMedium) controller.cancel();
                inMedium = true;
            } else {
                lastCoarse = p->loss.iteration;
            }
        });
        likeness::AppearanceOptions appearance = likeness::test::quickAppearanceOptions(3, 10);
        appearance.mediumIterations = 100000;
        controller.start(m_demo.photo, m_demo.face, likeness::test::quickFitOptions(20), appearance, m_demo.path);
        QTRY_VERIFY_WITH_TIMEOUT(cancelled.count() + finished.count() + failed.count() > 0, kFitTimeoutMs);
        if (!failed.isEmpty()) QFAIL(qPrintable(failed.at(0).at(0).value<FitFailure>().message));
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(inMedium);
        QCOMPARE(lastCoarse, 19);
        QCOMPARE(firstMedium, 20);  // the map stages number on from the coarse fit
        const FitResultPtr kept = cancelled.at(0).at(1).value<FitResultPtr>();
        QVERIFY(kept);
        QVERIFY(kept->cancelled);
        QCOMPARE(kept->fit.iterations, 20);
        QVERIFY(kept->stages.isEmpty());
        QVERIFY2(!kept->render.isNull(), qPrintable(kept->renderError));
    }

    // An error in a map stage is reported like the coarse fit's, with the coarse fit as the last good state.
    void mapStageErrorsKeepCoarseFit() {
        const auto throwing = [](auto exception) {
            return AppearanceJob([exception](const likeness::FaceFit&, const std::vector<likeness::Image>&,
                                             const likeness::AppearanceOptions&, const likeness::LossSink&,
                                             const likeness::CancelToken*) -> likeness::AppearanceResult {
                throw exception;
            });
        };
        struct Case {
            AppearanceJob job;
            FitErrorKind kind;
        };
        const Case cases[] = {
            {throwing(likeness::Error("The medium stage stopped at iteration 3: the 'photometric' loss term is not finite.")),
             FitErrorKind::Numerical},
            {throwing(likeness::AssetError("no topology")), FitErrorKind::Assets},
            {throwing(std::runtime_error("bug")), FitErrorKind::Internal},
        };
        for (const Case& c : cases) {
            FitController controller(likeness::test::fakeFitJob(0), c.job);
            QSignalSpy failed(&controller, &FitController::failed);
            controller.start(m_demo.photo, m_demo.face, likeness::test::quickFitOptions(5),
                             likeness::test::quickAppearanceOptions());
            QVERIFY(failed.wait(kFitTimeoutMs));
            const FitFailure failure = failed.at(0).at(0).value<FitFailure>();
            QCOMPARE(failure.kind, c.kind);
            QVERIFY(!failure.message.isEmpty());
            QVERIFY(failure.lastGood);
            QCOMPARE(failure.lastGood->fit.iterations, 5);
            QVERIFY(failure.lastGood->stages.isEmpty());
        }
    }

    void destroysWhileRunning() {
        auto* controller = new FitController(likeness::test::fakeFitJob(5));
        QSignalSpy progressed(controller, &FitController::progressed);
        controller->start(m_demo.photo, m_demo.face, likeness::test::quickFitOptions(10000));
        QVERIFY(progressed.wait(kFitTimeoutMs));
        controller->pause();
        delete controller;  // cancels, wakes and joins the worker without crashing
    }

    // The Qt-free projection: a known pose maps points where the pinhole model says.
    void projectionFollowsPinholeModel() {
        likeness::FaceFit fit;
        fit.posedVertices = {0, 0, 0, 10, 0, 0, 0, 10, 0};  // normal +z: out of the face (model space)
        fit.triangles = {0, 1, 2};
        likeness::ImageFit image;
        image.rotationAxisAngle = {float(M_PI), 0, 0};  // facing the camera: y -> -y, z -> -z
        image.translationMm = {5, 0, 100};
        image.focalPx = 200;
        fit.images.push_back(image);
        FitProjection p = projectFit(fit, 0, 400, 300);  // no principal point given: the image centre
        QCOMPARE(p.vertexCount(), 3);
        auto near = [](float a, double b) { return std::abs(double(a) - b) < 1e-3; };
        QVERIFY(near(p.points[0], 200 * 5.0 / 100 + 200) && near(p.points[1], 150));   // u = f x / z + cx
        QVERIFY(near(p.points[2], 200 * 15.0 / 100 + 200) && near(p.points[3], 150));
        QVERIFY(near(p.points[4], 200 * 5.0 / 100 + 200) && near(p.points[5], 200 * -10.0 / 100 + 150));
        QVERIFY(near(p.depth[0], 100));
        QCOMPARE(p.frontTriangles.size(), size_t(3));
        // The fit's own principal point, scaled to a photo of half the fit's size.
        fit.images[0].imageWidth = 800;
        fit.images[0].imageHeight = 600;
        fit.images[0].cx = 399.5f;
        fit.images[0].cy = 299.5f;
        fit.images[0].focalPx = 400;
        p = projectFit(fit, 0, 400, 300);
        QVERIFY(near(p.points[0], 200 * 5.0 / 100 + 199.5) && near(p.points[1], 149.5));
        // Turned away from the camera: no front triangle.
        fit.images[0].rotationAxisAngle = {0, 0, 0};
        QVERIFY(projectFit(fit, 0, 400, 300).frontTriangles.empty());
        QVERIFY_THROWS_EXCEPTION(likeness::Error, projectFit(fit, 1, 400, 300));
        fit.triangles = {0, 1, 3};
        QVERIFY_THROWS_EXCEPTION(likeness::Error, projectFit(fit, 0, 400, 300));
    }

private:
    likeness::test::DemoFace m_demo;
};

QTEST_MAIN(TestFitController)
#include "test_fit_controller.moc"
