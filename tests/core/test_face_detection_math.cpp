// Unit tests of the BlazeFace post-processing: SSD anchors, box decoding and
// weighted non-maximum suppression (pure math, no model).
#include <QtTest/QtTest>

#include <cmath>
#include <fstream>
#include <map>
#include <vector>

#include <nlohmann/json.hpp>

#include "analysis/blazeface_decoder.h"
#include "analysis/rotated_roi.h"
#include "analysis/ssd_anchors.h"
#include "analysis/weighted_nms.h"
#include "assets/asset_paths.h"
#include "common/error.h"

using namespace likeness;

Q_DECLARE_METATYPE(likeness::Box)

namespace {

float sigmoid(float x) { return 1.f / (1.f + std::exp(-x)); }

FaceDetection makeDetection(float x0, float y0, float x1, float y1, float score) {
    FaceDetection d;
    d.box = {x0, y0, x1, y1};
    d.score = score;
    for (int k = 0; k < BlazeFaceKeypointCount; ++k)
        d.keypoints[k] = {x0 + k, y0 + 2.f * k, 0.f};
    return d;
}

std::vector<float> readFloats(const std::string& path, size_t count) {
    std::ifstream in(path, std::ios::binary);
    std::vector<float> v(count);
    in.read(reinterpret_cast<char*>(v.data()), static_cast<std::streamsize>(count * sizeof(float)));
    if (!in) throw std::runtime_error("cannot read " + path);
    return v;
}

} // namespace

class TestFaceDetectionMath : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void anchorsMatchBlazeFaceBackLayout() {
        const std::vector<Anchor> a = generateSsdAnchors();
        QCOMPARE(static_cast<int>(a.size()), 896);  // 16x16x2 + 8x8x6
        // 16x16 grid, stride 16, two anchors per cell, row-major.
        QCOMPARE(a[0].x, 8.f);
        QCOMPARE(a[0].y, 8.f);
        QCOMPARE(a[1].x, 8.f);
        QCOMPARE(a[2].x, 24.f);
        QCOMPARE(a[2 * 16].y, 24.f);
        QCOMPARE(a[511].x, 248.f);
        QCOMPARE(a[511].y, 248.f);
        // 8x8 grid, stride 32, three layers of the same stride merged: six per cell.
        for (int i = 512; i < 518; ++i) {
            QCOMPARE(a[i].x, 16.f);
            QCOMPARE(a[i].y, 16.f);
        }
        QCOMPARE(a[518].x, 48.f);
        QCOMPARE(a[895].x, 240.f);
        QCOMPARE(a[895].y, 240.f);
    }

    void anchorOptionsAreValidated() {
        SsdAnchorOptions o;
        o.strides.clear();
        QVERIFY_THROWS_EXCEPTION(OptionsError, generateSsdAnchors(o));
        o = {};
        o.strides = {0};
        QVERIFY_THROWS_EXCEPTION(OptionsError, generateSsdAnchors(o));
        o = {};
        o.anchorOffset = 2.f;
        QVERIFY_THROWS_EXCEPTION(OptionsError, generateSsdAnchors(o));
    }

    void decodesOffsetsSizesAndKeypoints() {
        const std::vector<Anchor> anchors = generateSsdAnchors();
        std::vector<float> scores(anchors.size(), -10.f);
        std::vector<float> boxes(anchors.size() * kBlazeFaceRegressors, 0.f);
        const int k = 600;  // an 8x8-grid anchor
        scores[k] = 2.f;
        float* r = &boxes[k * kBlazeFaceRegressors];
        r[0] = 3.f, r[1] = -2.f, r[2] = 40.f, r[3] = 50.f;
        for (int i = 0; i < 6; ++i) r[4 + 2 * i] = -10.f + i, r[5 + 2 * i] = 5.f - i;
        // Above threshold but degenerate: dropped.
        scores[10] = 3.f;
        boxes[10 * kBlazeFaceRegressors + 2] = -1.f;

        const std::vector<FaceDetection> d = decodeBlazeFace(scores.data(), boxes.data(), anchors);
        QCOMPARE(static_cast<int>(d.size()), 1);
        const Anchor a = anchors[k];
        QCOMPARE(d[0].score, sigmoid(2.f));
        QCOMPARE(d[0].box.x0, a.x + 3.f - 20.f);
        QCOMPARE(d[0].box.x1, a.x + 3.f + 20.f);
        QCOMPARE(d[0].box.y0, a.y - 2.f - 25.f);
        QCOMPARE(d[0].box.y1, a.y - 2.f + 25.f);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(d[0].keypoints[i].x, a.x - 10.f + i);
            QCOMPARE(d[0].keypoints[i].y, a.y + 5.f - i);
        }
    }

    void decodingThresholdsAndClipsScores() {
        const std::vector<Anchor> anchors = generateSsdAnchors();
        std::vector<float> scores(anchors.size(), -1000.f);
        std::vector<float> boxes(anchors.size() * kBlazeFaceRegressors, 10.f);
        scores[0] = 0.1f;     // sigmoid 0.525: kept at 0.5, dropped at 0.6
        scores[1] = 1000.f;   // clipped to 100 before the sigmoid: no overflow
        scores[2] = NAN;      // never kept
        BlazeFaceDecodeOptions o;
        QCOMPARE(static_cast<int>(decodeBlazeFace(scores.data(), boxes.data(), anchors, o).size()), 2);
        o.minScore = 0.6f;
        const auto d = decodeBlazeFace(scores.data(), boxes.data(), anchors, o);
        QCOMPARE(static_cast<int>(d.size()), 1);
        QVERIFY(std::isfinite(d[0].score));
        QCOMPARE(d[0].score, 1.f);
        o.minScore = 1.5f;
        QVERIFY_THROWS_EXCEPTION(OptionsError, decodeBlazeFace(scores.data(), boxes.data(), anchors, o));
    }

    void intersectionOverUnion_data() {
        QTest::addColumn<float>("expected");
        QTest::addColumn<Box>("b");
        QTest::newRow("same") << 1.f << Box{0, 0, 10, 10};
        QTest::newRow("half") << 50.f / 150.f << Box{5, 0, 15, 10};
        QTest::newRow("disjoint") << 0.f << Box{20, 20, 30, 30};
        QTest::newRow("touching") << 0.f << Box{10, 0, 20, 10};
        QTest::newRow("empty") << 0.f << Box{3, 3, 3, 3};
    }
    void intersectionOverUnion() {
        QFETCH(float, expected);
        QFETCH(Box, b);
        const Box a{0, 0, 10, 10};
        QVERIFY(std::abs(likeness::intersectionOverUnion(a, b) - expected) < 1e-6f);
        QVERIFY(std::abs(likeness::intersectionOverUnion(b, a) - expected) < 1e-6f);
    }

    void weightedNmsBlendsOverlappingDetections() {
        // Two overlapping boxes (IoU 0.68) and a separate one; input unsorted.
        const FaceDetection weak = makeDetection(2, 2, 12, 12, 0.6f);
        const FaceDetection strong = makeDetection(0, 0, 10, 10, 0.9f);
        const FaceDetection other = makeDetection(50, 50, 60, 60, 0.8f);
        const auto out = weightedNonMaxSuppression({weak, other, strong}, 0.3f, 10);
        QCOMPARE(static_cast<int>(out.size()), 2);
        // Score of the best; box and keypoints averaged with weights 0.9 and 0.6.
        QCOMPARE(out[0].score, 0.9f);
        const float w = 0.6f / 1.5f;
        QVERIFY(std::abs(out[0].box.x0 - (0.f + w * 2.f)) < 1e-5f);
        QVERIFY(std::abs(out[0].box.y1 - (10.f + w * 2.f)) < 1e-5f);
        QVERIFY(std::abs(out[0].keypoints[3].x - (3.f + w * 2.f)) < 1e-5f);
        QVERIFY(std::abs(out[0].keypoints[3].y - (6.f + w * 2.f)) < 1e-5f);
        // The separate detection is untouched.
        QCOMPARE(out[1].score, 0.8f);
        QCOMPARE(out[1].box.x0, 50.f);
        QCOMPARE(out[1].keypoints[5].y, 60.f);
    }

    void weightedNmsRespectsThresholdAndLimit() {
        const FaceDetection a = makeDetection(0, 0, 10, 10, 0.9f);
        const FaceDetection b = makeDetection(5, 0, 15, 10, 0.7f);  // IoU 1/3 with a
        QCOMPARE(static_cast<int>(weightedNonMaxSuppression({a, b}, 0.3f, 10).size()), 1);
        QCOMPARE(static_cast<int>(weightedNonMaxSuppression({a, b}, 0.4f, 10).size()), 2);
        QCOMPARE(static_cast<int>(weightedNonMaxSuppression({a, b}, 0.4f, 1).size()), 1);
        QCOMPARE(weightedNonMaxSuppression({a, b}, 0.4f, 1).front().score, 0.9f);
        QVERIFY(weightedNonMaxSuppression({}, 0.3f, 10).empty());
        // A cluster is blended only from detections overlapping its best one:
        // c overlaps b but not a, so it survives a's cluster and then stands alone.
        const FaceDetection c = makeDetection(12, 0, 22, 10, 0.5f);
        const auto out = weightedNonMaxSuppression({c, b, a}, 0.3f, 10);
        QCOMPARE(static_cast<int>(out.size()), 2);
        QCOMPARE(out[1].score, 0.5f);
    }

    void decodesReferenceDetectorOutputOnDemoPhoto() {
        // TF.js CPU-backend outputs of blazeface.json on the demo photo resized to
        // 256x256 (tests/reference/make_reference.mjs). Its header records the best
        // detection: score 0.88, centre (268.1, 221.0), 186 px wide on the 512 px photo.
        const std::string dir = assets::referenceDir();
        std::ifstream indexFile(dir + "/index.json");
        if (!indexFile) QSKIP("TF.js reference fixtures not fetched");
        const nlohmann::json index = nlohmann::json::parse(indexFile);
        std::map<std::string, std::string> files;
        for (const auto& c : index.at("cases"))
            if (c.at("model") == "blazeface" && c.at("name") == "demo_full")
                for (const auto& o : c.at("outputs"))
                    files[o.at("node").get<std::string>()] = dir + "/" + o.at("file").get<std::string>();
        if (files.size() != 4) QSKIP("no blazeface demo_full case in the fixtures");
        std::vector<float> scores = readFloats(files.at("Identity:0"), 512);
        const std::vector<float> scores8 = readFloats(files.at("Identity_1:0"), 384);
        scores.insert(scores.end(), scores8.begin(), scores8.end());
        std::vector<float> boxes = readFloats(files.at("Identity_2:0"), 512 * 16);
        const std::vector<float> boxes8 = readFloats(files.at("Identity_3:0"), 384 * 16);
        boxes.insert(boxes.end(), boxes8.begin(), boxes8.end());

        const auto faces = weightedNonMaxSuppression(
            decodeBlazeFace(scores.data(), boxes.data(), generateSsdAnchors()), 0.3f, 16);
        QCOMPARE(static_cast<int>(faces.size()), 1);
        const FaceDetection& f = faces.front();
        QVERIFY2(std::abs(f.score - 0.88f) < 0.02f, qPrintable(QString::number(f.score)));
        // Whole square photo -> 256: the letterbox transform is a plain x2 scale.
        const RoiTransform t(letterboxRoi(512, 512), 256);
        const cv::Point2f c = t.toImage(0.5f * (f.box.x0 + f.box.x1), 0.5f * (f.box.y0 + f.box.y1));
        // Human keeps continuous coordinates; ours are pixel centres (0.5 smaller).
        // Weighted NMS blends neighbours, Human keeps the single best box: allow 3 px.
        QVERIFY2(std::abs(c.x + 0.5f - 268.1f) < 3.f && std::abs(c.y + 0.5f - 221.0f) < 3.f,
                 qPrintable(QString("%1 %2").arg(c.x).arg(c.y)));
        QVERIFY(std::abs(f.box.width() * t.scale() - 186.f) < 8.f);
        // Keypoint order: subject's right eye on the image's left, eyes above nose above mouth.
        const auto& k = f.keypoints;
        QVERIFY(k[KeypointRightEye].x < k[KeypointLeftEye].x);
        QVERIFY(k[KeypointNoseTip].y > k[KeypointRightEye].y);
        QVERIFY(k[KeypointMouth].y > k[KeypointNoseTip].y);
        QVERIFY(k[KeypointRightEar].x < k[KeypointRightEye].x);
        QVERIFY(k[KeypointLeftEar].x > k[KeypointLeftEye].x);
    }
};


QTEST_APPLESS_MAIN(TestFaceDetectionMath)
#include "test_face_detection_math.moc"
