// The appearance stages' building blocks (core/appearance/) on real data: the UV
// layout of the FaceMesh topology with the demo subject's identity, the map
// pyramid, the displacement integration of a known height field, the UV-map
// shading against the coarse renderer on a real coarse fit of the demo photo,
// the ray-traced self-shadows of that fit, and the map regularisers.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <vector>

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <opencv2/imgproc.hpp>

#include "appearance/appearance_losses.h"
#include "appearance/appearance_shading.h"
#include "appearance/displacement_map.h"
#include "appearance/map_pyramid.h"
#include "appearance/self_shadows.h"
#include "appearance/surface_pixels.h"
#include "appearance/uv_layout.h"
#include "common/error.h"
#include "demo_face.h"
#include "export/uv_baker.h"
#include "fit/coarse_fit.h"
#include "fit/face_render.h"
#include "fit/fit_render.h"
#include "shading.h"
#include "topology/face_topology.h"
#include "visibility_transfer.h"

using namespace likeness;

namespace {

constexpr int kLayoutSize = 256;
constexpr int kRenderSize = 256;   // the demo photo (512 px) rendered at half size
constexpr int kMapSize = 1024;     // baked maps for the shading comparison

// [S*S*C] interleaved texels -> [1,C,S,S].
at::Tensor mapTensor(const std::vector<float>& texels, int size, int channels) {
    return at::tensor(texels).reshape({size, size, channels}).permute({2, 0, 1}).unsqueeze(0).contiguous();
}

// Bilinear upsampling matrix [to, from] of PyTorch's align_corners=false convention
// (source = (i + 0.5) * from / to - 0.5, clamped at 0 and from - 1), written out.
at::Tensor upsampleMatrix(int to, int from) {
    at::Tensor m = at::zeros({to, from});
    auto a = m.accessor<float, 2>();
    for (int i = 0; i < to; ++i) {
        const double src = std::max(0.0, (i + 0.5) * from / to - 0.5);
        const int i0 = std::min(from - 1, static_cast<int>(std::floor(src)));
        const int i1 = std::min(from - 1, i0 + 1);
        const double w = src - i0;
        a[i][i0] += static_cast<float>(1 - w);
        a[i][i1] += static_cast<float>(w);
    }
    return m;
}

// SH light [bands^2,3], gray: DC `dc`, one band-1 coefficient `index` (1: y, 2: z, 3: x) = `value`.
at::Tensor grayLight(int bands, double dc, int index, double value) {
    at::Tensor l = at::zeros({bands * bands, 3});
    l[0].fill_(dc);
    if (index > 0) l[index].fill_(value);
    return l;
}

double maxAbs(const at::Tensor& t) { return t.abs().max().item<double>(); }

} // namespace

class TestAppearanceParts : public QObject {
    Q_OBJECT
    FaceFit m_fit;
    at::Tensor m_base468;   // [468,3] the fit's identity (as fitAppearance builds its layout from)
    UvLayout m_layout;      // kLayoutSize
    SurfacePixels m_pixels; // image 0 at kRenderSize
    int m_bands = 0;
    at::Tensor m_light;     // the fit's own light [bands^2,3]

private Q_SLOTS:
    void initTestCase() {
        at::set_num_threads(2);
        at::manual_seed(11);
        // A real (quick) coarse fit of the demo photo: level 1 geometry, appearance one level finer.
        CoarseFitOptions o;
        o.iterations = 30;
        o.subdivisionLevel = 1;
        o.fitSize = 192;
        m_fit = fitCoarse({FitInput{test::demoImage(), test::demoObservation()}}, o);
        QVERIFY(!m_fit.images.empty());
        const int64_t v = static_cast<int64_t>(m_fit.vertices.size() / 3);
        m_base468 = at::tensor(m_fit.vertices).reshape({v, 3}).slice(0, 0, FaceTopology::kVertexCount).contiguous();
        m_layout = buildUvLayout(test::topology(), m_base468, kLayoutSize);
        m_pixels = buildSurfacePixels(m_fit, 0, kRenderSize, kRenderSize);
        m_bands = m_fit.shBands;
        const std::vector<float>& light = m_fit.images[0].shLight.empty() ? m_fit.shLight : m_fit.images[0].shLight;
        m_light = at::tensor(light).reshape({m_bands * m_bands, 3});
        qInfo("fit: %lld vertices, %lld covered pixels at %d px, %d SH bands", static_cast<long long>(v),
              static_cast<long long>(m_pixels.count), kRenderSize, m_bands);
    }

    // ---------------------------------------------------------------- uv_layout.h

    void layoutCoversThePlausibleShareAndSkinIsASubset() {
        const UvLayout& l = m_layout;
        QCOMPARE(l.size, kLayoutSize);
        QCOMPARE(l.covered.sizes().vec(), (std::vector<int64_t>{1, 1, kLayoutSize, kLayoutSize}));
        QCOMPARE(l.skin.sizes().vec(), (std::vector<int64_t>{1, 1, kLayoutSize, kLayoutSize}));
        QCOMPARE(l.mirrorGrid.sizes().vec(), (std::vector<int64_t>{1, kLayoutSize, kLayoutSize, 2}));
        QVERIFY(((l.covered == 0) | (l.covered == 1)).all().item<bool>());
        QVERIFY(((l.skin == 0) | (l.skin == 1)).all().item<bool>());
        const double covered = l.covered.mean().item<double>();
        const double skin = l.skin.mean().item<double>();
        qInfo("covered %.3f of the UV square, skin %.3f", covered, skin);
        QVERIFY2(covered > 0.3 && covered < 0.95, "covered share of the UV square");
        QVERIFY2((l.skin > l.covered).sum().item<int64_t>() == 0, "skin outside the covered texels");
        QVERIFY2(skin < covered - 0.01, "skin must be a strict subset (lips, lids, brows excluded)");
        QVERIFY2(skin > 0.5 * covered, "most of the face is skin");

        // Texels at the lip vertices are not skin.
        const auto& uv = test::topology().uvs();
        const at::Tensor skinMap = l.skin[0][0];
        int lipTexels = 0, lipSkin = 0;
        for (const auto& [name, indices] : test::topology().regions()) {
            if (name.find("lips") == std::string::npos) continue;
            for (int i : indices) {
                const int x = std::clamp(static_cast<int>(uv[static_cast<size_t>(i)][0] * kLayoutSize), 0, kLayoutSize - 1);
                const int y = std::clamp(static_cast<int>(uv[static_cast<size_t>(i)][1] * kLayoutSize), 0, kLayoutSize - 1);
                ++lipTexels;
                lipSkin += skinMap[y][x].item<float>() > 0.5f;
            }
        }
        qInfo("lip vertex texels: %d of %d marked skin", lipSkin, lipTexels);
        QVERIFY(lipTexels > 20);
        QVERIFY2(lipSkin <= lipTexels / 20, "lip texels marked as skin");

        // The baker rasterises the same layout: its coverage agrees with the layout's.
        std::vector<float> uvs, ones(FaceTopology::kVertexCount, 1.0f);
        for (const auto& p : uv) uvs.insert(uvs.end(), {p[0], p[1]});
        std::vector<int> tris;
        for (const auto& t : test::topology().triangles()) tris.insert(tris.end(), {t[0], t[1], t[2]});
        const UvBakeResult baked = bakeVertexData(uvs, tris, ones, 1, kLayoutSize);
        const at::Tensor bakedCovered =
            at::tensor(std::vector<float>(baked.covered.begin(), baked.covered.end())).reshape({1, 1, kLayoutSize, kLayoutSize});
        const double disagree = (bakedCovered != l.covered).to(at::kFloat).mean().item<double>();
        qInfo("coverage disagreement with the UV baker: %.5f of the texels", disagree);
        QVERIFY2(disagree < 0.005, "layout coverage differs from the baker's");
    }

    void mirrorGridIsAnInvolutionAcrossTheMidline() {
        const UvLayout& l = m_layout;
        const int s = l.size;
        const at::Tensor grid = l.mirrorGrid[0];                    // [S,S,2]
        const at::Tensor covered = l.covered[0][0] > 0.5;           // [S,S]
        const at::Tensor xs = at::arange(s, at::kFloat).reshape({1, s}).expand({s, s});
        const at::Tensor ys = at::arange(s, at::kFloat).reshape({s, 1}).expand({s, s});
        // Uncovered texels map to themselves (texel centres in grid units).
        const at::Tensor selfX = (xs + 0.5) / s * 2 - 1, selfY = (ys + 0.5) / s * 2 - 1;
        const at::Tensor off = ~covered;
        QVERIFY(maxAbs(at::masked_select(grid.select(2, 0) - selfX, off)) < 1e-6);
        QVERIFY(maxAbs(at::masked_select(grid.select(2, 1) - selfY, off)) < 1e-6);

        // Mirror position in texels, its nearest texel, and that texel's mirror.
        const at::Tensor mx = (grid.select(2, 0) + 1) / 2 * s - 0.5, my = (grid.select(2, 1) + 1) / 2 * s - 0.5;
        const at::Tensor ix = mx.round().clamp(0, s - 1).to(at::kLong), iy = my.round().clamp(0, s - 1).to(at::kLong);
        const at::Tensor flat = (iy * s + ix).reshape({-1});
        const at::Tensor mirrorCovered = covered.reshape({-1}).index_select(0, flat).reshape({s, s});
        const at::Tensor back = grid.reshape({-1, 2}).index_select(0, flat).reshape({s, s, 2});
        const at::Tensor bx = (back.select(2, 0) + 1) / 2 * s - 0.5, by = (back.select(2, 1) + 1) / 2 * s - 0.5;
        const at::Tensor err = at::masked_select(((bx - xs).pow(2) + (by - ys).pow(2)).sqrt(), covered);
        const double coveredCount = static_cast<double>(err.numel());
        const double landsCovered = at::masked_select(mirrorCovered, covered).to(at::kFloat).sum().item<double>() / coveredCount;
        const double within = err.le(1.5).to(at::kFloat).sum().item<double>() / coveredCount;
        const at::Tensor sorted = std::get<0>(err.sort());
        qInfo("mirror of a covered texel is covered: %.4f; mirror(mirror(t)) within 1.5 texels: %.4f "
              "(median %.2f, 99th pct %.2f, max %.2f texels)",
              landsCovered, within, sorted[err.numel() / 2].item<double>(), sorted[err.numel() * 99 / 100].item<double>(),
              sorted[-1].item<double>());
        QVERIFY2(landsCovered > 0.999, "mirrored texels fall off the face");
        QVERIFY2(within > 0.999, "mirrorGrid is not an involution");

        // Both sides: the mirror of a texel left of the midline lies right of it and vice versa,
        // near (1 - u, v) (the layout is symmetric within FaceTopology::kMirrorTolerance).
        const at::Tensor u = (xs + 0.5) / s, v = (ys + 0.5) / s;
        const at::Tensor mu = (grid.select(2, 0) + 1) / 2, mv = (grid.select(2, 1) + 1) / 2;
        for (int side : {-1, 1}) {
            const at::Tensor sel = covered & ((u - 0.5) * side > 0.03);
            const double n = sel.sum().item<double>();
            const double crossed = at::masked_select((mu - 0.5) * side < 0, sel).to(at::kFloat).sum().item<double>() / n;
            const at::Tensor dist = at::masked_select(((mu - (1 - u)).pow(2) + (mv - v).pow(2)).sqrt(), sel);
            const double nearFlip = dist.le(0.02).to(at::kFloat).sum().item<double>() / n;
            qInfo("side %+d: %.0f texels, mirror on the other side %.4f, within 0.02 of (1-u, v) %.4f (mean %.4f)", side, n,
                  crossed, nearFlip, dist.mean().item<double>());
            QVERIFY(n > 0.3 * coveredCount);
            QVERIFY2(crossed > 0.999, "the mirror does not cross the midline");
            QVERIFY2(nearFlip > 0.999, "the mirror is far from (1 - u, v)");
        }
        // The triangles without a mirror triangle in the mesh (an asymmetric triangulation
        // around the eyes and the nose) mirror through their corners' mirror vertices too.
        const FaceTopology& topo = test::topology();
        int unmirrored = 0, texels = 0, placed = 0;
        const auto g = grid.accessor<float, 3>();
        const auto cov = l.covered.accessor<float, 4>();
        for (int f = 0; f < topo.triangleCount(); ++f) {
            if (topo.mirrorTriangleOf(f) >= 0) continue;
            ++unmirrored;
            const auto& t = topo.triangles()[static_cast<size_t>(f)];
            const auto& p0 = topo.uvs()[static_cast<size_t>(t[0])];
            const auto& p1 = topo.uvs()[static_cast<size_t>(t[1])];
            const auto& p2 = topo.uvs()[static_cast<size_t>(t[2])];
            const double det = (p1[0] - p0[0]) * (p2[1] - p0[1]) - (p2[0] - p0[0]) * (p1[1] - p0[1]);
            for (int y = 0; y < s; ++y)
                for (int x = 0; x < s; ++x) {
                    const double pu = (x + 0.5) / s, pv = (y + 0.5) / s;
                    const double b1 = ((pu - p0[0]) * (p2[1] - p0[1]) - (p2[0] - p0[0]) * (pv - p0[1])) / det;
                    const double b2 = ((p1[0] - p0[0]) * (pv - p0[1]) - (pu - p0[0]) * (p1[1] - p0[1])) / det;
                    if (b1 < 0.02 || b2 < 0.02 || 1 - b1 - b2 < 0.02 || cov[0][0][y][x] < 0.5) continue;   // strictly inside
                    ++texels;
                    const double gu = (g[y][x][0] + 1) / 2, gv = (g[y][x][1] + 1) / 2;
                    placed += std::hypot(gu - (1 - pu), gv - pv) < 0.02;
                }
        }
        qInfo("triangles without a mirror triangle: %d, their inner texels %d, mirrored near (1-u, v): %d", unmirrored, texels,
              placed);
        QVERIFY(unmirrored > 0 && texels > 10);
        QCOMPARE(placed, texels);
    }

    void texelScaleFollowsTheMeshSize() {
        const UvLayout& l = m_layout;
        // Face width (mm) over the covered UV width (texels).
        const double widthMm = (m_base468.select(1, 0).max() - m_base468.select(1, 0).min()).item<double>();
        const at::Tensor columns = at::nonzero(l.covered[0][0].sum(0) > 0).reshape({-1});
        const double widthTexels = (columns.max() - columns.min()).item<double>() + 1;
        const double chord = widthMm / widthTexels;
        // Mean edge length (mm) over mean UV edge length (texels).
        const auto& uv = test::topology().uvs();
        const auto p = m_base468.accessor<float, 2>();
        double mm = 0, tex = 0;
        for (const auto& e : test::topology().edges()) {
            const int a = e[0], b = e[1];
            mm += std::sqrt(std::pow(p[a][0] - p[b][0], 2) + std::pow(p[a][1] - p[b][1], 2) + std::pow(p[a][2] - p[b][2], 2));
            tex += std::hypot(uv[static_cast<size_t>(a)][0] - uv[static_cast<size_t>(b)][0],
                              uv[static_cast<size_t>(a)][1] - uv[static_cast<size_t>(b)][1]) * kLayoutSize;
        }
        const double edges = mm / tex;
        qInfo("texelMm %.4f; face width %.1f mm over %.0f texels = %.4f; edge lengths %.4f", l.texelMm, widthMm, widthTexels,
              chord, edges);
        QVERIFY2(l.texelMm > chord / 1.5 && l.texelMm < chord * 1.5, "texelMm vs face width / UV width");
        QVERIFY2(l.texelMm > edges / 1.2 && l.texelMm < edges * 1.2, "texelMm vs edge lengths");
        // Twice the texels: half the scale; twice the face: twice the scale.
        const UvLayout fine = buildUvLayout(test::topology(), m_base468, 2 * kLayoutSize);
        QVERIFY(std::abs(fine.texelMm * 2 / l.texelMm - 1) < 1e-6);
        const UvLayout big = buildUvLayout(test::topology(), m_base468 * 2, kLayoutSize);
        QVERIFY(std::abs(big.texelMm / (2 * l.texelMm) - 1) < 1e-6);
        QVERIFY_THROWS_EXCEPTION(Error, buildUvLayout(test::topology(), m_base468.slice(0, 0, 400), kLayoutSize));
        QVERIFY_THROWS_EXCEPTION(Error, buildUvLayout(test::topology(), m_base468, 8));
    }

    // ---------------------------------------------------------------- map_pyramid.h

    void pyramidWithZeroLevelsIsTheStartMap() {
        const at::Tensor start = at::rand({1, 3, 256, 256});
        const at::Tensor grid = at::rand({1, 1, 3000, 2}) * 2 - 1;
        const at::Tensor uvPerPixel = at::rand({3000, 1}) * 0.01;
        // sampleMap itself against the renderer's bilinear texture lookup (u right, v down).
        const at::Tensor reference = render::sampleTexture(start[0].permute({1, 2, 0}).contiguous(), (grid.reshape({-1, 2}) + 1) / 2);
        QVERIFY2(maxAbs(sampleMap(start, grid) - reference) < 1e-5, "sampleMap vs render::sampleTexture");
        for (double tpp : {1.0, 4.0}) {
            const MapPyramid p(start, 256, tpp);
            QVERIFY(!p.start().requires_grad());
            QVERIFY(at::equal(p.sample(grid), sampleMap(start, grid)));
            QVERIFY(at::equal(p.sample(grid, uvPerPixel), sampleMap(start, grid)));
            QVERIFY(at::equal(p.compose(), start));
        }
    }

    void pyramidComposeIsStartPlusUpsampledLevels() {
        const at::Tensor start = at::rand({1, 3, 256, 256});
        MapPyramid p(start, 256, 1.0);
        QCOMPARE(p.levels().size(), size_t(4));   // 256, 128, 64, 32
        at::Tensor expected = start.clone();
        for (at::Tensor& level : p.levels()) {
            const int s = static_cast<int>(level.size(3));
            level.copy_(at::randn_like(level) * 0.1);
            const at::Tensor w = upsampleMatrix(256, s);
            expected = expected + at::matmul(at::matmul(w, level), w.t());
        }
        const at::Tensor composed = p.compose();
        const double err = maxAbs(composed - expected);
        qInfo("compose vs start + written-out bilinear upsampling: max %.2e", err);
        QVERIFY(err < 1e-5);
        // Sampling at the texel centres (one texel per pixel: plain bilinear taps) gives the composed texels.
        const at::Tensor centres = (at::arange(256, at::kFloat) + 0.5) / 256 * 2 - 1;
        const at::Tensor gy = centres.reshape({256, 1}).expand({256, 256}), gx = centres.reshape({1, 256}).expand({256, 256});
        const at::Tensor grid = at::stack({gx, gy}, 2).reshape({1, 1, -1, 2});
        const at::Tensor sampled = p.sample(grid);
        QVERIFY(maxAbs(sampled - composed[0].permute({1, 2, 0}).reshape({-1, 3})) < 1e-5);
        // atSize(128): the start and the finer levels box-filtered, the coarser upsampled.
        const at::Tensor w64 = upsampleMatrix(128, 64), w32 = upsampleMatrix(128, 32);
        const at::Tensor at128 = at::avg_pool2d(start, {2, 2}) + at::avg_pool2d(p.levels()[0], {2, 2}) + p.levels()[1] +
                                 at::matmul(at::matmul(w64, p.levels()[2]), w64.t()) +
                                 at::matmul(at::matmul(w32, p.levels()[3]), w32.t());
        QVERIFY(maxAbs(p.atSize(128) - at128) < 1e-5);
    }

    void pyramidChangeEnergyAndRoughness() {
        MapPyramid p(at::rand({1, 3, 256, 256}), 256, 1.0);
        QCOMPARE(p.changeEnergy().item<double>(), 0.0);
        QCOMPARE(p.changeRoughness().item<double>(), 0.0);
        // A constant change c on one level: energy = channels * c^2, no roughness.
        p.levels()[1].fill_(0.2);
        QVERIFY(std::abs(p.changeEnergy().item<double>() - 3 * 0.04) < 1e-6);
        QVERIFY(std::abs(p.changeRoughness().item<double>()) < 1e-9);
        // A checkerboard +-d on another: each texel differs by 2d from both neighbours.
        const int s = static_cast<int>(p.levels()[2].size(3));
        const at::Tensor i = at::arange(s).reshape({s, 1}), j = at::arange(s).reshape({1, s});
        const double d = 0.05;
        p.levels()[2].copy_(((i + j).remainder(2) * 2 - 1).to(at::kFloat).mul(d).expand({1, 3, s, s}));
        QVERIFY(std::abs(p.changeEnergy().item<double>() - 3 * (0.04 + d * d)) < 1e-6);
        QVERIFY(std::abs(p.changeRoughness().item<double>() - 3 * 2 * 4 * d * d) < 1e-6);
        // Random perturbations of every level: both positive.
        MapPyramid q(at::rand({1, 1, 256, 256}), 256, 1.0);
        for (at::Tensor& level : q.levels()) level.copy_(at::randn_like(level) * 0.01);
        QVERIFY(q.changeEnergy().item<double>() > 0);
        QVERIFY(q.changeRoughness().item<double>() > 0);
    }

    void pyramidGradientsReachEveryLevel() {
        for (double tpp : {1.0, 2.5}) {
            for (bool perPixel : {false, true}) {
                MapPyramid p(at::rand({1, 3, 256, 256}), 256, tpp);
                for (at::Tensor& level : p.levels()) level.requires_grad_(true);
                const at::Tensor grid = at::rand({1, 1, 500, 2}) * 1.6 - 0.8;
                const at::Tensor uvPerPixel = perPixel ? at::rand({500, 1}) * 0.006 : at::Tensor();
                const at::Tensor weights = at::randn({500, 3});
                const at::Tensor loss = (p.sample(grid, uvPerPixel) * weights).sum();
                QVERIFY(loss.requires_grad());
                loss.backward();
                // The sample is linear in the levels: the gradient predicts any change exactly.
                double predicted = 0;
                std::vector<at::Tensor> steps;
                for (const at::Tensor& level : p.levels()) {
                    QVERIFY(level.grad().defined());
                    const double reach = level.grad().abs().sum().item<double>();
                    QVERIFY2(reach > 0, qPrintable(QString("no gradient at level %1").arg(level.size(3))));
                    steps.push_back(at::randn_like(level) * 0.01);
                    predicted += (level.grad() * steps.back()).sum().item<double>();
                }
                at::NoGradGuard noGrad;
                for (size_t k = 0; k < steps.size(); ++k) p.levels()[k].add_(steps[k]);
                const double actual = (p.sample(grid, uvPerPixel) * weights).sum().item<double>() - loss.item<double>();
                QVERIFY2(std::abs(actual - predicted) < 1e-3 * std::max(1.0, std::abs(actual)),
                         qPrintable(QString("gradient predicts %1, change %2").arg(predicted).arg(actual)));
            }
        }
    }

    void pyramidDropsLevelsFinerThanThePhoto() {
        const at::Tensor start = at::zeros({1, 1, 256, 256});
        auto sizes = [](MapPyramid& p) {
            std::vector<int64_t> out;
            for (const at::Tensor& l : p.levels()) out.push_back(l.size(3));
            return out;
        };
        MapPyramid one(start, 256, 1.0), four(start, 256, 4.0), sixteen(start, 256, 16.0), capped(start, 64, 1.0);
        QCOMPARE(sizes(one), (std::vector<int64_t>{256, 128, 64, 32}));
        QCOMPARE(sizes(four), (std::vector<int64_t>{128, 64, 32}));   // 256: 4 texels per pixel > 3 taps
        QCOMPARE(sizes(sixteen), (std::vector<int64_t>{32}));         // the coarsest is always kept
        QCOMPARE(sizes(capped), (std::vector<int64_t>{64, 32}));
        QVERIFY(four.levels().size() < one.levels().size());
    }

    // ---------------------------------------------------------------- displacement_map.h

    void displacementRecoversAKnownHeightField() {
        constexpr int s = 256;
        constexpr double texelMm = 0.3;
        struct Bump { double x, y, sigma, amplitude; };   // texels, texels, texels, mm
        const std::vector<Bump> bumps = {{100, 110, 7, 1.5}, {160, 140, 5, -1.0}, {130, 70, 6, 0.8}, {110, 180, 4, 0.6}};
        std::vector<float> h(s * s, 0.0f), normals(3 * s * s, 0.0f);
        std::vector<unsigned char> covered(s * s, 0);
        for (int y = 0; y < s; ++y)
            for (int x = 0; x < s; ++x) {
                const size_t t = static_cast<size_t>(y) * s + x;
                covered[t] = std::hypot(x + 0.5 - 128, y + 0.5 - 128) < 110 ? 1 : 0;
                double height = 0, hx = 0, hy = 0;   // mm, mm per texel along +column / +row
                for (const Bump& b : bumps) {
                    const double dx = x - b.x, dy = y - b.y;
                    const double g = b.amplitude * std::exp(-(dx * dx + dy * dy) / (2 * b.sigma * b.sigma));
                    height += g;
                    hx += -dx / (b.sigma * b.sigma) * g;
                    hy += -dy / (b.sigma * b.sigma) * g;
                }
                h[t] = static_cast<float>(height);
                // Documented convention: dh/du = -n_x/n_z along +u (+column), dh/dv = -n_y/n_z along
                // OpenGL +v (v up = decreasing row): dh/dv = -hy.
                const double su = hx / texelMm, sv = -hy / texelMm;
                const double len = std::sqrt(su * su + sv * sv + 1);
                normals[3 * t] = static_cast<float>(-su / len);
                normals[3 * t + 1] = static_cast<float>(-sv / len);
                normals[3 * t + 2] = static_cast<float>(1 / len);
            }
        // Statistics over the covered texels.
        int offFace = 0;   // non-zero heights off the covered texels
        auto compare = [&](const std::vector<float>& got, double& rmsError, double& correlation, double& peakRatio) {
            double n = 0, mh = 0, mg = 0;
            for (size_t t = 0; t < h.size(); ++t)
                if (covered[t]) { ++n; mh += h[t]; mg += got[t]; }
            mh /= n;
            mg /= n;
            double shh = 0, sgg = 0, shg = 0, se = 0;
            for (size_t t = 0; t < h.size(); ++t) {
                if (!covered[t]) {
                    offFace += got[t] != 0.0f;
                    continue;
                }
                const double a = h[t] - mh, b = got[t] - mg;
                shh += a * a; sgg += b * b; shg += a * b; se += (a - b) * (a - b);
            }
            rmsError = std::sqrt(se / n);
            correlation = shg / std::sqrt(shh * sgg);
            // Bump amplitudes: the value at each centre relative to the local surroundings.
            peakRatio = 0;
            for (const Bump& b : bumps) {
                const size_t c = static_cast<size_t>(b.y) * s + static_cast<size_t>(b.x);
                peakRatio += (got[c] - mg) / (h[c] - mh) / bumps.size();
            }
            return mg;
        };
        // Nearly unscreened: the heights themselves (up to their mean, which the screening pins to 0).
        DisplacementOptions exact;
        exact.screening = 1e-6;
        exact.maxIterations = 4000;
        exact.tolerance = 1e-9;
        const std::vector<float> recovered = integrateNormalMap(normals, covered, s, texelMm, exact);
        double rms = 0, corr = 0, peak = 0;
        const double mean = compare(recovered, rms, corr, peak);
        qInfo("screening 1e-6: rms error %.4f mm (peak 1.5 mm), correlation %.5f, peak ratio %.4f, mean %.2e mm", rms, corr,
              peak, mean);
        QVERIFY2(rms < 0.02, "unscreened integration does not recover the heights");
        QVERIFY(corr > 0.999);
        QVERIFY(std::abs(peak - 1) < 0.03);
        QVERIFY(std::abs(mean) < 1e-3);
        // The default screening (a ~16-texel detail layer): bumps of 4-7 texels survive mostly.
        const std::vector<float> detail = integrateNormalMap(normals, covered, s, texelMm);
        const double detailMean = compare(detail, rms, corr, peak);
        qInfo("default screening: rms error %.4f mm, correlation %.4f, peak ratio %.4f, mean %.2e mm", rms, corr, peak, detailMean);
        QVERIFY2(corr > 0.95, "screened heights do not follow the bumps");
        QVERIFY2(peak > 0.8 && peak < 1.05, "screened bump amplitude");
        QVERIFY(std::abs(detailMean) < 1e-3);
        QCOMPARE(offFace, 0);
        // Scale: twice the texel size, twice the heights.
        const std::vector<float> doubled = integrateNormalMap(normals, covered, s, 2 * texelMm, exact);
        double worst = 0;
        for (size_t t = 0; t < h.size(); ++t) worst = std::max(worst, std::abs(doubled[t] - 2.0 * recovered[t]));
        QVERIFY(worst < 1e-3);
    }

    void displacementOfFlatNormalsIsZeroAndSizesAreChecked() {
        constexpr int s = 64;
        std::vector<float> flat(3 * s * s, 0.0f);
        for (int t = 0; t < s * s; ++t) flat[static_cast<size_t>(3 * t + 2)] = 1.0f;
        std::vector<unsigned char> covered(s * s, 0);
        for (int t = 0; t < s * s; ++t) covered[static_cast<size_t>(t)] = (t % s) > 5 && (t / s) > 10 ? 1 : 0;
        const std::vector<float> h = integrateNormalMap(flat, covered, s, 0.3);
        QCOMPARE(h.size(), size_t(s * s));
        QVERIFY(std::all_of(h.begin(), h.end(), [](float x) { return x == 0.0f; }));
        QVERIFY_THROWS_EXCEPTION(InputError, integrateNormalMap(std::vector<float>(3 * s * s - 3), covered, s, 0.3));
        QVERIFY_THROWS_EXCEPTION(InputError, integrateNormalMap(flat, std::vector<unsigned char>(s * s - 1, 1), s, 0.3));
        QVERIFY_THROWS_EXCEPTION(InputError, integrateNormalMap(flat, covered, s + 1, 0.3));
        QVERIFY_THROWS_EXCEPTION(InputError, integrateNormalMap(flat, covered, s, 0.0));
    }

    // ---------------------------------------------------------------- appearance_shading.h

    void uvShadingReproducesTheCoarseRenderer() {
        const UvBakeResult diffuse = bakeVertexData(m_fit.uvs, m_fit.triangles, m_fit.diffuseAlbedo, 3, kMapSize);
        const UvBakeResult specular = bakeVertexData(m_fit.uvs, m_fit.triangles, m_fit.specularIntensity, 1, kMapSize);
        const AppearanceTextures maps{mapTensor(diffuse.texels, kMapSize, 3), mapTensor(specular.texels, kMapSize, 1), {}};
        const ShadedPixels shaded = shadeAppearance(m_pixels, sampleMaterial(m_pixels, maps), m_light, m_bands, m_fit.roughness);
        const at::Tensor ours = linearToSrgb(shaded.color).clamp(0, 1);

        const FitImageRender reference = renderFitImage(m_fit, 0, kRenderSize, kRenderSize);
        const at::Tensor refRgb =
            at::from_blob(reference.rgb.data, {kRenderSize * kRenderSize, 3}, at::kFloat).index_select(0, m_pixels.pixel);
        const at::Tensor refMask =
            at::from_blob(reference.mask.data, {kRenderSize * kRenderSize}, at::kByte).index_select(0, m_pixels.pixel) > 0;
        const int64_t maskCount = at::from_blob(reference.mask.data, {kRenderSize * kRenderSize}, at::kByte).gt(0).sum().item<int64_t>();
        const double common = refMask.sum().item<double>();
        qInfo("pixels: ours %lld, coarse mask %lld, common %.0f", static_cast<long long>(m_pixels.count),
              static_cast<long long>(maskCount), common);
        QVERIFY(common > 0.98 * std::max<double>(maskCount, m_pixels.count));
        const at::Tensor err = at::masked_select((ours - refRgb).abs().mean(1), refMask);
        const at::Tensor sorted = std::get<0>(err.sort());
        const double mean = err.mean().item<double>();
        const double p99 = sorted[err.numel() * 99 / 100].item<double>();
        qInfo("UV shading vs coarse render (sRGB): mean abs %.4f, 99th pct %.4f, max %.4f", mean, p99, sorted[-1].item<double>());
        // Measured 0.0007 / 0.0055 (max 0.023): per-pixel vs per-vertex shading and the bake's bilinear taps.
        QVERIFY2(mean < 0.004, "mean sRGB error of the UV-map shading vs the coarse renderer");
        QVERIFY2(p99 < 0.02, "99th percentile sRGB error");
    }

    void flatNormalMapShadesLikeNoNormalMap() {
        const at::Tensor albedo = at::full({1, 3, 64, 64}, 0.6), spec = at::full({1, 1, 64, 64}, 0.1);
        AppearanceTextures plain{albedo, spec, {}};
        AppearanceTextures flat{albedo, spec, at::zeros({1, 2, 64, 64})};
        const PixelMaterial mp = sampleMaterial(m_pixels, plain), mf = sampleMaterial(m_pixels, flat);
        QVERIFY(!mp.tangentNormal.defined());
        QVERIFY(mf.tangentNormal.defined());
        const ShadedPixels a = shadeAppearance(m_pixels, mp, m_light, m_bands, m_fit.roughness);
        const ShadedPixels b = shadeAppearance(m_pixels, mf, m_light, m_bands, m_fit.roughness);
        const double d = maxAbs(a.color - b.color);
        qInfo("flat normal map vs none: max colour difference %.2e", d);
        QVERIFY(d < 1e-6);
        QVERIFY(maxAbs(a.irradiance - b.irradiance) < 1e-6);
        QVERIFY(maxAbs(a.glossy - b.glossy) < 1e-6);
        // Also through the shadowed transfer.
        const SelfShadows shadows(m_pixels, 64);
        const PixelShadowing sh = shadows.atPixels(m_pixels, m_pixels.vertexNormal, m_bands);
        const ShadedPixels c = shadeAppearance(m_pixels, mp, m_light, m_bands, m_fit.roughness, &sh);
        const ShadedPixels e = shadeAppearance(m_pixels, mf, m_light, m_bands, m_fit.roughness, &sh);
        QVERIFY(maxAbs(c.color - e.color) < 1e-5);
    }

    void tiltedNormalMapFollowsTheLight() {
        const at::Tensor albedo = at::full({1, 3, 64, 64}, 0.6), spec = at::zeros({1, 1, 64, 64});
        const int bands = m_bands;
        auto irradiance = [&](double sx, double sy, const at::Tensor& light) {
            at::Tensor normalXY = at::zeros({1, 2, 64, 64});
            normalXY[0][0].fill_(sx);
            normalXY[0][1].fill_(sy);
            return shadeAppearance(m_pixels, sampleMaterial(m_pixels, {albedo, spec, normalXY}), light, bands, m_fit.roughness)
                .irradiance.select(1, 0);
        };
        // +X of the normal map = +u = the surface tangent; a light from camera +x.
        {
            const at::Tensor light = grayLight(bands, 1.0, 3, 0.5);
            const at::Tensor base = irradiance(0, 0, light), toward = irradiance(0.3, 0, light), away = irradiance(-0.3, 0, light);
            const at::Tensor sel = m_pixels.tangent.select(1, 0) > 0.7;
            const double n = sel.sum().item<double>();
            const double brighter = at::masked_select(toward > base, sel).to(at::kFloat).sum().item<double>() / n;
            const double darker = at::masked_select(away < base, sel).to(at::kFloat).sum().item<double>() / n;
            qInfo("tilt +u under a +x light: %.0f pixels with tangent.x > 0.7 (of %lld), brighter %.4f, opposite tilt darker %.4f",
                  n, static_cast<long long>(m_pixels.count), brighter, darker);
            QVERIFY(n > 0.5 * m_pixels.count);
            QVERIFY(brighter > 0.99);
            QVERIFY(darker > 0.99);
        }
        // +Y = OpenGL +v = up the face = camera -y (y down); a light from above (negative Y_1,-1 = c y).
        {
            const at::Tensor light = grayLight(bands, 1.0, 1, -0.5);
            const at::Tensor base = irradiance(0, 0, light), toward = irradiance(0, 0.3, light), away = irradiance(0, -0.3, light);
            const at::Tensor sel = m_pixels.bitangent.select(1, 1) < -0.7;
            const double n = sel.sum().item<double>();
            const double brighter = at::masked_select(toward > base, sel).to(at::kFloat).sum().item<double>() / n;
            const double darker = at::masked_select(away < base, sel).to(at::kFloat).sum().item<double>() / n;
            qInfo("tilt +v under a light from above: %.0f pixels with bitangent.y < -0.7, brighter %.4f, opposite darker %.4f", n,
                  brighter, darker);
            QVERIFY(n > 0.5 * m_pixels.count);
            QVERIFY(brighter > 0.99);
            QVERIFY(darker > 0.99);
        }
    }

    // ---------------------------------------------------------------- self_shadows.h

    void unoccludedPixelsMatchTheUnshadowedShading() {
        const SelfShadows shadows(m_pixels, 256);
        const PixelShadowing sh = shadows.atPixels(m_pixels, m_pixels.vertexNormal, m_bands);
        QCOMPARE(sh.transfer.size(0), m_pixels.count);
        QCOMPARE(sh.transfer.size(1), int64_t(m_bands * m_bands));
        const at::Tensor open = sh.visibility.reshape({-1}) > 0.995;
        const double openShare = open.sum().item<double>() / static_cast<double>(m_pixels.count);
        const at::Tensor a = perCoefficientKernel(render::lambertKernel(m_bands), m_bands);
        const at::Tensor unshadowed = render::shBasis(sh.baseNormal, m_bands) * a;
        const double dc = M_PI * 0.28209479177387814;   // A_0 Y_00
        const at::Tensor diff = (sh.transfer - unshadowed).abs().amax(1);
        const at::Tensor openDiff = std::get<0>(at::masked_select(diff, open).sort()) / dc;
        const double openErr = openDiff[openDiff.numel() * 99 / 100].item<double>();
        qInfo("open transfer error: mean %.4f, 99th pct %.4f, max %.4f of A0Y00", openDiff.mean().item<double>(), openErr,
              openDiff[-1].item<double>());
        const double allErr = diff.max().item<double>() / dc;
        QVERIFY(maxAbs(sh.baseNormal - m_pixels.normal) < 1e-4);
        const AppearanceTextures maps{at::full({1, 3, 64, 64}, 0.6), at::full({1, 1, 64, 64}, 0.1), {}};
        const PixelMaterial m = sampleMaterial(m_pixels, maps);
        const ShadedPixels withShadows = shadeAppearance(m_pixels, m, m_light, m_bands, m_fit.roughness, &sh);
        const ShadedPixels without = shadeAppearance(m_pixels, m, m_light, m_bands, m_fit.roughness);
        const at::Tensor rel = ((withShadows.color - without.color).abs() / without.color.abs().clamp_min(1e-3)).amax(1);
        const double openColour = at::masked_select(rel, open).max().item<double>();
        qInfo("open pixels (visible fraction > 0.995): %.3f; overall max transfer difference %.4f of A0Y00; "
              "colour max rel. difference on the open pixels %.4f",
              openShare, allErr, openColour);
        QVERIFY2(openShare > 0.05, "too few unoccluded pixels to compare");
        // Fibonacci quadrature (0.3% for bands 1-3 at 256 directions), the last 0.5% of blocked
        // directions and the transfer interpolated between vertices where A Y(n) is not.
        QVERIFY2(openDiff.mean().item<double>() < 0.006, "unoccluded transfer differs from the unshadowed one");
        QVERIFY2(openErr < 0.02, "unoccluded transfer differs from the unshadowed one (99th percentile)");
        QVERIFY2(allErr > 5 * openErr, "occlusion has no effect anywhere");
        QVERIFY2(openColour < 0.02, "unoccluded colours differ from the unshadowed shading");
    }

    void theNoseCastsAShadow() {
        const SelfShadows shadows(m_pixels, 256);
        const PixelShadowing sh = shadows.atPixels(m_pixels, m_pixels.vertexNormal, m_bands);
        const at::Tensor a = perCoefficientKernel(render::lambertKernel(m_bands), m_bands);
        const at::Tensor open = render::shBasis(sh.baseNormal, m_bands) * a;
        // Camera-space surface points relative to the nose tip (FaceMesh vertex 1).
        const at::Tensor points = interpolateAtPixels(m_pixels, m_pixels.cameraVertices);
        const at::Tensor tip = m_pixels.cameraVertices[1];
        const at::Tensor dx = points.select(1, 0) - tip[0], dy = points.select(1, 1) - tip[1];
        // Beside the nose, from the tip up to the inner eye corners (the nose itself, |dx| < 9 mm,
        // faces the light sideways and is barely occluded: measured ~1%).
        const at::Tensor band = (dy > -30) & (dy < 5);
        const at::Tensor minusX = band & (dx < -12) & (dx > -30), plusX = band & (dx > 12) & (dx < 30);
        QVERIFY(minusX.sum().item<int64_t>() > 100 && plusX.sum().item<int64_t>() > 100);
        // A gray light from camera +x or -x: radiance (1 +- x)^2 / 4, exact in 3 SH bands and
        // never negative (so blocking a direction can only darken), zero from the opposite side.
        QVERIFY(m_bands >= 3);
        auto sideLight = [&](int sign) {
            at::Tensor l = at::zeros({m_bands * m_bands, 3});
            l[0].fill_(4.0 / 3.0 / 0.28209479177387814 / 4);     // (4/3) Y_00 / c_00
            l[3].fill_(sign * 2.0 / 0.48860251190291992 / 4);    // 2x = 2 Y_11 / c_1
            l[8].fill_(0.5 / 0.54627421529603959 / 4);           // x^2 = 1/3 + (x^2 - y^2) / 2 - (3z^2 - 1) / 6
            l[6].fill_(-1.0 / 6.0 / 0.31539156525252005 / 4);
            return l;
        };
        const at::Tensor directions = render::fibonacciDirections(512);
        QVERIFY(at::matmul(render::shBasis(directions, m_bands), sideLight(1)).min().item<double>() > -1e-5);
        QVERIFY(std::abs(at::matmul(render::shBasis(directions, m_bands), sideLight(1)).max().item<double>() - 1) < 0.01);
        double dark[2][2];   // [light +x, -x][region -x, +x]
        for (int li = 0; li < 2; ++li) {
            const at::Tensor light = sideLight(li == 0 ? 1 : -1);
            const at::Tensor lit = at::matmul(open, light).select(1, 0);
            const at::Tensor shadowed = at::matmul(sh.transfer, light).select(1, 0);
            for (int ri = 0; ri < 2; ++ri) {
                const at::Tensor& sel = ri == 0 ? minusX : plusX;
                dark[li][ri] = (at::masked_select(lit - shadowed, sel).mean() / at::masked_select(lit, sel).mean()).item<double>();
            }
            // Through the shading itself (white albedo, no specular): the far side gets darker.
            const AppearanceTextures maps{at::ones({1, 3, 16, 16}), at::zeros({1, 1, 16, 16}), {}};
            const PixelMaterial m = sampleMaterial(m_pixels, maps);
            const at::Tensor c0 = shadeAppearance(m_pixels, m, light, m_bands, m_fit.roughness).color.select(1, 0);
            const at::Tensor c1 = shadeAppearance(m_pixels, m, light, m_bands, m_fit.roughness, &sh).color.select(1, 0);
            const at::Tensor& far = li == 0 ? minusX : plusX;
            const double farDarker = at::masked_select(c1 < c0, far).to(at::kFloat).mean().item<double>();
            qInfo("light from %sx: with shadows the -x side of the nose is %.1f%% darker, the +x side %.1f%%; "
                  "far-side pixels darker: %.3f",
                  li == 0 ? "+" : "-", 100 * dark[li][0], 100 * dark[li][1], farDarker);
            QVERIFY2(farDarker > 0.9, "shadowed shading is not darker beside the nose");
        }
        // The shadow moves with the light: each side darkens more when the light comes from the other.
        QVERIFY2(dark[0][0] > 0.12 && dark[1][1] > 0.12, "no shadow beside the nose, away from the light");
        QVERIFY2(dark[0][0] > dark[1][0] + 0.08, "the -x side is not shadowed by a light from +x");
        QVERIFY2(dark[1][1] > dark[0][1] + 0.08, "the +x side is not shadowed by a light from -x");
        QVERIFY2(dark[0][0] > 2 * dark[0][1] && dark[1][1] > 2 * dark[1][0], "the shadow is not on the far side of the nose");
    }

    // ---------------------------------------------------------------- appearance_losses.h

    void gaussianBlurKeepsConstantsAndTheMean() {
        const at::Tensor constant = at::full({1, 3, 64, 64}, 0.37);
        QVERIFY(maxAbs(gaussianBlurMap(constant, 3.0) - 0.37) < 1e-6);
        const at::Tensor noise = at::rand({1, 1, 128, 128});
        const at::Tensor blurred = gaussianBlurMap(noise, 2.0);
        // OpenCV's Gaussian of the same support with replicated borders.
        cv::Mat src(128, 128, CV_32F, noise.data_ptr<float>()), dst;
        cv::GaussianBlur(src, dst, cv::Size(13, 13), 2.0, 2.0, cv::BORDER_REPLICATE);
        const at::Tensor reference = at::from_blob(dst.data, {1, 1, 128, 128}, at::kFloat);
        const double vsOpenCv = maxAbs(blurred - reference);
        const double meanShift = std::abs(blurred.mean().item<double>() - noise.mean().item<double>());
        qInfo("blur vs cv::GaussianBlur (replicate): max %.2e; mean shift %.2e; std %.4f -> %.4f", vsOpenCv, meanShift,
              noise.std().item<double>(), blurred.std().item<double>());
        QVERIFY(vsOpenCv < 1e-5);
        QVERIFY(meanShift < 2e-3);
        QVERIFY(blurred.std().item<double>() < 0.3 * noise.std().item<double>());
        QVERIFY(at::equal(gaussianBlurMap(noise, 0), noise));
        QVERIFY_THROWS_EXCEPTION(Error, gaussianBlurMap(at::zeros({1, 1, 32, 16}), 1.0));
    }

    void symmetryLossSeesOnlyAsymmetry() {
        const UvLayout low = buildUvLayout(test::topology(), m_base468, 128);
        const at::Tensor random = gaussianBlurMap(at::rand({1, 3, 128, 128}), 3.0);
        const at::Tensor mirrored = at::grid_sampler(random, low.mirrorGrid, 0, 1, false);
        const at::Tensor symmetric = 0.5 * (random + mirrored);
        // A ramp on one side of the face only.
        const at::Tensor u = (at::arange(128, at::kFloat) + 0.5) / 128;
        const at::Tensor oneSided = (u - 0.5).clamp_min(0).mul(2).reshape({1, 1, 1, 128}).expand({1, 3, 128, 128}).contiguous();
        const double lSym = symmetryLoss(symmetric, low, 2.0).item<double>();
        const double lRandom = symmetryLoss(random, low, 2.0).item<double>();
        const double lRamp = symmetryLoss(oneSided, low, 2.0).item<double>();
        const double lConst = symmetryLoss(at::full({1, 3, 128, 128}, 0.4), low, 2.0).item<double>();
        qInfo("symmetry loss: constant %.2e, symmetrised %.2e, random %.2e, one-sided ramp %.2e", lConst, lSym, lRandom, lRamp);
        QVERIFY(lConst < 1e-10);
        QVERIFY2(lRamp > 0.05, "a one-sided ramp is not asymmetric");
        QVERIFY2(lSym < 0.05 * lRandom, "a symmetrised map still costs");
        QVERIFY2(lSym < 1e-3 * lRamp, "a symmetrised map costs compared with a ramp");
    }

    void skinStdAndLightColour() {
        const UvLayout low = buildUvLayout(test::topology(), m_base468, 128);
        QVERIFY(skinStdLoss(at::full({1, 3, 128, 128}, 0.5), low, 2.0).item<double>() < 1e-5);
        // A map with a known spread on the skin: 0.2 on the left half, 0.6 on the right, per channel.
        const at::Tensor u = (at::arange(128, at::kFloat) + 0.5) / 128;
        const at::Tensor halves = at::where(u < 0.5, at::full_like(u, 0.2), at::full_like(u, 0.6)).reshape({1, 1, 1, 128})
                                      .expand({1, 3, 128, 128}).contiguous();
        const double std0 = skinStdLoss(halves, low, 0.0).item<double>();
        const at::Tensor skin = low.skin[0][0] > 0.5;
        const double left = at::masked_select(u.reshape({1, 128}).expand({128, 128}) < 0.5, skin).to(at::kFloat).mean().item<double>();
        const double expected = std::sqrt(3 * 0.4 * 0.4 * left * (1 - left));   // 3 channels, two values 0.4 apart
        qInfo("skin std of halves: %.4f (expected %.4f, left share %.3f); light colour: gray 0", std0, expected, left);
        QVERIFY(std::abs(std0 - expected) < 1e-4);
        QVERIFY(skinStdLoss(halves, low, 2.0).item<double>() < std0);   // the blur narrows the spread
        // Only the skin counts: constant on the skin, different on the lips, lids, brows and background.
        const at::Tensor skinOnly = at::where(low.skin > 0.5, at::full_like(low.skin, 0.5), at::full_like(low.skin, 0.9)).expand({1, 3, 128, 128});
        QVERIFY(skinStdLoss(skinOnly.contiguous(), low, 0.0).item<double>() < 1e-5);

        at::Tensor gray = at::randn({9, 1}).expand({9, 3}).contiguous();
        gray[0].fill_(1.0);
        QVERIFY(lightColourLoss(gray).item<double>() < 1e-12);
        at::Tensor coloured = gray.clone();
        coloured[0][0] = 1.3;
        coloured[2][2] += 0.2;
        const double lc = lightColourLoss(coloured).item<double>();
        QVERIFY(lc > 0);
        QVERIFY(std::abs(lightColourLoss(coloured * 3).item<double>() - lc) < 1e-6 * std::max(1.0, lc));   // scale-free
    }
};

QTEST_GUILESS_MAIN(TestAppearanceParts)
#include "test_appearance_parts.moc"
