// FBX output read back by Assimp's FBX importer (geometry, units, UVs, material
// and texture, morph targets, animation), the binary layout around the records,
// and refusal of bad input without leaving files behind.
#include <QtTest>

#include <cstring>
#include <filesystem>

#include <assimp/Importer.hpp>
#include <assimp/scene.h>

#include "common/error.h"
#include "export/fbx_writer.h"
#include "export_test_assets.h"
#include "support/test_support.h"

using namespace likeness;
namespace fs = std::filesystem;

class TestFbxWriter : public QObject {
    Q_OBJECT
    std::string m_dir;

    static uint32_t u32(const std::string& b, size_t at) {
        uint32_t v = 0;
        std::memcpy(&v, b.data() + at, 4);
        return v;
    }

    static void expectNoLeftovers(const std::string& dir) {
        for (const auto& entry : fs::directory_iterator(dir))
            QVERIFY2(entry.path().filename().string().find(".tmp-") == std::string::npos, "temporary file left");
    }

    // Checks every corner of the imported mesh against the source vertex it came
    // from (Assimp's FBX importer un-indexes: one output vertex per polygon corner).
    static void checkGeometry(const aiMesh* m, const ExportMesh& src, double unitScale) {
        QCOMPARE(m->mNumFaces, static_cast<unsigned>(src.triangleCount()));
        QVERIFY(m->HasTextureCoords(0));
        QVERIFY(m->HasNormals());
        double maxPosErr = 0, maxUvErr = 0, maxNormalErr = 0;
        for (unsigned f = 0; f < m->mNumFaces; ++f) {
            QCOMPARE(m->mFaces[f].mNumIndices, 3u);
            for (unsigned c = 0; c < 3; ++c) {
                const unsigned out = m->mFaces[f].mIndices[c];
                const size_t v = static_cast<size_t>(src.triangles[3 * f + c]);
                for (int j = 0; j < 3; ++j) {
                    maxPosErr = std::max(maxPosErr, std::abs(m->mVertices[out][j] - src.positions[3 * v + j] * unitScale));
                    maxNormalErr = std::max(maxNormalErr, double(std::abs(m->mNormals[out][j] - src.normals[3 * v + j])));
                }
                // Assimp keeps FBX's v-up convention: v_fbx = 1 - v_likeness.
                maxUvErr = std::max(maxUvErr, double(std::abs(m->mTextureCoords[0][out].x - src.uvs[2 * v])));
                maxUvErr = std::max(maxUvErr, double(std::abs(m->mTextureCoords[0][out].y - (1 - src.uvs[2 * v + 1]))));
            }
        }
        QVERIFY2(maxPosErr < 1e-4, qPrintable(QString("position error %1").arg(maxPosErr)));
        QVERIFY2(maxNormalErr < 1e-5, qPrintable(QString("normal error %1").arg(maxNormalErr)));
        QVERIFY2(maxUvErr < 1e-6, qPrintable(QString("uv error %1").arg(maxUvErr)));
    }

    // Every corner of every target: imported offset == source offset in file units.
    static void checkMorphTargets(const aiMesh* m, const ExportMesh& src, double unitScale) {
        QCOMPARE(m->mNumAnimMeshes, static_cast<unsigned>(src.morphTargets.size()));
        for (unsigned k = 0; k < m->mNumAnimMeshes; ++k) {
            const aiAnimMesh* am = m->mAnimMeshes[k];
            // Exactly the ARKit name (Assimp 5.2.5 takes the BlendShapeChannel's).
            QCOMPARE(QString(am->mName.C_Str()), QString::fromStdString(src.morphTargets[k].name));
            QCOMPARE(am->mNumVertices, m->mNumVertices);
            double maxErr = 0, maxMove = 0;
            for (unsigned f = 0; f < m->mNumFaces; ++f)
                for (unsigned c = 0; c < 3; ++c) {
                    const unsigned out = m->mFaces[f].mIndices[c];
                    const size_t v = static_cast<size_t>(src.triangles[3 * f + c]);
                    for (int j = 0; j < 3; ++j) {
                        const double moved = am->mVertices[out][j] - m->mVertices[out][j];
                        maxErr = std::max(maxErr, std::abs(moved - src.morphTargets[k].positionDeltas[3 * v + j] * unitScale));
                        maxMove = std::max(maxMove, std::abs(moved));
                    }
                }
            QVERIFY2(maxErr < 1e-4, qPrintable(QString("target %1 offset error %2").arg(k).arg(maxErr)));
            // The grid's target k lowers the bottom rows by k + 1 mm.
            QVERIFY2(std::abs(maxMove - (k + 1) * unitScale) < 1e-4, qPrintable(QString("target %1 moves %2").arg(k).arg(maxMove)));
        }
    }

    static double unitScaleFactor(const aiScene* s) {
        if (!s->mMetaData) return -1;
        double d = 0;
        float f = 0;
        if (s->mMetaData->Get("UnitScaleFactor", d)) return d;
        if (s->mMetaData->Get("UnitScaleFactor", f)) return f;
        return -1;
    }

private Q_SLOTS:
    void initTestCase() { m_dir = test::scratchDir("fbx_writer"); }

    void assimpReadsItBack() {
        const ExportAsset a = test::makeGridAsset(8, 3);
        const std::string path = m_dir + "/grid.fbx";
        writeFbx(path, a);
        expectNoLeftovers(m_dir);
        // The texture lies next to the .fbx, byte for byte.
        QCOMPARE(test::readFile(m_dir + "/diffuse.png"),
                 std::string(a.images[0].bytes.begin(), a.images[0].bytes.end()));

        Assimp::Importer importer;
        const aiScene* s = importer.ReadFile(path, 0);
        QVERIFY2(s, importer.GetErrorString());
        QCOMPARE(s->mNumMeshes, 1u);
        const aiMesh* m = s->mMeshes[0];
        // Assimp keeps the file's units (centimetres here) and reports the unit:
        // UnitScaleFactor 1 = 1 cm per unit (aiProcess_GlobalScale would convert).
        QCOMPARE(unitScaleFactor(s), 1.0);
        checkGeometry(m, a.mesh, 0.1);
        checkMorphTargets(m, a.mesh, 0.1);
        QVERIFY(m->HasVertexColors(0));

        const aiMaterial* mat = s->mMaterials[m->mMaterialIndex];
        aiString name, texture;
        QCOMPARE(mat->Get(AI_MATKEY_NAME, name), aiReturn_SUCCESS);
        QCOMPARE(QString(name.C_Str()), QString::fromStdString(a.material.name));
        QCOMPARE(mat->GetTexture(aiTextureType_DIFFUSE, 0, &texture), aiReturn_SUCCESS);
        QCOMPARE(QString(texture.C_Str()), QString("diffuse.png"));

        // The expression animation: one morph channel, a key per frame (30 fps),
        // the frame's weight for every target.
        QCOMPARE(s->mNumAnimations, 1u);
        const aiAnimation* anim = s->mAnimations[0];
        QCOMPARE(anim->mTicksPerSecond, 30.0);
        QCOMPARE(anim->mNumMorphMeshChannels, 1u);
        const aiMeshMorphAnim* morph = anim->mMorphMeshChannels[0];
        const auto& frames = a.animations[0].weights;
        QCOMPARE(morph->mNumKeys, static_cast<unsigned>(frames.size()));
        for (unsigned f = 0; f < morph->mNumKeys; ++f) {
            const aiMeshMorphKey& key = morph->mKeys[f];
            QVERIFY(std::abs(key.mTime - f) < 1e-6);
            QCOMPARE(key.mNumValuesAndWeights, static_cast<unsigned>(a.mesh.morphTargets.size()));
            for (unsigned j = 0; j < key.mNumValuesAndWeights; ++j)
                QVERIFY(std::abs(key.mWeights[j] - frames[f][key.mValues[j]]) < 1e-6);
        }
    }

    void otherUnitsAndEmbeddedTextures() {
        const ExportAsset a = test::makeGridAsset(4, 2);
        const std::string dir = test::scratchDir("fbx_writer_mm");
        const std::string path = dir + "/grid_mm.fbx";
        FbxWriteOptions o;
        o.unitScale = 1.0;   // millimetres: UnitScaleFactor 0.1 (cm per unit)
        o.embedTextures = true;
        writeFbx(path, a, o);
        QVERIFY2(!fs::exists(dir + "/diffuse.png"), "an embedded texture was also written as a file");

        Assimp::Importer importer;
        const aiScene* s = importer.ReadFile(path, 0);
        QVERIFY2(s, importer.GetErrorString());
        QVERIFY(std::abs(unitScaleFactor(s) - 0.1) < 1e-6);
        checkGeometry(s->mMeshes[0], a.mesh, 1.0);
        checkMorphTargets(s->mMeshes[0], a.mesh, 1.0);
        QCOMPARE(s->mNumTextures, 1u);
        const aiTexture* t = s->mTextures[0];
        QCOMPARE(t->mHeight, 0u);   // compressed (PNG) data
        QCOMPARE(std::string(reinterpret_cast<const char*>(t->pcData), t->mWidth),
                 std::string(a.images[0].bytes.begin(), a.images[0].bytes.end()));
    }

    void binaryLayout() {
        const std::string path = m_dir + "/layout.fbx";
        writeFbx(path, test::makeGridAsset(4, 2));
        const std::string b = test::readFile(path);
        QVERIFY(b.size() > 27 + 13 + 160);
        QCOMPARE(b.substr(0, 23), std::string("Kaydara FBX Binary  \0\x1a\0", 23));
        QCOMPARE(u32(b, 23), 7400u);

        // The top-level records chain through their end offsets up to a 13-byte null record.
        std::vector<std::string> names;
        size_t at = 27;
        while (true) {
            QVERIFY(at + 13 <= b.size());
            const uint32_t end = u32(b, at);
            if (end == 0) {
                QCOMPARE(b.substr(at, 13), std::string(13, '\0'));
                at += 13;
                break;
            }
            QVERIFY2(end > at && end <= b.size(), "record end offset out of range");
            names.push_back(b.substr(at + 13, static_cast<unsigned char>(b[at + 12])));
            at = end;
        }
        for (const char* expected : {"FBXHeaderExtension", "GlobalSettings", "Documents", "References", "Definitions",
                                     "Objects", "Connections", "Takes"})
            QVERIFY2(std::find(names.begin(), names.end(), expected) != names.end(), expected);

        // Footer: 16-byte code, 4 zero bytes, padding to 16, version, 120 zeros, magic.
        const std::string magic("\xf8\x5a\x8c\x6a\xde\xf5\xd9\x7e\xec\xe9\x0c\xe3\x75\x8f\x29\x0b", 16);
        QCOMPARE(b.substr(b.size() - 16), magic);
        QCOMPARE(b.substr(b.size() - 136, 120), std::string(120, '\0'));
        QCOMPARE(u32(b, b.size() - 140), 7400u);
        QCOMPARE((b.size() - 140) % 16, std::size_t(0));
        QVERIFY(b.size() - 140 - at >= 20 + 1 && b.size() - 140 - at <= 20 + 16);
    }

    void refusesBadInput() {
        const std::string dir = test::scratchDir("fbx_writer_bad");
        const std::string path = dir + "/bad.fbx";
        ExportAsset a = test::makeGridAsset(4, 2);
        a.mesh.triangles[4] = a.mesh.vertexCount();
        QVERIFY_THROWS_EXCEPTION(InputError, writeFbx(path, a));
        QVERIFY(fs::is_empty(dir));   // neither the .fbx nor its texture

        FbxWriteOptions o;
        o.unitScale = 0;
        QVERIFY_THROWS_EXCEPTION(OptionsError, writeFbx(path, test::makeGridAsset(4, 2), o));
        QVERIFY(fs::is_empty(dir));

        const std::string unwritable = dir + "/missing/folder/x.fbx";
        try {
            writeFbx(unwritable, test::makeGridAsset(4, 2));
            QFAIL("wrote into a missing folder");
        } catch (const InputError& e) {
            QVERIFY2(std::string(e.what()).find(unwritable) != std::string::npos, e.what());
        }
        QVERIFY(fs::is_empty(dir));
    }
};

QTEST_GUILESS_MAIN(TestFbxWriter)
#include "test_fbx_writer.moc"
