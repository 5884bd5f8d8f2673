// ExportAsset validation: a consistent asset passes, each kind of damage is
// refused with a message naming it.
#include <QtTest>

#include "common/error.h"
#include "export/export_asset.h"
#include "export_test_assets.h"

using namespace likeness;

class TestExportAsset : public QObject {
    Q_OBJECT

    static void expectRefused(const ExportAsset& a, const char* fragment) {
        try {
            validateExportAsset(a);
        } catch (const InputError& e) {
            QVERIFY2(std::string(e.what()).find(fragment) != std::string::npos, e.what());
            return;
        }
        QFAIL(qPrintable(QString("accepted an asset with ") + fragment));
    }

private Q_SLOTS:
    void gridAssetIsValid() {
        const ExportAsset a = test::makeGridAsset();
        QCOMPARE(a.mesh.vertexCount(), 81);
        QCOMPARE(a.mesh.triangleCount(), 128);
        validateExportAsset(a);
    }

    void refusesDamage() {
        ExportAsset a = test::makeGridAsset();
        a.mesh.triangles[5] = 81;
        expectRefused(a, "vertex 81");
        a = test::makeGridAsset();
        a.mesh.normals.pop_back();
        expectRefused(a, "normals");
        a = test::makeGridAsset();
        a.mesh.positions[7] = std::nanf("");
        expectRefused(a, "not finite");
        a = test::makeGridAsset();
        a.mesh.morphWeights.pop_back();
        expectRefused(a, "default weights");
        a = test::makeGridAsset();
        a.images[0].fileName = "../evil.png";
        expectRefused(a, "plain file name");
        a = test::makeGridAsset();
        a.material.normalImage = 3;
        expectRefused(a, "image 3");
        a = test::makeGridAsset();
        a.animations[0].weights[1].pop_back();
        expectRefused(a, "animation frame");
    }
};

QTEST_APPLESS_MAIN(TestExportAsset)
#include "test_export_asset.moc"
