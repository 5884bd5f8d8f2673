// MainWindow and the fit: the Fit Face action follows the face selection, a
// fit runs from it with the panel's settings, its render is drawn over the photo
// (with the opacity slider), the GUI stays responsive, a new photo cancels it.
#include <QAction>
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

    // The whole path: Fit Face -> live chart -> render over the photo; the GUI stays responsive.
    void fitShowsRenderOverPhoto() {
        MainWindow window(testOptions());
        window.resize(1100, 750);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, m_demo));
        for (QAction* action : window.findChildren<QAction*>())
            if (action->objectName().startsWith(QLatin1String("show"))) action->setChecked(false);  // landmarks off
        const QImage bare = renderView(window);

        likeness::CoarseFitOptions options = window.fitPanel()->options();
        options.iterations = 20;
        options.subdivisionLevel = 1;
        window.fitPanel()->setOptions(options);
        QSignalSpy shown(&window, &MainWindow::fitShown);
        QSignalSpy stopped(&window, &MainWindow::fitStopped);
        likeness::test::LatencyProbe probe;
        probe.start();
        window.fitFaceAction()->trigger();
        QVERIFY(window.fitController()->isRunning());
        QVERIFY(!window.fitFaceAction()->isEnabled());
        QVERIFY(window.fitPanel()->cancelAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() + stopped.count() > 0, kFitTimeoutMs);
        probe.stop();
        if (!stopped.isEmpty()) QFAIL(qPrintable(stopped.at(0).at(0).toString()));
        qInfo("max event-loop gap %lld ms over %d ticks", probe.maxGapMs(), probe.ticks());
        QVERIFY2(probe.maxGapMs() <= 100, qPrintable(QStringLiteral("gap of %1 ms").arg(probe.maxGapMs())));

        QVERIFY(window.fitFaceAction()->isEnabled());
        QVERIFY(window.currentFit());
        QCOMPARE(window.currentFit()->fit.iterations, 20);
        QVERIFY(window.photoView()->fitOverlay()->hasResult());
        QVERIFY(window.fitPanel()->progressUpdates() >= 1);
        QCOMPARE(window.fitPanel()->resultsTree()->topLevelItemCount(), 1);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("SSIM")));

        // The render changes the face's pixels; opacity 0 or hiding it restores the photo.
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

        // Another photo clears the overlay.
        QVERIFY(openAndWait(window, m_blank));
        QVERIFY(!window.photoView()->fitOverlay()->hasResult());
        QVERIFY(!window.currentFit());
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
