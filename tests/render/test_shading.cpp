#include <QtTest>

#include "grad_check.h"
#include "shading.h"
#include "sphere_quadrature.h"

#include <ATen/ATen.h>

#include <cmath>
#include <vector>

using namespace likeness::render;
using likeness::test::gradCheck;

namespace {

constexpr double kPi = 3.14159265358979323846;
const double kY00 = 0.5 / std::sqrt(kPi);

at::Tensor unit(const at::Tensor& v) {
    return v / v.norm(2, {-1}, true);
}

/// SH projection (9 bands) of a narrow light from `direction`: a delta's coefficients Y_lm(d).
at::Tensor directionalLight(const at::Tensor& direction, double strength = 1.0) {
    return (shBasis(unit(direction), 9) * strength).unsqueeze(1).expand({81, 3}).contiguous();
}

ShadingInputs randomInputs(int n, int bands) {
    ShadingInputs in;
    in.normals = unit(at::randn({n, 3}, at::kDouble));
    in.viewDirections = unit(at::randn({n, 3}, at::kDouble));
    in.diffuseAlbedo = at::rand({n, 3}, at::kDouble);
    in.specularIntensity = at::rand({n, 1}, at::kDouble);
    in.light = at::randn({bands * bands, 3}, at::kDouble);
    in.bands = bands;
    in.roughness = 0.35;
    return in;
}

} // namespace

class TestShading : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { at::manual_seed(17); }

    void constantLightGivesPiTimesRadiance() {
        // A constant light of radiance L has only L_00 = L / Y_00; Lambert gives
        // the irradiance A_0 L_00 Y_00 = pi L for every normal, times the albedo
        // (S2F2 supp. eq. 8), and the specular lobe (S_0 = pi) the same.
        ShadingInputs in = randomInputs(50, 9);
        const double L = 0.7;
        in.light = at::zeros({81, 3}, at::kDouble);
        in.light[0].fill_(L / kY00);
        in.specularIntensity = at::zeros({50, 1}, at::kDouble);
        const at::Tensor diffuse = shadeSH(in);
        QVERIFY((diffuse - kPi * L * in.diffuseAlbedo).abs().max().item<double>() < 1e-12);
        QVERIFY((diffuse - lambertKernel(9)[0].item<double>() * (L / kY00) * kY00 * in.diffuseAlbedo).abs().max().item<double>() < 1e-12);
        in.specularIntensity = at::ones({50, 1}, at::kDouble);
        QVERIFY((shadeSH(in) - kPi * L).abs().max().item<double>() < 1e-12);
        // Eq. 7 mixes linearly in s.
        in.specularIntensity = at::full({50, 1}, 0.25, at::kDouble);
        QVERIFY((shadeSH(in) - (0.75 * kPi * L * in.diffuseAlbedo + 0.25 * kPi * L)).abs().max().item<double>() < 1e-12);
    }

    void brightestPointFacesTheLight() {
        // A sphere (all normals) lit by a single-direction light: the diffuse term
        // peaks where the normal points at the light, the specular term where the
        // reflected view vector does (normal = half vector).
        const auto q = likeness::test::sphereQuadrature(90, 180);
        const int64_t n = q.directions.size(0);
        const at::Tensor lightDir = unit(at::tensor({0.3, -0.5, -0.8}, at::kDouble));
        const at::Tensor view = unit(at::tensor({0.0, 0.1, -1.0}, at::kDouble));
        ShadingInputs in;
        in.normals = q.directions;
        in.viewDirections = view.expand({n, 3});
        in.diffuseAlbedo = at::ones({n, 3}, at::kDouble);
        in.specularIntensity = at::zeros({n, 1}, at::kDouble);
        in.light = directionalLight(lightDir);
        in.bands = 9;
        in.roughness = 0.3;
        // Only normals the camera sees (reflection is symmetric in n -> -n).
        const at::Tensor visible = at::matmul(q.directions, view).gt(0);
        const auto angleTo = [&](const at::Tensor& image, const at::Tensor& target) {
            const at::Tensor red = image.select(1, 0).masked_fill(visible.logical_not(), -1e30);
            const int64_t best = red.argmax().item<int64_t>();
            return std::acos(std::min(1.0, (q.directions[best] * target).sum().item<double>())) * 180 / kPi;
        };
        const double diffuseAngle = angleTo(shadeSH(in), lightDir);
        QVERIFY2(diffuseAngle < 3.0, qPrintable(QString::number(diffuseAngle)));
        in.specularIntensity = at::ones({n, 1}, at::kDouble);
        const double specularAngle = angleTo(shadeSH(in), unit(lightDir + view));
        QVERIFY2(specularAngle < 3.0, qPrintable(QString::number(specularAngle)));
        // The side facing away is darker than the lit side.
        in.specularIntensity = at::zeros({n, 1}, at::kDouble);
        in.normals = at::stack({lightDir, -lightDir});
        in.viewDirections = view.expand({2, 3});
        in.diffuseAlbedo = at::ones({2, 3}, at::kDouble);
        in.specularIntensity = at::zeros({2, 1}, at::kDouble);
        const at::Tensor two = shadeSH(in);
        QVERIFY(two[0][0].item<double>() > 10 * std::abs(two[1][0].item<double>()));
    }

    void unnormalisedNormalsAreNormalised() {
        ShadingInputs in = randomInputs(10, 3);
        const at::Tensor reference = shadeSH(in);
        in.normals = in.normals * 3.5;
        in.viewDirections = in.viewDirections * 0.2;
        QVERIFY((shadeSH(in) - reference).abs().max().item<double>() < 1e-12);
    }

    void shadeGradients() {
        const ShadingInputs base = randomInputs(12, 9);
        const auto fn = [&](const std::vector<at::Tensor>& t) {
            ShadingInputs in = base;
            in.normals = t[0];
            in.viewDirections = t[1];
            in.diffuseAlbedo = t[2];
            in.specularIntensity = t[3];
            in.light = t[4];
            return shadeSH(in);
        };
        const std::vector<at::Tensor> inputs = {base.normals, base.viewDirections, base.diffuseAlbedo,
                                                base.specularIntensity, base.light};
        const char* names[] = {"normals", "view", "albedo", "specular", "light"};
        for (size_t k = 0; k < inputs.size(); ++k) {
            const auto result = gradCheck(fn, inputs, k);
            QVERIFY2(result.ok, qPrintable(QString("%1: %2").arg(names[k]).arg(result.message.c_str())));
        }
    }

    void batchedShapesAndValidation() {
        ShadingInputs in;
        in.normals = unit(at::randn({4, 5, 3}));
        in.viewDirections = unit(at::randn({4, 5, 3}));
        in.diffuseAlbedo = at::rand({4, 5, 3});
        in.specularIntensity = at::rand({4, 5, 1});
        in.light = at::randn({9, 3});
        QCOMPARE(shadeSH(in).sizes(), (at::IntArrayRef{4, 5, 3}));
        QCOMPARE(shadeSH(in).scalar_type(), at::kFloat);
        in.light = at::randn({16, 3});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, shadeSH(in));
    }

    void vertexNormalsOfSimpleMeshes() {
        // A flat quad in z = 0 wound counter-clockwise around +z.
        const at::Tensor quad = at::tensor(std::vector<double>{0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0}, at::kDouble).reshape({4, 3});
        const at::Tensor quadFaces = at::tensor({0, 1, 2, 0, 2, 3}, at::kLong).reshape({2, 3});
        const at::Tensor n = vertexNormals(quad, quadFaces);
        QVERIFY((n - at::tensor({0.0, 0.0, 1.0}, at::kDouble)).abs().max().item<double>() < 1e-15);
        // Area weighting: a vertex shared by a large triangle in z = 0 and a small
        // one in x = 0 leans towards the large one's normal by the area ratio.
        const at::Tensor v = at::tensor(std::vector<double>{0, 0, 0, 4, 0, 0, 0, 4, 0, 0, 0, 1, 0, 1, 0}, at::kDouble).reshape({5, 3});
        const at::Tensor f = at::tensor({0, 1, 2, 0, 4, 3}, at::kInt).reshape({2, 3});
        const at::Tensor shared = vertexNormals(v, f)[0];
        // Large: area 8, normal +z; small: area 0.5, normal (y x z) = +x.
        const at::Tensor expected = unit(at::tensor({0.5, 0.0, 8.0}, at::kDouble));
        QVERIFY((shared - expected).abs().max().item<double>() < 1e-15);
        // A closed octahedron: outward normals equal the (normalised) vertex positions.
        const at::Tensor oct = at::tensor(std::vector<double>{1, 0, 0, -1, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 1, 0, 0, -1}, at::kDouble).reshape({6, 3});
        const at::Tensor octFaces = at::tensor({0, 2, 4, 2, 1, 4, 1, 3, 4, 3, 0, 4, 2, 0, 5, 1, 2, 5, 3, 1, 5, 0, 3, 5}, at::kLong).reshape({8, 3});
        QVERIFY((vertexNormals(oct, octFaces) - oct).abs().max().item<double>() < 1e-15);
        // Unused vertices get a zero normal, not NaN.
        const at::Tensor extra = at::cat({quad, at::ones({1, 3}, at::kDouble)});
        QVERIFY(vertexNormals(extra, quadFaces)[4].abs().sum().item<double>() == 0);
    }

    void vertexNormalsGradient() {
        // A bumpy open grid.
        std::vector<double> xyz;
        std::vector<int64_t> idx;
        for (int j = 0; j < 4; ++j)
            for (int i = 0; i < 4; ++i) xyz.insert(xyz.end(), {double(i), double(j), 0.3 * std::sin(i * 1.7 + j)});
        for (int j = 0; j < 3; ++j)
            for (int i = 0; i < 3; ++i) {
                const int64_t a = j * 4 + i;
                idx.insert(idx.end(), {a, a + 1, a + 5, a, a + 5, a + 4});
            }
        const at::Tensor v = at::tensor(xyz, at::kDouble).reshape({-1, 3});
        const at::Tensor f = at::tensor(idx, at::kLong).reshape({-1, 3});
        const auto result = gradCheck([&](const std::vector<at::Tensor>& in) { return vertexNormals(in[0], f); }, {v}, 0);
        QVERIFY2(result.ok, result.message.c_str());
    }

    void textureLookup() {
        // 2x3 texture (H=2, W=3), 2 channels.
        const at::Tensor tex = at::arange(12, at::kDouble).reshape({2, 3, 2});
        // Texel centres: u = (i + 0.5) / 3, v = (j + 0.5) / 2.
        for (int j = 0; j < 2; ++j)
            for (int i = 0; i < 3; ++i) {
                const at::Tensor uv = at::tensor({(i + 0.5) / 3, (j + 0.5) / 2}, at::kDouble);
                QVERIFY((sampleTexture(tex, uv) - tex[j][i]).abs().max().item<double>() < 1e-12);
            }
        // Halfway between texels: the average.
        const at::Tensor mid = sampleTexture(tex, at::tensor({1.0 / 3, 0.5}, at::kDouble));   // between (0,0),(1,0),(0,1),(1,1)
        QVERIFY((mid - (tex[0][0] + tex[0][1] + tex[1][0] + tex[1][1]) / 4).abs().max().item<double>() < 1e-12);
        // Outside [0, 1]: clamped to the border texels.
        QVERIFY((sampleTexture(tex, at::tensor({-0.5, -2.0}, at::kDouble)) - tex[0][0]).abs().max().item<double>() < 1e-12);
        QVERIFY((sampleTexture(tex, at::tensor({1.7, 3.0}, at::kDouble)) - tex[1][2]).abs().max().item<double>() < 1e-12);
        QVERIFY((sampleTexture(tex, at::tensor({0.999, 0.01}, at::kDouble)) - tex[0][2]).abs().max().item<double>() < 1e-12);
        // Shapes: uv [...,2] -> [...,C]; float.
        QCOMPARE(sampleTexture(tex.to(at::kFloat), at::rand({4, 5, 2})).sizes(), (at::IntArrayRef{4, 5, 2}));
        QCOMPARE(sampleTexture(tex.to(at::kFloat), at::rand({4, 5, 2})).scalar_type(), at::kFloat);
    }

    void textureGradients() {
        const at::Tensor tex = at::randn({5, 7, 3}, at::kDouble);
        // uv strictly inside, away from texel centres (where bilinear has kinks).
        const at::Tensor uv = (at::rand({30, 2}, at::kDouble) * 0.8 + 0.1);
        const auto fn = [](const std::vector<at::Tensor>& in) { return sampleTexture(in[0], in[1]); };
        const auto t = gradCheck(fn, {tex, uv}, 0);
        QVERIFY2(t.ok, t.message.c_str());
        const auto u = gradCheck(fn, {tex, uv}, 1);
        QVERIFY2(u.ok, u.message.c_str());
    }
};

QTEST_APPLESS_MAIN(TestShading)
#include "test_shading.moc"
