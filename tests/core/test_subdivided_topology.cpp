// Loop subdivision of the FaceMesh topology: vertex/triangle counts per level, a
// consistent manifold result, the interpolating operator keeps the 468 base
// points, planar meshes stay planar, plain Loop reproduces a regular planar grid,
// UVs, partition of unity, gradients and dtypes of fromBase().
#include <QtTest>

#include <cmath>
#include <map>
#include <set>

#include <ATen/ATen.h>

#include "common/error.h"
#include "demo_face.h"
#include "model/face_model.h"
#include "model/loop_subdivision.h"
#include "topology/face_topology.h"

using namespace likeness;

namespace {

// V, E, F of a triangle list.
std::array<int64_t, 3> counts(const at::Tensor& triangles, int64_t vertices) {
    std::set<std::pair<int64_t, int64_t>> edges;
    const at::Tensor t = triangles.contiguous();
    const int64_t* p = t.data_ptr<int64_t>();
    for (int64_t f = 0; f < t.size(0); ++f)
        for (int k = 0; k < 3; ++k) {
            const int64_t a = p[3 * f + k], b = p[3 * f + (k + 1) % 3];
            edges.insert({std::min(a, b), std::max(a, b)});
        }
    return {vertices, int64_t(edges.size()), t.size(0)};
}

at::Tensor uvPlane(const FaceTopology& topo) {
    at::Tensor p = at::zeros({468, 3}, at::kDouble);
    for (int i = 0; i < 468; ++i) {
        p[i][0] = 100.0 * topo.uvs()[std::size_t(i)][0];
        p[i][1] = -100.0 * topo.uvs()[std::size_t(i)][1];
    }
    return p;
}

} // namespace

class TestSubdividedTopology : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countsPerLevel() {
        const FaceTopology& topo = test::topology();
        int64_t v = 468, e = int64_t(topo.edges().size()), f = 880;
        for (int level = 0; level <= 3; ++level) {
            const SubdividedTopology s(topo, level);
            QCOMPARE(s.level(), level);
            QCOMPARE(int64_t(s.vertexCount()), v);
            QCOMPARE(s.triangles().size(0), f);
            QCOMPARE(s.uvs().size(0), v);
            const auto c = counts(s.triangles(), s.vertexCount());
            QCOMPARE(c[1], e);
            qInfo("level %d: %lld vertices, %lld triangles", level, (long long)v, (long long)f);
            // Loop: every edge gains a vertex, splits in two, each triangle adds three inner edges.
            v += e;
            e = 2 * e + 3 * f;
            f *= 4;
        }
        // The documented sizes (face_model.h).
        QCOMPARE(SubdividedTopology(topo, 1).vertexCount(), 1816);
        QCOMPARE(SubdividedTopology(topo, 2).vertexCount(), 7152);
        QCOMPARE(SubdividedTopology(topo, 3).vertexCount(), 28384);
    }

    void manifoldAndWound() {
        const SubdividedTopology s(test::topology(), 2);
        const at::Tensor t = s.triangles().contiguous();
        const int64_t* p = t.data_ptr<int64_t>();
        std::set<std::pair<int64_t, int64_t>> directed;
        std::set<int64_t> used;
        for (int64_t f = 0; f < t.size(0); ++f)
            for (int k = 0; k < 3; ++k) {
                const int64_t a = p[3 * f + k], b = p[3 * f + (k + 1) % 3];
                QVERIFY(a >= 0 && a < s.vertexCount());
                QVERIFY2(directed.insert({a, b}).second, "an edge is used twice in the same direction");
                used.insert(a);
            }
        QCOMPARE(int64_t(used.size()), int64_t(s.vertexCount()));
        // Boundary edges (used once): still two closed loops (outline and mouth), 4x as many.
        int boundary = 0;
        for (const auto& [a, b] : directed)
            if (!directed.count({b, a}))
                ++boundary;
        QCOMPARE(boundary, int(test::topology().boundaryEdges().size()) * 4);
    }

    void baseVerticesKeepIdentity() {
        const FaceTopology& topo = test::topology();
        const at::Tensor neutral = test::demoNeutral().to(at::kDouble);
        for (int level = 0; level <= 3; ++level) {
            const SubdividedTopology s(topo, level);
            QCOMPARE(s.baseVertexIndex().numel(), int64_t(468));
            QVERIFY(at::equal(s.baseVertexIndex(), at::arange(468, at::kLong)));
            const at::Tensor fine = s.fromBase(neutral);
            const double err = (fine.index_select(0, s.baseVertexIndex()) - neutral).abs().max().item<double>();
            QVERIFY2(err < 1e-9, qPrintable(QString("level %1: base vertex moved by %2 mm").arg(level).arg(err)));
        }
        // Plain Loop approximates: base points move toward the smooth surface, but not far.
        const SubdividedTopology plain(topo, 2, SubdivisionMode::Approximating);
        QCOMPARE(plain.mode(), SubdivisionMode::Approximating);
        const double shrink = (plain.fromBase(neutral).index_select(0, plain.baseVertexIndex()) - neutral)
                                  .norm(2, 1).max().item<double>();
        qInfo("plain Loop level 2: base vertices move up to %.2f mm", shrink);
        QVERIFY(shrink > 0.01 && shrink < 8.0);
    }

    void planarMeshStaysPlanar() {
        const FaceTopology& topo = test::topology();
        const at::Tensor plane = uvPlane(topo);
        for (SubdivisionMode mode : {SubdivisionMode::Interpolating, SubdivisionMode::Approximating}) {
            const SubdividedTopology s(topo, 3, mode);
            const at::Tensor fine = s.fromBase(plane);
            QVERIFY(fine.select(1, 2).abs().max().item<double>() < 1e-12);
            if (mode == SubdivisionMode::Interpolating)
                QVERIFY((fine.index_select(0, s.baseVertexIndex()) - plane).abs().max().item<double>() < 1e-9);
        }
    }

    void plainLoopReproducesRegularGrid() {
        // A regular triangulated grid (valence 6 inside, straight boundaries): Loop's
        // stencils are symmetric there, so the interior and edge-interior base vertices
        // of a planar grid do not move, and the new vertices are the edge midpoints.
        const int n = 7;
        std::vector<std::array<int, 3>> tris;
        for (int r = 0; r + 1 < n; ++r)
            for (int c = 0; c + 1 < n; ++c) {
                const int a = r * n + c, b = a + 1, d = a + n, e = d + 1;
                tris.push_back({a, b, e});
                tris.push_back({a, e, d});
            }
        const LoopSubdivisionResult loop = loopSubdivide(n * n, tris, 1);
        const auto pos = [&](int v) { return std::array<double, 2>{double(v % n), double(v / n) + 0.0}; };
        for (int v = 0; v < n * n; ++v) {
            const int r = v / n, c = v % n;
            const bool corner = (r == 0 || r == n - 1) && (c == 0 || c == n - 1);
            if (corner)
                continue;
            double x = 0, y = 0;
            for (int64_t k = loop.fromControl.rowStart[std::size_t(v)]; k < loop.fromControl.rowStart[std::size_t(v) + 1]; ++k) {
                x += loop.fromControl.value[std::size_t(k)] * pos(loop.fromControl.col[std::size_t(k)])[0];
                y += loop.fromControl.value[std::size_t(k)] * pos(loop.fromControl.col[std::size_t(k)])[1];
            }
            QVERIFY2(std::abs(x - pos(v)[0]) < 1e-12 && std::abs(y - pos(v)[1]) < 1e-12,
                     qPrintable(QString("vertex %1 moved").arg(v)));
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, loopSubdivide(3, {{0, 1, 5}}, 1));
    }

    void uvs() {
        const FaceTopology& topo = test::topology();
        for (int level = 0; level <= 3; ++level) {
            const SubdividedTopology s(topo, level);
            const at::Tensor uv = s.uvs();
            QCOMPARE(uv.scalar_type(), at::kFloat);
            QVERIFY(uv.min().item<float>() >= 0.0f && uv.max().item<float>() <= 1.0f);
            for (int i = 0; i < 468; i += 17) {
                QVERIFY(std::abs(uv[i][0].item<float>() - topo.uvs()[std::size_t(i)][0]) < 1e-6f);
                QVERIFY(std::abs(uv[i][1].item<float>() - topo.uvs()[std::size_t(i)][1]) < 1e-6f);
            }
            // New vertices are edge midpoints: the UV of an edge vertex lies halfway
            // between two vertices of the previous level (checked on level 1).
            if (level == 1) {
                const auto& e = topo.edges()[0];   // sorted edges -> vertex 468 is the first edge's midpoint
                for (int c = 0; c < 2; ++c)
                    QVERIFY(std::abs(uv[468][c].item<float>() -
                                     0.5f * (topo.uvs()[std::size_t(e[0])][std::size_t(c)] +
                                             topo.uvs()[std::size_t(e[1])][std::size_t(c)])) < 1e-6f);
            }
        }
        // The UV layout is a valid flat parametrisation: no triangle flips at level 3.
        const SubdividedTopology s(topo, 3);
        const at::Tensor uv = s.uvs().to(at::kDouble);
        const at::Tensor t = s.triangles();
        const at::Tensor a = uv.index_select(0, t.select(1, 0)), b = uv.index_select(0, t.select(1, 1)),
                         c = uv.index_select(0, t.select(1, 2));
        const at::Tensor area = (b - a).select(1, 0) * (c - a).select(1, 1) - (b - a).select(1, 1) * (c - a).select(1, 0);
        const int64_t positive = (area > 0).sum().item<int64_t>(), negative = (area < 0).sum().item<int64_t>();
        QVERIFY2(positive == 0 || negative == 0,
                 qPrintable(QString("%1 / %2 triangles flipped in UV").arg(std::min(positive, negative)).arg(t.size(0))));
    }

    void operatorIsAffine() {
        const SubdividedTopology s(test::topology(), 3);
        const at::Tensor ones = at::ones({468, 2});
        QVERIFY((s.fromBase(ones) - 1).abs().max().item<float>() < 1e-5f);
        const at::Tensor m = s.operatorMatrix();
        QCOMPARE(m.size(0), int64_t(s.vertexCount()));
        QCOMPARE(m.size(1), int64_t(468));
        QVERIFY((m.sum(1) - 1).abs().max().item<float>() < 1e-5f);
        // Shapes: [468] -> [V], [468, a, b] -> [V, a, b].
        QCOMPARE(s.fromBase(at::ones({468})).sizes().vec(), std::vector<int64_t>{s.vertexCount()});
        QCOMPARE(s.fromBase(at::ones({468, 2, 3})).sizes().vec(), (std::vector<int64_t>{s.vertexCount(), 2, 3}));
        QVERIFY_THROWS_EXCEPTION(InputError, s.fromBase(at::ones({467, 3})));
        QVERIFY_THROWS_EXCEPTION(OptionsError, SubdividedTopology(test::topology(), 4));
        QVERIFY_THROWS_EXCEPTION(OptionsError, SubdividedTopology(test::topology(), -1));
    }

    void gradientFlows() {
        const SubdividedTopology s(test::topology(), 2);
        for (at::ScalarType type : {at::kFloat, at::kDouble}) {
            at::Tensor x = test::demoNeutral().to(type).detach().requires_grad_(true);
            const at::Tensor y = s.fromBase(x);
            QCOMPARE(y.scalar_type(), type);
            const at::Tensor weights = at::rand_like(y);
            (y * weights).sum().backward();
            QVERIFY(x.grad().defined());
            // The operator is linear: the gradient is M^T weights.
            const at::Tensor expected = at::mm(s.operatorMatrix().to(type).t(), weights.detach());
            const double err = (x.grad() - expected).abs().max().item<double>();
            QVERIFY2(err < (type == at::kFloat ? 1e-3 : 1e-5), qPrintable(QString::number(err)));
        }
        // Integer data is carried in float32.
        QCOMPARE(s.fromBase(at::ones({468, 1}, at::kLong)).scalar_type(), at::kFloat);
    }

    void onCudaWhenAvailable() {
        if (!at::hasCUDA())
            QSKIP("no CUDA device in this build");
        const SubdividedTopology s(test::topology(), 2);
        const at::Tensor x = test::demoNeutral();
        const at::Tensor gpu = s.fromBase(x.to(at::kCUDA)).cpu();
        QVERIFY((gpu - s.fromBase(x)).abs().max().item<float>() < 1e-3f);
    }

    void levelZeroIsIdentity() {
        const SubdividedTopology s(test::topology(), 0);
        const at::Tensor x = test::demoNeutral();
        QVERIFY(at::equal(s.fromBase(x), x));
        QCOMPARE(s.triangles().size(0), int64_t(880));
    }
};

QTEST_GUILESS_MAIN(TestSubdividedTopology)
#include "test_subdivided_topology.moc"
