#include <QtTest>

#include "shading.h"
#include "triangle_bvh.h"
#include "visibility_transfer.h"

#include <ATen/ATen.h>

#include <cmath>
#include <limits>
#include <random>
#include <thread>
#include <vector>

using namespace likeness::render;

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr float kInf = std::numeric_limits<float>::infinity();
const double kY00 = 0.5 / std::sqrt(kPi);          // Y_00
const double kY1 = std::sqrt(3.0 / (4.0 * kPi));   // Y_1m = kY1 * (y, z, x)

/// A small triangle mesh built up piece by piece.
struct Mesh {
    std::vector<float> v;
    std::vector<int64_t> f;
    int64_t add(float x, float y, float z) {
        v.insert(v.end(), {x, y, z});
        return int64_t(v.size() / 3 - 1);
    }
    void tri(int64_t a, int64_t b, int64_t c) { f.insert(f.end(), {a, b, c}); }
    /// Quad a, a + u, a + u + w, a + w as two triangles.
    void quad(const float a[3], const float u[3], const float w[3]) {
        const int64_t i0 = add(a[0], a[1], a[2]);
        const int64_t i1 = add(a[0] + u[0], a[1] + u[1], a[2] + u[2]);
        const int64_t i2 = add(a[0] + u[0] + w[0], a[1] + u[1] + w[1], a[2] + u[2] + w[2]);
        const int64_t i3 = add(a[0] + w[0], a[1] + w[1], a[2] + w[2]);
        tri(i0, i1, i2);
        tri(i0, i2, i3);
    }
    /// A floor square of half-width h at z = 0 as a fan around a centre vertex (index returned).
    int64_t floorFan(float h) {
        const int64_t c = add(0, 0, 0);
        const int64_t a = add(-h, -h, 0), b = add(h, -h, 0), d = add(h, h, 0), e = add(-h, h, 0);
        tri(c, a, b);
        tri(c, b, d);
        tri(c, d, e);
        tri(c, e, a);
        return c;
    }
    at::Tensor vertices() const { return at::tensor(v, at::kFloat).reshape({-1, 3}); }
    at::Tensor triangles() const { return at::tensor(f, at::kLong).reshape({-1, 3}); }
    /// Every vertex facing +z (the test only reads the floor's centre vertex).
    at::Tensor upNormals() const {
        at::Tensor n = at::zeros({int64_t(v.size() / 3), 3});
        n.select(1, 2).fill_(1.0);
        return n;
    }
};

/// Independent O(F) reference in double: Moller-Trumbore over every triangle,
/// two-sided, t in (tMin, tMax), ties to the lower index.
double bruteForce(const Mesh& m, const double o[3], const double d[3], double tMin, double tMax, int64_t& hit) {
    double best = std::numeric_limits<double>::infinity();
    hit = -1;
    for (size_t t = 0; t < m.f.size() / 3; ++t) {
        double p[3][3];
        for (int k = 0; k < 3; ++k)
            for (int a = 0; a < 3; ++a) p[k][a] = m.v[3 * m.f[3 * t + k] + a];
        const double e1[3] = {p[1][0] - p[0][0], p[1][1] - p[0][1], p[1][2] - p[0][2]};
        const double e2[3] = {p[2][0] - p[0][0], p[2][1] - p[0][1], p[2][2] - p[0][2]};
        const double q[3] = {d[1] * e2[2] - d[2] * e2[1], d[2] * e2[0] - d[0] * e2[2], d[0] * e2[1] - d[1] * e2[0]};
        const double det = e1[0] * q[0] + e1[1] * q[1] + e1[2] * q[2];
        if (std::abs(det) < 1e-14) continue;
        const double s[3] = {o[0] - p[0][0], o[1] - p[0][1], o[2] - p[0][2]};
        const double u = (s[0] * q[0] + s[1] * q[1] + s[2] * q[2]) / det;
        if (u < 0 || u > 1) continue;
        const double r[3] = {s[1] * e1[2] - s[2] * e1[1], s[2] * e1[0] - s[0] * e1[2], s[0] * e1[1] - s[1] * e1[0]};
        const double w = (d[0] * r[0] + d[1] * r[1] + d[2] * r[2]) / det;
        if (w < 0 || u + w > 1) continue;
        const double dist = (e2[0] * r[0] + e2[1] * r[1] + e2[2] * r[2]) / det;
        if (dist > tMin && dist < tMax && dist < best) {
            best = dist;
            hit = int64_t(t);
        }
    }
    return best;
}

/// A copy of `t` with element (i, j) set to `value`.
at::Tensor with(const at::Tensor& t, int64_t i, int64_t j, double value) {
    at::Tensor c = t.clone();
    c[i][j] = value;
    return c;
}

/// Transfer [bands^2] and visible fraction of the floor-centre vertex `c` of `m`, normal +z.
std::pair<at::Tensor, double> centreTransfer(const Mesh& m, int64_t c, int bands = 3) {
    const VertexVisibility vis = traceVertexVisibility(m.vertices(), m.triangles(), m.upNormals());
    return {shadowedDiffuseTransfer(vis, m.upNormals(), bands)[c].to(at::kDouble),
            visibleFraction(vis, m.upNormals())[c].item<double>()};
}

} // namespace

class TestVisibilityTransfer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bvhMatchesBruteForce() {
        // A seeded soup of small triangles in the unit cube, a few degenerate ones among them.
        std::mt19937 rng(1234);
        std::uniform_real_distribution<float> unit(0.0f, 1.0f), edge(-0.15f, 0.15f), wide(-0.5f, 1.5f);
        Mesh m;
        for (int t = 0; t < 600; ++t) {
            const float a[3] = {unit(rng), unit(rng), unit(rng)};
            const int64_t i0 = m.add(a[0], a[1], a[2]);
            const int64_t i1 = m.add(a[0] + edge(rng), a[1] + edge(rng), a[2] + edge(rng));
            if (t % 97 == 0)
                m.tri(i0, i1, i1);   // repeated corner: zero area
            else
                m.tri(i0, i1, m.add(a[0] + edge(rng), a[1] + edge(rng), a[2] + edge(rng)));
        }
        // int32 indices are accepted too.
        const TriangleBvh bvh(m.vertices(), m.triangles().to(at::kInt));
        QCOMPARE(bvh.triangleCount(), int64_t(600));
        QVERIFY(bvh.nodeCount() > 1);

        struct Ray {
            float o[3], d[3], tMin, tMax;
        };
        std::vector<Ray> rays;
        for (int r = 0; r < 2000; ++r) {
            Ray ray;
            const float scale = 0.25f + 2.0f * unit(rng);   // t is in units of |d|
            for (int a = 0; a < 3; ++a) {
                ray.o[a] = wide(rng);
                ray.d[a] = (unit(rng) - ray.o[a]) * scale;   // aimed into the cube
            }
            if (r % 10 == 0) ray.d[r % 3] = 0.0f;            // axis-parallel components
            ray.tMin = r % 3 == 0 ? 0.05f * unit(rng) : 0.0f;
            ray.tMax = r % 4 == 0 ? 0.2f + unit(rng) : kInf;
            rays.push_back(ray);
        }
        auto query = [&](std::vector<float>& t, std::vector<int64_t>& id, std::vector<char>& occ) {
            t.resize(rays.size());
            id.resize(rays.size());
            occ.resize(rays.size());
            for (size_t r = 0; r < rays.size(); ++r) {
                t[r] = bvh.closestHit(rays[r].o, rays[r].d, rays[r].tMin, rays[r].tMax, &id[r]);
                occ[r] = bvh.occluded(rays[r].o, rays[r].d, rays[r].tMin, rays[r].tMax);
            }
        };
        std::vector<float> t;
        std::vector<int64_t> id;
        std::vector<char> occ;
        query(t, id, occ);
        int hits = 0;
        for (size_t r = 0; r < rays.size(); ++r) {
            const Ray& ray = rays[r];
            const double o[3] = {ray.o[0], ray.o[1], ray.o[2]}, d[3] = {ray.d[0], ray.d[1], ray.d[2]};
            int64_t expectedId;
            const double expected = bruteForce(m, o, d, ray.tMin, ray.tMax, expectedId);
            const QString where = QString("ray %1").arg(r);
            QVERIFY2(id[r] == expectedId, qPrintable(where + QString(": triangle %1, expected %2").arg(id[r]).arg(expectedId)));
            QVERIFY2(bool(occ[r]) == (expectedId >= 0), qPrintable(where));
            if (expectedId >= 0) {
                ++hits;
                QVERIFY2(std::abs(t[r] - expected) < 1e-5, qPrintable(where));
            } else {
                QVERIFY(std::isinf(t[r]));
            }
        }
        QVERIFY2(hits > 600 && hits < 1900, qPrintable(QString::number(hits)));   // both cases exercised

        // Concurrent queries on the same tree give the serial answers.
        std::vector<std::vector<float>> tt(4);
        std::vector<std::vector<int64_t>> ii(4);
        std::vector<std::vector<char>> oo(4);
        std::vector<std::thread> threads;
        for (int k = 0; k < 4; ++k) threads.emplace_back([&, k] { query(tt[k], ii[k], oo[k]); });
        for (auto& th : threads) th.join();
        for (int k = 0; k < 4; ++k) {
            QVERIFY(ii[k] == id);
            QVERIFY(oo[k] == occ);
        }
    }

    void knownHits() {
        // Unit quad at z = 2 over [-0.5, 0.5]^2: triangles (0,1,2) below y = x, (0,2,3) above.
        Mesh m;
        const float a[3] = {-0.5f, -0.5f, 2.0f}, u[3] = {1, 0, 0}, w[3] = {0, 1, 0};
        m.quad(a, u, w);
        const TriangleBvh bvh(m.vertices(), m.triangles());
        const float o[3] = {0.1f, 0.2f, 0.0f}, up[3] = {0, 0, 1}, up2[3] = {0, 0, 2}, down[3] = {0, 0, -1};
        int64_t id = -7;
        QCOMPARE(bvh.closestHit(o, up, 0, kInf, &id), 2.0f);
        QCOMPARE(id, int64_t(1));
        QCOMPARE(bvh.closestHit(o, up2, 0, kInf), 1.0f);                 // t in units of |d|
        const float beside[3] = {0.7f, 0.0f, 0.0f};
        QVERIFY(std::isinf(bvh.closestHit(beside, up, 0, kInf, &id)));  // misses the quad
        QCOMPARE(id, int64_t(-1));
        QVERIFY(!bvh.occluded(beside, up, 0, kInf));
        QVERIFY(std::isinf(bvh.closestHit(o, down, 0, kInf)));          // pointing away
        QVERIFY(!bvh.occluded(o, up, 0, 1.9f));                         // tMax respected
        QVERIFY(bvh.occluded(o, up, 0, 2.1f));
        QVERIFY(std::isinf(bvh.closestHit(o, up, 2.5f, kInf)));         // tMin respected
        const float above[3] = {-0.3f, 0.1f, 5.0f};
        QCOMPARE(bvh.closestHit(above, down, 0, kInf), 3.0f);           // two-sided
        const float grazing[3] = {1, 0, 0};
        QVERIFY(!bvh.occluded(o, grazing, 0, kInf));

        // A closed unit box seen from inside: exact distances along each axis.
        Mesh box;
        const float x[3] = {1, 0, 0}, y[3] = {0, 1, 0}, z[3] = {0, 0, 1}, o0[3] = {0, 0, 0}, o1[3] = {1, 1, 1};
        const float nx[3] = {-1, 0, 0}, ny[3] = {0, -1, 0}, nz[3] = {0, 0, -1};
        box.quad(o0, x, y);
        box.quad(o0, y, z);
        box.quad(o0, z, x);
        box.quad(o1, nx, ny);
        box.quad(o1, ny, nz);
        box.quad(o1, nz, nx);
        const TriangleBvh boxBvh(box.vertices(), box.triangles());
        const float inside[3] = {0.3f, 0.6f, 0.45f};
        QVERIFY(std::abs(boxBvh.closestHit(inside, nx, 0, kInf) - 0.3f) < 1e-6f);
        QVERIFY(std::abs(boxBvh.closestHit(inside, x, 0, kInf) - 0.7f) < 1e-6f);
        QVERIFY(std::abs(boxBvh.closestHit(inside, y, 0, kInf) - 0.4f) < 1e-6f);
        QVERIFY(std::abs(boxBvh.closestHit(inside, nz, 0, kInf) - 0.45f) < 1e-6f);
        const float diagonal[3] = {0.3f, 0.2f, 0.1f};   // reaches y = 1 first (t = 2; x = 1 at 2.33, z = 1 at 5.5)
        QVERIFY(std::abs(boxBvh.closestHit(inside, diagonal, 0, kInf) - 2.0f) < 1e-5f);
        QVERIFY(boxBvh.occluded(inside, diagonal, 0, kInf));

        // Degenerate triangles (collinear corners, a repeated index) in front of the quad are never hit.
        Mesh degenerate = m;
        const int64_t p = degenerate.add(0, 0, 1), q = degenerate.add(0.1f, 0.2f, 1), r = degenerate.add(0.2f, 0.4f, 1);
        degenerate.tri(p, q, r);
        degenerate.tri(q, q, p);
        const TriangleBvh degenerateBvh(degenerate.vertices(), degenerate.triangles());
        QCOMPARE(degenerateBvh.triangleCount(), int64_t(4));
        QCOMPARE(degenerateBvh.closestHit(o, up, 0, kInf, &id), 2.0f);
        QCOMPARE(id, int64_t(1));

        // No triangles: everything misses.
        const TriangleBvh empty(m.vertices(), at::zeros({0, 3}, at::kLong));
        QVERIFY(!empty.occluded(o, up, 0, kInf));
        QVERIFY(std::isinf(empty.closestHit(o, up, 0, kInf)));
    }

    void fibonacciSet() {
        const at::Tensor d = fibonacciDirections(256);
        QCOMPARE(d.sizes(), (at::IntArrayRef{256, 3}));
        QVERIFY((d.norm(2, {1}) - 1).abs().max().item<double>() < 1e-6);
        QVERIFY(d.mean(0).abs().max().item<double>() < 0.01);   // balanced over the sphere
        QVERIFY(at::equal(d, fibonacciDirections(256)));        // deterministic
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, fibonacciDirections(0));
    }

    void unoccludedMatchesLambert() {
        // A vertex in the middle of a large plane, facing up: nothing above it.
        Mesh m;
        const int64_t c = m.floorFan(100.0f);
        const auto [transfer, fraction] = centreTransfer(m, c);
        const at::Tensor a = lambertKernel(3);
        const double a0 = a[0].item<double>(), a1 = a[1].item<double>();
        QVERIFY2(std::abs(transfer[0].item<double>() / (a0 * kY00) - 1) < 1e-5, qPrintable(QString::number(transfer[0].item<double>())));
        const double z = transfer[2].item<double>() / (a1 * kY1);   // Y_10 = c z, n = +z
        QVERIFY2(std::abs(z - 1) < 0.03, qPrintable(QString::number(z)));
        QVERIFY(std::abs(transfer[1].item<double>()) < 0.03 * a1 * kY1);
        QVERIFY(std::abs(transfer[3].item<double>()) < 0.03 * a1 * kY1);
        QVERIFY(std::abs(fraction - 1) < 0.02);

        // Vertices far from a lone tiny triangle, with arbitrary normals: T ~= A_l Y(n)
        // per coefficient, for the first two bands (Funk-Hecke).
        Mesh lone;
        lone.tri(lone.add(1000, 1000, 1000), lone.add(1000.001f, 1000, 1000), lone.add(1000, 1000.001f, 1000));
        at::manual_seed(3);
        const at::Tensor raw = at::randn({20, 3});
        const at::Tensor normals = at::cat({at::zeros({3, 3}), raw / raw.norm(2, {1}, true)});
        const at::Tensor vertices = at::cat({lone.vertices(), at::zeros({20, 3})});
        const VertexVisibility vis = traceVertexVisibility(vertices, lone.triangles(), normals, 256, 0.01);
        QCOMPARE(vis.directionCount, 256);
        QCOMPARE(vis.visible.sizes(), (at::IntArrayRef{23, 256}));
        const at::Tensor t = shadowedDiffuseTransfer(vis, normals, 3).slice(0, 3).to(at::kDouble);
        const at::Tensor expected = shBasis(raw / raw.norm(2, {1}, true), 3).to(at::kDouble) *
                                    at::stack({a[0], a[1], a[1], a[1], a[2], a[2], a[2], a[2], a[2]});
        const double dcError = ((t.select(1, 0) - expected.select(1, 0)).abs() / (a0 * kY00)).max().item<double>();
        const double band1Error = ((t.slice(1, 1, 4) - expected.slice(1, 1, 4)).abs() / (a1 * kY1)).max().item<double>();
        const double band2Error = ((t.slice(1, 4, 9) - expected.slice(1, 4, 9)).abs()).max().item<double>() /
                                  (a[2].item<double>() * 1.092548);
        qInfo("open vertex, 256 directions: DC %.2e, band-1 %.2e, band-2 %.2e (relative)", dcError, band1Error, band2Error);
        QVERIFY2(dcError < 1e-5, qPrintable(QString::number(dcError)));
        QVERIFY2(band1Error < 0.03, qPrintable(QString::number(band1Error)));
        QVERIFY2(band2Error < 0.1, qPrintable(QString::number(band2Error)));
        QVERIFY((visibleFraction(vis, normals).slice(0, 3) - 1).abs().max().item<double>() < 0.02);
        // The far triangle's vertices have zero normals: nothing traced, no light.
        QVERIFY(!vis.visible.slice(0, 0, 3).any().item<bool>());
        QCOMPARE(visibleFraction(vis, normals)[0].item<double>(), 0.0);

        // Differentiable in the normals (for a fit that updates them between retraces).
        const at::Tensor n = normals.clone().requires_grad_(true);
        shadowedDiffuseTransfer(vis, n, 3).sum().backward();
        QVERIFY(n.grad().defined() && n.grad().abs().sum().item<double>() > 0);
    }

    void pitIsDark() {
        // The centre of the floor of a 1 x 1 x 3 pit open at the top.
        Mesh pit;
        const int64_t c = pit.floorFan(0.5f);
        const float depth = 3.0f;
        const float p00[3] = {-0.5f, -0.5f, 0}, p11[3] = {0.5f, 0.5f, 0};
        const float x[3] = {1, 0, 0}, y[3] = {0, 1, 0}, nx[3] = {-1, 0, 0}, ny[3] = {0, -1, 0}, up[3] = {0, 0, depth};
        pit.quad(p00, x, up);
        pit.quad(p00, y, up);
        pit.quad(p11, nx, up);
        pit.quad(p11, ny, up);
        Mesh open;
        const int64_t co = open.floorFan(0.5f);
        const auto [pitTransfer, pitFraction] = centreTransfer(pit, c);
        const auto [openTransfer, openFraction] = centreTransfer(open, co);
        const double ratio = pitTransfer[0].item<double>() / openTransfer[0].item<double>();
        // Cosine-weighted view factor of the 1 x 1 opening from 3 deep: ~0.034.
        qInfo("pit: DC ratio %.3f, visible fraction %.3f", ratio, pitFraction);
        QVERIFY2(ratio < 0.3, qPrintable(QString::number(ratio)));
        QVERIFY2(pitFraction < 0.15, qPrintable(QString::number(pitFraction)));
        QVERIFY(std::abs(openFraction - 1) < 0.02);
        QVERIFY(std::abs(ratio - pitFraction) < 1e-5);   // the DC term is the visible fraction times A_0 Y_00
    }

    void wallShadowsOneSide() {
        // A tall wall 0.2 to the +x side of a vertex on a large floor blocks almost all of
        // the x > 0 half of its hemisphere.
        Mesh walled;
        const int64_t c = walled.floorFan(50.0f);
        const float a[3] = {0.2f, -50.0f, 0.0f}, y[3] = {0, 100, 0}, up[3] = {0, 0, 50};
        walled.quad(a, y, up);
        Mesh open;
        const int64_t co = open.floorFan(50.0f);
        const auto [wallTransfer, wallFraction] = centreTransfer(walled, c);
        const auto [openTransfer, openFraction] = centreTransfer(open, co);
        const double scale = lambertKernel(3)[1].item<double>() * kY1;   // A_1 Y_1 at full tilt
        const double openX = openTransfer[3].item<double>(), wallX = wallTransfer[3].item<double>();
        // Exactly: T_x = -Y_1 * integral over the half hemisphere of cos(theta) x = -(2/3) Y_1.
        qInfo("wall: x coefficient %.3f (open %.3f, exact -%.3f), visible fraction %.3f", wallX, openX, 2.0 / 3 * kY1,
              wallFraction);
        QVERIFY(std::abs(openX) < 0.03 * scale);
        QVERIFY2(wallX < openX - 0.25 * scale, qPrintable(QString::number(wallX)));
        QVERIFY(std::abs(wallX + 2.0 / 3 * kY1) < 0.1 * kY1);
        QVERIFY(std::abs(wallTransfer[1].item<double>()) < 0.05 * scale);   // y: still symmetric
        QVERIFY2(std::abs(wallFraction - 0.5) < 0.05, qPrintable(QString::number(wallFraction)));
    }

    void badInputsThrow() {
        Mesh m;
        m.floorFan(1.0f);
        const at::Tensor v = m.vertices(), f = m.triangles(), n = m.upNormals();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TriangleBvh(v, with(f, 0, 1, 5)));    // V = 5
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TriangleBvh(v, with(f, 2, 0, -1)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TriangleBvh(with(v, 3, 1, NAN), f));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TriangleBvh(with(v, 0, 0, INFINITY), f));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TriangleBvh(v.slice(1, 0, 2), f));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TriangleBvh(v, f.to(at::kFloat)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, TriangleBvh(v, f.reshape({-1})));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, traceVertexVisibility(v, with(f, 0, 0, 9), n));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, traceVertexVisibility(with(v, 1, 2, NAN), f, n));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, traceVertexVisibility(v, f, with(n, 1, 2, NAN)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, traceVertexVisibility(v, f, n.slice(0, 1)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, traceVertexVisibility(v, f, n, 0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, traceVertexVisibility(v, f, n, 16, NAN));
        const VertexVisibility vis = traceVertexVisibility(v, f, n, 16);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, shadowedDiffuseTransfer(vis, n.slice(0, 1), 3));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, shadowedDiffuseTransfer(vis, n, 10));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, visibleFraction(VertexVisibility{}, n));
        QCOMPARE(shadowedDiffuseTransfer(vis, n, 9).sizes(), (at::IntArrayRef{5, 81}));
    }
};

QTEST_APPLESS_MAIN(TestVisibilityTransfer)
#include "test_visibility_transfer.moc"
