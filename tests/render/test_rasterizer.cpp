#include <QtTest>

#include "camera_projection.h"
#include "rasterizer.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <cmath>
#include <random>
#include <vector>

using namespace likeness::render;

namespace {

at::Tensor verts(const std::vector<double>& xyz) {
    return at::tensor(xyz, at::kDouble).reshape({-1, 3});
}
at::Tensor tris(const std::vector<int64_t>& idx) {
    return at::tensor(idx, at::kLong).reshape({-1, 3});
}
int covered(const RasterFragments& f) {
    return f.triangle.ge(0).sum().item<int>();
}
int at2(const at::Tensor& image, int row, int col) {
    return image[row][col].item<int>();
}

/// A grid of (n+1)^2 vertices spanning [x0, x1]^2 at depth z, jittered inside,
/// split into 2 n^2 triangles with alternating diagonals; interior vertices snap
/// to pixel centres every other time so many centres land exactly on edges.
void jitteredGrid(int n, double x0, double x1, unsigned seed, at::Tensor& v, at::Tensor& f, double amount = 0.3) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> jitter(-amount, amount);
    std::vector<double> xyz;
    const double h = (x1 - x0) / n;
    for (int j = 0; j <= n; ++j)
        for (int i = 0; i <= n; ++i) {
            double x = x0 + i * h, y = x0 + j * h;
            if (i > 0 && i < n && j > 0 && j < n) {
                x += jitter(rng) * h;
                y += jitter(rng) * h;
                if ((i + j) % 2 == 0) {
                    x = std::round(x);
                    y = std::round(y);
                }
            }
            xyz.insert(xyz.end(), {x, y, 5.0 + 0.01 * i});
        }
    std::vector<int64_t> idx;
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            const int64_t a = j * (n + 1) + i, b = a + 1, c = a + n + 1, d = c + 1;
            if ((i + j) % 2 == 0)
                idx.insert(idx.end(), {a, b, d, a, d, c});
            else
                idx.insert(idx.end(), {a, b, c, b, d, c});
        }
    v = verts(xyz);
    f = tris(idx);
}

} // namespace

class TestRasterizer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyMesh() {
        const RasterFragments f = rasterize(at::zeros({0, 3}), at::zeros({0, 3}, at::kLong), 7, 5);
        QCOMPARE(f.width, 7);
        QCOMPARE(f.height, 5);
        QCOMPARE(f.triangle.sizes(), (at::IntArrayRef{5, 7}));
        QCOMPARE(f.triangle.scalar_type(), at::kInt);
        QCOMPARE(f.depth.scalar_type(), at::kFloat);
        QCOMPARE(covered(f), 0);
        QVERIFY(f.depth.isinf().all().item<bool>());
        QCOMPARE(f.triangle.eq(-1).sum().item<int>(), 35);
        QCOMPARE(coverage(f).sum().item<float>(), 0.f);
        // Vertices but no triangles.
        QCOMPARE(covered(rasterize(verts({1, 1, 1}), at::zeros({0, 3}, at::kInt), 4, 4)), 0);
    }

    void nearestTriangleWins() {
        // Two overlapping triangles; the far one first, then the near one, then swapped.
        const at::Tensor v = verts({0, 0, 4, 20, 0, 4, 0, 20, 4, 2, 2, 2, 18, 2, 2, 2, 18, 2});
        for (bool swapped : {false, true}) {
            const at::Tensor f = swapped ? tris({3, 4, 5, 0, 1, 2}) : tris({0, 1, 2, 3, 4, 5});
            const RasterFragments r = rasterize(v, f, 24, 24);
            const int nearId = swapped ? 0 : 1, farId = swapped ? 1 : 0;
            QCOMPARE(at2(r.triangle, 5, 5), nearId);
            QCOMPARE(r.depth[5][5].item<float>(), 2.f);
            QCOMPARE(at2(r.triangle, 1, 1), farId);   // only the far one covers (1, 1)
            QCOMPARE(r.depth[1][1].item<float>(), 4.f);
            QCOMPARE(at2(r.triangle, 20, 20), -1);
        }
        // Equal depth: the lower index wins.
        const at::Tensor same = verts({0, 0, 3, 20, 0, 3, 0, 20, 3});
        const RasterFragments r = rasterize(same, tris({0, 1, 2, 0, 1, 2}), 24, 24);
        QCOMPARE(at2(r.triangle, 3, 3), 0);
    }

    void pixelCentresAreAtIntegers() {
        // A square with corners on pixel centres (1,1)-(3,3): the top and left edges
        // are included, the bottom and right ones are not -> exactly 2x2 pixels,
        // the area of the square.
        const at::Tensor square = verts({1, 1, 1, 3, 1, 1, 3, 3, 1, 1, 3, 1});
        for (const at::Tensor& f : {tris({0, 1, 2, 0, 2, 3}), tris({0, 1, 3, 1, 2, 3}), tris({0, 2, 1, 0, 3, 2})}) {
            const RasterFragments r = rasterize(square, f, 6, 6);
            QCOMPARE(covered(r), 4);
            for (int row = 1; row <= 2; ++row)
                for (int col = 1; col <= 2; ++col) QVERIFY(at2(r.triangle, row, col) >= 0);
        }
        // The square [0.5, 3.5]^2 contains the centres 1..3 in each axis.
        const at::Tensor half = verts({0.5, 0.5, 1, 3.5, 0.5, 1, 3.5, 3.5, 1, 0.5, 3.5, 1});
        const RasterFragments r = rasterize(half, tris({0, 1, 2, 0, 2, 3}), 6, 6);
        QCOMPARE(covered(r), 9);
        QVERIFY(at2(r.triangle, 0, 0) < 0 && at2(r.triangle, 1, 1) >= 0 && at2(r.triangle, 3, 3) >= 0);
        // A small triangle around the centre of pixel (col 5, row 2) covers just that pixel.
        const RasterFragments tiny = rasterize(verts({4.9, 1.9, 1, 5.2, 1.9, 1, 4.9, 2.2, 1}), tris({0, 1, 2}), 8, 8);
        QCOMPARE(covered(tiny), 1);
        QCOMPARE(at2(tiny.triangle, 2, 5), 0);
        // ... and one between centres covers none.
        QCOMPARE(covered(rasterize(verts({4.1, 1.1, 1, 4.9, 1.1, 1, 4.1, 1.9, 1}), tris({0, 1, 2}), 8, 8)), 0);
    }

    void topLeftRule() {
        // Right triangle with legs on pixel centres: (2,2), (6,2), (2,6).
        // Top edge (row 2) and left edge (col 2) are in, the hypotenuse x + y = 8 is out.
        for (const at::Tensor& f : {tris({0, 1, 2}), tris({0, 2, 1})}) {
            const RasterFragments r = rasterize(verts({2, 2, 1, 6, 2, 1, 2, 6, 1}), f, 10, 10);
            int expected = 0;
            for (int row = 0; row < 10; ++row)
                for (int col = 0; col < 10; ++col) {
                    const bool in = col >= 2 && row >= 2 && col + row < 8;
                    expected += in;
                    QCOMPARE(at2(r.triangle, row, col) >= 0, in);
                }
            QCOMPARE(covered(r), expected);
        }
    }

    void sharedEdgesCoverEachPixelOnce() {
        // Two triangles sharing a diagonal through pixel centres, and jittered grids
        // with vertices on centres: rasterising each triangle alone, every centre
        // inside the mesh is covered exactly once (no gaps, no double cover).
        for (unsigned seed = 0; seed < 6; ++seed) {
            at::Tensor v, f;
            // Jitter (0.15 cell + 0.5 px rounding at 6 px cells) small enough that no triangle folds.
            jitteredGrid(seed < 2 ? 1 : 4, 2.0, 26.0, seed, v, f, 0.15);
            const int size = 30;
            at::Tensor count = at::zeros({size, size}, at::kInt);
            for (int64_t t = 0; t < f.size(0); ++t)
                count += rasterize(v, f.narrow(0, t, 1), size, size).triangle.ge(0).to(at::kInt);
            QVERIFY2(count.max().item<int>() <= 1, "a pixel centre is covered twice");
            // The outer square [2, 26]^2 with the top-left rule: centres 2..25.
            const at::Tensor inside = count.narrow(0, 2, 24).narrow(1, 2, 24);
            QCOMPARE(inside.sum().item<int>(), 24 * 24);
            QCOMPARE(count.sum().item<int>(), 24 * 24);
            // Together, every pixel is owned by the triangle that covers it alone.
            const RasterFragments all = rasterize(v, f, size, size);
            QCOMPARE(covered(all), 24 * 24);
        }
    }

    void trianglesBehindTheCamera() {
        RasterOptions o;
        const at::Tensor f = tris({0, 1, 2});
        QCOMPARE(covered(rasterize(verts({0, 0, -1, 10, 0, -1, 0, 10, -1}), f, 12, 12)), 0);   // all behind
        QCOMPARE(covered(rasterize(verts({0, 0, 1, 10, 0, 1, 0, 10, -1}), f, 12, 12)), 0);     // partly behind
        QCOMPARE(covered(rasterize(verts({0, 0, 1, 10, 0, 1, 0, 10, 0}), f, 12, 12)), 0);      // on the plane
        QVERIFY(covered(rasterize(verts({0, 0, 1, 10, 0, 1, 0, 10, 1}), f, 12, 12)) > 0);
        o.nearZ = 2;
        QCOMPARE(covered(rasterize(verts({0, 0, 1.5, 10, 0, 3, 0, 10, 3}), f, 12, 12, o)), 0);
        o.nearZ = -1;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, o.validate());
        // Non-finite coordinates are skipped too.
        QCOMPARE(covered(rasterize(verts({0, 0, 1, NAN, 0, 1, 0, 10, 1}), f, 12, 12)), 0);
    }

    void offScreenTriangles() {
        const at::Tensor f = tris({0, 1, 2});
        QCOMPARE(covered(rasterize(verts({-30, -30, 1, -20, -30, 1, -30, -20, 1}), f, 16, 16)), 0);
        QCOMPARE(covered(rasterize(verts({30, 30, 1, 40, 30, 1, 30, 40, 1}), f, 16, 16)), 0);
        // Much larger than the image (and huge coordinates): the whole image.
        QCOMPARE(covered(rasterize(verts({-100, -100, 1, 1000, -100, 1, -100, 1000, 1}), f, 16, 12)), 16 * 12);
        QCOMPARE(covered(rasterize(verts({-1e12, -1e12, 1, 1e13, -1e12, 1, -1e12, 1e13, 1}), f, 16, 12)), 16 * 12);
        // Partly off-screen: clipped, the rest exact.
        // Partly off-screen, clipped: x + y < 0 holds no centre of the image, and
        // (0, 0) lies on the hypotenuse (a bottom-right edge).
        QCOMPARE(covered(rasterize(verts({-5, -5, 1, 5, -5, 1, -5, 5, 1}), f, 16, 16)), 0);
        QCOMPARE(covered(rasterize(verts({-5, -5, 1, 6, -5, 1, -5, 6, 1}), f, 16, 16)), 1);   // only (0, 0)
    }

    void cullsBackFaces() {
        // Clockwise on screen with y down: (0,0) -> (10,0) -> (0,10).
        const at::Tensor v = verts({0, 0, 1, 10, 0, 1, 0, 10, 1});
        RasterOptions o;
        o.cullBackFaces = true;
        QCOMPARE(covered(rasterize(v, tris({0, 1, 2}), 12, 12, o)), 0);
        QVERIFY(covered(rasterize(v, tris({0, 2, 1}), 12, 12, o)) > 0);
        QVERIFY(covered(rasterize(v, tris({0, 1, 2}), 12, 12)) > 0);
        // A camera-space triangle whose normal (v1 - v0) x (v2 - v0) faces the camera is kept.
        const at::Tensor cam = at::tensor({0.0, 0.0, 10.0, 1.0, 0.0, 10.0, 0.0, 1.0, 10.0}, at::kDouble).reshape({3, 3});
        const at::Tensor n = at::linalg_cross(cam[1] - cam[0], cam[2] - cam[0], -1);
        const at::Tensor screen = projectPerspective(n[2].item<double>() < 0 ? cam : cam.flip(0), at::scalar_tensor(50.0, at::kDouble), 2, 2);
        QVERIFY(covered(rasterize(screen, tris({0, 1, 2}), 12, 12, o)) > 0);
    }

    void depthIsPerspectiveCorrect() {
        // A slanted camera-space triangle; the depth at every covered pixel is the
        // depth where that pixel's ray meets the triangle's plane.
        const at::Tensor cam = at::tensor({-20.0, -15.0, 60.0, 25.0, -10.0, 120.0, -5.0, 30.0, 90.0}, at::kDouble).reshape({3, 3});
        const double focal = 40, cx = 31.5, cy = 23.5;
        const at::Tensor screen = projectPerspective(cam, at::scalar_tensor(focal, at::kDouble), cx, cy);
        const RasterFragments r = rasterize(screen, tris({0, 1, 2}), 64, 48);
        QVERIFY(covered(r) > 200);
        const at::Tensor normal = at::linalg_cross(cam[1] - cam[0], cam[2] - cam[0], -1);
        const double d = (normal * cam[0]).sum().item<double>();
        double worst = 0;
        for (int row = 0; row < 48; ++row)
            for (int col = 0; col < 64; ++col) {
                if (at2(r.triangle, row, col) < 0) continue;
                const at::Tensor ray = at::tensor({(col - cx) / focal, (row - cy) / focal, 1.0}, at::kDouble);
                const double z = d / (normal * ray).sum().item<double>();
                worst = std::max(worst, std::abs(z - r.depth[row][col].item<double>()) / z);
            }
        QVERIFY2(worst < 1e-6, qPrintable(QString::number(worst)));
    }

    void sameResultOnAnyThreadCount() {
        at::Tensor v, f;
        jitteredGrid(40, -5.0, 70.0, 7, v, f);
        v.select(1, 2).copy_(at::rand({v.size(0)}, at::kDouble) * 10 + 1);   // crumpled: lots of overlap
        const int threads = at::get_num_threads();
        at::set_num_threads(1);
        const RasterFragments one = rasterize(v.to(at::kFloat), f.to(at::kInt), 64, 64);
        at::set_num_threads(std::max(2, threads));
        const RasterFragments many = rasterize(v.to(at::kFloat), f.to(at::kInt), 64, 64);
        at::set_num_threads(threads);
        QVERIFY(one.triangle.equal(many.triangle));
        QVERIFY(one.depth.equal(many.depth));
        QVERIFY(covered(one) > 3000);
    }

    void rejectsBadInput() {
        const at::Tensor v = verts({0, 0, 1, 10, 0, 1, 0, 10, 1});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rasterize(v, tris({0, 1, 3}), 8, 8));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rasterize(v, tris({0, 1, -1}), 8, 8));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rasterize(v.narrow(1, 0, 2), tris({0, 1, 2}), 8, 8));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rasterize(v, tris({0, 1, 2}).to(at::kFloat), 8, 8));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rasterize(v, tris({0, 1, 2}), 0, 8));
    }
};

QTEST_APPLESS_MAIN(TestRasterizer)
#include "test_rasterizer.moc"
