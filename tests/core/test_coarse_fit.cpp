// The coarse fit end to end on synthetic faces rendered by its own forward
// model (known truth), and its job contract: loss terms per iteration,
// cancellation, NaN handling with the last good state, determinism,
// grayscale input, several images of one person.
#include <QtTest>

#include <algorithm>

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <cmath>
#include <opencv2/imgproc.hpp>

#include "analysis/face_analyzer.h"
#include "common/cancel_token.h"
#include "common/error.h"
#include "fit/coarse_fit.h"
#include "fit/synthetic_face.h"
#include "io/image_io.h"
#include "model/face_model.h"
#include "model/neutral_fusion.h"
#include "support/test_support.h"
#include "topology/face_topology.h"

using namespace likeness;

namespace {

constexpr int kLevel = 1;      // ~1.8k vertices keeps every fit here at a few seconds on 2 cores
constexpr int kSize = 128;     // synthetic image = fitting image side

bool allFinite(const std::vector<float>& v) {
    return std::all_of(v.begin(), v.end(), [](float x) { return std::isfinite(x); });
}

} // namespace

class TestCoarseFit : public QObject {
    Q_OBJECT
    std::unique_ptr<FaceTopology> m_topology;
    std::unique_ptr<SubdividedTopology> m_mesh;
    at::Tensor m_neutral;
    SyntheticFaceOptions m_synth;

    CoarseFitOptions fast(int iterations) const {
        CoarseFitOptions o;
        o.iterations = iterations;
        o.subdivisionLevel = kLevel;
        o.fitSize = kSize;
        return o;
    }
    SyntheticFace face(std::uint64_t seed) const { return makeSyntheticFace(*m_topology, *m_mesh, m_neutral, m_synth, seed); }

private Q_SLOTS:
    void initTestCase() {
        at::set_num_threads(2);
        m_topology = std::make_unique<FaceTopology>(FaceTopology::load());
        m_mesh = std::make_unique<SubdividedTopology>(*m_topology, kLevel);
        FaceAnalyzer analyzer;
        const AnalysisResult r = analyzer.analyze(loadImage(test::demoPhoto()));
        QVERIFY(!r.faces.empty());
        m_neutral = fuseNeutral({r.faces.front()}, *m_topology).neutral;
        m_synth.imageSize = kSize;
    }

    // Recovery from the image and its landmarks alone (120 iterations at level 1 measure
    // posed ~1.1 mm, identity ~1.6 mm, PSNR 33-37 dB: bounds leave a margin for thread counts)
    // (likeness-bench synthetic measures the real figures at 300 iterations, level 2).
    void recoversSyntheticFaces() {
        for (std::uint64_t seed : {3u, 4u}) {
            const SyntheticFace truth = face(seed);
            const FaceFit fit = fitCoarse({FitInput{truth.image, truth.face}}, fast(120));
            const SyntheticRecovery r = scoreRecovery(truth, fit);
            qInfo("seed %d yaw %.1f: identity %.2f mm, posed %.2f mm, expression MAE %.3f (active %.3f), PSNR %.1f dB, SSIM %.3f",
                  int(seed), truth.yawDeg, r.identityErrorMm, r.posedErrorMm, r.expressionMae, r.activeExpressionMae, r.psnr, r.ssim);
            QVERIFY2(r.posedErrorMm < 1.5, "posed vertex error");
            QVERIFY2(r.identityErrorMm < 2.0, "identity vertex error");
            QVERIFY2(r.expressionMae < 0.15, "expression MAE");
            QVERIFY2(r.psnr > 30, "PSNR in the face mask");
            QCOMPARE(fit.images.front().status, std::string("ok"));
        }
    }

    void reportsEveryTermEachIteration() {
        const SyntheticFace truth = face(5);
        std::vector<LossSnapshot> snaps;
        const FaceFit fit = fitCoarse({FitInput{truth.image, truth.face}}, fast(10), [&](const LossSnapshot& s) { snaps.push_back(s); });
        QCOMPARE(snaps.size(), size_t(10));
        const std::vector<std::string> expected = {"landmarks", "photometric", "laplacian", "expression",
                                                   "albedo_smoothness", "albedo_symmetry", "light_prior", "focal_prior"};
        for (size_t i = 0; i < snaps.size(); ++i) {
            const LossSnapshot& s = snaps[i];
            QCOMPARE(s.iteration, int(i));
            QCOMPARE(s.totalIterations, 10);
            QCOMPARE(s.terms.size(), expected.size());
            double sum = 0;
            for (size_t k = 0; k < expected.size(); ++k) {
                QCOMPARE(s.terms[k].first, expected[k]);
                QVERIFY(std::isfinite(s.terms[k].second));
                sum += s.terms[k].second;
            }
            QVERIFY(std::abs(sum - s.total) <= 1e-9 * std::max(1.0, std::abs(sum)));
            QVERIFY(s.forwardMs > 0 && s.backwardMs > 0 && s.elapsedMs > 0);
        }
        QCOMPARE(snaps[0].stage, std::string("pose"));
        QCOMPARE(snaps[3].stage, std::string("geometry"));
        QCOMPARE(snaps[9].stage, std::string("appearance"));
        QVERIFY(snaps[1].terms[1].second == 0 && snaps[4].terms[1].second > 0);   // photometric from the geometry stage on
        QCOMPARE(fit.iterations, 10);
        QVERIFY(!fit.cancelled);
    }

    void cancelsAtAnIteration() {
        const SyntheticFace truth = face(6);
        CancelToken cancel;
        int seen = 0;
        FaceFit last;
        try {
            fitCoarse({FitInput{truth.image, truth.face}}, fast(40),
                      [&](const LossSnapshot& s) {
                          seen = s.iteration + 1;
                          if (s.iteration == 7) cancel.cancel();
                      },
                      &cancel, &last);
            QFAIL("no CancelledError");
        } catch (const CancelledError&) {
        }
        QCOMPARE(seen, 8);
        QVERIFY(last.cancelled);
        QCOMPARE(last.iterations, 8);
        QCOMPARE(last.images.size(), size_t(1));
        QVERIFY(allFinite(last.vertices) && allFinite(last.images[0].posedVertices));
        QVERIFY(!last.images[0].status.empty());
    }

    void nanStopsWithTheLastGoodState() {
        const SyntheticFace truth = face(7);
        CoarseFitOptions o = fast(20);
        o.injectNanAtIteration = 12;
        FaceFit last;
        int seen = 0;
        try {
            fitCoarse({FitInput{truth.image, truth.face}}, o, [&](const LossSnapshot&) { ++seen; }, nullptr, &last);
            QFAIL("no Error");
        } catch (const CancelledError&) {
            QFAIL("wrong error");
        } catch (const Error& e) {
            const std::string m = e.what();
            QVERIFY2(m.find("'photometric'") != std::string::npos && m.find("iteration 12") != std::string::npos &&
                         m.find("NaN") != std::string::npos,
                     m.c_str());
        }
        QCOMPARE(seen, 12);
        QCOMPARE(last.iterations, 11);
        QVERIFY(!last.cancelled);
        QVERIFY(allFinite(last.vertices) && allFinite(last.diffuseAlbedo) && allFinite(last.images[0].expressionWeights));
        // The last good state is the last one whose loss was finite (11 steps): the same as a clean
        // run cancelled after 11 steps.
        CancelToken cancel;
        FaceFit reference;
        try {
            fitCoarse({FitInput{truth.image, truth.face}}, fast(20),
                      [&](const LossSnapshot& s) {
                          if (s.iteration == 10) cancel.cancel();
                      },
                      &cancel, &reference);
        } catch (const CancelledError&) {
        }
        QCOMPARE(reference.iterations, 11);
        // Iteration 12 starts the appearance stage, which refines albedo and specular one
        // level: `last` may be at the finer level, whose first vertices are the coarser level's.
        QCOMPARE(last.geometryLevel, reference.geometryLevel);
        QVERIFY(last.vertices.size() >= reference.vertices.size());
        QVERIFY(std::equal(reference.vertices.begin(), reference.vertices.end(), last.vertices.begin()));
        QVERIFY(reference.images[0].expressionWeights == last.images[0].expressionWeights);
    }

    void deterministicForASeed() {
        const SyntheticFace truth = face(8);
        const FaceFit a = fitCoarse({FitInput{truth.image, truth.face}}, fast(25));
        const FaceFit b = fitCoarse({FitInput{truth.image, truth.face}}, fast(25));
        QVERIFY(a.vertices == b.vertices);
        QVERIFY(a.diffuseAlbedo == b.diffuseAlbedo);
        QVERIFY(a.images[0].expressionWeights == b.images[0].expressionWeights);
        QVERIFY(a.images[0].shLight == b.images[0].shLight);
        QCOMPARE(a.images[0].focalPx, b.images[0].focalPx);
        // The synthetic generator is deterministic too.
        QVERIFY(face(8).posedVertices == truth.posedVertices);
    }

    void grayscalePhotoFitsGrayWithAStatus() {
        SyntheticFace truth = face(9);
        cv::Mat gray;
        cv::cvtColor(truth.image.rgb, gray, cv::COLOR_RGB2GRAY);
        cv::cvtColor(gray, truth.image.rgb, cv::COLOR_GRAY2RGB);
        const FaceFit fit = fitCoarse({FitInput{truth.image, truth.face}}, fast(15));
        QVERIFY2(fit.images[0].status.find("grayscale") != std::string::npos, fit.images[0].status.c_str());
        QVERIFY(fit.images[0].grayscale);
        for (size_t v = 0; v < fit.diffuseAlbedo.size(); v += 3)
            QVERIFY(fit.diffuseAlbedo[v] == fit.diffuseAlbedo[v + 1] && fit.diffuseAlbedo[v] == fit.diffuseAlbedo[v + 2]);
    }

    void profileAndTinyFacesAreLowConfidence() {
        SyntheticFaceOptions o = m_synth;
        o.imageSize = 256;
        o.faceFill = 0.2;   // ~50 px face
        const SyntheticFace tiny = makeSyntheticFace(*m_topology, *m_mesh, m_neutral, o, 10);
        const FaceFit fit = fitCoarse({FitInput{tiny.image, tiny.face}}, fast(8));
        QVERIFY2(fit.images[0].status.find("tiny face") != std::string::npos, fit.images[0].status.c_str());
        CoarseFitOptions strict = fast(8);
        strict.maxYawDeg = 1;   // any turned head counts as a profile under this bound
        const SyntheticFace turned = face(11);
        const FaceFit p = fitCoarse({FitInput{turned.image, turned.face}}, strict);
        QVERIFY2(std::abs(p.images[0].yawDeg) < 1 || p.images[0].status.find("profile") != std::string::npos,
                 p.images[0].status.c_str());
    }

    void severalImagesShareTheIdentity() {
        // Two views of one synthetic identity: same seed for the identity, different poses.
        const SyntheticFace a = face(12);
        const SyntheticFace b = face(13);
        const FaceFit fit = fitCoarse({FitInput{a.image, a.face}, FitInput{b.image, b.face}}, fast(20));
        QCOMPARE(fit.images.size(), size_t(2));
        QVERIFY(fit.images[0].posedVertices != fit.images[1].posedVertices);
        QCOMPARE(fit.images[1].expressionWeights.size(), size_t(52));
        QVERIFY(allFinite(fit.vertices));
        QVERIFY(fit.images[0].rotationAxisAngle != fit.images[1].rotationAxisAngle);
    }

    void refusesUnusableInput() {
        const SyntheticFace truth = face(14);
        FitInput bad{truth.image, truth.face};
        bad.face.landmarks.resize(100);
        QVERIFY_EXCEPTION_THROWN(fitCoarse({bad}, fast(5)), InputError);
        QVERIFY_EXCEPTION_THROWN(fitCoarse({}, fast(5)), InputError);
        CoarseFitOptions o = fast(5);
        o.shBands = 12;
        QVERIFY_EXCEPTION_THROWN(fitCoarse({FitInput{truth.image, truth.face}}, o), OptionsError);
    }

    void cudaRequestFallsBackToCpu() {
        if (at::hasCUDA()) QSKIP("CUDA present: the fallback is not exercised");
        const SyntheticFace truth = face(15);
        CoarseFitOptions o = fast(4);
        o.device = "cuda";
        const FaceFit fit = fitCoarse({FitInput{truth.image, truth.face}}, o);
        QCOMPARE(fit.iterations, 4);
    }
};

QTEST_APPLESS_MAIN(TestCoarseFit)
#include "test_coarse_fit.moc"
