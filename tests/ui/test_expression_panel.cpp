// The Expression panel: 52 grouped sliders, fitted start, reset, undo/redo
// (a drag is one step), JSON state and hostile JSON.
#include <QGroupBox>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSlider>
#include <QUndoStack>
#include <QtTest/QtTest>

#include "gui_test_helpers.h"
#include "panels/expression_panel.h"

using namespace likeness::ui;

class TestExpressionPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { likeness::test::isolateSettings("test_expression_panel"); }
    void groupsCoverEveryWeight();
    void startsDisabledThenShowsFittedWeights();
    void sliderDragIsOneUndoStep();
    void resetAndFittedAreUndoable();
    void jsonRoundTripAndHostileInput();
};

void TestExpressionPanel::groupsCoverEveryWeight() {
    ExpressionPanel panel;
    QCOMPARE(ExpressionPanel::weightCount(), 52);
    int total = 0;
    for (const char* group : {"brows", "eyes", "cheeks", "nose", "jaw", "mouth"}) {
        auto* box = panel.findChild<QGroupBox*>(QStringLiteral("group_") + QLatin1String(group));
        QVERIFY2(box, group);
        const int n = static_cast<int>(box->findChildren<QSlider*>().size());
        QVERIFY2(n > 0, group);
        total += n;
    }
    QCOMPARE(total, 52);
    QCOMPARE(ExpressionPanel::groupOf(QStringLiteral("jawOpen")), QStringLiteral("jaw"));
    QCOMPARE(ExpressionPanel::groupOf(QStringLiteral("tongueOut")), QStringLiteral("mouth"));
    QCOMPARE(ExpressionPanel::groupOf(QStringLiteral("eyeBlinkLeft")), QStringLiteral("eyes"));
    QVERIFY(!panel.slider(0)->toolTip().isEmpty());
}

void TestExpressionPanel::startsDisabledThenShowsFittedWeights() {
    ExpressionPanel panel;
    QVERIFY(!panel.slider(0)->isEnabled());
    std::vector<float> fitted(52, 0.0f);
    const int jaw = static_cast<int>(ExpressionPanel::weightNames().indexOf(QStringLiteral("jawOpen")));
    fitted[size_t(jaw)] = 0.37f;
    QSignalSpy changed(&panel, &ExpressionPanel::weightsChanged);
    panel.setFittedWeights(fitted);
    QVERIFY(panel.slider(jaw)->isEnabled());
    QCOMPARE(panel.slider(jaw)->value(), 37);
    QCOMPARE(panel.weights()[size_t(jaw)], 0.37f);
    QVERIFY(changed.count() >= 1);
    // A wrong-sized vector disables the panel again.
    panel.setFittedWeights(std::vector<float>(5, 0.1f));
    QVERIFY(!panel.slider(jaw)->isEnabled());
    QCOMPARE(panel.weights()[size_t(jaw)], 0.0f);
}

void TestExpressionPanel::sliderDragIsOneUndoStep() {
    ExpressionPanel panel;
    QUndoStack undo;
    panel.setUndoStack(&undo);
    panel.setFittedWeights(std::vector<float>(52, 0.0f));
    QSlider* s = panel.slider(3);
    // One drag: press, several moves, release.
    Q_EMIT s->sliderPressed();
    for (int v : {10, 20, 35, 50}) s->setValue(v);
    Q_EMIT s->sliderReleased();
    QCOMPARE(undo.count(), 1);
    QCOMPARE(panel.weights()[3], 0.5f);
    // A second drag of the same slider is a second step.
    Q_EMIT s->sliderPressed();
    s->setValue(80);
    QCOMPARE(undo.count(), 2);
    undo.undo();
    QCOMPARE(panel.weights()[3], 0.5f);
    QCOMPARE(s->value(), 50);
    undo.undo();
    QCOMPARE(panel.weights()[3], 0.0f);
    undo.redo();
    QCOMPARE(panel.weights()[3], 0.5f);
    QCOMPARE(undo.count(), 2);   // undo/redo pushed nothing
}

void TestExpressionPanel::resetAndFittedAreUndoable() {
    ExpressionPanel panel;
    QUndoStack undo;
    panel.setUndoStack(&undo);
    std::vector<float> fitted(52, 0.2f);
    panel.setFittedWeights(fitted);
    QCOMPARE(undo.count(), 0);   // the fit's weights are the start, not an edit
    panel.resetToZero();
    QCOMPARE(panel.weights(), std::vector<float>(52, 0.0f));
    panel.slider(7)->setValue(90);
    panel.resetToFitted();
    QCOMPARE(panel.weights(), fitted);
    QCOMPARE(undo.count(), 3);
    undo.undo();
    QCOMPARE(panel.weights()[7], 0.9f);
    undo.undo();
    undo.undo();
    QCOMPARE(panel.weights(), fitted);
}

void TestExpressionPanel::jsonRoundTripAndHostileInput() {
    ExpressionPanel a, b;
    std::vector<float> w(52, 0.0f);
    w[0] = 0.25f;
    w[51] = 1.0f;
    a.setFittedWeights(w);
    b.setFittedWeights(std::vector<float>(52, 0.0f));
    QVERIFY(b.fromJson(a.toJson()));
    QCOMPARE(b.weights(), w);
    QString error;
    for (const QJsonObject& bad : {
             QJsonObject{{"weights", QJsonObject{{"jawOpen", 7.0}}}},
             QJsonObject{{"weights", QJsonObject{{"notAShape", 0.5}}}},
             QJsonObject{{"weights", QJsonObject{{"jawOpen", "0.5"}}}},
         }) {
        error.clear();
        QVERIFY(!b.fromJson(bad, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(b.weights(), w);   // unchanged
    }
}

QTEST_MAIN(TestExpressionPanel)
#include "test_expression_panel.moc"
