// WebcamPanel without a camera: the no-camera state, frames fed through
// presentFrame()/presentVideoFrame(), live landmarks from a fake analyser and
// from the real FaceAnalyzer, throttling, analyser errors and Capture Still.
#include <atomic>
#include <stdexcept>
#include <thread>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QImageReader>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include "capture/live_landmark_runner.h"
#include "capture/live_landmarks.h"
#include "capture/webcam_panel.h"
#include "capture/webcam_preview.h"
#include "gui_test_helpers.h"

Q_DECLARE_METATYPE(likeness::ui::LiveLandmarks)

using namespace likeness::ui;

namespace {

/// A fake analyser: one "face" of three points (corners and centre of the frame).
FrameAnalyzer cornerAnalyzer(std::atomic<int>* calls = nullptr, int sleepMs = 0) {
    return [calls, sleepMs](const QImage& frame) {
        if (calls) ++*calls;
        if (sleepMs > 0) std::this_thread::sleep_for(std::chrono::milliseconds(sleepMs));
        const double w = frame.width() - 1, h = frame.height() - 1;
        return QList<FaceLandmarks>{{QPointF(0, 0), QPointF(w / 2, h / 2), QPointF(w, h)}};
    };
}

QImage demoFrame() {
    QImage image(likeness::test::demoPhotoPath());
    return image.convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestWebcamPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        likeness::test::isolateSettings("test_webcam_panel");
        qRegisterMetaType<LiveLandmarks>();
        QVERIFY2(!demoFrame().isNull(), qPrintable(likeness::test::demoPhotoPath()));
    }

    void noCameraState() {
        WebcamPanel panel(cornerAnalyzer(), false);
        QVERIFY(!panel.hasCamera());
        QVERIFY(!panel.startStopAction()->isEnabled());
        QVERIFY(!panel.cameraCombo()->isEnabled());
        QVERIFY(!panel.resolutionCombo()->isEnabled());
        QCOMPARE(panel.cameraCombo()->currentText(), QStringLiteral("No camera found"));
        QVERIFY(!panel.captureStillAction()->isEnabled()); // no frame yet
        QCOMPARE(panel.preview()->placeholderText(), QStringLiteral("No camera found."));
        QVERIFY(panel.statusText().contains(QStringLiteral("No camera found")));
        panel.start(); // nothing to start
        QVERIFY(!panel.isRunning());
        QVERIFY(!panel.startStopAction()->toolTip().isEmpty());
        QVERIFY(!panel.cameraCombo()->toolTip().isEmpty());
        // The system's list: on machines without a camera the same state.
        WebcamPanel system(cornerAnalyzer(), true);
        if (!system.hasCamera()) QVERIFY(!system.startStopAction()->isEnabled());
    }

    void fakeLandmarksArriveAndAreScaled() {
        WebcamPanel panel(cornerAnalyzer(), false);
        panel.preview()->setFixedSize(400, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy landmarks(&panel, &WebcamPanel::landmarksUpdated);
        const QImage frame = demoFrame(); // 512 x 512
        panel.presentFrame(frame);
        QVERIFY(panel.captureStillAction()->isEnabled());
        QVERIFY(landmarks.wait(5000));
        const LiveLandmarks result = landmarks.last().at(0).value<LiveLandmarks>();
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.imageSize, frame.size());
        QCOMPARE(result.faces.size(), 1);
        QCOMPARE(panel.preview()->landmarks().faces.size(), 1);
        // 512 x 512 fitted into 400 x 300: a 300 x 300 square centred horizontally.
        const WebcamPreview* preview = panel.preview();
        QCOMPARE(preview->imageRect(), QRectF(50, 0, 300, 300));
        const QPointF topLeft = preview->mapFromImage(QPointF(0, 0), frame.size());
        QVERIFY(qAbs(topLeft.x() - (50 + 0.5 * 300.0 / 512)) < 1e-9);
        QVERIFY(qAbs(topLeft.y() - 0.5 * 300.0 / 512) < 1e-9);
        const QPointF centre = preview->mapFromImage(QPointF(255.5, 255.5), frame.size());
        QVERIFY(qAbs(centre.x() - 200) < 1e-9 && qAbs(centre.y() - 150) < 1e-9);
        // The overlay is drawn where the mapping says: green at the centre point.
        // (The demo photo is grey: a green-dominant pixel can only be the overlay.)
        const QImage shot = panel.preview()->grab().toImage();
        auto greenNear = [&shot](const QPointF& at) {
            int n = 0;
            const QPoint c = (at * shot.devicePixelRatio()).toPoint();
            for (int dy = -3; dy <= 3; ++dy)
                for (int dx = -3; dx <= 3; ++dx) {
                    if (!shot.rect().contains(c + QPoint(dx, dy))) continue;
                    const QColor p = shot.pixelColor(c + QPoint(dx, dy));
                    if (p.green() - p.red() > 60 && p.green() - p.blue() > 60) ++n;
                }
            return n;
        };
        QVERIFY(greenNear(centre) > 0);
        QVERIFY(greenNear(topLeft + QPointF(2, 2)) > 0);
        QCOMPARE(greenNear(centre + QPointF(40, 30)), 0);
        // Off: no more analyses, no overlay.
        panel.landmarksCheck()->setChecked(false);
        QVERIFY(panel.preview()->landmarks().faces.isEmpty());
        const quint64 analysed = panel.landmarkRunner()->analysedFrames();
        panel.presentFrame(frame);
        QTest::qWait(250);
        QCOMPARE(panel.landmarkRunner()->analysedFrames(), analysed);
    }

    void videoFramesFromTheSinkPath() {
        WebcamPanel panel({}, false);
        QImage image(64, 32, QImage::Format_RGBX8888);
        image.fill(QColor(250, 10, 10));
        QVideoFrame frame(QVideoFrameFormat(image.size(), QVideoFrameFormat::Format_RGBX8888));
        QVERIFY(frame.map(QVideoFrame::WriteOnly));
        for (int y = 0; y < image.height(); ++y)
            memcpy(frame.bits(0) + y * frame.bytesPerLine(0), image.constScanLine(y), size_t(image.width()) * 4);
        frame.unmap();
        panel.presentVideoFrame(frame);
        QCOMPARE(panel.currentFrame().size(), QSize(64, 32));
        const QColor c = panel.currentFrame().pixelColor(10, 10);
        QVERIFY2(c.red() > 230 && c.green() < 30, qPrintable(c.name()));
        QVERIFY(!panel.landmarksCheck()->isEnabled()); // no analyser, no landmarks
    }

    void throttlingDropsFramesWhileBusy() {
        std::atomic<int> calls{0};
        LiveLandmarkRunner runner(cornerAnalyzer(&calls, 150));
        runner.setMaxRate(100); // the analyser's 150 ms is the limit here
        QSignalSpy done(&runner, &LiveLandmarkRunner::landmarksReady);
        const QImage frame = demoFrame();
        for (int i = 0; i < 30; ++i) {
            runner.submit(frame);
            QTest::qWait(10);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy() && done.count() == int(runner.analysedFrames()), 5000);
        QTest::qWait(200);
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 5000);
        QCOMPARE(runner.submittedFrames(), quint64(30));
        QCOMPARE(runner.analysedFrames() + runner.droppedFrames(), quint64(30));
        QVERIFY2(runner.analysedFrames() <= 6, qPrintable(QString::number(runner.analysedFrames())));
        QVERIFY(runner.droppedFrames() >= 24);
        QCOMPARE(calls.load(), int(runner.analysedFrames()));
        // The newest frame is the last one analysed: ids increase, the last is frame 30.
        QCOMPARE(done.last().at(0).value<LiveLandmarks>().frameId, quint64(30));
    }

    void throttlingCapsTheRate() {
        std::atomic<int> calls{0};
        LiveLandmarkRunner runner(cornerAnalyzer(&calls, 0));
        QCOMPARE(runner.maxRate(), 10.0);
        QElapsedTimer timer;
        timer.start();
        const QImage frame = demoFrame();
        while (timer.elapsed() < 1000) {
            runner.submit(frame);
            QTest::qWait(5);
        }
        QTRY_VERIFY(!runner.isBusy());
        QTest::qWait(150); // the last waiting frame
        const int n = calls.load();
        QVERIFY2(n >= 3 && n <= 13, qPrintable(QString::number(n)));
    }

    void analyserErrorTurnsLandmarksOff() {
        WebcamPanel panel([](const QImage&) -> QList<FaceLandmarks> { throw std::runtime_error("models are missing"); },
                          false);
        QVERIFY(panel.landmarksCheck()->isChecked());
        QSignalSpy landmarks(&panel, &WebcamPanel::landmarksUpdated);
        panel.presentFrame(demoFrame());
        QVERIFY(landmarks.wait(5000));
        QCOMPARE(landmarks.last().at(0).value<LiveLandmarks>().error, QStringLiteral("models are missing"));
        QVERIFY(!panel.landmarksCheck()->isChecked());
        QVERIFY(panel.statusText().contains(QStringLiteral("models are missing")));
    }

    void captureStillWritesAPng() {
        WebcamPanel panel({}, false);
        QSignalSpy failed(&panel, &WebcamPanel::captureFailed);
        panel.captureStill(); // no frame yet
        QCOMPARE(failed.count(), 1);
        const QImage frame = demoFrame();
        panel.presentFrame(frame);
        QSignalSpy captured(&panel, &WebcamPanel::stillCaptured);
        panel.captureStillAction()->trigger();
        QVERIFY(captured.wait(10000));
        const QString path = captured.last().at(0).toString();
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/captures");
        QVERIFY2(path.startsWith(folder) && path.endsWith(QStringLiteral(".png")), qPrintable(path));
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage saved = reader.read().convertToFormat(QImage::Format_RGB32);
        QCOMPARE(saved.size(), frame.size());
        QCOMPARE(saved.pixel(100, 200), frame.pixel(100, 200));
        QCOMPARE(saved.pixel(400, 50), frame.pixel(400, 50));
        // Two captures in a row give two files.
        panel.captureStill();
        QVERIFY(captured.wait(10000));
        QVERIFY(captured.last().at(0).toString() != path);
    }

    void realAnalyzerFindsTheDemoFace() {
        WebcamPanel panel(makeFaceMeshFrameAnalyzer(), false);
        QSignalSpy landmarks(&panel, &WebcamPanel::landmarksUpdated);
        const QImage frame = demoFrame();
        panel.presentFrame(frame);
        QVERIFY(landmarks.wait(120000));
        const LiveLandmarks result = landmarks.last().at(0).value<LiveLandmarks>();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.faces.size(), 1);
        QCOMPARE(result.faces[0].size(), 478);
        // Grace Hopper's face sits in the middle of the portrait: the points' centre too.
        QPointF mean;
        for (const QPointF& p : result.faces[0]) {
            QVERIFY(p.x() >= 0 && p.y() >= 0 && p.x() < frame.width() && p.y() < frame.height());
            mean += p / result.faces[0].size();
        }
        QVERIFY2(mean.x() > 180 && mean.x() < 330 && mean.y() > 150 && mean.y() < 330,
                 qPrintable(QStringLiteral("%1, %2").arg(mean.x()).arg(mean.y())));
        QCOMPARE(panel.preview()->landmarks().faces.size(), 1);
        // The next frame tracks from the previous landmarks.
        QTest::qWait(120);
        panel.presentFrame(frame);
        QVERIFY(landmarks.wait(60000));
        QCOMPARE(landmarks.last().at(0).value<LiveLandmarks>().faces.size(), 1);
    }
};

QTEST_MAIN(TestWebcamPanel)
#include "test_webcam_panel.moc"
