// A real client: Blender 3.4's FBX importer reads our FBX (run headless through
// tests/export/blender_inspect.py): one mesh, the 52 ARKit shape keys by name,
// the diffuse image, true size in metres and the jaw-like target's offset.
#include <QtTest>


#include <nlohmann/json.hpp>

#include "export/fbx_writer.h"
#include "export_test_assets.h"
#include "model/face_model.h"
#include "support/blender_inspect.h"
#include "support/test_support.h"

using namespace likeness;
using nlohmann::json;

class TestBlenderImport : public QObject {
    Q_OBJECT
    std::string m_dir;

private Q_SLOTS:
    void initTestCase() {
        if (test::blenderExecutable().empty()) QSKIP("Blender is not installed: scripts/install_deps.sh installs it");
        m_dir = test::scratchDir("blender_import");
    }

    void fbxWithArkitShapeKeys() {
        const ExportAsset a = test::makeGridAsset(8, 52);
        const std::string path = m_dir + "/face.fbx";
        writeFbx(path, a);
        json j;
        try {
            j = test::blenderInspect(path, "jawOpen");
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
        QVERIFY2(j["status"] == json::array({"FINISHED"}), j["status"].dump().c_str());
        QCOMPARE(j["meshes"].size(), std::size_t(1));
        const json& mesh = j["meshes"][0];
        QCOMPARE(mesh["name"].get<std::string>(), a.mesh.name);
        QCOMPARE(mesh["vertices"].get<int>(), a.mesh.vertexCount());
        QCOMPARE(mesh["polygons"].get<int>(), a.mesh.triangleCount());

        // Shape keys: Blender's "Basis", then exactly the ARKit names in order.
        std::vector<std::string> expected{"Basis"};
        for (const char* name : arkitBlendshapeNames()) expected.emplace_back(name);
        QVERIFY2(mesh["shape_keys"] == json(expected), mesh["shape_keys"].dump().c_str());

        // True size: the grid is 100 mm wide and tall (Blender's world is in metres,
        // Z up: FBX Y up becomes Blender Z, the face looks toward -Y).
        const json& box = mesh["world_bbox"];
        const double width = box["max"][0].get<double>() - box["min"][0].get<double>();
        const double depth = box["max"][1].get<double>() - box["min"][1].get<double>();
        const double height = box["max"][2].get<double>() - box["min"][2].get<double>();
        QVERIFY2(std::abs(width - 0.1) < 1e-5, qPrintable(QString("width %1 m").arg(width)));
        QVERIFY2(std::abs(height - 0.1) < 1e-5, qPrintable(QString("height %1 m").arg(height)));
        QVERIFY2(std::abs(depth - 0.02) < 1e-4, qPrintable(QString("depth %1 m").arg(depth)));
        QVERIFY2(box["max"][1].get<double>() < 1e-4, "the face does not look toward -Y (Blender's front view)");

        // jawOpen is ARKit target 17: the grid's target k lowers the bottom rows by k + 1 mm.
        const json& key = mesh["key"];
        QVERIFY2(!key.is_null(), "no jawOpen shape key");
        const double expectedMove = 0.018;   // metres
        QVERIFY2(std::abs(key["max_displacement"].get<double>() - expectedMove) < 1e-6,
                 qPrintable(QString("jawOpen moves %1 m").arg(key["max_displacement"].get<double>())));
        const json& low = key["lowest_displacement"];
        QVERIFY(std::abs(low[0].get<double>()) < 1e-6 && std::abs(low[1].get<double>()) < 1e-6);
        QVERIFY2(std::abs(low[2].get<double>() + expectedMove) < 1e-6, "the lowest vertex does not move down by 18 mm");

        // The diffuse image, found next to the .fbx.
        QVERIFY2(mesh["materials"] == json::array({a.material.name}), mesh["materials"].dump().c_str());
        bool found = false;
        for (const json& im : j["images"])
            if (im["name"] == "diffuse.png") {
                found = true;
                QVERIFY2(im["size"] == json::array({8, 8}), "diffuse.png was not loaded");
            }
        QVERIFY2(found, j["images"].dump().c_str());

        // The expression animation: one action driving the 52 shape keys over 3 frames.
        QVERIFY2(j["actions"].size() == 1, j["actions"].dump().c_str());
        QCOMPARE(j["actions"][0]["fcurves"].get<int>(), 52);
        QVERIFY2(j["actions"][0]["frame_range"] == json::array({1.0, 3.0}), j["actions"].dump().c_str());
        QCOMPARE(j["fps"].get<double>(), 30.0);
    }
};

QTEST_GUILESS_MAIN(TestBlenderImport)
#include "test_blender_import.moc"
