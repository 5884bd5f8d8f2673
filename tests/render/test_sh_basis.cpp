#include <QtTest>

#include "grad_check.h"
#include "shading.h"
#include "sphere_quadrature.h"

#include <ATen/ATen.h>

#include <cmath>

using namespace likeness::render;
using likeness::test::sphereQuadrature;

namespace {
constexpr double kPi = 3.14159265358979323846;
}

class TestShBasis : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void orthonormal_data() {
        QTest::addColumn<int>("bands");
        QTest::newRow("3 bands") << 3;
        QTest::newRow("9 bands") << 9;
    }
    void orthonormal() {
        // Products of two band-8 harmonics are polynomials of degree <= 16: the
        // quadrature integrates them exactly, so the Gram matrix is the identity.
        QFETCH(int, bands);
        const auto q = sphereQuadrature(20, 40);
        QVERIFY(std::abs(q.weights.sum().item<double>() - 4 * kPi) < 1e-12);
        const at::Tensor Y = shBasis(q.directions, bands);   // [N, bands^2]
        QCOMPARE(Y.size(1), int64_t(bands * bands));
        const at::Tensor gram = at::matmul(Y.t() * q.weights, Y);
        const double error = (gram - at::eye(bands * bands, at::kDouble)).abs().max().item<double>();
        QVERIFY2(error < 1e-12, qPrintable(QString::number(error)));
    }

    void knownLowOrderValues() {
        // The convention of Ramamoorthi & Hanrahan (no Condon-Shortley phase).
        const at::Tensor d = at::tensor({0.36, -0.48, 0.8}, at::kDouble);
        const double x = 0.36, y = -0.48, z = 0.8;
        const at::Tensor Y = shBasis(d, 3);
        const double expected[9] = {0.282095,         0.488603 * y,  0.488603 * z,
                                    0.488603 * x,     1.092548 * x * y, 1.092548 * y * z,
                                    0.315392 * (3 * z * z - 1), 1.092548 * x * z, 0.546274 * (x * x - y * y)};
        for (int k = 0; k < 9; ++k) QVERIFY2(std::abs(Y[k].item<double>() - expected[k]) < 1e-6, qPrintable(QString::number(k)));
        // Batched shapes and float.
        QCOMPARE(shBasis(at::randn({4, 5, 3}), 9).sizes(), (at::IntArrayRef{4, 5, 81}));
        QCOMPARE(shBasis(at::randn({2, 3}), 1).scalar_type(), at::kFloat);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, shBasis(d, 10));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, shBasis(d, 0));
    }

    void lambertKernelValues() {
        const at::Tensor a = lambertKernel(9);
        QCOMPARE(a.size(0), int64_t(9));
        const double expected[9] = {kPi, 2 * kPi / 3, kPi / 4, 0, -kPi / 24, 0, kPi / 64, 0, -kPi / 128};
        for (int l = 0; l < 9; ++l) QVERIFY(std::abs(a[l].item<double>() - expected[l]) < 1e-14);
        // A_l = 2 pi * integral_0^1 t P_l(t) dt (the clamped cosine's Legendre coefficients).
        std::vector<double> t, w;
        likeness::gaussLegendre(12, t, w);
        for (int l = 0; l < 9; ++l) {
            double integral = 0;
            for (size_t i = 0; i < t.size(); ++i) {
                const double u = 0.5 * (t[i] + 1);   // [0, 1]
                double p0 = 1, p1 = u;
                for (int k = 2; k <= l; ++k) {
                    const double p2 = ((2 * k - 1) * u * p1 - (k - 1) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                integral += 0.5 * w[i] * u * (l == 0 ? 1.0 : p1);
            }
            QVERIFY(std::abs(2 * kPi * integral - a[l].item<double>()) < 1e-13);
        }
    }

    void irradianceMatchesDirectIntegration() {
        // E(n) = sum A_l L_lm Y_lm(n) is the cosine-weighted integral of the light
        // L(w) = sum L_lm Y_lm(w) over the hemisphere around n (Funk-Hecke), for a
        // light limited to 3 bands, where A_l is exact.
        at::manual_seed(5);
        const at::Tensor light = at::randn({9}, at::kDouble);
        const auto q = sphereQuadrature(400, 800);
        const at::Tensor radiance = at::matmul(shBasis(q.directions, 3), light);
        const at::Tensor raw = at::randn({6, 3}, at::kDouble);
        const at::Tensor normals = raw / raw.norm(2, {1}, true);
        const at::Tensor cosine = at::matmul(normals, q.directions.t()).clamp_min(0);   // [6, N]
        const at::Tensor direct = at::matmul(cosine * q.weights, radiance);
        const at::Tensor a = lambertKernel(3);
        const at::Tensor perCoefficient = at::stack({a[0], a[1], a[1], a[1], a[2], a[2], a[2], a[2], a[2]});
        const at::Tensor sh = at::matmul(shBasis(normals, 3), light * perCoefficient);
        const double error = (direct - sh).abs().max().item<double>();
        QVERIFY2(error < 1e-4 * light.abs().sum().item<double>(), qPrintable(QString::number(error)));
    }

    void specularKernelValues() {
        const at::Tensor s = specularKernel(9, 0.4);
        QVERIFY(std::abs(s[0].item<double>() - kPi) < 1e-14);   // matched to A_0
        for (int l = 1; l < 9; ++l) {
            QVERIFY(s[l].item<double>() < s[l - 1].item<double>());
            QVERIFY(std::abs(s[l].item<double>() - kPi * std::exp(-0.16 * l * l)) < 1e-14);
        }
        // Rougher lobes are blurrier (fall off faster in l).
        QVERIFY(specularKernel(9, 0.8)[4].item<double>() < specularKernel(9, 0.2)[4].item<double>());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, specularKernel(9, 0.0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, specularKernel(9, 1.5));
    }

    void gradient() {
        at::manual_seed(2);
        const at::Tensor raw = at::randn({20, 3}, at::kDouble);
        const at::Tensor d = raw / raw.norm(2, {1}, true);
        const auto result = likeness::test::gradCheck(
            [](const std::vector<at::Tensor>& in) { return shBasis(in[0], 9); }, {d}, 0);
        QVERIFY2(result.ok, result.message.c_str());
        // Smooth at the poles too (polynomial form, no atan2).
        const auto pole = likeness::test::gradCheck(
            [](const std::vector<at::Tensor>& in) { return shBasis(in[0], 9); },
            {at::tensor({0.0, 0.0, 1.0, 0.0, 0.0, -1.0}, at::kDouble).reshape({2, 3})}, 0);
        QVERIFY2(pole.ok, pole.message.c_str());
    }
};

QTEST_APPLESS_MAIN(TestShBasis)
#include "test_sh_basis.moc"
