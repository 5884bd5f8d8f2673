// FitPanel: settings (with the stage choice and map size), action states, the live chart (one series per loss term,
// one point per snapshot received, log axis), progress/ETA and results; fed by
// synthetic snapshots and by a real fit through FitController.
#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>
#include <QValueAxis>

#include "controllers/fit_controller.h"
#include "controllers/fit_worker.h"
#include "fit_test_helpers.h"
#include "panels/fit_panel.h"

using namespace likeness::ui;

namespace {
constexpr int kFitTimeoutMs = 60000;

FitProgressPtr makeProgress(int iteration, int total, std::vector<std::pair<std::string, double>> terms,
                            double etaMs = 1500) {
    auto p = std::make_shared<FitProgress>();
    p->loss.stage = "pose";
    p->loss.iteration = iteration;
    p->loss.totalIterations = total;
    p->loss.terms = std::move(terms);
    for (const auto& t : p->loss.terms) p->loss.total += t.second;
    p->done = iteration + 1;
    p->total = total;
    p->etaMs = etaMs;
    return p;
}
} // namespace

class TestFitPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { likeness::test::isolateSettings("test_fit_panel"); }

    void optionsRoundTrip() {
        FitPanel panel;
        likeness::CoarseFitOptions options;
        options.iterations = 40;
        options.subdivisionLevel = 1;
        options.shBands = 4;
        options.landmarkWeight = 2.5;
        options.photometricWeight = 0.25;
        options.laplacianWeight = 10;
        options.seed = 7;  // not in the panel: kept as given
        panel.setOptions(options);
        const likeness::CoarseFitOptions back = panel.options();
        QCOMPARE(back.iterations, 40);
        QCOMPARE(back.subdivisionLevel, 1);
        QCOMPARE(back.shBands, 4);
        QCOMPARE(back.landmarkWeight, 2.5);
        QCOMPARE(back.photometricWeight, 0.25);
        QCOMPARE(back.laplacianWeight, 10.0);
        QCOMPARE(back.seed, std::uint64_t(7));
        // Every setting explains itself.
        for (const char* name : {"fitIterations", "fitSubdivision", "fitShBands", "fitLandmarkWeight",
                                 "fitPhotometricWeight", "fitLaplacianWeight"}) {
            auto* widget = panel.findChild<QWidget*>(QLatin1String(name));
            QVERIFY2(widget, name);
            QVERIFY2(!widget->toolTip().isEmpty(), name);
        }
    }

    // The stage choice and the map size: defaults, round trip, other fields kept, tooltips.
    void stageChoiceRoundTrip() {
        FitPanel panel;
        auto* stages = panel.findChild<QComboBox*>(QStringLiteral("fitStages"));
        auto* mapSize = panel.findChild<QComboBox*>(QStringLiteral("fitMapSize"));
        QVERIFY(stages && mapSize);
        QVERIFY(!stages->toolTip().isEmpty());
        QVERIFY(!mapSize->toolTip().isEmpty());
        QCOMPARE(stages->count(), 3);
        QCOMPARE(mapSize->count(), 4);
        likeness::AppearanceOptions options = panel.appearanceOptions();  // defaults: all three stages, 512
        QVERIFY(options.medium);
        QVERIFY(options.fine);
        QCOMPARE(options.mapSize, 512);
        QCOMPARE(stages->currentIndex(), 2);
        QVERIFY(mapSize->isEnabled());

        options.medium = true;
        options.fine = false;
        options.mapSize = 1024;
        options.mediumIterations = 7;  // not in the panel: kept as given
        panel.setAppearanceOptions(options);
        QCOMPARE(stages->currentIndex(), 1);
        likeness::AppearanceOptions back = panel.appearanceOptions();
        QVERIFY(back.medium);
        QVERIFY(!back.fine);
        QCOMPARE(back.mapSize, 1024);
        QCOMPARE(back.mediumIterations, 7);
        likeness::CoarseFitOptions coarse = panel.options();
        coarse.iterations = 30;
        panel.setOptions(coarse);
        QCOMPARE(panel.totalIterations(), 37);

        // Chosen in the widgets: coarse only disables the map size; 2048 texels.
        stages->setCurrentIndex(0);
        QVERIFY(!mapSize->isEnabled());
        back = panel.appearanceOptions();
        QVERIFY(!back.medium);
        QVERIFY(!back.fine);
        QCOMPARE(panel.totalIterations(), 30);
        stages->setCurrentIndex(2);
        mapSize->setCurrentIndex(3);
        back = panel.appearanceOptions();
        QVERIFY(back.medium && back.fine);
        QCOMPARE(back.mapSize, 2048);
        QCOMPARE(panel.totalIterations(), 30 + 7 + back.fineIterations);
        back.validate();
        // Disabled with the other settings while a fit runs.
        panel.setRunning(true);
        QVERIFY(!stages->isEnabled());
        panel.setRunning(false);
        QVERIFY(stages->isEnabled());
    }

    // The map stages' snapshots bring new terms: new series, iterations continuing; the
    // results show the stages' SSIM/PSNR.
    void chartContinuesThroughMapStages() {
        FitPanel panel;
        panel.fitStarted(8);
        for (int i = 0; i < 4; ++i) panel.addProgress(makeProgress(i, 8, {{"landmarks", 10.0}, {"photometric", 0.5}}));
        for (int i = 4; i < 8; ++i) {
            auto p = std::const_pointer_cast<FitProgress>(
                makeProgress(i, 8, {{"photometric", 0.2}, {"symmetry", 0.01}, {"skin_std", 0.001}}));
            p->loss.stage = i < 6 ? "medium" : "fine";
            if (i >= 6) p->loss.terms.emplace_back("normal_flatness", 1e-4);
            panel.addProgress(p);
        }
        QCOMPARE(panel.terms(), QStringList({"landmarks", "photometric", "symmetry", "skin_std", "normal_flatness"}));
        QCOMPARE(panel.seriesForTerm(QStringLiteral("photometric"))->count(), 8);
        QCOMPARE(panel.seriesForTerm(QStringLiteral("symmetry"))->count(), 4);
        QCOMPARE(panel.seriesForTerm(QStringLiteral("symmetry"))->at(0).x(), 4.0);
        QCOMPARE(panel.seriesForTerm(QStringLiteral("normal_flatness"))->at(0).x(), 6.0);
        QCOMPARE(panel.seriesForTerm(QStringLiteral("skin_std"))->name(), FitPanel::termLabel(QStringLiteral("skin_std")));
        QVERIFY(FitPanel::termLabel(QStringLiteral("normal_flatness")) != QLatin1String("normal_flatness"));
        QCOMPARE(panel.lossAxis()->min(), 1e-4);
        QCOMPARE(panel.progressBar()->value(), 8);
        QCOMPARE(FitPanel::stageLabel(QStringLiteral("fine")), QStringLiteral("Fine"));

        auto result = std::make_shared<FitResult>();
        result->fit.iterations = 4;
        result->fit.images.emplace_back();
        result->stages = {{QStringLiteral("coarse"), 0.8812, 29.24, 0, 4},
                          {QStringLiteral("medium"), 0.9, 30.01, 1.5, 2},
                          {QStringLiteral("fine"), 0.9251, 31.56, 2.5, 2}};
        panel.showResult(result);
        QCOMPARE(panel.stageMetricsText(),
                 QStringLiteral("Stages (SSIM / PSNR): Coarse 0.881 / 29.2 dB · Medium 0.900 / 30.0 dB · "
                                "Fine 0.925 / 31.6 dB"));
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("fitStageMetrics"))->isVisibleTo(&panel));
        panel.fitStarted(8);
        QVERIFY(panel.stageMetricsText().isEmpty());

        // Cancelled: what was kept is said (and shown).
        auto kept = std::make_shared<FitResult>(*result);
        kept->cancelled = true;
        kept->stages.removeLast();
        panel.showCancelled(kept);
        QVERIFY2(panel.statusText().contains(QStringLiteral("cancelled")), qPrintable(panel.statusText()));
        QVERIFY2(panel.statusText().contains(QStringLiteral("Medium")), qPrintable(panel.statusText()));
        QVERIFY(panel.stageMetricsText().contains(QStringLiteral("Medium 0.900")));
        QVERIFY(!panel.stageMetricsText().contains(QStringLiteral("Fine")));
        kept->stages.clear();
        panel.showCancelled(kept);
        QVERIFY2(panel.statusText().contains(QStringLiteral("coarse fit is kept")), qPrintable(panel.statusText()));
        QVERIFY(panel.stageMetricsText().isEmpty());
        panel.showCancelled();
        QCOMPARE(panel.statusText(), QStringLiteral("Fit cancelled."));

        // A long run (the map stages at their most iterations) lays its axis out at once, and back.
        panel.resize(480, 640);
        panel.show();
        QElapsedTimer timer;
        timer.start();
        panel.fitStarted(200300);
        panel.addProgress(makeProgress(0, 200300, {{"landmarks", 1.0}}));
        QCoreApplication::processEvents();
        panel.fitStarted(10);
        QCoreApplication::processEvents();
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
        auto* iterationAxis = qobject_cast<QValueAxis*>(panel.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(iterationAxis);
        QCOMPARE(iterationAxis->max(), 10.0);
        QCOMPARE(iterationAxis->tickInterval(), 2.0);
    }

    void actionsFollowState() {
        FitPanel panel;
        QCOMPARE(panel.runAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        QCOMPARE(panel.cancelAction()->shortcut(), QKeySequence(Qt::Key_Escape));
        QVERIFY(!panel.pauseAction()->shortcuts().isEmpty());
        QVERIFY(panel.runAction()->toolTip().contains(QStringLiteral("Ctrl+R")));
        QVERIFY(!panel.runAction()->isEnabled());  // no face yet
        QVERIFY(!panel.pauseAction()->isEnabled());
        QVERIFY(!panel.cancelAction()->isEnabled());
        panel.setFaceAvailable(true);
        QVERIFY(panel.runAction()->isEnabled());
        panel.setRunning(true);
        QVERIFY(!panel.runAction()->isEnabled());
        QVERIFY(panel.pauseAction()->isEnabled());
        QVERIFY(panel.cancelAction()->isEnabled());
        QVERIFY(!panel.findChild<QSpinBox*>(QStringLiteral("fitIterations"))->isEnabled());
        panel.setPaused(true);
        QVERIFY(panel.pauseAction()->isChecked());
        QVERIFY(panel.pauseAction()->text().contains(QStringLiteral("Resume")));
        panel.setRunning(false);
        QVERIFY(!panel.pauseAction()->isChecked());
        QVERIFY(panel.runAction()->isEnabled());

        QSignalSpy run(&panel, &FitPanel::runRequested);
        QSignalSpy pause(&panel, &FitPanel::pauseRequested);
        QSignalSpy cancel(&panel, &FitPanel::cancelRequested);
        panel.runAction()->trigger();
        panel.setRunning(true);
        panel.pauseAction()->trigger();
        panel.cancelAction()->trigger();
        QCOMPARE(run.count(), 1);
        QCOMPARE(pause.count(), 1);
        QCOMPARE(pause.at(0).at(0).toBool(), true);
        QCOMPARE(cancel.count(), 1);
    }

    void chartHasOneSeriesPerTermAndOnePointPerSnapshot() {
        FitPanel panel;
        panel.fitStarted(10);
        for (int i = 0; i < 6; ++i)
            panel.addProgress(makeProgress(i, 10, {{"landmarks", 100.0 / (i + 1)}, {"photometric", i < 3 ? 0.0 : 0.01},
                                                   {"laplacian", 1e-4}}));
        QCOMPARE(panel.terms(), QStringList({"landmarks", "photometric", "laplacian"}));
        QCOMPARE(panel.chart()->series().size(), 3);
        for (const QString& term : panel.terms()) {
            QLineSeries* series = panel.seriesForTerm(term);
            QVERIFY(series);
            QCOMPARE(series->count(), 6);
            QCOMPARE(series->name(), FitPanel::termLabel(term));
        }
        QCOMPARE(panel.seriesForTerm(QStringLiteral("landmarks"))->at(5), QPointF(5, 100.0 / 6));
        // Log axis over whole decades around the values; zeros sit on its bottom.
        QLogValueAxis* axis = panel.lossAxis();
        QCOMPARE(axis->min(), 1e-4);
        QCOMPARE(axis->max(), 100.0);
        QCOMPARE(panel.seriesForTerm(QStringLiteral("photometric"))->at(0).y(), 1e-4);
        // A smaller value moves the floor, and the zero points with it.
        panel.addProgress(makeProgress(6, 10, {{"landmarks", 10}, {"photometric", 2e-6}, {"laplacian", 1e-4}}));
        QCOMPARE(axis->min(), 1e-6);
        QCOMPARE(panel.seriesForTerm(QStringLiteral("photometric"))->at(0).y(), 1e-6);
        // Progress and ETA.
        QCOMPARE(panel.progressBar()->value(), 7);
        QCOMPARE(panel.progressBar()->maximum(), 10);
        QVERIFY(panel.etaText().contains(QStringLiteral("2 s")));
        QCOMPARE(panel.progressUpdates(), 7);
        // A new fit starts a clean chart.
        panel.fitStarted(5);
        QCOMPARE(panel.chart()->series().size(), 0);
        QCOMPARE(panel.progressBar()->value(), 0);
    }

    void showsResultsAndFailures() {
        FitPanel panel;
        likeness::FaceFit fit;
        fit.iterations = 20;
        fit.vertices.assign(1800 * 3, 0.f);
        likeness::ImageFit image;
        image.ssimInMask = 0.8123f;
        image.psnrInMask = 24.56f;
        image.status = "ok";
        fit.images.push_back(image);
        auto result = std::make_shared<FitResult>();
        result->fit = fit;
        result->path = QStringLiteral("/photos/face.jpg");
        result->elapsedMs = 4200;
        panel.showResult(result);
        QCOMPARE(panel.resultsTree()->topLevelItemCount(), 1);
        QTreeWidgetItem* row = panel.resultsTree()->topLevelItem(0);
        QCOMPARE(row->text(FitPanel::ImageColumn), QStringLiteral("face.jpg"));
        QCOMPARE(row->text(FitPanel::SsimColumn), QStringLiteral("0.812"));
        QCOMPARE(row->text(FitPanel::PsnrColumn), QStringLiteral("24.6 dB"));
        QCOMPARE(row->text(FitPanel::StatusColumn), QStringLiteral("OK"));
        QVERIFY2(panel.statusText().contains(QStringLiteral("20 iteration")), qPrintable(panel.statusText()));

        FitFailure failure;
        failure.kind = FitErrorKind::Options;
        failure.message = QStringLiteral("iterations must be positive");
        panel.showFailure(failure);
        QVERIFY(panel.statusText().contains(failure.message));
        panel.showCancelled();
        QVERIFY(panel.statusText().contains(QStringLiteral("cancelled")));
    }

    // A real fit through the controller: as many chart points per term as snapshots received.
    void realFitFillsChart() {
        FitPanel panel;
        panel.resize(480, 640);
        panel.show();
        FitController controller;
        connect(&controller, &FitController::progressed, &panel, &FitPanel::addProgress);
        connect(&controller, &FitController::finished, &panel, &FitPanel::showResult);
        connect(&controller, &FitController::runningChanged, &panel, &FitPanel::setRunning);
        QSignalSpy progressed(&controller, &FitController::progressed);
        QSignalSpy finished(&controller, &FitController::finished);
        QSignalSpy failed(&controller, &FitController::failed);
        const likeness::test::DemoFace demo = likeness::test::analyseDemoPhoto();
        const likeness::CoarseFitOptions options = likeness::test::quickFitOptions(20);
        panel.setFaceAvailable(true);
        panel.fitStarted(options.iterations);
        controller.start(demo.photo, demo.face, options, demo.path);
        QVERIFY(panel.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, kFitTimeoutMs);
        if (!failed.isEmpty()) QFAIL(qPrintable(failed.at(0).at(0).value<FitFailure>().message));
        QVERIFY(!panel.isRunning());

        const int received = int(progressed.count());
        QVERIFY(received >= 1);
        QCOMPARE(panel.progressUpdates(), received);
        const FitProgressPtr last = progressed.at(received - 1).at(0).value<FitProgressPtr>();
        QCOMPARE(panel.chart()->series().size(), int(last->loss.terms.size()));
        for (const auto& [name, value] : last->loss.terms) {
            QLineSeries* series = panel.seriesForTerm(QString::fromStdString(name));
            QVERIFY2(series, name.c_str());
            QCOMPARE(series->count(), received);
            QCOMPARE(series->at(received - 1).x(), double(last->loss.iteration));
        }
        QCOMPARE(panel.progressBar()->value(), options.iterations);
        QCOMPARE(panel.resultsTree()->topLevelItemCount(), 1);
        QVERIFY(!panel.resultsTree()->topLevelItem(0)->text(FitPanel::SsimColumn).isEmpty());
        qInfo("terms: %s", qPrintable(panel.terms().join(QStringLiteral(", "))));
    }

private:
};

QTEST_MAIN(TestFitPanel)
#include "test_fit_panel.moc"
