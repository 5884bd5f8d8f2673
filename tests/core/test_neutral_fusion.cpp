// Neutral fusion on the demo photo's FaceMesh landmarks: scale from the
// interpupillary distance, a left/right symmetric face in its own frame, the
// camera rotation, a stable result from the photo plus its mirror image, the
// recovery of a known expression, and refusal of unusable input.
#include <QtTest>

#include <cmath>

#include <ATen/ATen.h>

#include "analysis/head_pose.h"
#include "common/error.h"
#include "demo_face.h"
#include "model/expression_rig.h"
#include "model/neutral_fusion.h"
#include "topology/face_topology.h"

using namespace likeness;

namespace {

double meanMirrorError(const at::Tensor& n) { return (n - test::mirroredField(n)).norm(2, 1).mean().item<double>(); }

double angleBetween(const at::Tensor& a, const at::Tensor& b) {
    const double c = ((at::matmul(a.t(), b).trace().item<double>() - 1.0) / 2.0);
    return std::acos(std::clamp(c, -1.0, 1.0)) * 180.0 / 3.14159265358979323846;
}

// A FaceMesh-like observation of model-space points: pixels = 4 px/mm, y and z
// flipped, turned by `yawDeg` about the vertical axis, irises at the eye centres.
FaceObservation observe(const at::Tensor& points, const at::Tensor& eyes, double yawDeg) {
    const double a = yawDeg * 3.14159265358979323846 / 180.0;
    FaceObservation f;
    const auto add = [&](const at::Tensor& p) {
        const double x = p[0].item<double>(), y = p[1].item<double>(), z = p[2].item<double>();
        const double xr = std::cos(a) * x + std::sin(a) * z, zr = -std::sin(a) * x + std::cos(a) * z;
        f.landmarks.push_back({float(256 + 4 * xr), float(256 - 4 * y), float(-4 * zr)});
    };
    for (int i = 0; i < 468; ++i)
        add(points[i]);
    for (int e = 0; e < 2; ++e)
        for (int k = 0; k < 5; ++k)
            add(eyes[e]);
    return f;
}

} // namespace

class TestNeutralFusion : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scaleFromInterpupillaryDistance() {
        for (double ipd : {63.0, 58.0}) {
            NeutralFusionOptions o;
            o.interpupillaryMm = ipd;
            const FusedNeutral f = fuseNeutral({test::demoObservation()}, test::topology(), o);
            QCOMPARE(f.neutral.sizes().vec(), (std::vector<int64_t>{468, 3}));
            QCOMPARE(f.eyeCentres.sizes().vec(), (std::vector<int64_t>{2, 3}));
            const double d = (f.eyeCentres[1] - f.eyeCentres[0]).norm().item<double>();
            QVERIFY(std::abs(d - ipd) < 1e-3);
            // Origin between the eyes; subject's left eye at +x.
            QVERIFY((f.eyeCentres[0] + f.eyeCentres[1]).norm().item<double>() < 1e-3);
            QVERIFY(f.eyeCentres[1][0].item<double>() > 0.45 * ipd);
            // mm per pixel: the photo's iris centres are ~82 px apart.
            QVERIFY(f.mmPerPixel > 0.5 && f.mmPerPixel < 1.0);
            // Face proportions in millimetres (forehead top to chin, nose out of the face).
            const double height = (f.neutral[10] - f.neutral[152]).norm().item<double>();
            qInfo("IPD %.0f mm: face height %.1f mm, nose tip z %.1f mm, %.3f mm/px", ipd, height,
                  f.neutral[1][2].item<double>(), f.mmPerPixel);
            QVERIFY(height > 2.0 * ipd && height < 3.2 * ipd);
            QVERIFY(f.neutral[1][2].item<double>() > 0.3 * ipd);      // nose tip toward the viewer
            QVERIFY(f.neutral[10][1].item<double>() > 0);             // forehead up
            QVERIFY(f.neutral[152][1].item<double>() < -1.2 * ipd);   // chin down
        }
    }

    void neutralIsSymmetric() {
        const FusedNeutral f = fuseNeutral({test::demoObservation()}, test::topology());
        const double err = meanMirrorError(f.neutral);
        const double worst = (f.neutral - test::mirroredField(f.neutral)).norm(2, 1).max().item<double>();
        qInfo("single photo: mirror error mean %.2f mm, max %.2f mm", err, worst);
        QVERIFY(err < 2.0);
        // The midline lies in the x = 0 plane.
        for (int v : {1, 4, 6, 10, 152, 0, 17})
            QVERIFY(std::abs(f.neutral[v][0].item<double>()) < 1.5);
    }

    void rotationMatchesHeadPose() {
        const FaceObservation& face = test::demoObservation();
        const FusedNeutral f = fuseNeutral({face}, test::topology());
        QCOMPARE(f.rotations.size(), std::size_t(1));
        const at::Tensor r = f.rotations[0].to(at::kDouble);
        QVERIFY((at::matmul(r, r.t()) - at::eye(3, at::kDouble)).abs().max().item<double>() < 1e-4);
        QVERIFY(std::abs(at::det(r).item<double>() - 1.0) < 1e-4);
        // The analyser's pose maps face axes (x image right, y down the face, z away)
        // to the camera; model axes are (x, -y, -z) of those.
        at::Tensor pose = at::empty({3, 3}, at::kDouble);
        for (int i = 0; i < 9; ++i)
            pose[i / 3][i % 3] = face.pose.rotation[std::size_t(i)];
        pose = at::matmul(pose, at::diag(at::tensor(std::vector<double>{1, -1, -1})));
        const double angle = angleBetween(r, pose);
        qInfo("rotation vs analyser head pose: %.1f degrees apart", angle);
        QVERIFY(angle < 12.0);
        // The model's landmarks, rotated and scaled, lie on the photo's landmarks.
        const at::Tensor model = f.neutral.to(at::kDouble);
        at::Tensor seen = at::empty({468, 3}, at::kDouble);
        for (int i = 0; i < 468; ++i) {
            seen[i][0] = face.landmarks[std::size_t(i)].x;
            seen[i][1] = face.landmarks[std::size_t(i)].y;
            seen[i][2] = face.landmarks[std::size_t(i)].z;
        }
        const at::Tensor projected = at::matmul(model, r.t()) / f.mmPerPixel;
        const at::Tensor offset = (seen - projected).mean(0);
        const double rms = (seen - projected - offset).slice(1, 0, 2).pow(2).sum(1).mean().sqrt().item<double>();
        qInfo("reprojection of the neutral: %.2f px rms", rms);
        QVERIFY(rms < 4.0);
    }

    void photoAndMirrorImageFuseStably() {
        const FaceObservation& a = test::demoObservation();
        const FaceObservation& b = test::flippedDemoObservation();
        const FusedNeutral single = fuseNeutral({a}, test::topology());
        const FusedNeutral ab = fuseNeutral({a, b}, test::topology());
        const FusedNeutral ba = fuseNeutral({b, a}, test::topology());
        QVERIFY(std::abs((ab.eyeCentres[1] - ab.eyeCentres[0]).norm().item<double>() - 63.0) < 1e-3);
        const double order = (ab.neutral - ba.neutral).norm(2, 1).max().item<double>();
        const double toSymmetric = (ab.neutral - test::symmetrised(single.neutral)).norm(2, 1).mean().item<double>();
        const double mirror = meanMirrorError(ab.neutral);
        qInfo("photo + mirror image: order changes the result by %.3f mm (max), %.2f mm (mean) from the "
              "symmetrised single-photo neutral, mirror error %.2f mm",
              order, toSymmetric, mirror);
        QVERIFY(order < 0.5);
        QVERIFY(toSymmetric < 1.5);
        QVERIFY(mirror < meanMirrorError(single.neutral) + 0.05);
        QCOMPARE(ab.rotations.size(), std::size_t(2));
        QCOMPARE(ab.expressions.size(), std::size_t(2));
        QCOMPARE(ab.used, (std::vector<int>{0, 1}));
        // The two views turn the opposite ways (yaw: rotation's x-z entries).
        const HeadPose pa = headPoseFromRotation([&] {
            std::array<float, 9> m{};
            const at::Tensor r = at::matmul(ab.rotations[0], at::diag(at::tensor(std::vector<float>{1, -1, -1})));
            for (int i = 0; i < 9; ++i) m[std::size_t(i)] = r[i / 3][i % 3].item<float>();
            return m;
        }());
        const HeadPose pb = headPoseFromRotation([&] {
            std::array<float, 9> m{};
            const at::Tensor r = at::matmul(ab.rotations[1], at::diag(at::tensor(std::vector<float>{1, -1, -1})));
            for (int i = 0; i < 9; ++i) m[std::size_t(i)] = r[i / 3][i % 3].item<float>();
            return m;
        }());
        qInfo("yaw %.1f / %.1f, roll %.1f / %.1f degrees", pa.yawDeg, pb.yawDeg, pa.rollDeg, pb.rollDeg);
        QVERIFY(std::abs(pa.yawDeg + pb.yawDeg) < 3.0);
        QVERIFY(std::abs(pa.rollDeg + pb.rollDeg) < 3.0);
    }

    void removesAKnownExpression() {
        // A symmetric subject showing jawOpen 0.4 and mouthSmileLeft 0.6, seen turned 15 degrees.
        const at::Tensor n = test::symmetricDemoNeutral();
        const FusedNeutral base = fuseNeutral({test::demoObservation()}, test::topology());
        const at::Tensor flipX = at::tensor(std::vector<float>{-1.f, 1.f, 1.f});
        const at::Tensor left = 0.5 * (base.eyeCentres[1] + base.eyeCentres[0] * flipX);
        const at::Tensor eyes = at::stack({left * flipX, left});
        const ExpressionRig rig = generateArkitRig(test::topology(), n);
        at::Tensor w = at::zeros({52});
        w[rig.indexOf("jawOpen")] = 0.4f;
        w[rig.indexOf("mouthSmileLeft")] = 0.6f;
        const at::Tensor posed = rig.apply(n, w);
        const FusedNeutral f = fuseNeutral({observe(posed, eyes, 15.0)}, test::topology());
        const at::Tensor got = f.expressions[0];
        qInfo("recovered jawOpen %.2f (0.4), mouthSmileLeft %.2f (0.6), largest other %.2f",
              got[rig.indexOf("jawOpen")].item<double>(), got[rig.indexOf("mouthSmileLeft")].item<double>(),
              [&] {
                  at::Tensor other = got.clone();
                  other[rig.indexOf("jawOpen")] = 0;
                  other[rig.indexOf("mouthSmileLeft")] = 0;
                  return other.max().item<double>();
              }());
        QVERIFY(std::abs(got[rig.indexOf("jawOpen")].item<double>() - 0.4) < 0.12);
        QVERIFY(std::abs(got[rig.indexOf("mouthSmileLeft")].item<double>() - 0.6) < 0.2);
        QVERIFY(got.min().item<double>() >= 0 && got.max().item<double>() <= 1);
        QCOMPARE(got[51].item<float>(), 0.0f);
        const double err = (f.neutral - n).norm(2, 1).mean().item<double>();
        const double errKept = [&] {
            NeutralFusionOptions o;
            o.removeExpression = false;
            return (fuseNeutral({observe(posed, eyes, 15.0)}, test::topology(), o).neutral - n)
                .norm(2, 1).mean().item<double>();
        }();
        qInfo("neutral error %.2f mm with expression removal, %.2f mm without", err, errKept);
        QVERIFY(err < 0.6 * errKept);
    }

    void refusesUnusableInput() {
        QVERIFY_THROWS_EXCEPTION(InputError, fuseNeutral({}, test::topology()));
        FaceObservation few = test::demoObservation();
        few.landmarks.resize(100);
        QVERIFY_THROWS_EXCEPTION(InputError, fuseNeutral({few}, test::topology()));
        FaceObservation broken = test::demoObservation();
        broken.landmarks[7].x = NAN;
        QVERIFY_THROWS_EXCEPTION(InputError, fuseNeutral({broken}, test::topology()));
        // A bad observation beside a good one is skipped.
        const FusedNeutral f = fuseNeutral({few, test::demoObservation()}, test::topology());
        QCOMPARE(f.used, std::vector<int>{1});
        QCOMPARE(f.rotations.size(), std::size_t(2));
        QVERIFY(at::equal(f.rotations[0], at::eye(3, at::kFloat)));
        NeutralFusionOptions o;
        o.interpupillaryMm = 10;
        QVERIFY_THROWS_EXCEPTION(OptionsError, fuseNeutral({test::demoObservation()}, test::topology(), o));
        // Without irises the eye corners give the eye centres.
        FaceObservation meshOnly = test::demoObservation();
        meshOnly.landmarks.resize(468);
        const FusedNeutral m = fuseNeutral({meshOnly}, test::topology());
        QVERIFY(std::abs((m.eyeCentres[1] - m.eyeCentres[0]).norm().item<double>() - 63.0) < 1e-3);
    }
};

QTEST_GUILESS_MAIN(TestNeutralFusion)
#include "test_neutral_fusion.moc"
