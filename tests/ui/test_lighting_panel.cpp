// The Lighting panel: every control changes the effective light, undo/redo restore
// exactly (slider drags merge into one step), reset, JSON round trip and hostile
// JSON, and environment files loaded on the worker thread (good and corrupt).
#include <cmath>
#include <random>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QUndoStack>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include "gui_test_helpers.h"
#include "lighting/colour_temperature.h"
#include "lighting/sh_rotation.h"
#include "panels/lighting_json.h"
#include "panels/lighting_panel.h"

using namespace likeness;
using likeness::ui::LightingPanel;

namespace {

std::vector<float> fittedLight() {
    std::mt19937 rng(4);
    std::normal_distribution<float> n(0.f, 0.3f);
    std::vector<float> sh(27);
    for (float& c : sh) c = n(rng);
    sh[0] = sh[1] = sh[2] = 1.5f;
    return sh;
}

double maxDiff(const std::vector<float>& a, const std::vector<float>& b) {
    if (a.size() != b.size()) return 1e30;
    double d = 0;
    for (size_t i = 0; i < a.size(); ++i) d = std::max(d, double(std::abs(a[i] - b[i])));
    return d;
}

void choose(QComboBox* combo, int item) {   // as a user would: the current item and activated()
    combo->setCurrentIndex(item);
    Q_EMIT combo->activated(item);
}

// A slider drag: press, several moves, release.
void drag(QSlider* slider, std::initializer_list<int> values) {
    slider->setSliderDown(true);
    for (int v : values) slider->setValue(v);
    slider->setSliderDown(false);
}

// A 2:1 environment, bright in its upper half (light from above), as a Radiance HDR.
QString writeTopLitHdr(const QString& dir) {
    cv::Mat image(64, 128, CV_32FC3, cv::Scalar(0.1, 0.1, 0.1));
    image(cv::Rect(0, 0, 128, 24)).setTo(cv::Scalar(3.0, 3.0, 3.0));
    const QString path = dir + QStringLiteral("/top.hdr");
    cv::imwrite(path.toStdString(), image);
    return path;
}

} // namespace

class TestLightingPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { test::isolateSettings("test_lighting_panel"); }

    void disabledUntilFitted() {
        LightingPanel panel;
        QVERIFY(!panel.sourceCombo()->isEnabledTo(&panel));
        QCOMPARE(panel.effectiveLight().bands, 0);
        QSignalSpy changed(&panel, &LightingPanel::lightChanged);
        QVERIFY(!panel.setFittedLight(std::vector<float>(26), 3));
        QVERIFY(!panel.setFittedLight(std::vector<float>(27, NAN), 3));
        QVERIFY(!panel.hasFittedLight() && changed.isEmpty());
        QVERIFY(panel.setFittedLight(fittedLight(), 3));
        QVERIFY(panel.sourceCombo()->isEnabledTo(&panel));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(panel.effectiveLight().bands, 3);
        QVERIFY(maxDiff(panel.effectiveLight().sh, fittedLight()) < 1e-6);
        panel.clearFittedLight();
        QVERIFY(!panel.sourceCombo()->isEnabledTo(&panel) && panel.effectiveLight().bands == 0);
    }

    void everyControlChangesTheLight() {
        LightingPanel panel;
        panel.setFittedLight(fittedLight(), 3);
        QSignalSpy changed(&panel, &LightingPanel::lightChanged);
        const std::vector<float> fitted = fittedLight();

        panel.rotationSlider()->setValue(90);
        QCOMPARE(panel.state().yawDeg, 90.f);
        QVERIFY(maxDiff(panel.effectiveLight().sh, rotateSH(fitted, 3, 90.0)) < 1e-5);

        panel.intensitySlider()->setValue(250);
        QCOMPARE(panel.state().intensity, 2.5f);
        QVERIFY(std::abs(panel.effectiveLight().sh[0] - 2.5f * rotateSH(fitted, 3, 90.0)[0]) < 1e-4f);

        panel.temperatureSlider()->setValue(3000);
        const EffectiveLight warm = panel.effectiveLight();
        QVERIFY(warm.sh[0] > warm.sh[2]);   // L00: red above blue
        QVERIFY(std::abs(warm.sh[0] / warm.sh[2] - colourTemperatureRgb(3000.f)[0] / colourTemperatureRgb(3000.f)[2]) < 1e-3f);

        QVERIFY(!panel.keyAzimuthSlider()->isEnabled());
        panel.keyEnabledCheck()->setChecked(true);
        QVERIFY(panel.effectiveLight().keyEnabled && panel.keyAzimuthSlider()->isEnabled());
        panel.keyAzimuthSlider()->setValue(90);
        panel.keyElevationSlider()->setValue(0);
        EffectiveLight e = panel.effectiveLight();
        QVERIFY(std::abs(e.keyDirection[0] - 1.f) < 1e-5f);
        panel.keyElevationSlider()->setValue(90);
        QVERIFY(std::abs(panel.effectiveLight().keyDirection[1] + 1.f) < 1e-5f);   // from above = -y
        panel.keyIntensitySlider()->setValue(300);
        QVERIFY(std::abs(panel.effectiveLight().keyRadiance[1] - 3.f) < 0.05f);
        panel.keyTemperatureSlider()->setValue(10000);
        e = panel.effectiveLight();
        QVERIFY(e.keyRadiance[2] > e.keyRadiance[0]);

        for (int item : {LightingPanel::StudioItem, LightingPanel::RimItem, LightingPanel::TopItem,
                         LightingPanel::HardSideItem}) {
            choose(panel.sourceCombo(), item);
            QCOMPARE(panel.state().source, LightSource::Preset);
            QCOMPARE(panel.effectiveLight().bands, 5);
        }
        QCOMPARE(panel.state().preset, LightPreset::HardSide);
        choose(panel.sourceCombo(), LightingPanel::FittedItem);
        QCOMPARE(panel.effectiveLight().bands, 3);
        QVERIFY(changed.size() >= 13);
    }

    void undoRedoRestoreExactly() {
        LightingPanel panel;
        QUndoStack stack;
        panel.setUndoStack(&stack);
        panel.setFittedLight(fittedLight(), 3);
        std::vector<QJsonObject> states{panel.toJson()};
        panel.rotationSlider()->setValue(-40);
        states.push_back(panel.toJson());
        choose(panel.sourceCombo(), LightingPanel::RimItem);
        states.push_back(panel.toJson());
        panel.keyEnabledCheck()->setChecked(true);
        states.push_back(panel.toJson());
        panel.temperatureSlider()->setValue(4500);
        states.push_back(panel.toJson());
        QCOMPARE(stack.count(), 4);
        const EffectiveLight last = panel.effectiveLight();
        QSignalSpy changed(&panel, &LightingPanel::lightChanged);
        for (int i = 3; i >= 0; --i) {
            stack.undo();
            QCOMPARE(panel.toJson(), states[size_t(i)]);
        }
        QCOMPARE(stack.count(), 4);   // undo did not push anything
        QCOMPARE(changed.size(), 4);
        QCOMPARE(panel.rotationSlider()->value(), 0);
        QCOMPARE(panel.sourceCombo()->currentIndex(), int(LightingPanel::FittedItem));
        QVERIFY(!panel.keyEnabledCheck()->isChecked());
        for (int i = 1; i <= 4; ++i) {
            stack.redo();
            QCOMPARE(panel.toJson(), states[size_t(i)]);
        }
        QCOMPARE(panel.temperatureSlider()->value(), 4500);
        QCOMPARE(panel.sourceCombo()->currentIndex(), int(LightingPanel::RimItem));
        QVERIFY(maxDiff(panel.effectiveLight().sh, last.sh) == 0.0);
        QCOMPARE(stack.count(), 4);
    }

    void sliderDragIsOneUndoStep() {
        LightingPanel panel;
        QUndoStack stack;
        panel.setUndoStack(&stack);
        panel.setFittedLight(fittedLight(), 3);
        drag(panel.rotationSlider(), {10, 25, 40, 55});
        QCOMPARE(stack.count(), 1);
        QCOMPARE(panel.state().yawDeg, 55.f);
        drag(panel.rotationSlider(), {60, 70});   // a second drag is a second step
        QCOMPARE(stack.count(), 2);
        drag(panel.intensitySlider(), {120, 150, 180});
        QCOMPARE(stack.count(), 3);
        stack.undo();
        QCOMPARE(panel.state().intensity, 1.f);
        QCOMPARE(panel.intensitySlider()->value(), 100);
        stack.undo();
        QCOMPARE(panel.state().yawDeg, 55.f);
        stack.undo();
        QCOMPARE(panel.state().yawDeg, 0.f);
        QCOMPARE(panel.rotationSlider()->value(), 0);
    }

    void resetToFittedLight() {
        LightingPanel panel;
        QUndoStack stack;
        panel.setUndoStack(&stack);
        panel.setFittedLight(fittedLight(), 3);
        choose(panel.sourceCombo(), LightingPanel::TopItem);
        panel.rotationSlider()->setValue(120);
        panel.keyEnabledCheck()->setChecked(true);
        const QJsonObject edited = panel.toJson();
        panel.resetAction()->trigger();
        QVERIFY(panel.state() == LightingState{});
        QVERIFY(maxDiff(panel.effectiveLight().sh, fittedLight()) < 1e-6 && !panel.effectiveLight().keyEnabled);
        QCOMPARE(panel.rotationSlider()->value(), 0);
        const int steps = stack.count();
        panel.resetAction()->trigger();   // nothing to reset: no step
        QCOMPARE(stack.count(), steps);
        stack.undo();
        QCOMPARE(panel.toJson(), edited);
    }

    void renderStillIsRequested() {
        LightingPanel panel;
        panel.setFittedLight(fittedLight(), 3);
        QSignalSpy spy(&panel, &LightingPanel::renderStillRequested);
        panel.renderStillAction()->trigger();
        QCOMPARE(spy.size(), 1);
    }

    void jsonRoundTripAndHostileJson() {
        LightingPanel panel;
        panel.setFittedLight(fittedLight(), 3);
        LightingState s;
        s.source = LightSource::Environment;
        s.environmentPath = "/some/where/env.hdr";
        s.environmentSh.assign(75, 0.f);
        s.environmentSh[0] = 3.f;
        s.environmentSh[7] = -0.25f;
        s.yawDeg = -33.f;
        s.intensity = 0.75f;
        s.temperatureK = 5200.f;
        s.key = {true, 140.f, -20.f, 2.5f, 3200.f};
        QVERIFY(panel.setState(s));
        const QJsonObject json = panel.toJson();
        LightingPanel other;
        QString error;
        QVERIFY2(other.fromJson(json, &error), qPrintable(error));
        QVERIFY(other.state() == s);
        QCOMPARE(other.sourceCombo()->currentIndex(), int(LightingPanel::EnvironmentItem));
        QCOMPARE(other.keyAzimuthSlider()->value(), 140);

        auto with = [&](const QString& key, const QJsonValue& value) {
            QJsonObject o = json;
            o.insert(key, value);
            return o;
        };
        QJsonObject badKey = json;
        QJsonObject key = json.value(QStringLiteral("key")).toObject();
        key.insert(QStringLiteral("elevationDeg"), 300);
        badKey.insert(QStringLiteral("key"), key);
        const std::vector<QJsonObject> hostile = {
            with(QStringLiteral("intensity"), QStringLiteral("bright")),
            with(QStringLiteral("intensity"), 1e9),
            with(QStringLiteral("yawDeg"), -1000),
            with(QStringLiteral("temperatureK"), 10),
            with(QStringLiteral("source"), QStringLiteral("disco")),
            with(QStringLiteral("preset"), QStringLiteral("moonlight")),
            with(QStringLiteral("version"), 99),
            with(QStringLiteral("environmentSh"), QJsonArray{1, 2, 3}),
            with(QStringLiteral("environmentSh"), QStringLiteral("lots")),
            with(QStringLiteral("environmentPath"), 42),
            with(QStringLiteral("key"), QStringLiteral("on")),
            badKey,
        };
        const LightingState before = other.state();
        for (const QJsonObject& o : hostile) {
            QString message;
            QSignalSpy changed(&other, &LightingPanel::lightChanged);
            QVERIFY(!other.fromJson(o, &message));
            QVERIFY(!message.isEmpty());
            QVERIFY(other.state() == before && changed.isEmpty());
        }
        QJsonObject manySh = json;
        QJsonArray big;
        for (int i = 0; i < 75; ++i) big.append(i == 5 ? 1e30 : 0.0);
        manySh.insert(QStringLiteral("environmentSh"), big);
        QVERIFY(!other.fromJson(manySh));
        LightingState bad;
        bad.intensity = 99.f;
        QVERIFY(!other.setState(bad) && other.state() == before);
    }

    void loadsEnvironmentFilesOnTheWorker() {
        const QString dir = test::scratch("test_lighting_panel_env");
        LightingPanel panel;
        QUndoStack stack;
        panel.setUndoStack(&stack);
        panel.setFittedLight(fittedLight(), 3);
        QSignalSpy loaded(&panel, &LightingPanel::environmentLoaded);
        const QString hdr = writeTopLitHdr(dir);
        panel.loadEnvironment(hdr);
        QVERIFY(panel.isLoadingEnvironment());
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.first().first().toString(), hdr);
        QCOMPARE(panel.state().source, LightSource::Environment);
        QCOMPARE(panel.sourceCombo()->currentIndex(), int(LightingPanel::EnvironmentItem));
        const EffectiveLight e = panel.effectiveLight();
        QCOMPARE(e.bands, 5);
        const Vec3f up = shIrradiance(e.sh, 5, {0, -1, 0}), down = shIrradiance(e.sh, 5, {0, 1, 0});
        QVERIFY2(up[0] > 3 * down[0], qPrintable(QStringLiteral("%1 vs %2").arg(up[0]).arg(down[0])));
        QCOMPARE(stack.count(), 1);
        QVERIFY(panel.message().contains(QStringLiteral("128")));

        // Switching away keeps the environment; switching back needs no file.
        choose(panel.sourceCombo(), LightingPanel::StudioItem);
        choose(panel.sourceCombo(), LightingPanel::EnvironmentItem);
        QCOMPARE(panel.state().source, LightSource::Environment);
        stack.undo();
        stack.undo();
        stack.undo();
        QCOMPARE(panel.state().source, LightSource::Fitted);
        QVERIFY(panel.state().environmentSh.empty());

        // A PNG (sRGB) works the same way.
        cv::Mat png(32, 64, CV_8UC3, cv::Scalar(40, 40, 40));
        png(cv::Rect(0, 0, 32, 32)).setTo(cv::Scalar(255, 255, 255));   // left half: behind-left
        const QString pngPath = dir + QStringLiteral("/half.png");
        QVERIFY(cv::imwrite(pngPath.toStdString(), png));
        panel.loadEnvironment(pngPath);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(QString::fromStdString(panel.state().environmentPath), pngPath);
        QVERIFY(panel.effectiveLight().sh[0] > 0.f);
    }

    void corruptEnvironmentShowsTheError() {
        const QString dir = test::scratch("test_lighting_panel_bad");
        LightingPanel panel;
        QUndoStack stack;
        panel.setUndoStack(&stack);
        panel.setFittedLight(fittedLight(), 3);
        panel.rotationSlider()->setValue(15);
        const LightingState before = panel.state();
        const int steps = stack.count();
        const QString bad = dir + QStringLiteral("/broken.hdr");
        test::writeFile(bad.toStdString(), "#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y 64 +X 128\ngarbage");
        QSignalSpy failed(&panel, &LightingPanel::environmentFailed);
        QSignalSpy changed(&panel, &LightingPanel::lightChanged);
        panel.loadEnvironment(bad);
        QVERIFY(failed.wait(20000));
        QVERIFY2(failed.first().first().toString().contains(bad), qPrintable(failed.first().first().toString()));
        QVERIFY(panel.message().contains(QStringLiteral("broken.hdr")));
        QVERIFY(panel.state() == before && changed.isEmpty() && stack.count() == steps);
        QVERIFY(!panel.isLoadingEnvironment());

        // A newer request supersedes an older one: only the last result counts.
        const QString good = writeTopLitHdr(dir);
        QSignalSpy loaded(&panel, &LightingPanel::environmentLoaded);
        panel.loadEnvironment(bad);
        panel.loadEnvironment(good);
        QVERIFY(loaded.wait(20000));
        QTest::qWait(200);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(QString::fromStdString(panel.state().environmentPath), good);
    }
};

QTEST_MAIN(TestLightingPanel)
#include "test_lighting_panel.moc"
