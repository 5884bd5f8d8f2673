// File > Export…: the Export dialog (defaults, validation, remembered choices,
// the ExportJobOptions it produces), the ExportController running the core's
// exportFit on a real fit off the GUI thread (files, cancel, failures), and the
// MainWindow's Export action, progress dialog and messages.
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QThread>

#include <opencv2/imgcodecs.hpp>

#include "common/srgb.h"
#include "controllers/export_controller.h"
#include "controllers/fit_controller.h"
#include "dialogs/export_dialog.h"
#include "export/export_job.h"
#include "fit_test_helpers.h"
#include "main_window/main_window.h"
#include "panels/fit_panel.h"

using namespace likeness::ui;

namespace {
constexpr int kAnalysisTimeoutMs = 120000;
constexpr int kFitTimeoutMs = 120000;
constexpr int kExportTimeoutMs = 120000;

/// Every file under `dir` (recursively), as paths relative to it.
QStringList filesUnder(const QString& dir) {
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

/// Left-over temporary files of the atomic writes (name.tmp-XXXXXXXX).
QStringList tempFilesUnder(const QString& dir) {
    QStringList temps;
    for (const QString& file : filesUnder(dir))
        if (file.contains(QLatin1String(".tmp"))) temps << file;
    return temps;
}

likeness::ExportJobOptions quickExport(std::vector<std::string> formats) {
    likeness::ExportJobOptions options;
    options.formats = std::move(formats);
    options.asset.mapResolution = 256;
    return options;
}

/// Holds the job at its start until released: a test can cancel while it waits.
struct Gate {
    std::mutex mutex;
    std::condition_variable wake;
    bool open = false;
    std::atomic<bool> entered{false};
    void release() {
        std::lock_guard<std::mutex> lock(mutex);
        open = true;
        wake.notify_all();
    }
    void wait() {
        entered = true;
        std::unique_lock<std::mutex> lock(mutex);
        wake.wait(lock, [this] { return open; });
    }
};

/// Opens the gate when it goes out of scope: declared after the controller, it keeps a failing
/// check from leaving the worker waiting while the controller's destructor waits for it.
struct ReleaseOnExit {
    std::shared_ptr<Gate> gate;
    ~ReleaseOnExit() { gate->release(); }
};

/// The core's exportFit, entered only once `gate` is released.
ExportJob gatedCoreJob(std::shared_ptr<Gate> gate) {
    return [gate](const likeness::FaceFit& fit, const likeness::FaceTopology& topology, const std::string& folder,
                  const likeness::ExportJobOptions& options, const likeness::ExportProgress& progress,
                  const likeness::CancelToken* cancel) {
        gate->wait();
        return likeness::exportFit(fit, topology, folder, options, progress, cancel);
    };
}

MainWindowOptions windowOptions(const likeness::FaceFit& fit) {
    MainWindowOptions options;
    options.warmUpAnalyzer = false;
    options.persistSettings = false;
    options.showErrorDialogs = false;
    // Face > Fit Face shows the real fit computed once in initTestCase (the GUI's own fit path, without
    // fitting again).
    options.fitJob = [fit](const std::vector<likeness::FitInput>&, const likeness::CoarseFitOptions&,
                           const likeness::LossSink&, const likeness::CancelToken*, likeness::FaceFit*) { return fit; };
    return options;
}

bool openAndWait(MainWindow& window, const QString& path) {
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    window.openImage(path);
    return shown.wait(kAnalysisTimeoutMs);
}

bool fitAndWait(MainWindow& window) {
    QSignalSpy shown(&window, &MainWindow::fitShown);
    likeness::AppearanceOptions coarseOnly = window.fitPanel()->appearanceOptions();  // the coarse fit alone
    coarseOnly.medium = coarseOnly.fine = false;
    window.fitPanel()->setAppearanceOptions(coarseOnly);
    window.fitFaceAction()->trigger();
    return shown.wait(kFitTimeoutMs);
}

bool inFileMenu(QMainWindow& window, QAction* action) {
    const QList<QAction*> menus = window.menuBar()->actions();
    return !menus.isEmpty() && menus.front()->menu() && menus.front()->menu()->actions().contains(action);
}

template <typename T>
T* child(QObject& parent, const char* name) {
    return parent.findChild<T*>(QLatin1String(name));
}
} // namespace

class TestExportDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        likeness::test::isolateSettings("test_export_dialog");
        m_dir = likeness::test::scratch("test_export_dialog");
        // One real coarse fit of the demo photo, run by the GUI's FitController.
        const likeness::test::DemoFace demo = likeness::test::analyseDemoPhoto();
        QCOMPARE(int(demo.face.landmarks.size()), likeness::kRefinedLandmarks);
        FitController fitter;
        QSignalSpy finished(&fitter, &FitController::finished);
        QSignalSpy failed(&fitter, &FitController::failed);
        fitter.start(demo.photo, demo.face, likeness::test::quickFitOptions(20), demo.path);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, kFitTimeoutMs);
        if (!failed.isEmpty()) QFAIL(qPrintable(failed.at(0).at(0).value<FitFailure>().message));
        m_fit = finished.at(0).at(0).value<FitResultPtr>();
        QVERIFY(m_fit);
        QVERIFY(!m_fit->fit.posedVertices.empty());
    }

    void init() { QSettings().remove(ExportDialog::settingsGroup()); }

    // ---- The dialog ----

    void dialogDefaults() {
        ExportDialog dialog;
        const likeness::ExportJobOptions o = dialog.options();
        QCOMPARE(o.formats, std::vector<std::string>({"glb"}));
        QCOMPARE(o.baseName, std::string("face"));
        QCOMPARE(o.units, std::string("mm"));
        QVERIFY(!o.vertexColors);
        QCOMPARE(o.asset.level, std::string("working"));
        QCOMPARE(o.asset.mapResolution, 1024);
        QVERIFY(o.asset.rig);
        QVERIFY(!o.watertight);
        QCOMPARE(o.watertightSource, std::string("views"));
        QCOMPARE(o.watertightOptions.resolution, 250);
        QCOMPARE(o.watertightOptions.targetTriangles, 0);
        QVERIFY(dialog.folder().endsWith(QLatin1String("/Likeness")));
        QVERIFY(QDir::isAbsolutePath(dialog.folder()));
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(dialog.exportButton()->isEnabled());

        // The widgets: six formats, the combos' choices with tooltips, the watertight group off.
        QCOMPARE(ExportDialog::formatCodes(), QStringList({"glb", "gltf", "fbx", "obj", "ply", "csv"}));
        for (const QString& code : ExportDialog::formatCodes()) {
            QCheckBox* box = dialog.formatBox(code);
            QVERIFY2(box, qPrintable(code));
            QVERIFY(!box->toolTip().isEmpty());
            QCOMPARE(box->isChecked(), code == QLatin1String("glb"));
        }
        QVERIFY(!dialog.formatBox(QStringLiteral("stl")));
        auto* level = child<QComboBox>(dialog, "exportLevel");
        QVERIFY(level);
        QCOMPARE(level->count(), 3);
        QStringList levels;
        for (int i = 0; i < level->count(); ++i) {
            levels << level->itemData(i).toString();
            QVERIFY(!level->itemData(i, Qt::ToolTipRole).toString().isEmpty());
        }
        QCOMPARE(levels, QStringList({"working", "high", "neutral"}));
        auto* maps = child<QComboBox>(dialog, "exportMapResolution");
        QVERIFY(maps);
        QList<int> sizes;
        for (int i = 0; i < maps->count(); ++i) sizes << maps->itemData(i).toInt();
        QCOMPARE(sizes, QList<int>({256, 512, 1024, 2048}));
        QCOMPARE(maps->currentData().toInt(), 1024);
        auto* units = child<QComboBox>(dialog, "exportUnits");
        QVERIFY(units);
        QCOMPARE(units->count(), 3);
        QVERIFY(!units->isEnabled());  // only OBJ and PLY have units to choose
        auto* note = child<QLabel>(dialog, "exportUnitsNote");
        QVERIFY(note && note->text().contains(QLatin1String("metres")) &&
                note->text().contains(QLatin1String("centimetres")));
        auto* watertight = child<QGroupBox>(dialog, "exportWatertight");
        QVERIFY(watertight && watertight->isCheckable() && !watertight->isChecked());
        auto* resolution = child<QSpinBox>(dialog, "exportWatertightResolution");
        QVERIFY(resolution);
        QCOMPARE(resolution->minimum(), 64);
        QCOMPARE(resolution->maximum(), 600);
        QCOMPARE(resolution->value(), 250);
        auto* triangles = child<QSpinBox>(dialog, "exportWatertightTriangles");
        QVERIFY(triangles);
        QCOMPARE(triangles->value(), 0);
        QCOMPARE(triangles->text(), QStringLiteral("Off"));
        QCOMPARE(child<QComboBox>(dialog, "exportWatertightSource")->count(), 2);
    }

    void formatRequired() {
        ExportDialog dialog(nullptr, false);
        dialog.setFolder(m_dir);
        dialog.show();
        auto* hint = child<QLabel>(dialog, "exportHint");
        QVERIFY(hint);
        QVERIFY(hint->isHidden());
        dialog.formatBox(QStringLiteral("glb"))->setChecked(false);
        QVERIFY(!dialog.exportButton()->isEnabled());
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QLatin1String("format")), qPrintable(hint->text()));
        dialog.accept();  // refused while there is a problem
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);

        dialog.formatBox(QStringLiteral("ply"))->setChecked(true);
        QVERIFY(dialog.exportButton()->isEnabled());
        QVERIFY(hint->isHidden());
        QVERIFY(child<QComboBox>(dialog, "exportUnits")->isEnabled());
        QVERIFY(child<QCheckBox>(dialog, "exportVertexColors")->isEnabled());

        // The name must be a plain file name; the folder must be given and not be a file.
        auto* name = child<QLineEdit>(dialog, "exportName");
        for (const QString& bad : {QString(), QStringLiteral("a/b"), QStringLiteral(".."), QStringLiteral("c:d")}) {
            name->setText(bad);
            QVERIFY2(!dialog.exportButton()->isEnabled(), qPrintable(bad));
            QVERIFY(!dialog.problem().isEmpty());
        }
        name->setText(QStringLiteral("bust"));
        QVERIFY(dialog.exportButton()->isEnabled());
        dialog.setFolder(QString());
        QVERIFY(!dialog.exportButton()->isEnabled());
        const QString file = likeness::test::writeFakeImage(m_dir, QStringLiteral("a_file.png"));
        dialog.setFolder(file);
        QVERIFY(!dialog.exportButton()->isEnabled());
        QVERIFY(dialog.problem().contains(QLatin1String("a_file.png")));
        dialog.setFolder(m_dir);
        QVERIFY(dialog.exportButton()->isEnabled());

        // A decimation target below the core's minimum, only while the watertight solid is on.
        child<QSpinBox>(dialog, "exportWatertightTriangles")->setValue(50);
        QVERIFY(dialog.exportButton()->isEnabled());
        child<QGroupBox>(dialog, "exportWatertight")->setChecked(true);
        QVERIFY(!dialog.exportButton()->isEnabled());
        QVERIFY(dialog.problem().contains(QLatin1String("100")));
        child<QSpinBox>(dialog, "exportWatertightTriangles")->setValue(100);
        QVERIFY(dialog.exportButton()->isEnabled());

        dialog.exportButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void optionsFromWidgets() {
        ExportDialog dialog(nullptr, false);
        const QString out = QDir(m_dir).filePath(QStringLiteral("sub/../options"));
        dialog.setFolder(out);
        QCOMPARE(dialog.folder(), QDir::cleanPath(out));
        child<QLineEdit>(dialog, "exportName")->setText(QStringLiteral("  bust "));
        dialog.formatBox(QStringLiteral("glb"))->setChecked(false);
        for (const char* code : {"ply", "obj", "fbx"}) dialog.formatBox(QLatin1String(code))->setChecked(true);
        child<QComboBox>(dialog, "exportLevel")->setCurrentIndex(1);
        child<QComboBox>(dialog, "exportMapResolution")->setCurrentIndex(0);
        child<QComboBox>(dialog, "exportUnits")->setCurrentIndex(2);
        child<QCheckBox>(dialog, "exportRig")->setChecked(false);
        child<QCheckBox>(dialog, "exportVertexColors")->setChecked(true);
        child<QGroupBox>(dialog, "exportWatertight")->setChecked(true);
        child<QComboBox>(dialog, "exportWatertightSource")->setCurrentIndex(1);
        child<QSpinBox>(dialog, "exportWatertightResolution")->setValue(1000);   // clamped to 600
        child<QSpinBox>(dialog, "exportWatertightTriangles")->setValue(20000);

        const likeness::ExportJobOptions o = dialog.options();
        QCOMPARE(o.formats, std::vector<std::string>({"fbx", "obj", "ply"}));  // the dialog's order
        QCOMPARE(o.baseName, std::string("bust"));
        QCOMPARE(o.asset.level, std::string("high"));
        QCOMPARE(o.asset.mapResolution, 256);
        QCOMPARE(o.units, std::string("m"));
        QVERIFY(!o.asset.rig);
        QVERIFY(o.vertexColors);
        QVERIFY(o.watertight);
        QCOMPARE(o.watertightSource, std::string("photo"));
        QCOMPARE(o.watertightOptions.resolution, 600);
        QCOMPARE(o.watertightOptions.targetTriangles, 20000);
        // Untouched fields keep the core's defaults; the whole is valid for the core.
        const likeness::ExportJobOptions defaults;
        QCOMPARE(o.asset.image, defaults.asset.image);
        QCOMPARE(o.asset.animation, defaults.asset.animation);
        QCOMPARE(o.watertightOptions.backDepthMm, defaults.watertightOptions.backDepthMm);
        o.validate();
        o.watertightOptions.validate();
        // The Live Link CSV needs the blendshapes: with the rig off the core refuses it.
        likeness::ExportJobOptions csvWithoutRig = o;
        csvWithoutRig.formats.push_back("csv");
        QVERIFY_THROWS_EXCEPTION(likeness::OptionsError, csvWithoutRig.validate());

        // setOptions() round-trips.
        ExportDialog other(nullptr, false);
        other.setOptions(o);
        const likeness::ExportJobOptions back = other.options();
        QCOMPARE(back.formats, o.formats);
        QCOMPARE(back.asset.level, o.asset.level);
        QCOMPARE(back.watertightSource, o.watertightSource);
        QCOMPARE(back.watertightOptions.targetTriangles, o.watertightOptions.targetTriangles);

        // Existing files are named (they will be replaced).
        QVERIFY(dialog.existingFiles().isEmpty());
        QDir().mkpath(dialog.folder());
        likeness::test::writeFile(QDir(dialog.folder()).filePath(QStringLiteral("bust.fbx")).toStdString(), "x");
        QCOMPARE(dialog.existingFiles(), QStringList({"bust.fbx"}));
    }

    void settingsPersist() {
        const QString out = QDir(m_dir).filePath(QStringLiteral("remembered"));
        {
            ExportDialog first;
            first.setFolder(out);
            child<QLineEdit>(first, "exportName")->setText(QStringLiteral("head"));
            first.formatBox(QStringLiteral("glb"))->setChecked(false);
            first.formatBox(QStringLiteral("gltf"))->setChecked(true);
            first.formatBox(QStringLiteral("ply"))->setChecked(true);
            child<QComboBox>(first, "exportLevel")->setCurrentIndex(2);
            child<QComboBox>(first, "exportMapResolution")->setCurrentIndex(1);
            child<QComboBox>(first, "exportUnits")->setCurrentIndex(1);
            child<QCheckBox>(first, "exportRig")->setChecked(false);
            child<QCheckBox>(first, "exportVertexColors")->setChecked(true);
            child<QGroupBox>(first, "exportWatertight")->setChecked(true);
            child<QComboBox>(first, "exportWatertightSource")->setCurrentIndex(1);
            child<QSpinBox>(first, "exportWatertightResolution")->setValue(128);
            child<QSpinBox>(first, "exportWatertightTriangles")->setValue(5000);
            first.accept();
            QCOMPARE(first.result(), int(QDialog::Accepted));
        }
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("export/formats")).toStringList(), QStringList({"gltf", "ply"}));
        QCOMPARE(settings.value(QStringLiteral("export/folder")).toString(), out);

        auto checkRestored = [&](ExportDialog& dialog) {
            const likeness::ExportJobOptions o = dialog.options();
            QCOMPARE(dialog.folder(), out);
            QCOMPARE(o.baseName, std::string("head"));
            QCOMPARE(o.formats, std::vector<std::string>({"gltf", "ply"}));
            QCOMPARE(o.asset.level, std::string("neutral"));
            QCOMPARE(o.asset.mapResolution, 512);
            QCOMPARE(o.units, std::string("cm"));
            QVERIFY(!o.asset.rig);
            QVERIFY(o.vertexColors);
            QVERIFY(o.watertight);
            QCOMPARE(o.watertightSource, std::string("photo"));
            QCOMPARE(o.watertightOptions.resolution, 128);
            QCOMPARE(o.watertightOptions.targetTriangles, 5000);
        };
        {
            ExportDialog second;
            checkRestored(second);
            if (QTest::currentTestFailed()) return;
            // Cancelling the dialog does not store its changes.
            second.formatBox(QStringLiteral("fbx"))->setChecked(true);
            child<QComboBox>(second, "exportLevel")->setCurrentIndex(0);
            second.reject();
        }
        {
            ExportDialog third;
            checkRestored(third);
            if (QTest::currentTestFailed()) return;
        }
        {
            // Not persistent: neither restores nor stores.
            ExportDialog transient(nullptr, false);
            QCOMPARE(transient.options().formats, std::vector<std::string>({"glb"}));
            transient.accept();
            QCOMPARE(QSettings().value(QStringLiteral("export/formats")).toStringList(), QStringList({"gltf", "ply"}));
        }
        // Stored values the dialog does not offer fall back to the defaults.
        settings.setValue(QStringLiteral("export/level"), QStringLiteral("ultra"));
        settings.setValue(QStringLiteral("export/mapResolution"), 333);
        settings.sync();
        ExportDialog fourth;
        QCOMPARE(fourth.options().asset.level, std::string("working"));
        QCOMPARE(fourth.options().asset.mapResolution, 1024);
    }

    // ---- The controller, with the core's real export ----

    void controllerExportsRealFit() {
        const QString out = QDir(m_dir).filePath(QStringLiteral("real"));
        ExportController controller;
        QSignalSpy progressed(&controller, &ExportController::progressed);
        QSignalSpy finished(&controller, &ExportController::finished);
        QSignalSpy failed(&controller, &ExportController::failed);
        QSignalSpy cancelled(&controller, &ExportController::cancelled);
        QSignalSpy running(&controller, &ExportController::runningChanged);
        bool onGuiThread = true;
        connect(&controller, &ExportController::progressed, this,
                [&] { onGuiThread = onGuiThread && QThread::currentThread() == thread(); });
        connect(&controller, &ExportController::finished, this,
                [&] { onGuiThread = onGuiThread && QThread::currentThread() == thread(); });

        const quint64 id = controller.start(m_fit, out, quickExport({"glb", "obj"}));
        QVERIFY(id > 0);
        QVERIFY(controller.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() + cancelled.count() > 0, kExportTimeoutMs);
        if (!failed.isEmpty()) QFAIL(qPrintable(failed.at(0).at(0).value<ExportFailure>().message));
        QCOMPARE(finished.count(), 1);
        QVERIFY(onGuiThread);
        QVERIFY(!controller.isRunning());
        QCOMPARE(running.count(), 2);

        const ExportResultPtr result = finished.at(0).at(0).value<ExportResultPtr>();
        QVERIFY(result);
        QCOMPARE(result->requestId, id);
        QCOMPARE(result->folder, out);
        for (const char* name : {"face.glb", "face.obj", "face.mtl"})
            QVERIFY2(result->files.contains(QDir(out).filePath(QLatin1String(name))), name);
        QVERIFY(result->files.size() > 3);  // the OBJ's textures too
        for (const QString& file : result->files) {
            const QFileInfo info(file);
            QVERIFY2(info.isFile() && info.size() > 0, qPrintable(file));
        }
        QCOMPARE(filesUnder(out).size(), result->files.size());
        QVERIFY(tempFilesUnder(out).isEmpty());
        QVERIFY(result->core.vertices > 400);
        QCOMPARE(result->core.morphTargets, 52);
        qInfo("exported %lld files in %.0f ms (%d vertices, %d triangles)", qlonglong(result->files.size()),
              result->elapsedMs, result->core.vertices, result->core.triangles);

        // Progress: the core's stages in order, ending at 1.0 with "done".
        QVERIFY(progressed.count() >= 3);
        double previous = -1;
        for (int i = 0; i < progressed.count(); ++i) {
            QCOMPARE(progressed.at(i).at(0).toULongLong(), id);
            const double fraction = progressed.at(i).at(2).toDouble();
            QVERIFY(fraction >= previous);
            previous = fraction;
        }
        QCOMPARE(previous, 1.0);
        QCOMPARE(progressed.at(progressed.count() - 1).at(1).toString(), QStringLiteral("done"));
        QCOMPARE(exportStageText(QStringLiteral("writing glb")), QStringLiteral("Writing glTF binary (.glb)…"));
        QCOMPARE(exportStageText(QStringLiteral("something new")), QStringLiteral("something new"));
    }

    // A fit with map stages exports the last stage's maps (what the 3D view shows), with the map edits.
    void controllerExportsFittedMapsWithEdits() {
        auto staged = std::make_shared<FitResult>(*m_fit);
        QImage diffuse(256, 256, QImage::Format_RGB888), specular(256, 256, QImage::Format_Grayscale8),
            normal(256, 256, QImage::Format_RGBX64);
        diffuse.fill(QColor(180, 120, 90));
        specular.fill(QColor(40, 40, 40));
        normal.fill(QColor::fromRgba64(qRgba64(52429, 32768, 58982, 65535)));   // (0.6, 0, 0.8) * 0.5 + 0.5
        QImage coarse(256, 256, QImage::Format_RGB888);
        coarse.fill(Qt::green);   // an earlier stage: not exported
        staged->maps = {{QStringLiteral("diffuse"), QStringLiteral("coarse"), coarse},
                        {QStringLiteral("diffuse"), QStringLiteral("fine"), diffuse},
                        {QStringLiteral("specular"), QStringLiteral("fine"), specular},
                        {QStringLiteral("normal"), QStringLiteral("fine"), normal}};
        auto exportWith = [&](const QString& name, const likeness::MapEdits& edits) -> QString {
            const QString out = QDir(m_dir).filePath(name);
            ExportController controller;
            QSignalSpy finished(&controller, &ExportController::finished);
            QSignalSpy failed(&controller, &ExportController::failed);
            likeness::ExportJobOptions options = quickExport({"obj"});
            options.asset.edits = edits;
            controller.start(staged, out, options);
            if (!QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, kExportTimeoutMs))
                return QStringLiteral("timed out");
            if (!failed.isEmpty()) return failed.at(0).at(0).value<ExportFailure>().message;
            return out;
        };
        auto texel = [](const QString& file) {
            const cv::Mat m = cv::imread(QFile::encodeName(file).toStdString(), cv::IMREAD_UNCHANGED);
            return m;
        };

        const QString plain = exportWith(QStringLiteral("fitted_maps"), {});
        QVERIFY2(QFileInfo(plain).isDir(), qPrintable(plain));
        const cv::Mat d = texel(plain + QStringLiteral("/diffuse.png"));
        QCOMPARE(d.type(), CV_8UC3);
        QCOMPARE(d.rows, 256);   // the stage's own map, not one baked at the dialog's size
        QCOMPARE(d.at<cv::Vec3b>(100, 100), cv::Vec3b(90, 120, 180));   // B, G, R
        const cv::Mat s = texel(plain + QStringLiteral("/specular.png"));
        QCOMPARE(s.type(), CV_8UC1);
        QCOMPARE(int(s.at<uchar>(7, 7)), 40);
        const cv::Mat n = texel(plain + QStringLiteral("/normal.png"));
        QCOMPARE(n.type(), CV_16UC3);
        QCOMPARE(n.at<cv::Vec3w>(50, 50), cv::Vec3w(58982, 32768, 52429));

        likeness::MapEdits edits;
        edits.diffuseExposure = 1;
        edits.specularStrength = 2;
        edits.normalStrength = 0;
        const QString edited = exportWith(QStringLiteral("fitted_maps_edited"), edits);
        QVERIFY2(QFileInfo(edited).isDir(), qPrintable(edited));
        const cv::Vec3b e = texel(edited + QStringLiteral("/diffuse.png")).at<cv::Vec3b>(100, 100);
        auto brighter = [](int level) {
            const double x = level / 255.0;
            const double linear = x <= 0.04045 ? x / 12.92 : std::pow((x + 0.055) / 1.055, 2.4);
            return int(std::lround(255 * likeness::srgbFromLinear(2 * linear)));
        };
        QCOMPARE(e, cv::Vec3b(uchar(brighter(90)), uchar(brighter(120)), uchar(brighter(180))));
        QCOMPARE(int(texel(edited + QStringLiteral("/specular.png")).at<uchar>(7, 7)), 80);
        const cv::Vec3w flat = texel(edited + QStringLiteral("/normal.png")).at<cv::Vec3w>(50, 50);
        QCOMPARE(int(flat[0]), 65535);
        QVERIFY(std::abs(int(flat[2]) - 32768) <= 1);
    }

    // Cancelled while the job has started: the token reaches the core, which stops before writing anything.
    void controllerCancelReachesCore() {
        const QString out = QDir(m_dir).filePath(QStringLiteral("cancelled"));
        auto gate = std::make_shared<Gate>();
        ExportController controller(gatedCoreJob(gate));
        const ReleaseOnExit releaseOnExit{gate};
        QSignalSpy finished(&controller, &ExportController::finished);
        QSignalSpy failed(&controller, &ExportController::failed);
        QSignalSpy cancelled(&controller, &ExportController::cancelled);
        const quint64 id = controller.start(m_fit, out, quickExport({"glb", "obj", "fbx", "ply", "gltf", "csv"}));
        QTRY_VERIFY_WITH_TIMEOUT(gate->entered.load(), 10000);
        controller.cancel();
        QVERIFY(controller.isCancelling());
        QVERIFY(controller.isRunning());
        gate->release();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() + cancelled.count() > 0, kExportTimeoutMs);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(cancelled.at(0).at(0).toULongLong(), id);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!controller.isRunning());
        QVERIFY(!controller.isCancelling());
        QVERIFY2(filesUnder(out).isEmpty(), qPrintable(filesUnder(out).join(QLatin1Char(' '))));
    }

    // Cancelled at once with every format: either outcome is possible (cancelled, or finished when the
    // worker was quicker), but it is exactly one of them and never leaves a partial file behind.
    void controllerCancelRace() {
        const QString out = QDir(m_dir).filePath(QStringLiteral("race"));
        ExportController controller;
        QSignalSpy finished(&controller, &ExportController::finished);
        QSignalSpy failed(&controller, &ExportController::failed);
        QSignalSpy cancelled(&controller, &ExportController::cancelled);
        controller.start(m_fit, out, quickExport({"glb", "gltf", "fbx", "obj", "ply", "csv"}));
        controller.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() + cancelled.count() > 0, kExportTimeoutMs);
        QTest::qWait(50);  // nothing else may follow
        QCOMPARE(finished.count() + failed.count() + cancelled.count(), 1);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!controller.isRunning());
        QVERIFY2(tempFilesUnder(out).isEmpty(), qPrintable(tempFilesUnder(out).join(QLatin1Char(' '))));
        if (!finished.isEmpty()) {
            const ExportResultPtr result = finished.at(0).at(0).value<ExportResultPtr>();
            for (const QString& file : result->files) QVERIFY2(QFileInfo(file).size() > 0, qPrintable(file));
        }
        qInfo("outcome: %s", cancelled.isEmpty() ? "finished" : "cancelled");

        // The controller is reusable after a cancel.
        controller.start(m_fit, out, quickExport({"ply"}));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() + cancelled.count() > 1, kExportTimeoutMs);
        QCOMPARE(finished.count() + cancelled.count(), 2);
        QVERIFY(QFileInfo(QDir(out).filePath(QStringLiteral("face.ply"))).size() > 0);
    }

    void controllerUnwritableFolder() {
        const QString blocker = QDir(m_dir).filePath(QStringLiteral("blocker"));
        likeness::test::writeFile(blocker.toStdString(), "a regular file");
        const QString out = QDir(blocker).filePath(QStringLiteral("out"));
        ExportController controller;
        QSignalSpy finished(&controller, &ExportController::finished);
        QSignalSpy failed(&controller, &ExportController::failed);
        QSignalSpy cancelled(&controller, &ExportController::cancelled);
        controller.start(m_fit, out, quickExport({"glb", "obj"}));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() + cancelled.count() > 0, kExportTimeoutMs);
        QCOMPARE(failed.count(), 1);
        const ExportFailure failure = failed.at(0).at(0).value<ExportFailure>();
        QCOMPARE(failure.kind, ExportErrorKind::Input);
        QVERIFY2(failure.message.contains(out), qPrintable(failure.message));
        QCOMPARE(failure.folder, out);
        QVERIFY(!controller.isRunning());

        // Options the core refuses come back as an options failure.
        likeness::ExportJobOptions none = quickExport({});
        controller.start(m_fit, QDir(m_dir).filePath(QStringLiteral("none")), none);
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 2, kExportTimeoutMs);
        QCOMPARE(failed.at(1).at(0).value<ExportFailure>().kind, ExportErrorKind::Options);
        QCOMPARE(finished.count(), 0);
    }

    // ---- The main window ----

    void mainWindowExportAction() {
        MainWindow window(windowOptions(m_fit->fit));
        window.show();
        QAction* action = window.exportAction();
        QVERIFY(action);
        QVERIFY(inFileMenu(window, action));
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY(!action->isEnabled());  // no fit
        action->trigger();
        QVERIFY(!window.exportDialog());

        QVERIFY(openAndWait(window, likeness::test::demoPhotoPath()));
        QVERIFY(!action->isEnabled());  // a face, but no fit yet
        QVERIFY(fitAndWait(window));
        QVERIFY(window.currentFit());
        QVERIFY(action->isEnabled());

        // Export… opens the dialog (without blocking); Export runs the job with a progress dialog.
        action->trigger();
        ExportDialog* dialog = window.exportDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QString out = QDir(m_dir).filePath(QStringLiteral("window"));
        dialog->setFolder(out);
        dialog->setOptions(quickExport({"glb"}));
        QSignalSpy ended(&window, &MainWindow::exportEnded);
        QSignalSpy finished(window.exportController(), &ExportController::finished);
        dialog->exportButton()->click();
        QVERIFY(window.exportController()->isRunning());
        QVERIFY(!action->isEnabled());
        QVERIFY(window.exportProgressDialog());
        QVERIFY(ended.wait(kExportTimeoutMs));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!window.exportProgressDialog());
        QVERIFY(action->isEnabled());
        const QString message = window.statusBar()->currentMessage();
        QCOMPARE(ended.at(0).at(0).toString(), message);
        const int files = int(finished.at(0).at(0).value<ExportResultPtr>()->files.size());
        QCOMPARE(files, 1);
        QVERIFY2(message.contains(QDir::toNativeSeparators(out)) && message.contains(QStringLiteral("1 file")),
                 qPrintable(message));
        QVERIFY(QFileInfo(QDir(out).filePath(QStringLiteral("face.glb"))).size() > 0);
        QTRY_VERIFY(!window.exportDialog());  // deleted on close

        // Another photo takes the fit away.
        QVERIFY(openAndWait(window, likeness::test::writeBlankImage(m_dir)));
        QVERIFY(!window.currentFit());
        QVERIFY(!action->isEnabled());
    }

    void mainWindowCancelAndFailure() {
        auto gate = std::make_shared<Gate>();
        MainWindowOptions options = windowOptions(m_fit->fit);
        options.exportJob = gatedCoreJob(gate);
        options.showErrorDialogs = true;
        MainWindow window(options);
        const ReleaseOnExit releaseOnExit{gate};
        window.show();
        QVERIFY(openAndWait(window, likeness::test::demoPhotoPath()));
        QVERIFY(fitAndWait(window));

        // Cancel in the progress dialog: it stays until the worker has stopped.
        const QString out = QDir(m_dir).filePath(QStringLiteral("window_cancel"));
        QSignalSpy ended(&window, &MainWindow::exportEnded);
        QVERIFY(window.startExport(out, quickExport({"glb", "fbx"})));
        QVERIFY(!window.startExport(out, quickExport({"glb"})));  // one at a time
        QProgressDialog* progress = window.exportProgressDialog();
        QVERIFY(progress);
        QTRY_VERIFY_WITH_TIMEOUT(gate->entered.load(), 10000);
        auto* cancel = progress->findChild<QPushButton*>(QStringLiteral("exportCancel"));
        QVERIFY(cancel);
        QTRY_VERIFY(progress->isVisible());  // after its short delay
        cancel->click();
        QVERIFY(window.exportController()->isCancelling());
        QVERIFY(window.exportProgressDialog());
        QVERIFY(progress->isVisible());  // until the worker has stopped
        QVERIFY(!cancel->isEnabled());
        QCOMPARE(progress->labelText(), QStringLiteral("Cancelling…"));
        gate->release();
        QVERIFY(ended.wait(kExportTimeoutMs));
        QCOMPARE(ended.at(0).at(0).toString(), QStringLiteral("Export cancelled."));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Export cancelled."));
        QVERIFY(!window.exportProgressDialog());
        QVERIFY(window.exportAction()->isEnabled());
        QVERIFY(filesUnder(out).isEmpty());

        // A failure is reported in a message box with the core's message.
        const QString blocker = QDir(m_dir).filePath(QStringLiteral("window_blocker"));
        likeness::test::writeFile(blocker.toStdString(), "a regular file");
        const QString bad = QDir(blocker).filePath(QStringLiteral("out"));
        QVERIFY(window.startExport(bad, quickExport({"glb"})));
        QVERIFY(ended.wait(kExportTimeoutMs));
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("exportErrorBox"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(bad), qPrintable(box->text()));
        QVERIFY(window.statusBar()->currentMessage().contains(bad));
        QVERIFY(window.exportAction()->isEnabled());
        box->close();
    }

private:
    QString m_dir;
    FitResultPtr m_fit;
};

QTEST_MAIN(TestExportDialog)
#include "test_export_dialog.moc"
