#include <QtTest>

#include "rasterizer.h"

#include <ATen/ATen.h>
#include <ATen/Context.h>

#include <stdexcept>
#include <vector>

using namespace likeness::render;

namespace {

/// A crumpled jittered grid over (and beyond) a size x size image: random depths
/// so triangles overlap, vertices on pixel centres so edges hit centres exactly.
void crumpledMesh(int n, int size, at::Tensor& v, at::Tensor& f) {
    at::manual_seed(42);
    const at::Tensor t = at::linspace(-0.1 * size, 1.1 * size, n + 1, at::kDouble);
    at::Tensor x = t.reshape({1, -1}).expand({n + 1, n + 1}) + at::randn({n + 1, n + 1}, at::kDouble) * (0.2 * size / n);
    at::Tensor y = t.reshape({-1, 1}).expand({n + 1, n + 1}) + at::randn({n + 1, n + 1}, at::kDouble) * (0.2 * size / n);
    const at::Tensor snap = at::rand({n + 1, n + 1}) < 0.5;
    x = at::where(snap, x.round(), x);
    y = at::where(snap, y.round(), y);
    const at::Tensor z = at::rand({n + 1, n + 1}, at::kDouble) * 5 + 0.5;
    v = at::stack({x, y, z}, -1).reshape({-1, 3});
    std::vector<int64_t> idx;
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            const int64_t a = j * (n + 1) + i, b = a + 1, c = a + n + 1, d = c + 1;
            idx.insert(idx.end(), {a, b, d, a, d, c, a, b, c});   // the third one overlaps
        }
    f = at::tensor(idx, at::kLong).reshape({-1, 3});
}

} // namespace

class TestRasterizerCuda : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        if (!at::hasCUDA()) QSKIP("LibTorch has no CUDA device here");
#ifndef LIKENESS_HAVE_CUDA
        // A CUDA device but no CUDA kernels: a clear error, callers use the CPU.
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 rasterize(at::zeros({0, 3}).cuda(), at::zeros({0, 3}, at::kLong).cuda(), 4, 4));
        QSKIP("Likeness was built without CUDA");
#endif
    }

    void matchesTheCpuPathExactly() {
        at::Tensor v, f;
        crumpledMesh(60, 200, v, f);
        for (bool cull : {false, true}) {
            RasterOptions o;
            o.cullBackFaces = cull;
            o.nearZ = 0.8;
            const RasterFragments cpu = rasterize(v.to(at::kFloat), f.to(at::kInt), 200, 150, o);
            const RasterFragments gpu = rasterize(v.to(at::kFloat).cuda(), f.to(at::kInt).cuda(), 200, 150, o);
            QVERIFY(gpu.triangle.is_cuda());
            QCOMPARE(gpu.width, 200);
            QCOMPARE(gpu.height, 150);
            QVERIFY(cpu.triangle.equal(gpu.triangle.cpu()));
            QVERIFY(cpu.depth.equal(gpu.depth.cpu()));
            QVERIFY(cpu.triangle.ge(0).sum().item<int>() > 10000);
        }
    }

    void interpolatesOnTheDevice() {
        at::Tensor v, f;
        crumpledMesh(30, 64, v, f);
        const at::Tensor attributes = at::randn({v.size(0), 3}, at::kDouble);
        const RasterFragments cpu = rasterize(v, f, 64, 64);
        const RasterFragments gpu = rasterize(v.cuda(), f.cuda(), 64, 64);
        const at::Tensor a = interpolate(attributes, v, f, cpu);
        const at::Tensor b = interpolate(attributes.cuda(), v.cuda(), f.cuda(), gpu);
        QVERIFY((a - b.cpu()).abs().max().item<double>() < 1e-9);
    }

    void emptyMesh() {
        const RasterFragments r = rasterize(at::zeros({0, 3}).cuda(), at::zeros({0, 3}, at::kLong).cuda(), 9, 7);
        QCOMPARE(r.triangle.eq(-1).sum().item<int>(), 63);
        QVERIFY(r.depth.isinf().all().item<bool>());
    }
};

QTEST_APPLESS_MAIN(TestRasterizerCuda)
#include "test_rasterizer_cuda.moc"
