// FitPanel: settings, action states, the live chart (one series per loss term,
// one point per snapshot received, log axis), progress/ETA and results; fed by
// synthetic snapshots and by a real fit through FitController.
#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

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
