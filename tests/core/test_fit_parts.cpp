// The coarse fit's building blocks: options, image metrics, similarity
// alignment, mesh operators, loss terms, pose initialisation, landmark weights,
// fitting view, status text, losses CSV.
#include <QtTest>

#include <ATen/ATen.h>
#include <Eigen/Geometry>
#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "common/error.h"
#include "fit/face_render.h"
#include "fit/fit_losses.h"
#include "fit/fit_problem.h"
#include "fit/fit_status.h"
#include "fit/fit_types.h"
#include "fit/fit_view.h"
#include "fit/image_metrics.h"
#include "fit/landmark_weights.h"
#include "fit/mesh_operators.h"
#include "fit/pose_init.h"
#include "fit/similarity_align.h"
#include "report/losses_csv.h"
#include "topology/face_topology.h"

using namespace likeness;

class TestFitParts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void optionsValidate() {
        CoarseFitOptions o;
        o.validate();
        auto refuses = [](auto change) {
            CoarseFitOptions bad;
            change(bad);
            try {
                bad.validate();
            } catch (const OptionsError&) {
                return true;
            }
            return false;
        };
        QVERIFY(refuses([](CoarseFitOptions& b) { b.iterations = 0; }));
        QVERIFY(refuses([](CoarseFitOptions& b) { b.subdivisionLevel = 4; }));
        QVERIFY(refuses([](CoarseFitOptions& b) { b.shBands = 0; }));
        QVERIFY(refuses([](CoarseFitOptions& b) { b.device = "tpu"; }));
        QVERIFY(refuses([](CoarseFitOptions& b) { b.photometricWeight = -1; }));
        QVERIFY(refuses([](CoarseFitOptions& b) { b.laplacianWeight = std::nan(""); }));
        QVERIFY(refuses([](CoarseFitOptions& b) { b.poseFraction = 0.7, b.geometryFraction = 0.5; }));
        QVERIFY(refuses([](CoarseFitOptions& b) { b.fitSize = 8; }));
    }

    void metricsOfKnownImages() {
        cv::Mat a(64, 64, CV_32FC3), mask(64, 64, CV_8UC1, cv::Scalar(255));
        cv::randu(a, 0.f, 1.f);
        QCOMPARE(ssimInMask(a, a, mask), 1.0);
        QCOMPARE(psnrInMask(a, a, mask), 100.0);
        const cv::Mat b = a + cv::Scalar::all(0.1);   // MSE 0.01 -> 20 dB
        cv::Mat shifted = a.clone();
        shifted.forEach<cv::Vec3f>([](cv::Vec3f& p, const int*) { p[2] = 1 - p[2]; });   // one channel differs
        QVERIFY(ssimInMask(a, shifted, mask) < 0.75);
        QVERIFY(std::abs(psnrInMask(a, b, mask) - 20.0) < 1e-3);
        cv::Mat noisy(64, 64, CV_32FC3);
        cv::randu(noisy, 0.f, 1.f);
        QVERIFY(ssimInMask(a, noisy, mask) < 0.2);
        // Only the masked half counts.
        cv::Mat half = a.clone();
        half(cv::Rect(32, 0, 32, 64)).setTo(cv::Scalar::all(0));
        cv::Mat left(64, 64, CV_8UC1, cv::Scalar(0));
        left(cv::Rect(0, 0, 20, 64)).setTo(255);
        QCOMPARE(psnrInMask(a, half, left), 100.0);
        QCOMPARE(ssimInMask(a, half, cv::Mat::zeros(64, 64, CV_8UC1)), 0.0);
    }

    void similarityRecoversATransform() {
        std::vector<float> src, dst;
        const Eigen::Matrix3d r = Eigen::AngleAxisd(0.4, Eigen::Vector3d(1, 2, 3).normalized()).toRotationMatrix();
        for (int i = 0; i < 50; ++i) {
            const Eigen::Vector3d p(std::sin(i * 1.3) * 40, std::cos(i * 0.7) * 30, std::sin(i * 0.3 + 1) * 20);
            const Eigen::Vector3d q = 1.7 * (r * p) + Eigen::Vector3d(5, -3, 200);
            src.insert(src.end(), {float(p.x()), float(p.y()), float(p.z())});
            dst.insert(dst.end(), {float(q.x()), float(q.y()), float(q.z())});
        }
        const Similarity s = alignPoints(src, dst);
        QVERIFY(std::abs(s.scale - 1.7) < 1e-4);
        QVERIFY((s.rotation - r).norm() < 1e-4);
        QVERIFY(meanAlignedDistance(src, dst) < 1e-3);
        QVERIFY(meanAlignedDistance(src, dst, false) > 1.0);   // rigid cannot undo the scale
    }

    // The appearance stage's finer mesh: linear refinement of level 1 must be level 2's
    // topology, keep level 1's vertices, and put new vertices at edge midpoints (the
    // subdivided UVs are exactly that, so refining level-1 UVs gives level-2 UVs).
    void appearanceMeshRefinesLinearly() {
        const FaceTopology topology = FaceTopology::load();
        const SubdividedTopology coarse(topology, 1), fine(topology, 2);
        const auto m = buildAppearanceMesh(topology, coarse, at::Device(at::kCPU));
        QCOMPARE(m->vertexCount, fine.vertexCount());
        QVERIFY(at::equal(m->triangles, fine.triangles().to(at::kLong)));
        const at::Tensor uv = m->refine(coarse.uvs());
        QVERIFY((uv - fine.uvs()).abs().max().item<float>() < 1e-6);
        const at::Tensor positions = at::randn({coarse.vertexCount(), 3});
        QVERIFY(at::equal(m->refine(positions).narrow(0, 0, coarse.vertexCount()), positions));
        QCOMPARE(m->ops.vertexCount, fine.vertexCount());
        QVERIFY_THROWS_EXCEPTION(OptionsError, buildAppearanceMesh(topology, SubdividedTopology(topology, 3), at::Device(at::kCPU)));
    }

    void meshOperatorsOnATetrahedron() {
        const at::Tensor tri = at::tensor(std::vector<int64_t>{0, 1, 2, 0, 3, 1, 1, 3, 2, 2, 3, 0}).view({4, 3});
        const MeshOperators ops = buildMeshOperators(tri, 4);
        QCOMPARE(ops.edges.size(0), 6);
        QVERIFY(ops.laplacian(at::ones({4, 3})).abs().max().item<float>() < 1e-6);
        at::Tensor x = at::zeros({4, 1});
        x[0] = 3.0;
        const at::Tensor l = ops.laplacian(x);   // vertex 0: 3 - 0; others: 0 - 3/3
        QVERIFY(std::abs(l[0].item<float>() - 3.f) < 1e-6 && std::abs(l[1].item<float>() + 1.f) < 1e-6);
        QVERIFY(std::abs(edgeSmoothnessLoss(ops, x).item<float>() - 9.f * 3 / 6) < 1e-5);
    }

    void lossTerms() {
        // Landmarks: every point 2 px off at 256 px -> 4 px^2; at 128 px the pixel scale doubles it.
        const at::Tensor screen = at::zeros({5, 3});
        const at::Tensor index = at::arange(5, at::kLong);
        const at::Tensor target = at::full({5, 2}, 0.0).index_fill_(1, at::tensor({int64_t(0)}), 2.0);
        QVERIFY(std::abs(landmarkLoss(screen, index, target, at::ones({5}), 1.0).item<float>() - 4.f) < 1e-5);
        QVERIFY(std::abs(landmarkLoss(screen, index, target, at::ones({5}), 2.0).item<float>() - 16.f) < 1e-4);
        // Photometric: zero for equal images, ~|d| per channel for large differences, mask-normalised.
        const at::Tensor img = at::rand({8, 8, 3});
        at::Tensor mask = at::zeros({8, 8});
        mask.slice(0, 0, 4).fill_(1);
        QVERIFY(photometricLoss(img, img, mask).item<float>() < 1e-6);
        const float p = photometricLoss(img + 0.5, img, mask).item<float>();
        QVERIFY(std::abs(p - 3 * (std::sqrt(0.25f + 1e-4f) - 0.01f)) < 1e-4f);
        // Light prior: zero for the ambient white light, positive for colour or direction.
        at::Tensor light = at::zeros({9, 3});
        light[0].fill_(1.2);
        QVERIFY(lightPriorLoss(light, 1.2).item<float>() < 1e-7);
        at::Tensor tinted = light.clone();
        tinted[0][0] = 1.5;
        at::Tensor directed = light.clone();
        directed[2].fill_(0.3);
        QVERIFY(lightPriorLoss(tinted, 1.2).item<float>() > lightPriorLoss(directed, 1.2).item<float>());
        QVERIFY(lightPriorLoss(directed, 1.2).item<float>() > 0);
        // Symmetry.
        const at::Tensor values = at::tensor(std::vector<float>{1, 2, 3, 5}).view({4, 1});
        const at::Tensor a = at::tensor(std::vector<int64_t>{0, 2}), b = at::tensor(std::vector<int64_t>{1, 3});
        QVERIFY(std::abs(symmetryLoss(a, b, values).item<float>() - 2.5f) < 1e-6);
    }

    void srgbRoundTrip() {
        const at::Tensor x = at::linspace(0, 1, 101);
        QVERIFY((srgbToLinear(linearToSrgb(x)) - x).abs().max().item<float>() < 1e-5);
        at::Tensor z = at::tensor(std::vector<float>{-0.1f, 0.f, 0.5f}).set_requires_grad(true);
        linearToSrgb(z).sum().backward();
        QVERIFY(at::isfinite(z.grad()).all().item<bool>());
    }

    void poseInitialisationRecoversTranslation() {
        const Eigen::Matrix3d r = Eigen::AngleAxisd(0.3, Eigen::Vector3d::UnitY()).toRotationMatrix() *
                                  Eigen::Vector3d(1, -1, -1).asDiagonal();
        const Eigen::Vector3d t(12, -8, 600);
        const double f = 900, cx = 127.5, cy = 127.5;
        std::vector<float> model, pixels, weights;
        for (int i = 0; i < 40; ++i) {
            const Eigen::Vector3d p(std::sin(i * 1.1) * 60, std::cos(i * 0.9) * 80, std::sin(i * 0.5) * 30);
            const Eigen::Vector3d c = r * p + t;
            model.insert(model.end(), {float(p.x()), float(p.y()), float(p.z())});
            pixels.insert(pixels.end(), {float(f * c.x() / c.z() + cx), float(f * c.y() / c.z() + cy)});
            weights.push_back(1.f);
        }
        const InitialPose pose = initialPose(model, pixels, weights, r, f, cx, cy);
        QVERIFY(std::abs(pose.translation[0] - 12) < 0.05 && std::abs(pose.translation[1] + 8) < 0.05);
        QVERIFY(std::abs(pose.translation[2] - 600) < 0.5);
        QVERIFY(pose.rmsPx < 0.01);
        QVERIFY((matrixFromAxisAngle(axisAngleFromMatrix(r)) - r).norm() < 1e-9);
        QVERIFY(std::abs(focalFromFov(512, 256, 90) - 256) < 1e-9);
    }

    void landmarkWeightsFromRegions() {
        const FaceTopology topology = FaceTopology::load();
        const std::vector<float> w = landmarkWeights(topology);
        QCOMPARE(w.size(), size_t(468));
        QCOMPARE(w[size_t(topology.region("silhouette")[3])], 3.f);
        QCOMPARE(w[size_t(topology.region("lipsUpperOuter")[2])], 3.f);
        QCOMPARE(w[size_t(topology.region("rightEyeLower0")[4])], 3.f);
        QCOMPARE(w[size_t(topology.region("leftEyebrowUpper")[2])], 2.f);
        QVERIFY(*std::min_element(w.begin(), w.end()) >= 1.f);
    }

    void fitViewMapsLandmarks() {
        Image image;
        image.rgb = cv::Mat(300, 400, CV_8UC3, cv::Scalar(10, 200, 30));
        FaceObservation face;
        for (int i = 0; i < kMeshLandmarks; ++i)
            face.landmarks.push_back({float(150 + (i % 20) * 5), float(100 + (i / 20) * 4), 0});
        const FitView v = makeFitView(image, face, 128, 1.5, at::kCPU);
        QCOMPARE(v.image.sizes(), (at::IntArrayRef{128, 128, 3}));
        const float x = v.landmarks[0][0].item<float>();
        QVERIFY(std::abs(x - v.toFitX(150)) < 1e-4);
        // The face box (95 x 88 px) times 1.5 fills the 128-pixel crop.
        QVERIFY(std::abs(v.scale - 128 / (1.5 * 95)) < 1e-6);
        QVERIFY(std::abs(v.image[64][64][1].item<float>() - 200 / 255.f) < 1e-4);
        face.landmarks.resize(10);
        QVERIFY_EXCEPTION_THROWN(makeFitView(image, face, 128, 1.5, at::kCPU), InputError);
    }

    void statusAndGrayscale() {
        Image gray;
        gray.rgb = cv::Mat(64, 64, CV_8UC3, cv::Scalar(90, 90, 90));
        QVERIFY(isGrayscalePhoto(gray));
        Image colour = gray;
        colour.rgb = cv::Mat(64, 64, CV_8UC3, cv::Scalar(200, 90, 60));
        QVERIFY(!isGrayscalePhoto(colour));
        FaceObservation face;
        for (int i = 0; i < kMeshLandmarks; ++i) face.landmarks.push_back({float(i % 10), float(i / 50), 0});
        face.presence = 0.2f;
        const std::vector<std::string> reasons = lowConfidenceReasons(gray, face, 75, CoarseFitOptions{});
        const std::string text = statusText(reasons);
        QVERIFY2(text.find("profile") != std::string::npos && text.find("tiny face") != std::string::npos &&
                     text.find("presence") != std::string::npos && text.find("grayscale") != std::string::npos,
                 text.c_str());
        QCOMPARE(statusText({}), std::string("ok"));
    }

    void lossesCsvHasEveryTerm() {
        LossSnapshot s;
        s.stage = "pose";
        s.terms = {{"landmarks", 1.5}, {"photometric", 0}};
        s.total = 1.5;
        std::vector<LossSnapshot> all = {s, s};
        all[1].iteration = 1;
        const std::string csv = lossesToCsv(all);
        QVERIFY(csv.rfind("iteration,stage,landmarks,photometric,total,forward_ms,backward_ms\n", 0) == 0);
        QCOMPARE(std::count(csv.begin(), csv.end(), '\n'), 3L);
        QVERIFY(csv.find("\n1,pose,1.5,0,1.5,") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestFitParts)
#include "test_fit_parts.moc"
