// AnalysisController: results and errors arrive through queued signals on the
// GUI thread; newer requests supersede older ones.
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include "controllers/analysis_controller.h"
#include "gui_test_helpers.h"

using namespace likeness::ui;

namespace {
constexpr int kAnalysisTimeoutMs = 120000;  // the first request also loads the models

AnalysisSnapshotPtr snapshotAt(const QSignalSpy& spy, int index) {
    return spy.at(index).at(0).value<AnalysisSnapshotPtr>();
}
AnalysisFailure failureAt(const QSignalSpy& spy, int index) {
    return spy.at(index).at(0).value<AnalysisFailure>();
}
} // namespace

class TestAnalysisController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        likeness::test::isolateSettings("test_analysis_controller");
        m_dir = likeness::test::scratch("test_analysis_controller");
        m_demo = likeness::test::demoPhotoPath();
        m_demoCopy = m_dir + QStringLiteral("/demo_copy.jpg");
        QVERIFY(QFile::copy(m_demo, m_demoCopy));
        m_fake = likeness::test::writeFakeImage(m_dir);
    }

    void deliversResultOnGuiThread() {
        AnalysisController controller;
        QSignalSpy finished(&controller, &AnalysisController::analysisFinished);
        QSignalSpy failed(&controller, &AnalysisController::analysisFailed);
        QSignalSpy loaded(&controller, &AnalysisController::imageLoaded);
        QSignalSpy busy(&controller, &AnalysisController::busyChanged);
        QSignalSpy device(&controller, &AnalysisController::deviceChanged);
        QThread* receivedOn = nullptr;
        connect(&controller, &AnalysisController::analysisFinished, this,
                [&receivedOn] { receivedOn = QThread::currentThread(); });

        const quint64 id = controller.analyzeFile(m_demo);
        QVERIFY(id > 0);
        QVERIFY(controller.isBusy());
        QVERIFY(finished.wait(kAnalysisTimeoutMs));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(receivedOn, QThread::currentThread());  // queued to the GUI thread
        QVERIFY(!controller.isBusy());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
        QCOMPARE(loaded.count(), 1);  // the photo arrives before the analysis
        QCOMPARE(loaded.at(0).at(0).value<quint64>(), id);

        const AnalysisSnapshotPtr snapshot = snapshotAt(finished, 0);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->requestId, id);
        QCOMPARE(snapshot->path, m_demo);
        QCOMPARE(snapshot->image.size(), QSize(512, 512));
        QCOMPARE(snapshot->image.format(), QImage::Format_RGB888);
        QCOMPARE(snapshot->result.imageWidth, 512);
        QCOMPARE(snapshot->result.imageHeight, 512);
        QCOMPARE(int(snapshot->result.faces.size()), 1);
        const likeness::FaceObservation& face = snapshot->result.faces.front();
        QCOMPARE(int(face.landmarks.size()), likeness::kRefinedLandmarks);  // 478
        QVERIFY(face.presence > 0.5f);
        // The landmarks lie inside the photo, inside the detector's box (loosely).
        for (const likeness::Landmark& p : face.landmarks) {
            QVERIFY(p.x >= 0 && p.x < 512 && p.y >= 0 && p.y < 512);
            QVERIFY(p.x > face.box.x0 - 40 && p.x < face.box.x1 + 40);
        }
        QVERIFY(!snapshot->result.timings.empty());
        QVERIFY(snapshot->loadMs > 0);
        QVERIFY(!snapshot->deviceName.isEmpty());
        QCOMPARE(device.count(), 1);
        QCOMPARE(controller.deviceName(), snapshot->deviceName);

        // A second request reuses the analyser (no second deviceChanged, no model loading).
        controller.analyzeFile(m_demo);
        QVERIFY(finished.wait(kAnalysisTimeoutMs));
        QCOMPARE(device.count(), 1);
        QCOMPARE(snapshotAt(finished, 1)->modelLoadMs, 0.0);
        QCOMPARE(int(snapshotAt(finished, 1)->result.faces.size()), 1);
    }

    void reportsUnreadableImage() {
        AnalysisController controller;
        QSignalSpy finished(&controller, &AnalysisController::analysisFinished);
        QSignalSpy failed(&controller, &AnalysisController::analysisFailed);
        const quint64 id = controller.analyzeFile(m_fake);
        QVERIFY(failed.wait(kAnalysisTimeoutMs));
        QCOMPARE(finished.count(), 0);
        const AnalysisFailure failure = failureAt(failed, 0);
        QCOMPARE(failure.requestId, id);
        QCOMPARE(failure.path, m_fake);
        QCOMPARE(failure.kind, AnalysisErrorKind::Input);
        QVERIFY2(failure.message.contains(QStringLiteral("not_an_image.png")), qPrintable(failure.message));
        QVERIFY(!controller.isBusy());
    }

    void reportsMissingFile() {
        AnalysisController controller;
        QSignalSpy failed(&controller, &AnalysisController::analysisFailed);
        controller.analyzeFile(m_dir + QStringLiteral("/does_not_exist.jpg"));
        QVERIFY(failed.wait(kAnalysisTimeoutMs));
        QCOMPARE(failureAt(failed, 0).kind, AnalysisErrorKind::Input);
    }

    void reportsMissingModels() {
        AnalysisControllerOptions options;
        options.modelDir = likeness::test::scratch("test_analysis_controller_no_models");
        AnalysisController controller(options);
        QSignalSpy failed(&controller, &AnalysisController::analysisFailed);
        QSignalSpy loaded(&controller, &AnalysisController::imageLoaded);
        controller.analyzeFile(m_demo);
        QVERIFY(failed.wait(kAnalysisTimeoutMs));
        QCOMPARE(loaded.count(), 1);  // the photo itself was fine
        const AnalysisFailure failure = failureAt(failed, 0);
        QCOMPARE(failure.kind, AnalysisErrorKind::Assets);
        QVERIFY(!failure.message.isEmpty());
        QVERIFY(controller.deviceName().isEmpty());
    }

    void newerRequestSupersedesPendingOne() {
        AnalysisController controller;
        QSignalSpy finished(&controller, &AnalysisController::analysisFinished);
        QSignalSpy failed(&controller, &AnalysisController::analysisFailed);
        QSignalSpy busy(&controller, &AnalysisController::busyChanged);
        // Back to back: the failing request is superseded before anyone sees it fail.
        const quint64 first = controller.analyzeFile(m_fake);
        const quint64 second = controller.analyzeFile(m_demoCopy);
        QVERIFY(second > first);
        QCOMPARE(controller.activeRequestId(), second);
        QVERIFY(finished.wait(kAnalysisTimeoutMs));
        QTest::qWait(300);  // nothing late may follow
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(snapshotAt(finished, 0)->requestId, second);
        QCOMPARE(snapshotAt(finished, 0)->path, m_demoCopy);
        QCOMPARE(busy.count(), 2);  // one busy period for both
    }

    void newerRequestSupersedesRunningOne() {
        AnalysisController controller;
        QSignalSpy finished(&controller, &AnalysisController::analysisFinished);
        QSignalSpy failed(&controller, &AnalysisController::analysisFailed);
        QSignalSpy loaded(&controller, &AnalysisController::imageLoaded);
        const quint64 first = controller.analyzeFile(m_demo);
        QVERIFY(loaded.wait(kAnalysisTimeoutMs));  // the first one is running now
        const quint64 second = controller.analyzeFile(m_demoCopy);
        QVERIFY(finished.wait(kAnalysisTimeoutMs));
        QTest::qWait(300);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(snapshotAt(finished, 0)->requestId, second);
        QVERIFY(snapshotAt(finished, 0)->requestId != first);
    }

    void cancelDropsEverything() {
        AnalysisController controller;
        QSignalSpy finished(&controller, &AnalysisController::analysisFinished);
        QSignalSpy failed(&controller, &AnalysisController::analysisFailed);
        QSignalSpy busy(&controller, &AnalysisController::busyChanged);
        controller.analyzeFile(m_demo);
        controller.cancel();
        QVERIFY(!controller.isBusy());
        QCOMPARE(busy.count(), 2);
        QTest::qWait(1000);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 0);
        // Still usable afterwards.
        controller.analyzeFile(m_demo);
        QVERIFY(finished.wait(kAnalysisTimeoutMs));
    }

    void destroysWhileRunning() {
        auto* controller = new AnalysisController;
        controller->analyzeFile(m_demo);
        controller->analyzeFile(m_demoCopy);
        delete controller;  // cancels and joins the worker without crashing
    }

private:
    QString m_dir, m_demo, m_demoCopy, m_fake;
};

QTEST_MAIN(TestAnalysisController)
#include "test_analysis_controller.moc"
