// MainWindow and the fit: the Fit Face action follows the face selection, a
// fit runs from it with the panel's settings (coarse, medium and fine stages), its
// render is drawn over the photo (with the opacity slider), the stages' maps fill
// the Maps dock, the GUI stays responsive, a new photo cancels it, a cancel in the
// map stages keeps the coarse fit.
#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSlider>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

#include "controllers/fit_controller.h"
#include "fit_test_helpers.h"
#include "main_window/main_window.h"
#include "overlay/fit_overlay_item.h"
#include "panels/faces_panel.h"
#include "panels/fit_panel.h"
#include "views/map_inspector.h"
#include "views/photo_view.h"

using namespace likeness::ui;

namespace {
constexpr int kAnalysisTimeoutMs = 120000;
constexpr int kFitTimeoutMs = 60000;

MainWindowOptions testOptions() {
    MainWindowOptions options;
    options.warmUpAnalyzer = false;
    options.persistSettings = false;
    options.showErrorDialogs = false;
    return options;
}

bool openAndWait(MainWindow& window, const QString& path) {
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    window.openImage(path);
    return shown.wait(kAnalysisTimeoutMs);
}

QImage renderView(MainWindow& window) {
    QCoreApplication::processEvents();
    return window.photoView()->viewport()->grab().toImage();
}

/// Pixels that differ by more than `tolerance` in any channel.
int differingPixels(const QImage& a, const QImage& b, int tolerance = 24) {
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    if (x.size() != y.size()) return -1;
    int count = 0;
    for (int r = 0; r < x.height(); ++r) {
        const auto* p = reinterpret_cast<const QRgb*>(x.constScanLine(r));
        const auto* q = reinterpret_cast<const QRgb*>(y.constScanLine(r));
        for (int c = 0; c < x.width(); ++c)
            if (std::abs(qRed(p[c]) - qRed(q[c])) > tolerance || std::abs(qGreen(p[c]) - qGreen(q[c])) > tolerance ||
                std::abs(qBlue(p[c]) - qBlue(q[c])) > tolerance)
                ++count;
    }
    return count;
}

bool inMenuBar(QMainWindow& window, QAction* action) {
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(action)) return true;
    return false;
}
} // namespace

class TestMainWindowFit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        likeness::test::isolateSettings("test_main_window_fit");
        m_dir = likeness::test::scratch("test_main_window_fit");
        m_demo = likeness::test::demoPhotoPath();
        m_blank = likeness::test::writeBlankImage(m_dir);
    }

    void fitActionNeedsSelectedFace() {
        MainWindow window(testOptions());
        window.show();
        QAction* fit = window.fitFaceAction();
        QVERIFY(fit);
        QVERIFY(inMenuBar(window, fit));
        QVERIFY(window.findChild<QToolBar*>(QStringLiteral("mainToolBar"))->actions().contains(fit));
        QCOMPARE(fit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        QVERIFY(!fit->isEnabled());  // no photo

        QVERIFY(openAndWait(window, m_blank));
        QCOMPARE(window.facesPanel()->faceCount(), 0);
        QVERIFY(!fit->isEnabled());  // no face

        QVERIFY(openAndWait(window, m_demo));
        QCOMPARE(window.facesPanel()->selectedFace(), 0);
        QVERIFY(fit->isEnabled());
        window.facesPanel()->selectFace(-1);
        QVERIFY(!fit->isEnabled());
        window.facesPanel()->selectFace(0);
        QVERIFY(fit->isEnabled());
        QVERIFY(!window.fitPanel()->cancelAction()->isEnabled());
    }

    // The whole path: Fit Face -> live chart through the coarse, medium and fine stages ->
    // render over the photo and the stages' maps in the Maps dock; the GUI stays responsive.
    void fitShowsRenderOverPhoto() {
        MainWindow window(testOptions());
        window.resize(1100, 750);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, m_demo));
        for (QAction* action : window.findChildren<QAction*>())
            if (action->objectName().startsWith(QLatin1String("show"))) action->setChecked(false);  // landmarks off

        likeness::CoarseFitOptions options = window.fitPanel()->options();
        options.iterations = 20;
        options.subdivisionLevel = 1;
        window.fitPanel()->setOptions(options);
        QVERIFY(window.fitPanel()->appearanceOptions().fine);  // all three stages by default
        window.fitPanel()->setAppearanceOptions(likeness::test::quickAppearanceOptions(3, 10));
        QVERIFY(!window.mapInspector()->hasLayers());
        QSignalSpy shown(&window, &MainWindow::fitShown);
        QSignalSpy stopped(&window, &MainWindow::fitStopped);
        QSignalSpy progressed(window.fitController(), &FitController::progressed);
        QElapsedTimer clock;
        clock.start();
        likeness::test::LatencyProbe probe;
        probe.start();
        window.fitFaceAction()->trigger();
        QVERIFY(window.fitController()->isRunning());
        QVERIFY(!window.fitFaceAction()->isEnabled());
        QVERIFY(window.fitPanel()->cancelAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() + stopped.count() > 0, kFitTimeoutMs);
        probe.stop();
        if (!stopped.isEmpty()) QFAIL(qPrintable(stopped.at(0).at(0).toString()));
        qInfo("fit of three stages in %lld ms; max event-loop gap %lld ms over %d ticks", clock.elapsed(),
              probe.maxGapMs(), probe.ticks());
        QVERIFY2(probe.maxGapMs() <= 100, qPrintable(QStringLiteral("gap of %1 ms").arg(probe.maxGapMs())));

        QVERIFY(window.fitFaceAction()->isEnabled());
        QVERIFY(window.currentFit());
        QCOMPARE(window.currentFit()->fit.iterations, 20);
        QVERIFY(window.photoView()->fitOverlay()->hasResult());
        QVERIFY(window.fitPanel()->progressUpdates() >= 1);
        QCOMPARE(window.fitPanel()->resultsTree()->topLevelItemCount(), 1);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("SSIM")));

        // The snapshots run on through the map stages: strictly increasing iterations out of
        // 20 + 10 + 10, the first one the coarse fit's, the last one the fine stage's.
        QVERIFY(progressed.count() >= 2);
        int previous = -1;
        for (int i = 0; i < progressed.count(); ++i) {
            const FitProgressPtr p = progressed.at(i).at(0).value<FitProgressPtr>();
            QVERIFY2(p->loss.iteration > previous, qPrintable(QStringLiteral("iteration %1 after %2")
                                                                   .arg(p->loss.iteration).arg(previous)));
            previous = p->loss.iteration;
            QCOMPARE(p->total, 40);
        }
        QCOMPARE(progressed.at(0).at(0).value<FitProgressPtr>()->loss.iteration, 0);
        const FitProgressPtr last = progressed.back().at(0).value<FitProgressPtr>();
        QCOMPARE(last->loss.iteration, 39);
        QCOMPARE(last->loss.stage, std::string("fine"));
        QCOMPARE(window.fitPanel()->progressBar()->maximum(), 40);
        QVERIFY(window.fitPanel()->seriesForTerm(QStringLiteral("skin_std")));  // a map-stage term on the chart
        QVERIFY(window.fitPanel()->seriesForTerm(QStringLiteral("landmarks")));

        // Per-stage reports in order, shown in the panel.
        const FitResultPtr result = window.currentFit();
        QStringList stages;
        for (const FitStageReport& r : result->stages) {
            stages << r.stage;
            qInfo("%s: SSIM %.3f, PSNR %.1f dB, %d iterations, %.2f s", qPrintable(r.stage), r.ssim, r.psnr,
                  r.iterations, r.seconds);
            QVERIFY(r.ssim > 0 && r.ssim <= 1);
            QVERIFY(r.psnr > 10);
        }
        QCOMPARE(stages, QStringList({"coarse", "medium", "fine"}));
        const QString metrics = window.fitPanel()->stageMetricsText();
        QVERIFY2(metrics.contains(QStringLiteral("Coarse")) && metrics.contains(QStringLiteral("Medium")) &&
                     metrics.contains(QStringLiteral("Fine")) && metrics.contains(QStringLiteral("dB")),
                 qPrintable(metrics));

        // The Maps dock: every stage's maps.
        QVERIFY(!window.mapsDock()->isHidden());  // a tab beside the Fit dock
        QVERIFY(window.mapsDock()->toggleViewAction()->isChecked());
        QCOMPARE(window.mapsDock()->objectName(), QStringLiteral("mapsDock"));
        MapInspector* maps = window.mapInspector();
        QCOMPARE(maps->stagesForMap(QStringLiteral("diffuse")), QStringList({"coarse", "medium", "fine"}));
        QCOMPARE(maps->stagesForMap(QStringLiteral("normal")), QStringList({"fine"}));
        QCOMPARE(maps->stagesForMap(QStringLiteral("displacement")), QStringList({"fine"}));
        for (const char* map : {"lightmap", "shading"}) QVERIFY2(maps->stagesForMap(QLatin1String(map)).contains("fine"), map);
        QVERIFY(maps->setCurrentMap(QStringLiteral("normal")));
        QCOMPARE(maps->sourceImage().size(), QSize(256, 256));
        QCOMPARE(maps->sourceImage().depth(), 64);  // the 16-bit file as written

        // The render changes the face's pixels; opacity 0 or hiding it restores the photo.
        // (The photo alone: the same layout, the fit hidden.)
        window.photoView()->setFitOverlayVisible(false);
        const QImage bare = renderView(window);
        window.photoView()->setFitOverlayVisible(true);
        const QImage with = renderView(window);
        const int changed = differingPixels(bare, with);
        qInfo("%d view pixels changed by the fit overlay", changed);
        QVERIFY(changed > 2000);
        auto* opacity = window.fitPanel()->findChild<QSlider*>(QStringLiteral("fitOpacity"));
        QVERIFY(opacity);
        opacity->setValue(0);
        QCOMPARE(window.photoView()->fitOverlay()->renderOpacity(), 0.0);
        QVERIFY(differingPixels(bare, renderView(window)) < 50);
        opacity->setValue(100);
        const int full = differingPixels(bare, renderView(window));
        QVERIFY(full >= changed / 2);
        window.photoView()->setFitWireframeVisible(true);
        QVERIFY(window.photoView()->fitOverlay()->wireframeEdgeCount() > 1000);
        QVERIFY(likeness::test::countColorPixels(renderView(window), fitWireframeColor(), 30) > 500);
        window.photoView()->setFitWireframeVisible(false);

        // The mask layer (the fit panel's checkbox): the outline in its colour, covering
        // exactly the render's coverage.
        QCOMPARE(likeness::test::countColorPixels(renderView(window), fitMaskColor(), 30), 0);
        auto* maskBox = window.fitPanel()->findChild<QCheckBox*>(QStringLiteral("fitShowMask"));
        QVERIFY(maskBox);
        maskBox->setChecked(true);
        QVERIFY(window.photoView()->fitOverlay()->isMaskVisible());
        const QImage& mask = window.photoView()->fitOverlay()->maskImage();
        const QImage& render = window.currentFit()->render;
        QCOMPARE(mask.size(), render.size());
        int coverageMismatch = 0, covered = 0;
        for (int y = 0; y < render.height(); ++y)
            for (int x = 0; x < render.width(); ++x) {
                const bool inRender = qAlpha(render.pixel(x, y)) > 127;
                covered += inRender;
                coverageMismatch += inRender != (qAlpha(mask.pixel(x, y)) > 0);
            }
        QVERIFY(covered > 1000);
        QCOMPARE(coverageMismatch, 0);
        QVERIFY(likeness::test::countColorPixels(renderView(window), fitMaskColor(), 30) > 200);
        maskBox->setChecked(false);

        // Another photo clears the overlay.
        QVERIFY(openAndWait(window, m_blank));
        QVERIFY(!window.photoView()->fitOverlay()->hasResult());
        QVERIFY(!window.currentFit());
        QVERIFY(!window.mapInspector()->hasLayers());
    }

    // Cancel in the medium stage: the cancelled state, the coarse fit kept over the photo
    // (and exportable), no maps; View > Maps toggles the dock.
    void cancelInMediumStageKeepsCoarseFit() {
        MainWindowOptions options = testOptions();
        options.fitJob = likeness::test::fakeFitJob(0);
        std::atomic<int> mediumSeen{0};
        options.appearanceJob = likeness::test::fakeAppearanceJob(5, [&](const likeness::LossSnapshot& s) {
            if (s.stage == "medium") ++mediumSeen;
        });
        MainWindow window(options);
        window.show();
        QVERIFY(openAndWait(window, m_demo));
        window.fitPanel()->setAppearanceOptions(likeness::test::quickAppearanceOptions(3, 100000));
        QSignalSpy stopped(&window, &MainWindow::fitStopped);
        QSignalSpy shown(&window, &MainWindow::fitShown);
        window.fitFaceAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(mediumSeen > 0, kFitTimeoutMs);
        window.fitPanel()->cancelAction()->trigger();
        QVERIFY(stopped.wait(5000));
        QCOMPARE(shown.count(), 0);
        QVERIFY(!window.fitController()->isRunning());
        QVERIFY2(window.fitPanel()->statusText().contains(QStringLiteral("cancelled")),
                 qPrintable(window.fitPanel()->statusText()));
        QVERIFY(window.currentFit());
        QVERIFY(window.currentFit()->cancelled);
        QVERIFY(window.currentFit()->stages.isEmpty());
        QVERIFY(window.photoView()->fitOverlay()->hasResult());
        QVERIFY(window.exportAction()->isEnabled());
        QVERIFY(!window.mapInspector()->hasLayers());
        QCOMPARE(window.fitPanel()->resultsTree()->topLevelItemCount(), 1);

        QAction* toggle = window.mapsDock()->toggleViewAction();
        QVERIFY(inMenuBar(window, toggle));
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::ALT | Qt::Key_4));
        QVERIFY(toggle->isChecked());
        toggle->trigger();
        QVERIFY(window.mapsDock()->isHidden());
        QVERIFY(!toggle->isChecked());
        toggle->trigger();
        QVERIFY(!window.mapsDock()->isHidden());
        // The inspector's zoom actions stay out of the window's menus (the photo view's keys).
        QVERIFY(!inMenuBar(window, window.mapInspector()->zoomInAction()));
    }

    void newPhotoCancelsRunningFit() {
        MainWindowOptions options = testOptions();
        options.fitJob = likeness::test::fakeFitJob(10);
        MainWindow window(options);
        window.show();
        QVERIFY(openAndWait(window, m_demo));
        likeness::CoarseFitOptions fitOptions = window.fitPanel()->options();
        fitOptions.iterations = 5000;
        window.fitPanel()->setOptions(fitOptions);
        QSignalSpy progressed(window.fitController(), &FitController::progressed);
        QSignalSpy cancelled(window.fitController(), &FitController::cancelled);
        window.fitFaceAction()->trigger();
        QVERIFY(progressed.wait(kFitTimeoutMs));
        QVERIFY(window.fitPanel()->progressBar()->value() >= 1);
        QVERIFY(openAndWait(window, m_blank));
        QTRY_VERIFY_WITH_TIMEOUT(cancelled.count() == 1, 5000);
        QVERIFY(!window.fitController()->isRunning());
        QVERIFY(window.fitPanel()->statusText().contains(QStringLiteral("cancelled")));
        QVERIFY(!window.fitFaceAction()->isEnabled());
    }

    // Ctrl+R starts a fit, Pause pauses and resumes it, Esc cancels it.
    void keyboardShortcutsDriveFit() {
        MainWindowOptions options = testOptions();
        options.fitJob = likeness::test::fakeFitJob(10);
        MainWindow window(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(openAndWait(window, m_demo));
        QSignalSpy progressed(window.fitController(), &FitController::progressed);
        QSignalSpy stopped(&window, &MainWindow::fitStopped);
        QSignalSpy shown(&window, &MainWindow::fitShown);
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(window.fitController()->isRunning());
        QVERIFY(progressed.wait(kFitTimeoutMs));
        QTest::keyClick(&window, Qt::Key_Pause);
        QVERIFY(window.fitController()->isPaused());
        QVERIFY(window.fitPanel()->pauseAction()->isChecked());
        QTest::keyClick(&window, Qt::Key_Pause);
        QVERIFY(!window.fitController()->isPaused());
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(window.fitController()->isCancelling());
        QVERIFY(stopped.wait(5000));
        QCOMPARE(shown.count(), 0);
        QVERIFY(!window.photoView()->fitOverlay()->hasResult());
        QVERIFY(window.fitFaceAction()->isEnabled());
        QVERIFY(!window.fitPanel()->cancelAction()->isEnabled());
    }

private:
    QString m_dir, m_demo, m_blank;
};

QTEST_MAIN(TestMainWindowFit)
#include "test_main_window_fit.moc"
