#include <QtTest>

#include "camera_projection.h"
#include "grad_check.h"

#include <ATen/ATen.h>

#include <cmath>

using namespace likeness::render;
using likeness::test::gradCheck;

namespace {
constexpr double kPi = 3.14159265358979323846;

at::Tensor vec(double x, double y, double z) {
    return at::tensor({x, y, z}, at::kDouble);
}
double maxAbs(const at::Tensor& t) {
    return t.abs().max().item<double>();
}
} // namespace

class TestCameraProjection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { at::manual_seed(23); }

    void rodriguesKnownRotations() {
        // A quarter turn about z maps x to y.
        const at::Tensor R = axisAngleToMatrix(vec(0, 0, kPi / 2));
        QVERIFY(maxAbs(at::matmul(R, vec(1, 0, 0)) - vec(0, 1, 0)) < 1e-15);
        // Half a turn about x flips y and z.
        QVERIFY(maxAbs(axisAngleToMatrix(vec(kPi, 0, 0)) - at::diag(vec(1, -1, -1))) < 1e-15);
        // Zero is the identity, exactly.
        QVERIFY(axisAngleToMatrix(vec(0, 0, 0)).equal(at::eye(3, at::kDouble)));
        // Random rotations are orthonormal with determinant 1 and keep their axis.
        for (int k = 0; k < 10; ++k) {
            const at::Tensor w = at::randn({3}, at::kDouble) * 2;
            const at::Tensor M = axisAngleToMatrix(w);
            QVERIFY(maxAbs(at::matmul(M, M.t()) - at::eye(3, at::kDouble)) < 1e-14);
            QVERIFY(std::abs(at::det(M).item<double>() - 1) < 1e-14);
            QVERIFY(maxAbs(at::matmul(M, w) - w) < 1e-14);
        }
        // Batched: [...,3] -> [...,3,3].
        QCOMPARE(axisAngleToMatrix(at::randn({4, 3})).sizes(), (at::IntArrayRef{4, 3, 3}));
    }

    void rodriguesStableNearZero() {
        // Across the small-angle switch the Taylor and exact forms agree, also in float.
        for (double angle : {1e-8, 1e-5, 9.99e-4, 1.001e-3, 1e-2}) {
            const at::Tensor axis = vec(0.48, -0.6, 0.64);
            const at::Tensor w = axis * angle;
            const at::Tensor K = at::tensor({0.0, -0.64, -0.6, 0.64, 0.0, -0.48, 0.6, 0.48, 0.0}, at::kDouble).reshape({3, 3});
            const at::Tensor exact = at::eye(3, at::kDouble) + std::sin(angle) * K +
                                     2 * std::pow(std::sin(angle / 2), 2) * at::matmul(K, K);
            QVERIFY(maxAbs(axisAngleToMatrix(w) - exact) < 1e-16 + 1e-15);
            QVERIFY(maxAbs(axisAngleToMatrix(w.to(at::kFloat)).to(at::kDouble) - exact) < 2e-7);
        }
    }

    void rodriguesGradient() {
        const auto fn = [](const std::vector<at::Tensor>& in) { return axisAngleToMatrix(in[0]); };
        for (const at::Tensor& w : {at::randn({3}, at::kDouble), vec(0, 0, 0), vec(1e-4, -2e-4, 5e-5), vec(2.5, 0.3, -1.0)}) {
            const auto r = gradCheck(fn, {w}, 0);
            QVERIFY2(r.ok, r.message.c_str());
        }
        // At zero, dR/dw_k is the cross-product generator [e_k]x.
        const at::Tensor w = at::zeros({3}, at::kDouble).requires_grad_(true);
        axisAngleToMatrix(w)[1][0].backward();   // R_10 = w_z + O(w^2)
        QVERIFY(maxAbs(w.grad() - vec(0, 0, 1)) < 1e-15);
    }

    void rigidTransformAndProjection() {
        const at::Tensor R = axisAngleToMatrix(vec(0.1, -0.2, 0.3));
        const at::Tensor t = vec(5, -3, 400);
        const at::Tensor p = at::randn({6, 3}, at::kDouble) * 50;
        const at::Tensor cam = rigidTransform(p, R, t);
        QVERIFY(maxAbs(cam - (at::matmul(R, p.t()).t() + t)) < 1e-12);
        const at::Tensor screen = projectPerspective(cam, at::scalar_tensor(800.0, at::kDouble), 320, 240);
        QCOMPARE(screen.sizes(), (at::IntArrayRef{6, 3}));
        for (int k = 0; k < 6; ++k) {
            const double X = cam[k][0].item<double>(), Y = cam[k][1].item<double>(), Z = cam[k][2].item<double>();
            QVERIFY(std::abs(screen[k][0].item<double>() - (800 * X / Z + 320)) < 1e-9);
            QVERIFY(std::abs(screen[k][1].item<double>() - (800 * Y / Z + 240)) < 1e-9);
            QCOMPARE(screen[k][2].item<double>(), Z);
        }
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, projectPerspective(cam.narrow(1, 0, 2), at::scalar_tensor(1.0), 0, 0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rigidTransform(p, R.narrow(0, 0, 2), t));
    }

    void projectionGradients() {
        const at::Tensor w = vec(0.2, 0.4, -0.1), t = vec(3, 4, 300);
        const at::Tensor p = at::randn({5, 3}, at::kDouble) * 40;
        const at::Tensor focal = at::scalar_tensor(700.0, at::kDouble);
        const auto fn = [](const std::vector<at::Tensor>& in) {
            return projectPerspective(rigidTransform(in[0], axisAngleToMatrix(in[1]), in[2]), in[3], 320, 240);
        };
        const char* names[] = {"points", "rotation", "translation", "focal"};
        for (size_t k = 0; k < 4; ++k) {
            const auto r = gradCheck(fn, {p, w, t, focal}, k, 1e-6, 1e-6, 1e-6);
            QVERIFY2(r.ok, qPrintable(QString("%1: %2").arg(names[k]).arg(r.message.c_str())));
        }
    }
};

QTEST_APPLESS_MAIN(TestCameraProjection)
#include "test_camera_projection.moc"
