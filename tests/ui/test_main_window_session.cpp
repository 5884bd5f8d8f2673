// Sessions through the studio: a fitted, edited face saved with its photo
// embedded, reopened in a fresh window after the photo file is gone, and damaged
// or newer files refused without touching them or the open session.
#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <QSlider>
#include <QtTest/QtTest>

#include <QBuffer>

#include <opencv2/imgcodecs.hpp>

#include "capture/photo_set.h"
#include "controllers/export_controller.h"
#include "export/export_job.h"
#include "fit_test_helpers.h"
#include "gui_test_helpers.h"
#include "main_window/main_window.h"
#include "panels/expression_panel.h"
#include "panels/fit_panel.h"
#include "panels/lighting_panel.h"
#include "panels/map_edit_panel.h"
#include "session/session_manager.h"
#include "viewport/viewport_panel.h"

using namespace likeness::ui;

namespace {

MainWindowOptions testOptions() {
    MainWindowOptions options;
    options.warmUpAnalyzer = false;
    options.persistSettings = false;
    options.showErrorDialogs = false;
    return options;
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestMainWindowSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { likeness::test::isolateSettings("test_main_window_session"); }
    void roundTripWithEmbeddedPhoto();
};

void TestMainWindowSession::roundTripWithEmbeddedPhoto() {
    const QString dir = likeness::test::scratch("test_main_window_session");
    const QString photo = dir + QStringLiteral("/subject.jpg");
    QFile::remove(photo);
    QVERIFY(QFile::copy(likeness::test::demoPhotoPath(), photo));
    const QString session = dir + QStringLiteral("/face.likeness");
    const int jaw = static_cast<int>(ExpressionPanel::weightNames().indexOf(QStringLiteral("jawOpen")));
    likeness::LightingState lit;
    int vertices = 0, mapCount = 0;
    {
        MainWindow window(testOptions());
        window.show();
        QSignalSpy analysed(&window, &MainWindow::analysisShown);
        window.openImage(photo);
        QVERIFY(analysed.wait(120000));
        QCOMPARE(window.photoSet()->count(), 1);
        likeness::CoarseFitOptions options = window.fitPanel()->options();
        options.iterations = 20;
        options.subdivisionLevel = 1;
        window.fitPanel()->setOptions(options);
        window.fitPanel()->setAppearanceOptions(likeness::test::quickAppearanceOptions(2, 5));
        QSignalSpy ready(window.viewportPanel(), &ViewportPanel::sceneReady);
        window.fitFaceAction()->trigger();
        QVERIFY(ready.wait(120000));
        QVERIFY(window.sessionManager()->isModified());
        window.expressionPanel()->slider(jaw)->setValue(60);
        lit = window.lightingPanel()->state();
        lit.source = likeness::LightSource::Preset;
        lit.preset = likeness::LightPreset::Rim;
        lit.yawDeg = 30;
        QVERIFY(window.lightingPanel()->setState(lit));
        window.mapEditPanel()->slider(MapEditPanel::DiffuseExposure)->setValue(50);   // +0.5 stops
        QCOMPARE(window.mapEditPanel()->edits().diffuseExposure, 0.5f);
        vertices = int(window.currentFit()->fit.vertices.size());
        mapCount = int(window.currentFit()->maps.size());
        QVERIFY(mapCount > 0);
        for (QAction* a : window.findChildren<QAction*>())
            if (a->text().contains(QStringLiteral("Embed"))) a->setChecked(true);
        QString error;
        QVERIFY2(window.saveSession(session, &error), qPrintable(error));
        QVERIFY(!window.sessionManager()->isModified());
        QVERIFY(window.windowTitle().contains(QStringLiteral("face.likeness")));
    }
    QVERIFY(QFile::remove(photo));   // the session must carry the photo itself

    MainWindow window(testOptions());
    window.show();
    QSignalSpy ready(window.viewportPanel(), &ViewportPanel::sceneReady);
    QString error;
    QVERIFY2(window.openSession(session, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isRestoringSession(), 120000);
    QVERIFY(ready.count() > 0 || ready.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(window.expressionPanel()->weights()[size_t(jaw)] == 0.6f, 10000);
    QCOMPARE(window.photoSet()->count(), 1);
    QVERIFY(QFile::exists(window.photoSet()->entry(0).path));   // extracted from the session
    QVERIFY(window.currentFit());
    QCOMPARE(int(window.currentFit()->fit.vertices.size()), vertices);
    QCOMPARE(int(window.currentFit()->maps.size()), mapCount);
    QVERIFY(window.lightingPanel()->state() == lit);
    QCOMPARE(window.mapEditPanel()->edits().diffuseExposure, 0.5f);
    QVERIFY(!window.sessionManager()->isModified());

    // Export writes the last stage's diffuse map with the restored edit applied.
    {
        QImage last;   // the last map stage's (medium here)
        for (const MapLayer& layer : window.currentFit()->maps)
            if (layer.map == QLatin1String("diffuse") && layer.stage == QLatin1String("medium")) last = layer.image;
        QVERIFY(!last.isNull());
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        last.convertToFormat(QImage::Format_RGB888).save(&buffer, "PNG");
        const std::vector<unsigned char> expected =
            likeness::editDiffusePng(std::vector<unsigned char>(png.begin(), png.end()), window.mapEditPanel()->edits());
        const QString out = dir + QStringLiteral("/export");
        likeness::ExportJobOptions options;
        options.formats = {"obj"};
        options.asset.mapResolution = 256;
        QSignalSpy ended(&window, &MainWindow::exportEnded);
        QVERIFY(window.startExport(out, options));
        QVERIFY(ended.wait(120000));
        const cv::Mat written = cv::imread(QFile::encodeName(out + QStringLiteral("/diffuse.png")).toStdString(),
                                           cv::IMREAD_UNCHANGED);
        const cv::Mat wanted = cv::imdecode(expected, cv::IMREAD_UNCHANGED);
        QVERIFY(!written.empty() && !wanted.empty());
        QCOMPARE(written.size(), wanted.size());
        QCOMPARE(cv::norm(written, wanted, cv::NORM_INF), 0.0);
    }

    // A damaged copy (one flipped byte in a payload) and a newer format are refused; the
    // files stay byte-identical and the open session is untouched.
    const QByteArray good = fileBytes(session);
    QByteArray damaged = good;
    damaged[damaged.size() - 100] = char(damaged[damaged.size() - 100] ^ 0x5a);
    const QString damagedPath = dir + QStringLiteral("/damaged.likeness");
    writeBytes(damagedPath, damaged);
    QByteArray newer = good;
    const int at = int(newer.indexOf("LIKENESS-SESSION 1."));
    QVERIFY(at >= 0);
    newer[at + 17] = '9';
    const QString newerPath = dir + QStringLiteral("/newer.likeness");
    writeBytes(newerPath, newer);
    for (const QString& path : {damagedPath, newerPath}) {
        error.clear();
        QVERIFY(!window.openSession(path, &error));
        QVERIFY(!error.isEmpty());
        qInfo("refused %s: %s", qPrintable(QFileInfo(path).fileName()), qPrintable(error));
        QVERIFY(window.currentFit());
        QCOMPARE(window.expressionPanel()->weights()[size_t(jaw)], 0.6f);
    }
    QVERIFY(error.contains(QStringLiteral("newer")));
    QCOMPARE(fileBytes(damagedPath), damaged);
    QCOMPARE(fileBytes(newerPath), newer);
}

QTEST_MAIN(TestMainWindowSession)
#include "test_main_window_session.moc"
