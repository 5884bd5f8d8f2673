// glTF/GLB, OBJ and PLY writers, read back by Assimp's importers (a real client)
// and by parsing the glTF JSON: counts, positions in the format's units, UVs,
// material textures, the named morph targets with their default weights, the
// animation; refusals leave no files behind.
#include <QtTest>

#include <assimp/Importer.hpp>
#include <assimp/scene.h>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "export/gltf_writer.h"
#include "export/obj_ply_writers.h"
#include "export_test_assets.h"
#include "support/test_support.h"

using namespace likeness;
namespace fs = std::filesystem;

namespace {

// Largest distance from any source vertex (x scale) to the nearest imported
// vertex; importers may split or reorder vertices, never move them.
double worstPositionError(const aiMesh* mesh, const std::vector<float>& source, double scale) {
    double worst = 0;
    for (size_t i = 0; i + 2 < source.size(); i += 3) {
        double best = 1e30;
        for (unsigned k = 0; k < mesh->mNumVertices; ++k) {
            const aiVector3D& p = mesh->mVertices[k];
            const double d = std::abs(p.x - source[i] * scale) + std::abs(p.y - source[i + 1] * scale) +
                             std::abs(p.z - source[i + 2] * scale);
            best = std::min(best, d);
        }
        worst = std::max(worst, best);
    }
    return worst;
}

// The shape the default weights show (what OBJ and PLY hold).
std::vector<float> posedPositions(const ExportAsset& a) {
    std::vector<float> p = a.mesh.positions;
    for (size_t k = 0; k < a.mesh.morphTargets.size(); ++k)
        for (size_t i = 0; i < p.size(); ++i) p[i] += a.mesh.morphWeights[k] * a.mesh.morphTargets[k].positionDeltas[i];
    return p;
}

nlohmann::json glbJson(const std::string& bytes) {
    const uint32_t length = *reinterpret_cast<const uint32_t*>(bytes.data() + 12);
    return nlohmann::json::parse(bytes.substr(20, length));
}

} // namespace

class TestGltfObjPly : public QObject {
    Q_OBJECT
    std::string m_dir;

private Q_SLOTS:
    void initTestCase() { m_dir = test::scratchDir("gltf_obj_ply"); }

    void gltfRoundTripsThroughAssimp() {
        const ExportAsset a = test::makeGridAsset(8, 3);
        const std::string path = m_dir + "/grid.gltf";
        writeGltf(path, a);
        QVERIFY(fs::exists(m_dir + "/grid.bin"));
        QVERIFY(fs::exists(m_dir + "/diffuse.png"));
        Assimp::Importer importer;
        const aiScene* s = importer.ReadFile(path, 0);
        QVERIFY2(s, importer.GetErrorString());
        QCOMPARE(s->mNumMeshes, 1u);
        const aiMesh* m = s->mMeshes[0];
        QCOMPARE(m->mNumFaces, static_cast<unsigned>(a.mesh.triangleCount()));
        QCOMPARE(m->mNumVertices, static_cast<unsigned>(a.mesh.vertexCount()));
        QVERIFY(worstPositionError(m, a.mesh.positions, 0.001) < 1e-6);   // metres
        QVERIFY(m->HasTextureCoords(0) && m->HasNormals() && m->HasTangentsAndBitangents());
        // Assimp flips glTF's v-down texture coordinates to v up.
        QVERIFY(std::abs(m->mTextureCoords[0][10].y - (1 - a.mesh.uvs[21])) < 1e-6);
        QCOMPARE(m->mNumAnimMeshes, 3u);
        for (unsigned k = 0; k < 3; ++k) QCOMPARE(std::string(m->mAnimMeshes[k]->mName.C_Str()), a.mesh.morphTargets[k].name);
        // A jaw-like target: the last row moves down by (k+1) mm.
        const unsigned last = static_cast<unsigned>(a.mesh.vertexCount() - 1);
        QVERIFY(std::abs((m->mAnimMeshes[2]->mVertices[last].y - m->mVertices[last].y) - (-3 * 0.001)) < 1e-6);
        aiString tex;
        QCOMPARE(s->mMaterials[m->mMaterialIndex]->GetTexture(aiTextureType_DIFFUSE, 0, &tex), aiReturn_SUCCESS);
        QCOMPARE(std::string(tex.C_Str()), std::string("diffuse.png"));
        QCOMPARE(s->mNumAnimations, 1u);
    }

    void glbHoldsNamesWeightsAndAnimation() {
        const ExportAsset a = test::makeGridAsset(8, 3);
        const std::string path = m_dir + "/grid.glb";
        GltfWriteOptions o;
        o.binary = true;
        writeGltf(path, a, o);
        const std::string bytes = test::readFile(path);
        QCOMPARE(bytes.substr(0, 4), std::string("glTF"));
        QCOMPARE(static_cast<size_t>(*reinterpret_cast<const uint32_t*>(bytes.data() + 8)), bytes.size());
        const nlohmann::json j = glbJson(bytes);
        const auto& mesh = j["meshes"][0];
        QCOMPARE(mesh["extras"]["targetNames"].size(), size_t(3));
        QCOMPARE(mesh["extras"]["targetNames"][1].get<std::string>(), a.mesh.morphTargets[1].name);
        QCOMPARE(mesh["weights"][2].get<double>(), static_cast<double>(a.mesh.morphWeights[2]));
        QVERIFY(mesh["primitives"][0]["targets"][0].contains("NORMAL") || a.mesh.morphTargets[0].normalDeltas.empty());
        QCOMPARE(j["images"][0]["mimeType"].get<std::string>(), std::string("image/png"));
        QVERIFY(!j["images"][0].contains("uri"));   // embedded
        QCOMPARE(j["animations"][0]["channels"][0]["target"]["path"].get<std::string>(), std::string("weights"));
        Assimp::Importer importer;
        const aiScene* s = importer.ReadFile(path, 0);
        QVERIFY2(s, importer.GetErrorString());
        QCOMPARE(s->mMeshes[0]->mNumAnimMeshes, 3u);
    }

    void objRoundTripsWithMaterial() {
        const ExportAsset a = test::makeGridAsset(8, 3);
        const std::string path = m_dir + "/grid.obj";
        ObjPlyWriteOptions o;
        o.unitScale = 0.001;
        writeObjAsset(path, a, o);
        const std::string mtl = test::readFile(m_dir + "/grid.mtl");
        QVERIFY(mtl.find("map_Kd diffuse.png") != std::string::npos);
        Assimp::Importer importer;
        const aiScene* s = importer.ReadFile(path, 0);
        QVERIFY2(s, importer.GetErrorString());
        const aiMesh* m = s->mMeshes[0];
        QCOMPARE(m->mNumFaces, static_cast<unsigned>(a.mesh.triangleCount()));
        QVERIFY(worstPositionError(m, posedPositions(a), 0.001) < 1e-6);
        QVERIFY(worstPositionError(m, a.mesh.positions, 0.001) > 1e-4);   // the expression is baked in
        QVERIFY(m->HasTextureCoords(0) && m->HasNormals());
        aiString tex;
        QCOMPARE(s->mMaterials[m->mMaterialIndex]->GetTexture(aiTextureType_DIFFUSE, 0, &tex), aiReturn_SUCCESS);
        QCOMPARE(std::string(tex.C_Str()), std::string("diffuse.png"));
    }

    void plyRoundTripsWithColours() {
        const ExportAsset a = test::makeGridAsset(8, 0);
        const std::string path = m_dir + "/grid.ply";
        ObjPlyWriteOptions o;
        o.vertexColors = true;
        writePly(path, a, o);
        Assimp::Importer importer;
        const aiScene* s = importer.ReadFile(path, 0);
        QVERIFY2(s, importer.GetErrorString());
        const aiMesh* m = s->mMeshes[0];
        QCOMPARE(m->mNumFaces, static_cast<unsigned>(a.mesh.triangleCount()));
        QVERIFY(worstPositionError(m, a.mesh.positions, 1.0) < 1e-4);   // millimetres
        QVERIFY(m->HasVertexColors(0));
    }

    void refusesBadAssetWithoutWriting() {
        ExportAsset a = test::makeGridAsset(4, 1);
        a.mesh.triangles[0] = 999;
        const std::string path = m_dir + "/bad.glb";
        QVERIFY_THROWS_EXCEPTION(InputError, writeGltf(path, a));
        QVERIFY(!fs::exists(path));
        QVERIFY_THROWS_EXCEPTION(InputError, writeObjAsset(m_dir + "/bad.obj", a));
        QVERIFY(!fs::exists(m_dir + "/bad.obj"));
    }

    void refusesUnwritablePath() {
        const ExportAsset a = test::makeGridAsset(4, 1);
        try {
            writeGltf(m_dir + "/no/such/folder/x.gltf", a);
            QFAIL("wrote into a missing folder");
        } catch (const InputError& e) {
            QVERIFY2(std::string(e.what()).find("no/such/folder") != std::string::npos, e.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestGltfObjPly)
#include "test_gltf_obj_ply.moc"
