#include <QtTest>

#include "camera_projection.h"
#include "grad_check.h"
#include "rasterizer.h"

#include <ATen/ATen.h>

#include <cmath>
#include <vector>

using namespace likeness::render;
using likeness::test::gradCheck;

namespace {

/// (n+1)^2 vertices on a regular grid of `cell`-pixel cells starting at `origin`,
/// depth from `depth(i, j)`, 2 n^2 triangles.
template <typename DepthFn>
void grid(int n, double origin, double cell, DepthFn depth, at::Tensor& v, at::Tensor& f) {
    std::vector<double> xyz;
    for (int j = 0; j <= n; ++j)
        for (int i = 0; i <= n; ++i) xyz.insert(xyz.end(), {origin + i * cell, origin + j * cell, depth(i, j)});
    std::vector<int64_t> idx;
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            const int64_t a = j * (n + 1) + i, b = a + 1, c = a + n + 1, d = c + 1;
            idx.insert(idx.end(), {a, b, d, a, d, c});
        }
    v = at::tensor(xyz, at::kDouble).reshape({-1, 3});
    f = at::tensor(idx, at::kLong).reshape({-1, 3});
}

/// A sphere cap in camera space (radius 40 around (0, 0, 120)) seen by a camera
/// with focal 60 on a 48x48 image, jittered so triangles are irregular.
void sphereCap(at::Tensor& camera, at::Tensor& screen, at::Tensor& f) {
    at::Tensor v;
    grid(8, -0.6, 0.15, [](int, int) { return 0.0; }, v, f);
    at::manual_seed(3);
    v = v + at::randn(v.sizes(), at::kDouble) * 0.02;
    const at::Tensor x = v.select(1, 0) * 40, y = v.select(1, 1) * 40;
    const at::Tensor z = 120 - at::sqrt(40.0 * 40.0 - x * x - y * y);
    camera = at::stack({x, y, z}, 1);
    screen = projectPerspective(camera, at::scalar_tensor(60.0, at::kDouble), 23.7, 24.2);
}

} // namespace

class TestInterpolate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { at::manual_seed(11); }

    void reproducesVertexAttributesAtVertices() {
        // Vertices on pixel centres with random depths: the pixel of a vertex gets
        // exactly that vertex's attributes (barycentric (1, 0, 0)).
        at::Tensor v, f;
        grid(5, 2, 5, [](int i, int j) { return 2.0 + 0.37 * i + 0.81 * ((i * j) % 3); }, v, f);
        const at::Tensor attributes = at::randn({v.size(0), 4}, at::kDouble);
        const RasterFragments r = rasterize(v, f, 32, 32);
        const at::Tensor image = interpolate(attributes, v, f, r);
        QCOMPARE(image.sizes(), (at::IntArrayRef{32, 32, 4}));
        int checked = 0;
        for (int64_t k = 0; k < v.size(0); ++k) {
            const int col = int(v[k][0].item<double>()), row = int(v[k][1].item<double>());
            if (r.triangle[row][col].item<int>() < 0) continue;   // bottom/right border vertices
            QVERIFY((image[row][col] - attributes[k]).abs().max().item<double>() < 1e-12);
            ++checked;
        }
        QCOMPARE(checked, 25);   // the 5x5 vertices not on the bottom or right border
    }

    void linearInBetween() {
        // Constant depth: interpolation is affine in the pixel position.
        at::Tensor v, f;
        grid(3, 1.3, 7.1, [](int, int) { return 4.0; }, v, f);
        auto fn = [](const at::Tensor& x, const at::Tensor& y) { return at::stack({2 * x - 3 * y + 1, 0.5 * y}, -1); };
        const at::Tensor attributes = fn(v.select(1, 0), v.select(1, 1));
        const RasterFragments r = rasterize(v, f, 26, 26);
        const at::Tensor image = interpolate(attributes, v, f, r);
        const at::Tensor rows = at::arange(26, at::kDouble).reshape({26, 1}).expand({26, 26});
        const at::Tensor cols = at::arange(26, at::kDouble).reshape({1, 26}).expand({26, 26});
        const at::Tensor expected = fn(cols, rows) * coverage(r).to(at::kDouble).unsqueeze(-1);
        QVERIFY(coverage(r).sum().item<float>() > 400);
        QVERIFY((image - expected).abs().max().item<double>() < 1e-10);
        // Background is zero.
        QCOMPARE(image[0][0].abs().sum().item<double>(), 0.0);
        QCOMPARE(image[25][25].abs().sum().item<double>(), 0.0);
    }

    void perspectiveCorrect() {
        // Interpolating camera-space positions gives points on each pixel's ray:
        // projecting them lands on the pixel centre.
        at::Tensor camera, screen, f;
        sphereCap(camera, screen, f);
        const RasterFragments r = rasterize(screen, f, 48, 48);
        const at::Tensor points = interpolate(camera, screen, f, r).reshape({-1, 3});
        const at::Tensor mask = r.triangle.reshape({-1}).ge(0);
        QVERIFY2(mask.sum().item<int>() > 500, qPrintable(QString::number(mask.sum().item<int>())));
        const at::Tensor projected = projectPerspective(points.index({mask}), at::scalar_tensor(60.0, at::kDouble), 23.7, 24.2);
        const at::Tensor pixel = at::nonzero(mask).reshape({-1});
        const at::Tensor centres = at::stack({at::remainder(pixel, 48), at::div(pixel, 48, "floor")}, 1).to(at::kDouble);
        QVERIFY((projected.narrow(1, 0, 2) - centres).abs().max().item<double>() < 1e-9);
        // ... and its depth is the rasteriser's depth.
        QVERIFY((projected.select(1, 2) - r.depth.reshape({-1}).index({mask}).to(at::kDouble)).abs().max().item<double>() < 1e-4);
    }

    void gradientWrtAttributes() {
        at::Tensor camera, screen, f;
        sphereCap(camera, screen, f);
        const RasterFragments r = rasterize(screen, f, 48, 48);
        const at::Tensor attributes = at::randn({screen.size(0), 3}, at::kDouble);
        const auto result = gradCheck(
            [&](const std::vector<at::Tensor>& in) { return interpolate(in[0], screen, f, r); }, {attributes}, 0);
        QVERIFY2(result.ok, result.message.c_str());
        QVERIFY(result.checked > 100);
    }

    void gradientWrtScreenVertices() {
        // With fixed fragments (pixels away from silhouettes keep their triangle),
        // barycentrics are smooth in the screen vertices, x, y and z.
        at::Tensor camera, screen, f;
        sphereCap(camera, screen, f);
        const RasterFragments r = rasterize(screen, f, 48, 48);
        const at::Tensor attributes = at::randn({screen.size(0), 2}, at::kDouble);
        const auto result = gradCheck(
            [&](const std::vector<at::Tensor>& in) { return interpolate(attributes, in[0], f, r); }, {screen}, 0,
            1e-6, 1e-6, 1e-5);
        QVERIFY2(result.ok, result.message.c_str());
        QVERIFY(result.checked > 100);
    }

    void floatInputsAndInt32Triangles() {
        at::Tensor camera, screen, f;
        sphereCap(camera, screen, f);
        const at::Tensor s = screen.to(at::kFloat).requires_grad_(true);
        const at::Tensor a = camera.to(at::kFloat).requires_grad_(true);
        const RasterFragments r = rasterize(s.detach(), f.to(at::kInt), 48, 48);
        const at::Tensor image = interpolate(a, s, f.to(at::kInt), r);
        QCOMPARE(image.scalar_type(), at::kFloat);
        image.sum().backward();
        QVERIFY(s.grad().defined() && s.grad().abs().sum().item<float>() > 0);
        QVERIFY(a.grad().defined() && a.grad().abs().sum().item<float>() > 0);
        // Attributes of vertices no covered pixel uses get no gradient.
        QVERIFY(std::isfinite(a.grad().sum().item<float>()));
    }

    void emptyImage() {
        const RasterFragments r = rasterize(at::zeros({0, 3}), at::zeros({0, 3}, at::kLong), 5, 4);
        const at::Tensor image = interpolate(at::zeros({0, 2}), at::zeros({0, 3}), at::zeros({0, 3}, at::kLong), r);
        QCOMPARE(image.sizes(), (at::IntArrayRef{4, 5, 2}));
        QCOMPARE(image.abs().sum().item<float>(), 0.f);
    }
};

QTEST_APPLESS_MAIN(TestInterpolate)
#include "test_interpolate.moc"
