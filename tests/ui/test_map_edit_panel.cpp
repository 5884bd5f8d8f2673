// The Map Edits panel: disabled until there is a face, sliders set the edits
// (a drag is one undo step), reset is undoable, JSON state and hostile JSON.
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QUndoStack>
#include <QtTest/QtTest>

#include "gui_test_helpers.h"
#include "panels/map_edit_panel.h"

using namespace likeness::ui;

class TestMapEditPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { likeness::test::isolateSettings("test_map_edit_panel"); }

    void startsNeutralAndDisabled() {
        MapEditPanel panel;
        QVERIFY(panel.edits().isIdentity());
        for (int c = 0; c < MapEditPanel::ControlCount; ++c) {
            QVERIFY(!panel.slider(MapEditPanel::Control(c))->isEnabled());
            QVERIFY(!panel.slider(MapEditPanel::Control(c))->toolTip().isEmpty());
        }
        panel.setFaceAvailable(true);
        QVERIFY(panel.slider(MapEditPanel::NormalStrength)->isEnabled());
        QCOMPARE(panel.slider(MapEditPanel::DiffuseSaturation)->value(), 100);   // 1.00, as fitted
    }

    void sliderDragIsOneUndoStep() {
        MapEditPanel panel;
        QUndoStack undo;
        panel.setUndoStack(&undo);
        panel.setFaceAvailable(true);
        QSignalSpy changed(&panel, &MapEditPanel::editsChanged);
        QSlider* exposure = panel.slider(MapEditPanel::DiffuseExposure);
        Q_EMIT exposure->sliderPressed();
        for (int v : {20, 40, 75}) exposure->setValue(v);
        Q_EMIT exposure->sliderReleased();
        QCOMPARE(undo.count(), 1);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(panel.edits().diffuseExposure, 0.75f);
        QCOMPARE(changed.last().at(0).value<likeness::MapEdits>().diffuseExposure, 0.75f);
        Q_EMIT panel.slider(MapEditPanel::NormalStrength)->sliderPressed();
        panel.slider(MapEditPanel::NormalStrength)->setValue(250);
        QCOMPARE(undo.count(), 2);
        QCOMPARE(panel.edits().normalStrength, 2.5f);
        undo.undo();
        QCOMPARE(panel.edits().normalStrength, 1.0f);
        QCOMPARE(panel.slider(MapEditPanel::NormalStrength)->value(), 100);
        undo.undo();
        QVERIFY(panel.edits().isIdentity());
        undo.redo();
        QCOMPARE(panel.edits().diffuseExposure, 0.75f);
        QCOMPARE(undo.count(), 2);   // undo/redo pushed nothing
        // Reset is one step back to no edits.
        panel.findChild<QPushButton*>(QStringLiteral("resetMapEdits"))->click();
        QVERIFY(panel.edits().isIdentity());
        undo.undo();
        QCOMPARE(panel.edits().diffuseExposure, 0.75f);
    }

    void jsonRoundTripAndHostileInput() {
        MapEditPanel a, b;
        likeness::MapEdits e;
        e.diffuseExposure = -1.25f;
        e.diffuseSaturation = 0.5f;
        e.specularStrength = 3;
        e.normalStrength = 0;
        a.editMaps(e, QStringLiteral("test"));
        QVERIFY(b.fromJson(a.toJson()));
        QCOMPARE(b.edits().diffuseExposure, -1.25f);
        QCOMPARE(b.edits().diffuseSaturation, 0.5f);
        QCOMPARE(b.edits().specularStrength, 3.0f);
        QCOMPARE(b.edits().normalStrength, 0.0f);
        QCOMPARE(b.slider(MapEditPanel::DiffuseExposure)->value(), -125);

        // Out of range, NaN-like text, wrong types: refused, nothing changes.
        QString error;
        QVERIFY(!b.fromJson(QJsonObject{{QStringLiteral("normalStrength"), 40}}, &error));
        QVERIFY2(error.contains(QLatin1String("normal strength")), qPrintable(error));
        QVERIFY(!b.fromJson(QJsonObject{{QStringLiteral("diffuseExposure"), QStringLiteral("nan")}}, &error));
        QVERIFY(error.contains(QLatin1String("diffuseExposure")));
        QCOMPARE(b.edits().diffuseExposure, -1.25f);
        // Missing keys are the neutral value (older sessions have none).
        QVERIFY(b.fromJson(QJsonObject{{QStringLiteral("specularStrength"), 2}}));
        QCOMPARE(b.edits().specularStrength, 2.0f);
        QCOMPARE(b.edits().diffuseExposure, 0.0f);
        // editMaps ignores invalid edits.
        likeness::MapEdits bad;
        bad.diffuseSaturation = -1;
        b.editMaps(bad, QStringLiteral("bad"));
        QCOMPARE(b.edits().diffuseSaturation, 1.0f);
    }
};

QTEST_MAIN(TestMapEditPanel)
#include "test_map_edit_panel.moc"
