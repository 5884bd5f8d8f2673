// Integration tests of FaceAnalyzer with the real models on the demo photo:
// one frontal face with 478 plausible landmarks, no face on a landscape, two
// faces largest first, tracking without re-detection, re-detection after a
// lost face, cancellation, agreement with Human's own pipeline, and timings.
#include <QtTest/QtTest>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <memory>
#include <numeric>
#include <vector>

#include <nlohmann/json.hpp>
#include <opencv2/imgproc.hpp>

#include "analysis/face_analyzer.h"
#include "analysis/mesh_landmark_indices.h"
#include "analysis/rotated_roi.h"
#include "assets/asset_paths.h"
#include "common/cancel_token.h"
#include "common/error.h"
#include "io/image_io.h"
#include "support/test_support.h"

using namespace likeness;

namespace {

Image fromMat(const cv::Mat& rgb) {
    Image img;
    img.rgb = rgb;
    return img;
}

/// The demo photo turned by `angleDeg` about its centre and shifted, same size.
Image movedDemo(const Image& demo, float angleDeg, float dx, float dy, cv::Matx23d* transform = nullptr) {
    const cv::Point2f centre(0.5f * (demo.width() - 1), 0.5f * (demo.height() - 1));
    cv::Mat m = cv::getRotationMatrix2D(centre, -angleDeg, 1.0);  // OpenCV: positive = counter-clockwise
    m.at<double>(0, 2) += dx;
    m.at<double>(1, 2) += dy;
    cv::Mat out;
    cv::warpAffine(demo.rgb, out, m, demo.rgb.size(), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    if (transform) *transform = cv::Matx23d(m);
    return fromMat(out);
}

cv::Point2f apply(const cv::Matx23d& m, const Landmark& p) {
    return {static_cast<float>(m(0, 0) * p.x + m(0, 1) * p.y + m(0, 2)),
            static_cast<float>(m(1, 0) * p.x + m(1, 1) * p.y + m(1, 2))};
}

cv::Point2f centroid(const std::vector<Landmark>& pts) {
    cv::Point2f c(0, 0);
    for (const Landmark& p : pts) c += cv::Point2f(p.x, p.y);
    return c * (1.f / std::max<size_t>(1, pts.size()));
}

double timing(const AnalysisResult& r, const std::string& stage) {
    for (const StageTiming& t : r.timings)
        if (t.stage == stage) return t.ms;
    return -1;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

QString timingLine(const AnalysisResult& r) {
    QString s;
    for (const StageTiming& t : r.timings) s += QString(" %1 %2 ms").arg(QString::fromStdString(t.stage)).arg(t.ms, 0, 'f', 2);
    return s;
}

} // namespace

class TestFaceAnalyzer : public QObject {
    Q_OBJECT
    std::unique_ptr<FaceAnalyzer> m_analyzer;
    Image m_demo;

private Q_SLOTS:
    void initTestCase() {
        m_demo = loadImage(test::demoPhoto());
        m_analyzer = std::make_unique<FaceAnalyzer>();
        QCOMPARE(QString::fromStdString(m_analyzer->deviceName()), QString("cpu"));
    }

    void demoPhotoHasOneFrontalFace() {
        const AnalysisResult r = m_analyzer->analyze(m_demo);
        QCOMPARE(r.imageWidth, 512);
        QCOMPARE(r.imageHeight, 512);
        QVERIFY(r.detectorRan);
        QCOMPARE(static_cast<int>(r.faces.size()), 1);
        const FaceObservation& f = r.faces.front();
        QVERIFY2(f.detectionScore > 0.5f, qPrintable(QString::number(f.detectionScore)));
        QVERIFY2(f.presence > 0.9f, qPrintable(QString::number(f.presence)));
        QVERIFY(f.hasIris());
        // Every landmark inside the FaceMesh crop and the image; their centre inside
        // the detector box.
        for (const Landmark& p : f.landmarks) {
            QVERIFY(roiContains(f.roi, p.x, p.y));
            QVERIFY(p.x >= 0 && p.y >= 0 && p.x < 512 && p.y < 512);
            QVERIFY(std::isfinite(p.z));
        }
        const cv::Point2f c = centroid(f.landmarks);
        QVERIFY(c.x > f.box.x0 && c.x < f.box.x1 && c.y > f.box.y0 && c.y < f.box.y1);
        // Near-frontal (Grace Hopper looks into the camera, head slightly tilted).
        QVERIFY2(std::abs(f.pose.yawDeg) < 20 && std::abs(f.pose.rollDeg) < 20 && std::abs(f.pose.pitchDeg) < 30,
                 qPrintable(QString("yaw %1 pitch %2 roll %3").arg(f.pose.yawDeg).arg(f.pose.pitchDeg).arg(f.pose.rollDeg)));
        // Eyes: eye A (33/133, iris 468) on the image's left, each iris centre
        // between its eye's corners and close to their line.
        const auto& L = f.landmarks;
        auto between = [&](int iris, int c0, int c1) {
            const Landmark &p = L[iris], &a = L[c0], &b = L[c1];
            const float width = std::hypot(b.x - a.x, b.y - a.y);
            const float t = ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / (width * width);
            const float off = std::abs((p.x - a.x) * (b.y - a.y) - (p.y - a.y) * (b.x - a.x)) / width;
            return t > 0.2f && t < 0.8f && off < 0.3f * width;
        };
        QVERIFY(between(mesh::kIrisAFirst, mesh::kEyeAStart, mesh::kEyeAEnd));
        QVERIFY(between(mesh::kIrisBFirst, mesh::kEyeBStart, mesh::kEyeBEnd));
        QVERIFY(L[mesh::kIrisAFirst].x < L[mesh::kIrisBFirst].x);
        // Iris edge points around the centre, radius a fraction of the eye width.
        for (int first : {mesh::kIrisAFirst, mesh::kIrisBFirst}) {
            const float eyeWidth = std::hypot(L[33].x - L[133].x, L[33].y - L[133].y);
            for (int k = 1; k < 5; ++k) {
                const float r = std::hypot(L[first + k].x - L[first].x, L[first + k].y - L[first].y);
                QVERIFY2(r > 0.1f * eyeWidth && r < 0.5f * eyeWidth, qPrintable(QString::number(r / eyeWidth)));
            }
        }
        // Eye crops: eye A upright, at its corners.
        QVERIFY(std::abs(f.eyeRois[0].angle) < 0.5f && std::abs(f.eyeRois[1].angle) < 0.5f);
        for (const char* stage : {"detect", "mesh", "iris", "pose", "total"}) QVERIFY(timing(r, stage) >= 0);
        qInfo("demo photo:%s", qPrintable(timingLine(r)));
        qInfo("pose: yaw %.1f pitch %.1f roll %.1f, presence %.3f, detection %.3f", f.pose.yawDeg,
              f.pose.pitchDeg, f.pose.rollDeg, f.presence, f.detectionScore);
    }

    void agreesWithHumansPipeline() {
        // Human 3.3.6's own pipeline on the same photo (tests/reference/human_pipeline.mjs):
        // integer-truncated continuous coordinates, irises in Human's order (468..472 =
        // the subject's LEFT eye, the reverse of MediaPipe's).
        //
        // Eye A (the subject's right eye) is left out: Human mirrors BOTH eye crops
        // but un-mirrors only eye B's result, so its eye A contour and iris sit ~9 px
        // off the eye (visibly left of the iris on the demo photo); ours is on it, see
        // irisesLieOnDarkIrises.
        std::ifstream file(assets::referenceDir() + "/demo_human.json");
        if (!file) QSKIP("demo_human.json not generated (tests/reference/human_pipeline.mjs)");
        const nlohmann::json ref = nlohmann::json::parse(file);
        const auto& meshRef = ref.at("face").at("mesh");
        QCOMPARE(static_cast<int>(meshRef.size()), kRefinedLandmarks);
        const FaceObservation f = m_analyzer->analyze(m_demo).faces.at(0);
        auto error = [&](int ours, int theirs) {
            // Ours are pixel centres; Human's continuous (truncated): add 0.5 to both.
            return std::hypot(f.landmarks[ours].x + 0.5 - (meshRef[theirs][0].get<double>() + 0.5),
                              f.landmarks[ours].y + 0.5 - (meshRef[theirs][1].get<double>() + 0.5));
        };
        std::vector<bool> eyeA(kMeshLandmarks, false);
        for (int i : mesh::kEyeAContour) eyeA[i] = true;
        double meshErr = 0, irisErr = 0;
        int n = 0;
        for (int i = 0; i < kMeshLandmarks; ++i)
            if (!eyeA[i]) meshErr += error(i, i), ++n;
        meshErr /= n;
        for (int k = 0; k < kIrisLandmarksPerEye; ++k) irisErr += error(mesh::kIrisBFirst + k, mesh::kIrisAFirst + k);
        irisErr /= kIrisLandmarksPerEye;
        qInfo("vs Human: mean %.2f px over %d mesh points, %.2f px over eye B's iris (face ~260 px)", meshErr, n, irisErr);
        // Different crops (Human: axis-aligned 1.4x detector box; Likeness: eye-aligned
        // 1.5x landmark box) move points by a pixel or two; a convention error
        // (flip, order, half pixel, scale) would move them by far more.
        QVERIFY2(meshErr < 3.0, qPrintable(QString::number(meshErr)));
        QVERIFY2(irisErr < 1.5, qPrintable(QString::number(irisErr)));
    }

    void irisesLieOnDarkIrises() {
        // Each iris centre is darker than its eye crop on average (the demo subject
        // has dark irises), and darker than the points half an eye-width beside it.
        const FaceObservation f = m_analyzer->analyze(m_demo).faces.at(0);
        cv::Mat gray;
        cv::cvtColor(m_demo.rgb, gray, cv::COLOR_RGB2GRAY);
        auto meanAround = [&](float x, float y, int r) {
            const cv::Rect box = cv::Rect(int(std::lround(x)) - r, int(std::lround(y)) - r, 2 * r + 1, 2 * r + 1) &
                                 cv::Rect(0, 0, gray.cols, gray.rows);
            return cv::mean(gray(box))[0];
        };
        for (int e = 0; e < 2; ++e) {
            const int centre = e == 0 ? mesh::kIrisAFirst : mesh::kIrisBFirst;
            const Landmark& c = f.landmarks[centre];
            const float radius = std::hypot(f.landmarks[centre + 1].x - c.x, f.landmarks[centre + 1].y - c.y);
            const double inside = meanAround(c.x, c.y, std::max(1, int(0.5f * radius)));
            const RotatedRoi& roi = f.eyeRois[e];
            const double eye = meanAround(roi.cx, roi.cy, int(0.35f * roi.size));
            const float w = roi.size / 2.3f;  // eye width
            const double left = meanAround(c.x - 0.5f * w, c.y, 2), right = meanAround(c.x + 0.5f * w, c.y, 2);
            QVERIFY2(inside < 0.8 * eye && inside < left && inside < right,
                     qPrintable(QString("eye %1: iris %2, eye %3, beside %4 %5").arg(e).arg(inside).arg(eye).arg(left).arg(right)));
        }
    }

    void noFaceGivesEmptyResult() {
        const Image landscape = loadImage(test::requireAsset(assets::samplePhoto("640px-IceBlockNearJoekullsarlon.jpg")));
        const AnalysisResult r = m_analyzer->analyze(landscape);
        QVERIFY(r.faces.empty());
        QCOMPARE(r.imageWidth, landscape.width());
        QVERIFY(timing(r, "detect") >= 0);
        // A uniform image: no face either.
        QVERIFY(m_analyzer->analyze(fromMat(cv::Mat(300, 400, CV_8UC3, cv::Scalar::all(128)))).faces.empty());
    }

    void twoFacesLargestFirst() {
        cv::Mat canvas(620, 1100, CV_8UC3, cv::Scalar(90, 90, 90));
        cv::Mat small;
        cv::resize(m_demo.rgb, small, cv::Size(), 0.55, 0.55, cv::INTER_AREA);
        small.copyTo(canvas(cv::Rect(40, 300, small.cols, small.rows)));      // smaller face, left
        m_demo.rgb.copyTo(canvas(cv::Rect(520, 40, 512, 512)));               // full size, right
        const AnalysisResult r = m_analyzer->analyze(fromMat(canvas));
        QCOMPARE(static_cast<int>(r.faces.size()), 2);
        const FaceObservation &big = r.faces[0], &little = r.faces[1];
        QVERIFY(big.box.area() > little.box.area());
        QVERIFY(centroid(big.landmarks).x > 520 && centroid(little.landmarks).x < 40 + small.cols);
        const float ratio = little.roi.size / big.roi.size;
        QVERIFY2(std::abs(ratio - 0.55f) < 0.08f, qPrintable(QString::number(ratio)));
        for (const FaceObservation& f : r.faces) QVERIFY(f.presence > 0.9f && f.hasIris());
        qInfo("two faces:%s", qPrintable(timingLine(r)));
    }

    void tracksWithoutRedetecting() {
        m_analyzer->resetTracking();
        const AnalysisResult first = m_analyzer->track(m_demo);
        QVERIFY(first.detectorRan);
        QCOMPARE(static_cast<int>(first.faces.size()), 1);
        const std::vector<Landmark> reference = first.faces[0].landmarks;
        std::vector<double> trackMs;
        // Small per-frame motion: drift right and down while turning clockwise.
        for (int k = 1; k <= 8; ++k) {
            cv::Matx23d m;
            const Image frame = movedDemo(m_demo, 2.5f * k, 3.f * k, -2.f * k, &m);
            const AnalysisResult r = m_analyzer->track(frame);
            QVERIFY2(!r.detectorRan, qPrintable(QString("frame %1").arg(k)));
            QCOMPARE(static_cast<int>(r.faces.size()), 1);
            const FaceObservation& f = r.faces[0];
            QVERIFY(f.presence > 0.9f && f.hasIris());
            QCOMPARE(f.detectionScore, 0.f);
            QVERIFY(timing(r, "detect") < 0);
            // Landmarks follow the motion: nose tip and eye corners within a few pixels.
            for (int i : {1, 33, 263, 152}) {
                const cv::Point2f expected = apply(m, reference[i]);
                QVERIFY2(std::hypot(f.landmarks[i].x - expected.x, f.landmarks[i].y - expected.y) < 5.f,
                         qPrintable(QString("frame %1 point %2").arg(k).arg(i)));
            }
            QVERIFY2(std::abs(f.pose.rollDeg - first.faces[0].pose.rollDeg - 2.5f * k) < 4.f,
                     qPrintable(QString::number(f.pose.rollDeg)));
            trackMs.push_back(timing(r, "total"));
        }
        qInfo("tracked frame: median %.2f ms", median(trackMs));
    }

    void redetectsAfterLosingTheFace() {
        m_analyzer->resetTracking();
        QVERIFY(m_analyzer->track(m_demo).detectorRan);
        QVERIFY(!m_analyzer->track(movedDemo(m_demo, 2, 2, 2)).detectorRan);
        // The face disappears: tracking fails, the detector runs and finds nothing.
        const AnalysisResult blank = m_analyzer->track(fromMat(cv::Mat(512, 512, CV_8UC3, cv::Scalar(200, 180, 160))));
        QVERIFY(blank.detectorRan);
        QVERIFY(blank.faces.empty());
        // It comes back somewhere else: detected again, then tracked.
        const AnalysisResult back = m_analyzer->track(movedDemo(m_demo, -5, -30, 20));
        QVERIFY(back.detectorRan);
        QCOMPARE(static_cast<int>(back.faces.size()), 1);
        const AnalysisResult next = m_analyzer->track(movedDemo(m_demo, -4, -28, 20));
        QVERIFY(!next.detectorRan);
        QCOMPARE(static_cast<int>(next.faces.size()), 1);
        // resetTracking forces a detection.
        m_analyzer->resetTracking();
        QVERIFY(m_analyzer->track(m_demo).detectorRan);
    }

    void periodicRedetectionFindsNewFaces() {
        AnalyzerOptions o;
        o.trackRedetectInterval = 3;
        FaceAnalyzer analyzer(o);
        cv::Mat canvas(560, 1100, CV_8UC3, cv::Scalar(90, 90, 90));
        m_demo.rgb.copyTo(canvas(cv::Rect(20, 20, 512, 512)));
        const AnalysisResult first = analyzer.track(fromMat(canvas.clone()));
        QVERIFY(first.detectorRan);
        QCOMPARE(static_cast<int>(first.faces.size()), 1);
        // A second face comes into view on the right.
        cv::Mat smaller;
        cv::resize(m_demo.rgb, smaller, cv::Size(400, 400), 0, 0, cv::INTER_AREA);
        smaller.copyTo(canvas(cv::Rect(650, 80, 400, 400)));
        std::vector<bool> ran;
        AnalysisResult r;
        for (int k = 0; k < 4; ++k) {
            r = analyzer.track(fromMat(canvas));
            ran.push_back(r.detectorRan);
        }
        // Frames 1, 2 tracked only; frame 3 runs the detector and adds the new face.
        QCOMPARE(ran, (std::vector<bool>{false, false, true, false}));
        QCOMPARE(static_cast<int>(r.faces.size()), 2);
        QVERIFY(r.faces[0].box.area() > r.faces[1].box.area());
        QVERIFY(centroid(r.faces[1].landmarks).x > 650);
        o.trackRedetectInterval = -1;
        QVERIFY_THROWS_EXCEPTION(OptionsError, FaceAnalyzer{o});
    }

    void cancellationAndBadInput() {
        CancelToken token;
        token.cancel();
        QVERIFY_THROWS_EXCEPTION(CancelledError, m_analyzer->analyze(m_demo, &token));
        QVERIFY_THROWS_EXCEPTION(InputError, m_analyzer->analyze(Image{}));
        QVERIFY_THROWS_EXCEPTION(InputError, m_analyzer->analyze(fromMat(cv::Mat(64, 64, CV_8UC1, cv::Scalar(0)))));
        AnalyzerOptions bad;
        bad.maxFaces = 0;
        QVERIFY_THROWS_EXCEPTION(OptionsError, FaceAnalyzer{bad});
        bad = {};
        bad.modelDir = "/nonexistent";
        QVERIFY_THROWS_EXCEPTION(AssetError, FaceAnalyzer{bad});
        // 16-bit input works like 8-bit.
        Image deep;
        m_demo.rgb.convertTo(deep.rgb, CV_16UC3, 257.0);
        const AnalysisResult r = m_analyzer->analyze(deep);
        QCOMPARE(static_cast<int>(r.faces.size()), 1);
        const AnalysisResult r8 = m_analyzer->analyze(m_demo);
        QVERIFY(std::hypot(r.faces[0].landmarks[1].x - r8.faces[0].landmarks[1].x,
                           r.faces[0].landmarks[1].y - r8.faces[0].landmarks[1].y) < 0.5f);
    }

    void irisOffGives468Points() {
        AnalyzerOptions o;
        o.refineIris = false;
        o.photoMeshPasses = 1;
        FaceAnalyzer analyzer(o);
        const AnalysisResult r = analyzer.analyze(m_demo);
        QCOMPARE(static_cast<int>(r.faces.size()), 1);
        QCOMPARE(static_cast<int>(r.faces[0].landmarks.size()), kMeshLandmarks);
        QVERIFY(timing(r, "iris") < 0);
    }

    void reportsTimingsOnA640x480Photo() {
        // The demo face in a 640x480 frame (the size the performance targets name).
        cv::Mat frame(480, 640, CV_8UC3, cv::Scalar(70, 80, 90));
        cv::Mat face;
        cv::resize(m_demo.rgb, face, cv::Size(440, 440), 0, 0, cv::INTER_AREA);
        face.copyTo(frame(cv::Rect(100, 20, 440, 440)));
        const Image photo = fromMat(frame);
        std::vector<double> total, detect, mesh, iris;
        for (int i = 0; i < 12; ++i) {
            const AnalysisResult r = m_analyzer->analyze(photo);
            QCOMPARE(static_cast<int>(r.faces.size()), 1);
            if (i < 2) continue;  // warm-up
            total.push_back(timing(r, "total"));
            detect.push_back(timing(r, "detect"));
            mesh.push_back(timing(r, "mesh"));
            iris.push_back(timing(r, "iris"));
        }
        m_analyzer->resetTracking();
        m_analyzer->track(photo);
        std::vector<double> tracked, tmesh, tiris;
        for (int i = 0; i < 12; ++i) {
            const AnalysisResult r = m_analyzer->track(photo);
            QVERIFY(!r.detectorRan);
            tracked.push_back(timing(r, "total"));
            tmesh.push_back(timing(r, "mesh"));
            tiris.push_back(timing(r, "iris"));
        }
        qInfo("640x480 photo (median of 10): total %.2f ms = detect %.2f + mesh %.2f (2 passes) + iris %.2f",
              median(total), median(detect), median(mesh), median(iris));
        qInfo("640x480 tracked frame (median of 12): total %.2f ms = mesh %.2f + iris %.2f",
              median(tracked), median(tmesh), median(tiris));
    }
};

QTEST_GUILESS_MAIN(TestFaceAnalyzer)
#include "test_face_analyzer.moc"
