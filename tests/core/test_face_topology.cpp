// The face topology asset: loading, derived mirror pairs / edges / neighbours,
// and refusal of damaged files.
#include <QtTest>

#include <cmath>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "assets/asset_paths.h"
#include "common/error.h"
#include "support/test_support.h"
#include "topology/face_topology.h"

using namespace likeness;
using nlohmann::json;

class TestFaceTopology : public QObject {
    Q_OBJECT

    std::string m_realPath;
    std::string m_realText;
    std::string m_scratch;

    // Writes a modified copy of the real asset and returns the AssetError message
    // of loading it (empty if it loaded).
    QString loadModified(const std::string& fileName, const std::function<void(json&)>& edit) {
        json doc = json::parse(m_realText);
        edit(doc);
        return loadText(fileName, doc.dump());
    }
    QString loadText(const std::string& fileName, const std::string& text) {
        const std::string path = m_scratch + "/" + fileName;
        test::writeFile(path, text);
        try {
            FaceTopology::loadFile(path);
        } catch (const AssetError& e) {
            const QString message = QString::fromUtf8(e.what());
            // Every message names the file and says how to repair it.
            if (!message.contains(QString::fromStdString(path)) || !message.contains("scripts/fetch_assets.sh"))
                return "MESSAGE LACKS FILE OR FIX: " + message;
            return message;
        }
        return QString();
    }

private Q_SLOTS:
    void initTestCase() {
        m_realPath = test::requireAsset(assets::topologyFile());
        m_realText = test::readFile(m_realPath);
        m_scratch = test::scratchDir("face_topology");
    }

    void loadsRealAsset() {
        const FaceTopology topo = FaceTopology::load();
        QCOMPARE(topo.vertexCount(), 468);
        QCOMPARE(topo.triangleCount(), 880);
        QCOMPARE(int(topo.uvs().size()), FaceTopology::kVertexCount);
        QCOMPARE(int(topo.triangles().size()), FaceTopology::kTriangleCount);
        QCOMPARE(topo.sourcePath(), m_realPath);
        for (const auto& uv : topo.uvs()) {
            QVERIFY(uv[0] >= 0.0f && uv[0] <= 1.0f);
            QVERIFY(uv[1] >= 0.0f && uv[1] <= 1.0f);
        }
        for (const char* name : {"silhouette", "lipsUpperOuter", "lipsLowerOuter", "rightEyeUpper0", "leftEyeUpper0",
                                 "rightEyebrowUpper", "leftEyebrowUpper", "noseTip", "leftEyeIris", "rightEyeIris"}) {
            QVERIFY2(topo.hasRegion(name), name);
            QVERIFY(!topo.region(name).empty());
        }
        QCOMPARE(topo.region("silhouette").size(), std::size_t(36));
        QCOMPARE(topo.region("noseTip"), std::vector<int>{1});
        // Iris regions name the 10 points the Iris model appends (468..477).
        for (const char* iris : {"leftEyeIris", "rightEyeIris"})
            for (int i : topo.region(iris))
                QVERIFY(i >= FaceTopology::kVertexCount && i < FaceTopology::kLandmarkCount);
        QVERIFY_THROWS_EXCEPTION(AssetError, topo.region("noSuchRegion"));

        QVERIFY(topo.landmarkSubsets().count("vtx68"));
        const LandmarkSubset& vtx68 = topo.landmarkSubsets().at("vtx68");
        QCOMPARE(vtx68.vertices.size(), std::size_t(68));
        for (const auto& t : vtx68.triangles)
            for (int i : t)
                QVERIFY(i >= 0 && i < 68);
    }

    void mirrorPairs() {
        const FaceTopology topo = FaceTopology::load();
        int midline = 0;
        for (int i = 0; i < topo.vertexCount(); ++i) {
            const int j = topo.mirrorOf(i);
            QVERIFY(j >= 0 && j < topo.vertexCount());
            QCOMPARE(topo.mirrorOf(j), i);  // an involution
            const auto& a = topo.uvs()[std::size_t(i)];
            const auto& b = topo.uvs()[std::size_t(j)];
            QVERIFY(std::hypot(1.0f - a[0] - b[0], a[1] - b[1]) <= FaceTopology::kMirrorTolerance);
            if (j == i) {
                ++midline;
                QVERIFY2(std::abs(a[0] - 0.5f) < 0.005f, qPrintable(QString("vertex %1 u=%2").arg(i).arg(a[0])));
            } else {
                // Partners lie on opposite sides of the midline.
                QVERIFY((a[0] - 0.5f) * (b[0] - 0.5f) < 0.0f);
            }
        }
        QVERIFY2(midline >= 20 && midline <= 40, qPrintable(QString::number(midline)));  // 28 in human@3.3.6
        QVERIFY(topo.isOnMidline(1));  // nose tip

        // Mirrored triangles are triangles of the mesh, except a few near the midline.
        std::set<std::array<int, 3>> triangles;
        for (auto t : topo.triangles()) {
            std::sort(t.begin(), t.end());
            triangles.insert(t);
        }
        int mirrored = 0;
        for (int t = 0; t < topo.triangleCount(); ++t) {
            std::array<int, 3> m;
            for (int k = 0; k < 3; ++k)
                m[std::size_t(k)] = topo.mirrorOf(topo.triangles()[std::size_t(t)][std::size_t(k)]);
            std::sort(m.begin(), m.end());
            const bool found = triangles.count(m) != 0;
            mirrored += found ? 1 : 0;
            const int mt = topo.mirrorTriangleOf(t);
            QCOMPARE(mt >= 0, found);
            if (mt >= 0)
                QCOMPARE(topo.mirrorTriangleOf(mt), t);
        }
        qInfo("mirrored triangles found in the mesh: %d of %d", mirrored, topo.triangleCount());
        QVERIFY(mirrored >= int(0.97 * topo.triangleCount()));  // 868 of 880 in human@3.3.6

        // Right-side regions mirror point by point onto their left counterparts.
        for (const auto& [name, indices] : topo.regions()) {
            if (name.rfind("right", 0) != 0 || name.find("Iris") != std::string::npos)
                continue;
            const std::string left = "left" + name.substr(5);
            QVERIFY2(topo.hasRegion(left), left.c_str());
            std::vector<int> mirroredRegion;
            for (int i : indices)
                mirroredRegion.push_back(topo.mirrorOf(i));
            QVERIFY2(mirroredRegion == topo.region(left), name.c_str());
        }
        std::vector<int> silhouette = topo.region("silhouette"), mirroredSilhouette;
        for (int i : silhouette)
            mirroredSilhouette.push_back(topo.mirrorOf(i));
        std::sort(silhouette.begin(), silhouette.end());
        std::sort(mirroredSilhouette.begin(), mirroredSilhouette.end());
        QCOMPARE(mirroredSilhouette, silhouette);
    }

    void edgesAndNeighbours() {
        const FaceTopology topo = FaceTopology::load();
        const auto& edges = topo.edges();
        QVERIFY(std::is_sorted(edges.begin(), edges.end()));
        std::set<std::array<int, 2>> edgeSet(edges.begin(), edges.end());
        QCOMPARE(edgeSet.size(), edges.size());
        for (const auto& e : edges)
            QVERIFY(e[0] < e[1]);
        // Every triangle side is an edge.
        for (const auto& t : topo.triangles())
            for (int k = 0; k < 3; ++k) {
                const int a = t[std::size_t(k)], b = t[std::size_t((k + 1) % 3)];
                QVERIFY(edgeSet.count({std::min(a, b), std::max(a, b)}));
            }
        // Euler characteristic of a disc with one hole (outline + mouth): V - E + F = 0.
        QCOMPARE(topo.vertexCount() - int(edges.size()) + topo.triangleCount(), 0);

        // Boundary: edges with one triangle form exactly two closed loops.
        const auto& boundary = topo.boundaryEdges();
        QVERIFY(!boundary.empty());
        std::map<int, std::vector<int>> adjacency;
        for (const auto& e : boundary) {
            adjacency[e[0]].push_back(e[1]);
            adjacency[e[1]].push_back(e[0]);
            QVERIFY(topo.isBoundaryVertex(e[0]) && topo.isBoundaryVertex(e[1]));
        }
        for (const auto& [v, ns] : adjacency)
            QCOMPARE(ns.size(), std::size_t(2));
        std::set<int> seen;
        int loops = 0;
        for (const auto& [start, ns] : adjacency) {
            if (seen.count(start))
                continue;
            ++loops;
            std::vector<int> stack{start};
            while (!stack.empty()) {
                const int v = stack.back();
                stack.pop_back();
                if (!seen.insert(v).second)
                    continue;
                for (int w : adjacency[v])
                    stack.push_back(w);
            }
        }
        QCOMPARE(loops, 2);
        QVERIFY(topo.isBoundaryVertex(13));   // inner upper lip (mouth opening)
        QVERIFY(topo.isBoundaryVertex(10));   // top of the silhouette
        QVERIFY(!topo.isBoundaryVertex(1));   // nose tip

        // Neighbour rings: sorted, symmetric, and in total twice the edge count.
        std::size_t total = 0;
        for (int v = 0; v < topo.vertexCount(); ++v) {
            const auto& ring = topo.vertexNeighbors(v);
            QVERIFY(!ring.empty());
            QVERIFY(std::is_sorted(ring.begin(), ring.end()));
            total += ring.size();
            for (int w : ring) {
                QVERIFY(w != v);
                const auto& back = topo.vertexNeighbors(w);
                QVERIFY(std::binary_search(back.begin(), back.end(), v));
            }
        }
        QCOMPARE(total, 2 * edges.size());
    }

    void refusesDamagedFiles() {
        QString m;
        // Truncated JSON.
        m = loadText("truncated.json", m_realText.substr(0, m_realText.size() / 2));
        QVERIFY2(m.contains("not valid JSON"), qPrintable(m));
        // Empty file.
        m = loadText("empty.json", "");
        QVERIFY2(m.contains("not valid JSON"), qPrintable(m));
        // Not an object / wrong format tag / wrong version.
        m = loadText("array.json", "[1,2,3]");
        QVERIFY2(m.contains("not a JSON object"), qPrintable(m));
        m = loadModified("format.json", [](json& d) { d["format"] = "something-else"; });
        QVERIFY2(m.contains("not a Likeness face topology"), qPrintable(m));
        m = loadModified("version.json", [](json& d) { d["version"] = 2; });
        QVERIFY2(m.contains("version 2"), qPrintable(m));
        // Index out of range (triangle, region).
        m = loadModified("index.json", [](json& d) { d["triangles"][5][1] = 468; });
        QVERIFY2(m.contains("triangles[5][1] = 468 is out of range"), qPrintable(m));
        m = loadModified("negative.json", [](json& d) { d["triangles"][0][0] = -1; });
        QVERIFY2(m.contains("out of range"), qPrintable(m));
        m = loadModified("region.json", [](json& d) { d["regions"]["silhouette"][0] = 478; });
        QVERIFY2(m.contains("regions.silhouette[0] = 478 is out of range"), qPrintable(m));
        // Wrong counts.
        m = loadModified("uvcount.json", [](json& d) { d["uv"].erase(d["uv"].size() - 1); });
        QVERIFY2(m.contains("\"uv\" has 467 entries, expected 468"), qPrintable(m));
        m = loadModified("tricount.json", [](json& d) { d["triangles"].push_back({0, 1, 2}); });
        QVERIFY2(m.contains("\"triangles\" has 881 entries, expected 880"), qPrintable(m));
        m = loadModified("tri2.json", [](json& d) { d["triangles"][3] = json::array({1, 2}); });
        QVERIFY2(m.contains("triangles[3] has 2 entries"), qPrintable(m));
        // Wrong types and values.
        m = loadModified("uvtype.json", [](json& d) { d["uv"][7][0] = "0.5"; });
        QVERIFY2(m.contains("uv[7][0] is not a number"), qPrintable(m));
        m = loadModified("uvrange.json", [](json& d) { d["uv"][7][1] = 3.0; });
        QVERIFY2(m.contains("outside [0, 1]"), qPrintable(m));
        m = loadModified("float_index.json", [](json& d) { d["triangles"][0][0] = 1.5; });
        QVERIFY2(m.contains("not an integer index"), qPrintable(m));
        // Degenerate and duplicated triangles.
        m = loadModified("degenerate.json", [](json& d) { d["triangles"][9][2] = d["triangles"][9][0]; });
        QVERIFY2(m.contains("triangles[9] is degenerate"), qPrintable(m));
        m = loadModified("duplicate.json", [](json& d) { d["triangles"][1] = d["triangles"][0]; });
        QVERIFY2(m.contains("appears twice"), qPrintable(m));
        // Missing pieces.
        m = loadModified("nouv.json", [](json& d) { d.erase("uv"); });
        QVERIFY2(m.contains("\"uv\" is missing"), qPrintable(m));
        m = loadModified("noregion.json", [](json& d) { d["regions"].erase("lipsUpperOuter"); });
        QVERIFY2(m.contains("region \"lipsUpperOuter\" is missing"), qPrintable(m));
        // A UV layout that is no longer symmetric.
        m = loadModified("asym.json", [](json& d) { d["uv"][33][0] = 0.02; });
        QVERIFY2(m.contains("symmetric") || m.contains("one-to-one"), qPrintable(m));
        // Missing file.
        const std::string missing = m_scratch + "/nope/face_topology.json";
        try {
            FaceTopology::loadFile(missing);
            QFAIL("a missing file loaded");
        } catch (const AssetError& e) {
            const QString message = e.what();
            QVERIFY2(message.contains("is missing (expected at " + QString::fromStdString(missing)),
                     qPrintable(message));
            QVERIFY2(message.contains("scripts/fetch_assets.sh"), qPrintable(message));
        }
        // The unmodified text round-trips.
        QVERIFY(loadModified("same.json", [](json&) {}).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestFaceTopology)
#include "test_face_topology.moc"
