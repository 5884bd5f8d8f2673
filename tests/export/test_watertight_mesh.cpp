// Watertight export: the closed, manifold, outward-oriented solid made by
// marching cubes from the open grid "face", checked with this file's own edge
// counting, volume and point-to-triangle distances (independent of the code
// under test and of Open3D).
#include <QtTest>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <utility>
#include <vector>

#include "common/cancel_token.h"
#include "common/error.h"
#include "export/surface_closing.h"
#include "export/watertight_mesh.h"
#include "export_test_assets.h"

using namespace likeness;

namespace {

const float kSize = 100;   // the grid asset is 100 mm across, centred on the origin

struct EdgeCount {
    int edges = 0, boundary = 0, nonManifold = 0, sameDirection = 0;
};

EdgeCount countEdges(const ExportMesh& m) {
    std::vector<std::pair<std::pair<int, int>, int>> uses;   // (min, max), +1 if used min -> max
    for (size_t t = 0; t < m.triangles.size(); t += 3)
        for (int k = 0; k < 3; ++k) {
            const int a = m.triangles[t + size_t(k)], b = m.triangles[t + size_t((k + 1) % 3)];
            uses.push_back({{std::min(a, b), std::max(a, b)}, a < b ? 1 : -1});
        }
    std::sort(uses.begin(), uses.end());
    EdgeCount c;
    for (size_t i = 0; i < uses.size();) {
        size_t j = i;
        int net = 0;
        while (j < uses.size() && uses[j].first == uses[i].first) net += uses[j++].second;
        ++c.edges;
        if (j - i == 1) ++c.boundary;
        if (j - i > 2) ++c.nonManifold;
        if (j - i == 2 && net != 0) ++c.sameDirection;
        i = j;
    }
    return c;
}

std::array<double, 3> vertex(const ExportMesh& m, int i) {
    return {m.positions[3 * size_t(i)], m.positions[3 * size_t(i) + 1], m.positions[3 * size_t(i) + 2]};
}

double signedVolume(const ExportMesh& m) {
    double six = 0;
    for (size_t t = 0; t < m.triangles.size(); t += 3) {
        const auto a = vertex(m, m.triangles[t]), b = vertex(m, m.triangles[t + 1]), c = vertex(m, m.triangles[t + 2]);
        six += a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0]) + a[2] * (b[0] * c[1] - b[1] * c[0]);
    }
    return six / 6;
}

/// Closest-point distance from p to triangle (a, b, c) (Ericson, Real-Time Collision Detection 5.1.5).
double pointTriangleDistance(const std::array<double, 3>& p, const std::array<double, 3>& a,
                             const std::array<double, 3>& b, const std::array<double, 3>& c) {
    auto sub = [](const std::array<double, 3>& x, const std::array<double, 3>& y) {
        return std::array<double, 3>{x[0] - y[0], x[1] - y[1], x[2] - y[2]};
    };
    auto dot = [](const std::array<double, 3>& x, const std::array<double, 3>& y) {
        return x[0] * y[0] + x[1] * y[1] + x[2] * y[2];
    };
    auto at = [&](double v, double w) {   // a + v (b - a) + w (c - a)
        std::array<double, 3> q{};
        for (int k = 0; k < 3; ++k) q[size_t(k)] = a[size_t(k)] + v * (b[size_t(k)] - a[size_t(k)]) + w * (c[size_t(k)] - a[size_t(k)]);
        const auto d = sub(p, q);
        return std::sqrt(dot(d, d));
    };
    const auto ab = sub(b, a), ac = sub(c, a), ap = sub(p, a);
    const double d1 = dot(ab, ap), d2 = dot(ac, ap);
    if (d1 <= 0 && d2 <= 0) return at(0, 0);
    const auto bp = sub(p, b);
    const double d3 = dot(ab, bp), d4 = dot(ac, bp);
    if (d3 >= 0 && d4 <= d3) return at(1, 0);
    const double vc = d1 * d4 - d3 * d2;
    if (vc <= 0 && d1 >= 0 && d3 <= 0) return at(d1 / (d1 - d3), 0);
    const auto cp = sub(p, c);
    const double d5 = dot(ab, cp), d6 = dot(ac, cp);
    if (d6 >= 0 && d5 <= d6) return at(0, 1);
    const double vb = d5 * d2 - d1 * d6;
    if (vb <= 0 && d2 >= 0 && d6 <= 0) return at(0, d2 / (d2 - d6));
    const double va = d3 * d6 - d5 * d4;
    if (va <= 0 && (d4 - d3) >= 0 && (d5 - d6) >= 0) {
        const double w = (d4 - d3) / ((d4 - d3) + (d5 - d6));
        return at(1 - w, w);
    }
    const double den = 1 / (va + vb + vc);
    return at(vb * den, vc * den);
}

/// Distance from p to the grid source (n x n cells), searching the cells near p.
double distanceToGrid(const ExportMesh& source, int n, const std::array<double, 3>& p) {
    const int ci = static_cast<int>(std::floor((p[0] / kSize + 0.5) * n));
    const int cj = static_cast<int>(std::floor((0.5 - p[1] / kSize) * n));
    double best = std::numeric_limits<double>::infinity();
    for (size_t t = 0; t < source.triangles.size(); t += 3) {
        const auto a = vertex(source, source.triangles[t]);
        const int ti = static_cast<int>(std::floor((a[0] / kSize + 0.5) * n + 1e-3));
        const int tj = static_cast<int>(std::floor((0.5 - a[1] / kSize) * n + 1e-3));
        if (std::abs(ti - ci) > 2 || std::abs(tj - cj) > 2) continue;
        best = std::min(best, pointTriangleDistance(p, a, vertex(source, source.triangles[t + 1]),
                                                    vertex(source, source.triangles[t + 2])));
    }
    return best;
}

/// The grid asset's surface without the triangles of cells [i0, i1) x [j0, j1) (a mouth).
ExportMesh gridWithHole(int n, int i0, int i1, int j0, int j1) {
    ExportMesh m = test::makeGridAsset(n, 0).mesh;
    std::vector<int> kept;
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            if (i >= i0 && i < i1 && j >= j0 && j < j1) continue;
            const size_t t = 6 * size_t(j * n + i);
            kept.insert(kept.end(), m.triangles.begin() + long(t), m.triangles.begin() + long(t + 6));
        }
    m.triangles = kept;
    return m;
}

struct FrontCheck {
    int vertices = 0;
    double meanDistance = 0, maxDistance = 0, maxColorError = 0, maxUvError = 0;
    int inwardNormals = 0;
};

/// The output's front vertices (away from the rim, the back and any hole) compared
/// with the source: distance, colour and UV (the grid's colours and UVs are linear
/// in x and y, so barycentric interpolation reproduces them exactly).
FrontCheck checkFront(const ExportMesh& out, const ExportMesh& source, int n, double margin,
                      std::array<double, 4> holeXy = {0, 0, 0, 0}) {
    FrontCheck f;
    double sum = 0;
    for (int i = 0; i < out.vertexCount(); ++i) {
        const auto p = vertex(out, i);
        if (std::abs(p[0]) > kSize / 2 - margin || std::abs(p[1]) > kSize / 2 - margin || p[2] < -5) continue;
        if (p[0] > holeXy[0] - margin && p[0] < holeXy[1] + margin && p[1] > holeXy[2] - margin &&
            p[1] < holeXy[3] + margin)
            continue;
        ++f.vertices;
        const double d = distanceToGrid(source, n, p);
        sum += d;
        f.maxDistance = std::max(f.maxDistance, d);
        const double u = p[0] / kSize + 0.5, v = 0.5 - p[1] / kSize;
        const double expected[3] = {0.6 * u + 0.2, 0.4, 0.6 * v + 0.2};
        for (int k = 0; k < 3; ++k)
            f.maxColorError = std::max(f.maxColorError, std::abs(out.colors[3 * size_t(i) + size_t(k)] - expected[k]));
        f.maxUvError = std::max({f.maxUvError, std::abs(out.uvs[2 * size_t(i)] - u), std::abs(out.uvs[2 * size_t(i) + 1] - v)});
        if (out.normals[3 * size_t(i) + 2] <= 0) ++f.inwardNormals;
    }
    f.meanDistance = f.vertices ? sum / f.vertices : 0;
    return f;
}

} // namespace

class TestWatertightMesh : public QObject {
    Q_OBJECT

    /// Closed, manifold, consistently oriented, outward, genus 0 (unless told
    /// otherwise), and the stats agree.
    static void verifySolid(const ExportMesh& out, const WatertightStats& s, bool genusZero = true) {
        QVERIFY(out.vertexCount() > 100);
        QCOMPARE(out.normals.size(), out.positions.size());
        QVERIFY(out.morphTargets.empty());
        for (int i : out.triangles) QVERIFY(i >= 0 && i < out.vertexCount());
        for (size_t i = 0; i < out.normals.size(); i += 3) {
            const double len = std::sqrt(out.normals[i] * out.normals[i] + out.normals[i + 1] * out.normals[i + 1] +
                                         out.normals[i + 2] * out.normals[i + 2]);
            QVERIFY2(std::abs(len - 1) < 1e-3, "normals must be unit length");
        }
        const EdgeCount e = countEdges(out);
        QCOMPARE(e.boundary, 0);
        QCOMPARE(e.nonManifold, 0);
        QCOMPARE(e.sameDirection, 0);
        if (genusZero) QCOMPARE(out.vertexCount() - e.edges + out.triangleCount(), 2);
        QCOMPARE(s.eulerCharacteristic, out.vertexCount() - e.edges + out.triangleCount());
        QVERIFY(signedVolume(out) > 0);
        QVERIFY(s.watertight);
        QVERIFY(s.orientable);
        QCOMPARE(s.boundaryEdges, 0);
        QCOMPARE(s.nonManifoldEdges, 0);
        QCOMPARE(s.vertices, out.vertexCount());
        QCOMPARE(s.triangles, out.triangleCount());
        QVERIFY(std::abs(s.volumeMm3 - signedVolume(out)) < 1e-3 * signedVolume(out));
    }

    // The grid's solid: 25 mm slab behind z = 0 plus the bulge 20 cos cos.
    static double expectedVolume() {
        const double pi = 3.14159265358979;
        return kSize * kSize * 25 + 20 * (kSize * 2 / pi) * (kSize * 2 / pi);
    }

private Q_SLOTS:
    void closesGridSurface() {
        const ExportMesh source = test::makeGridAsset(32, 0).mesh;
        WatertightOptions o;
        o.resolution = 96;
        WatertightStats s;
        const ExportMesh out = makeWatertightMesh(source, o, &s);
        verifySolid(out, s);
        qInfo("%s", formatWatertightStats(s).c_str());
        QCOMPARE(s.boundaryLoops, 1);
        QVERIFY(std::abs(s.voxelMm - kSize / 96) < 1e-6);
        QVERIFY2(std::abs(s.volumeMm3 - expectedVolume()) < 0.01 * expectedVolume(), qPrintable(QString::number(s.volumeMm3)));

        // Bounds: the grid's footprint, the bulge's top, the back plane 25 mm behind z = 0.
        float lo[3] = {1e9f, 1e9f, 1e9f}, hi[3] = {-1e9f, -1e9f, -1e9f};
        for (size_t i = 0; i < out.positions.size(); ++i)
            lo[i % 3] = std::min(lo[i % 3], out.positions[i]), hi[i % 3] = std::max(hi[i % 3], out.positions[i]);
        const double h = s.voxelMm;
        QVERIFY(std::abs(lo[0] + 50) < h && std::abs(hi[0] - 50) < h);
        QVERIFY(std::abs(lo[1] + 50) < h && std::abs(hi[1] - 50) < h);
        QVERIFY(std::abs(hi[2] - 20) < h);
        QVERIFY2(std::abs(lo[2] + 25) < 1e-3, "the back is flat, exactly at the back plane");

        const FrontCheck f = checkFront(out, source, 32, 2 * h);
        QVERIFY(f.vertices > 1000);
        QVERIFY2(f.meanDistance < 0.1 * h, qPrintable(QString::number(f.meanDistance)));
        QVERIFY2(f.maxDistance < 0.5 * h, qPrintable(QString::number(f.maxDistance)));
        QVERIFY(s.meanDistanceMm < 0.2 * h);
        // The other way round: every source vertex lies on the solid (the grid lost nothing).
        QVERIFY2(s.sourceMeanDistanceMm < 0.2 * h, qPrintable(QString::number(s.sourceMeanDistanceMm)));
        QVERIFY2(s.sourceMaxDistanceMm < h, qPrintable(QString::number(s.sourceMaxDistanceMm)));
        QVERIFY2(f.maxColorError < 0.01, qPrintable(QString::number(f.maxColorError)));
        QVERIFY2(f.maxUvError < 0.01, qPrintable(QString::number(f.maxUvError)));
        QCOMPARE(f.inwardNormals, 0);

        // The back cap is neutral grey, the walls take the rim's colour.
        for (int i = 0; i < out.vertexCount(); ++i) {
            const auto p = vertex(out, i);
            if (p[2] < -25 + 1e-3 && std::abs(p[0]) < 45 && std::abs(p[1]) < 45) {
                QVERIFY(std::abs(out.colors[3 * size_t(i)] - kBackCapGrey) < 1e-4);
                QVERIFY(out.normals[3 * size_t(i) + 2] < -0.99f);
            }
            if (p[0] > 50 - 1e-3 && p[2] < -3 && p[2] > -22 && std::abs(p[1]) < 45) {
                const double v = 0.5 - p[1] / kSize;   // the right rim: u = 1
                QVERIFY(std::abs(out.colors[3 * size_t(i)] - 0.8) < 0.01);
                QVERIFY(std::abs(out.colors[3 * size_t(i) + 2] - (0.6 * v + 0.2)) < 0.02);
                QVERIFY(out.normals[3 * size_t(i)] > 0.99f);
            }
        }
    }

    void fillsMouthHole() {
        const int n = 32;
        const ExportMesh source = gridWithHole(n, 13, 19, 19, 22);   // 6 x 3 cells below the middle
        WatertightOptions o;
        o.resolution = 128;
        WatertightStats s;
        const ExportMesh out = makeWatertightMesh(source, o, &s);
        verifySolid(out, s);
        QCOMPARE(s.boundaryLoops, 2);
        // The hole's footprint (x, y ranges of the removed cells).
        const double x0 = (13.0 / n - 0.5) * kSize, x1 = (19.0 / n - 0.5) * kSize;
        const double y0 = (0.5 - 22.0 / n) * kSize, y1 = (0.5 - 19.0 / n) * kSize;
        const double h = s.voxelMm;
        const FrontCheck f = checkFront(out, source, n, 2 * h, {x0, x1, y0, y1});
        QVERIFY(f.vertices > 1000);
        QVERIFY2(f.meanDistance < 0.1 * h, qPrintable(QString::number(f.meanDistance)));
        QVERIFY2(f.maxColorError < 0.01, qPrintable(QString::number(f.maxColorError)));
        // The fill closes the mouth near its rim's height (no pit) with the rim's colours.
        int inHole = 0;
        for (int i = 0; i < out.vertexCount(); ++i) {
            const auto p = vertex(out, i);
            if (p[0] < x0 + 2 * h || p[0] > x1 - 2 * h || p[1] < y0 + 2 * h || p[1] > y1 - 2 * h || p[2] < 0) continue;
            ++inHole;
            QVERIFY(p[2] > 8 && p[2] < 20);
            QVERIFY(out.colors[3 * size_t(i)] > 0.6 * 13 / n + 0.2 - 0.01 && out.colors[3 * size_t(i)] < 0.6 * 19 / n + 0.2 + 0.01);
        }
        QVERIFY(inHole > 20);
    }

    void weldsSeams() {
        // Split the grid along its middle column (a UV seam): still one boundary loop.
        const int n = 16;
        ExportMesh m = test::makeGridAsset(n, 0).mesh;
        const int v = m.vertexCount(), mid = n / 2;
        std::vector<int> twin(size_t(v), -1);
        for (int j = 0; j <= n; ++j) {
            const int i = j * (n + 1) + mid;
            twin[size_t(i)] = m.vertexCount();
            m.positions.insert(m.positions.end(), m.positions.begin() + 3 * i, m.positions.begin() + 3 * i + 3);
            m.normals.insert(m.normals.end(), m.normals.begin() + 3 * i, m.normals.begin() + 3 * i + 3);
            m.uvs.insert(m.uvs.end(), m.uvs.begin() + 2 * i, m.uvs.begin() + 2 * i + 2);
            m.colors.insert(m.colors.end(), m.colors.begin() + 3 * i, m.colors.begin() + 3 * i + 3);
        }
        m.tangents.clear();
        for (int j = 0; j < n; ++j)
            for (int i = mid; i < n; ++i)
                for (size_t k = 0; k < 6; ++k) {
                    int& t = m.triangles[6 * size_t(j * n + i) + k];
                    if (twin[size_t(t)] >= 0) t = twin[size_t(t)];
                }
        WatertightOptions o;
        o.resolution = 64;
        WatertightStats s;
        const ExportMesh out = makeWatertightMesh(m, o, &s);
        verifySolid(out, s);
        QCOMPARE(s.boundaryLoops, 1);
    }

    void toleratesSelfIntersectingLips() {
        // Lips pressed into each other: the mouth's upper rim pulled down and the
        // lower rim pulled up past each other, both lifted 1 mm, so the two lip
        // flaps cut through each other (as fitted faces often do at the mouth).
        const int n = 32;
        ExportMesh m = gridWithHole(n, 13, 19, 19, 22);
        const float cell = kSize / n;
        for (int i = 14; i <= 18; ++i) {
            float* upper = &m.positions[3 * size_t(19 * (n + 1) + i)];
            float* lower = &m.positions[3 * size_t(22 * (n + 1) + i)];
            upper[1] -= 2.5f * cell, upper[2] += 1;
            lower[1] += 2.5f * cell, lower[2] += 1;
        }
        WatertightOptions o;
        o.resolution = 96;
        WatertightStats s;
        const ExportMesh out = makeWatertightMesh(m, o, &s);
        verifySolid(out, s);
        QVERIFY(std::abs(s.volumeMm3 - expectedVolume()) < 0.01 * expectedVolume());
    }

    void handlesClockwiseSurfaces() {
        // The grid wound the other way round (inside out): the same outward solid.
        ExportMesh m = test::makeGridAsset(16, 0).mesh;
        for (size_t t = 0; t < m.triangles.size(); t += 3) std::swap(m.triangles[t + 1], m.triangles[t + 2]);
        WatertightOptions o;
        o.resolution = 64;
        WatertightStats s;
        const ExportMesh out = makeWatertightMesh(m, o, &s);
        verifySolid(out, s);
        QVERIFY(std::abs(s.volumeMm3 - expectedVolume()) < 0.01 * expectedVolume());
    }

    void handlesOverhangs() {
        // A fold: one row of the grid pulled back over its neighbours and up, so
        // that vertical lines cross the surface three times there. Where the fold
        // tapers off its air gap gets thinner than a voxel, which may leave a
        // handle there: the genus is not checked.
        const int n = 16;
        ExportMesh m = test::makeGridAsset(n, 0).mesh;
        for (int i = 0; i <= n; ++i) {
            float* v = &m.positions[3 * size_t(8 * (n + 1) + i)];
            const float taper = std::sin(3.14159f * static_cast<float>(i) / n);
            v[1] += 2 * kSize / n * taper;
            v[2] += 8 * taper;
        }
        WatertightOptions o;
        o.resolution = 80;
        WatertightStats s;
        const ExportMesh out = makeWatertightMesh(m, o, &s);
        verifySolid(out, s, false);
        QVERIFY(s.meanDistanceMm < 0.1 * s.voxelMm);
        // Under the fold, the air wedge is kept: a vertical line through the middle
        // of the fold crosses the surface three times above the back.
        int crossings = 0;
        const double x = 0.3, y = kSize / 2 - 6.5 * kSize / n;   // between rows 6 and 7, in the middle
        for (size_t t = 0; t < out.triangles.size(); t += 3) {
            const auto a = vertex(out, out.triangles[t]), b = vertex(out, out.triangles[t + 1]), c = vertex(out, out.triangles[t + 2]);
            auto side = [&](const std::array<double, 3>& p, const std::array<double, 3>& q) {
                return (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
            };
            const double s1 = side(a, b), s2 = side(b, c), s3 = side(c, a);
            if ((s1 > 0 && s2 > 0 && s3 > 0) || (s1 < 0 && s2 < 0 && s3 < 0)) ++crossings;
        }
        QCOMPARE(crossings, 4);   // three on the front, one on the back
    }

    void decimatesToTarget() {
        const ExportMesh source = gridWithHole(32, 13, 19, 19, 22);
        WatertightOptions o;
        o.resolution = 128;
        WatertightStats full;
        (void)makeWatertightMesh(source, o, &full);
        o.targetTriangles = 4000;
        WatertightStats s;
        const ExportMesh out = makeWatertightMesh(source, o, &s);
        qInfo("%s", formatWatertightStats(s).c_str());
        verifySolid(out, s);
        QVERIFY(s.decimated);
        QVERIFY2(std::abs(out.triangleCount() - 4000) <= 800, qPrintable(QString::number(out.triangleCount())));
        QVERIFY(std::abs(s.volumeMm3 - full.volumeMm3) < 0.01 * full.volumeMm3);
        QCOMPARE(out.colors.size(), out.positions.size());
        QCOMPARE(out.uvs.size() / 2, out.positions.size() / 3);
        // Still on the source (within a voxel) with its colours, away from the mouth.
        const int n = 32;
        const double x0 = (13.0 / n - 0.5) * kSize, x1 = (19.0 / n - 0.5) * kSize;
        const double y0 = (0.5 - 22.0 / n) * kSize, y1 = (0.5 - 19.0 / n) * kSize;
        const FrontCheck f = checkFront(out, source, n, 3 * s.voxelMm, {x0, x1, y0, y1});
        QVERIFY(f.vertices > 200);
        QVERIFY2(f.meanDistance < s.voxelMm, qPrintable(QString::number(f.meanDistance)));
        QVERIFY2(f.maxColorError < 0.02, qPrintable(QString::number(f.maxColorError)));
        QCOMPARE(f.inwardNormals, 0);
    }

    void defaultResolution() {
        const ExportMesh source = test::makeGridAsset(96, 0).mesh;
        WatertightStats s;
        const ExportMesh out = makeWatertightMesh(source, WatertightOptions{}, &s);
        qInfo("%s", formatWatertightStats(s).c_str());
        verifySolid(out, s);
        QCOMPARE(s.resolution, 250);
        QVERIFY(std::abs(s.voxelMm - kSize / 250) < 1e-6);
        QVERIFY2(s.meanDistanceMm < 0.1 * s.voxelMm, qPrintable(QString::number(s.meanDistanceMm)));
        QVERIFY(std::abs(s.volumeMm3 - expectedVolume()) < 0.005 * expectedVolume());
    }

    void triangulatesPolygons() {
        // A square with collinear points on its sides, and an L shape, both windings.
        const std::vector<double> square = {0, 0, 1, 0, 2, 0, 2, 1, 2, 2, 1, 2, 0, 2, 0, 1};
        const std::vector<double> ell = {0, 0, 3, 0, 3, 1, 1, 1, 1, 3, 0, 3};
        for (const auto& [poly, area] : {std::make_pair(square, 4.0), std::make_pair(ell, 5.0)})
            for (int reversed = 0; reversed < 2; ++reversed) {
                std::vector<double> xy = poly;
                if (reversed)
                    for (size_t i = 0, j = xy.size() - 2; i < j; i += 2, j -= 2) std::swap(xy[i], xy[j]), std::swap(xy[i + 1], xy[j + 1]);
                bool forced = true;
                const std::vector<int> tri = triangulatePolygon(xy, &forced);
                QVERIFY(!forced);
                QCOMPARE(tri.size(), 3 * (xy.size() / 2 - 2));
                double sum = 0;
                for (size_t t = 0; t < tri.size(); t += 3) {
                    const double* a = &xy[2 * size_t(tri[t])];
                    const double* b = &xy[2 * size_t(tri[t + 1])];
                    const double* c = &xy[2 * size_t(tri[t + 2])];
                    const double signedArea = 0.5 * ((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
                    QVERIFY(reversed ? signedArea <= 1e-12 : signedArea >= -1e-12);   // the polygon's own winding
                    sum += std::abs(signedArea);
                }
                QVERIFY(std::abs(sum - area) < 1e-9);
            }
    }

    void findsLoops() {
        const ExportMesh m = gridWithHole(8, 3, 5, 3, 5);
        const std::vector<BoundaryLoop> loops = findBoundaryLoops(m.positions, m.triangles);
        QCOMPARE(loops.size(), size_t(2));
        QCOMPARE(loops[0].vertices.size(), size_t(32));   // the rim: 4 x 8 edges
        QCOMPARE(loops[1].vertices.size(), size_t(8));    // the hole: 2 x 2 cells
        QVERIFY(loops[0].lengthMm > 399 && loops[0].lengthMm < 401);
    }

    void refusesBadOptions() {
        const ExportMesh source = test::makeGridAsset(8, 0).mesh;
        auto refused = [&](WatertightOptions o, const char* fragment) {
            try {
                (void)makeWatertightMesh(source, o);
            } catch (const OptionsError& e) {
                QVERIFY2(std::string(e.what()).find(fragment) != std::string::npos, e.what());
                return;
            }
            QFAIL(qPrintable(QString("accepted bad options: ") + fragment));
        };
        WatertightOptions o;
        o.resolution = 16;
        refused(o, "resolution");
        o.resolution = 2000;
        refused(o, "resolution");
        o = WatertightOptions{};
        o.backDepthMm = 0;
        refused(o, "back depth");
        o.backDepthMm = std::nan("");
        refused(o, "back depth");
        o = WatertightOptions{};
        o.targetTriangles = -1;
        refused(o, "target triangle");
        o.targetTriangles = 50;
        refused(o, "target triangle");
    }

    void refusesBadSurfaces() {
        auto refused = [&](const ExportMesh& m, const char* fragment) {
            WatertightOptions o;
            o.resolution = 32;
            try {
                (void)makeWatertightMesh(m, o);
            } catch (const InputError& e) {
                QVERIFY2(std::string(e.what()).find(fragment) != std::string::npos, e.what());
                return;
            }
            QFAIL(qPrintable(QString("accepted a surface with ") + fragment));
        };
        ExportMesh m = test::makeGridAsset(8, 0).mesh;
        m.triangles.clear();
        refused(m, "no triangles");
        m = test::makeGridAsset(8, 0).mesh;
        m.positions[4] = std::nanf("");
        refused(m, "not finite");
        m = test::makeGridAsset(8, 0).mesh;
        m.triangles[2] = 1000;
        refused(m, "vertex 1000");
        // A closed tetrahedron: nothing to close.
        ExportMesh tet;
        tet.positions = {0, 0, 0, 10, 0, 0, 0, 10, 0, 0, 0, 10};
        tet.triangles = {0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3};
        refused(tet, "no boundary");
    }

    void cancels() {
        const ExportMesh source = test::makeGridAsset(16, 0).mesh;
        CancelToken token;
        token.cancel();
        WatertightOptions o;
        o.resolution = 64;
        QVERIFY_THROWS_EXCEPTION(CancelledError, makeWatertightMesh(source, o, nullptr, &token));
    }

    // Timing for the benchmark notes: LIKENESS_WATERTIGHT_BENCH=250 (or 400, ...)
    // times the grid asset at n = 96 (a ~9k-vertex surface), or the OBJ file named
    // by LIKENESS_WATERTIGHT_BENCH_OBJ (v and f lines only, e.g. a fit's neutral.obj);
    // LIKENESS_WATERTIGHT_BENCH_TARGET adds decimation.
    void timingOnGrid96() {
        const QByteArray res = qgetenv("LIKENESS_WATERTIGHT_BENCH");
        if (res.isEmpty()) QSKIP("set LIKENESS_WATERTIGHT_BENCH=<resolution> to time the grid asset at n = 96");
        WatertightOptions o;
        o.resolution = res.toInt();
        o.targetTriangles = qEnvironmentVariableIntValue("LIKENESS_WATERTIGHT_BENCH_TARGET");
        ExportMesh source = test::makeGridAsset(96, 0).mesh;
        const QString obj = qEnvironmentVariable("LIKENESS_WATERTIGHT_BENCH_OBJ");
        if (!obj.isEmpty()) {
            QFile file(obj);
            QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(obj));
            source = ExportMesh{};
            while (!file.atEnd()) {
                const QList<QByteArray> w = file.readLine().simplified().split(' ');
                if (w[0] == "v" && w.size() >= 4)
                    for (int k = 1; k <= 3; ++k) source.positions.push_back(w[k].toFloat());
                if (w[0] == "f" && w.size() >= 4)
                    for (int k = 1; k <= 3; ++k) source.triangles.push_back(w[k].split('/')[0].toInt() - 1);
            }
        }
        WatertightStats stats;
        const auto t0 = std::chrono::steady_clock::now();
        (void)makeWatertightMesh(source, o, &stats);
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        qInfo("source %d vertices; %.0f ms; %s", source.vertexCount(), ms, formatWatertightStats(stats).c_str());
        QVERIFY(stats.watertight);
    }
};

QTEST_APPLESS_MAIN(TestWatertightMesh)
#include "test_watertight_mesh.moc"
