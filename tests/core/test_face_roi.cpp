// Unit tests of rotated ROIs and cropping: crop <-> image mappings, the
// image -> crop -> image round trip (rotation, mirroring, big downscales),
// letterboxing, and ROIs from detections, landmarks and eye corners.
#include <QtTest/QtTest>

#include <cmath>
#include <random>
#include <vector>

#include <opencv2/imgproc.hpp>

#include "analysis/roi_crop.h"
#include "analysis/rotated_roi.h"
#include "common/error.h"

using namespace likeness;

namespace {

constexpr float kPi = 3.14159265358979323846f;

/// A grey image with a bright Gaussian spot centred at (x, y) (pixel coordinates).
cv::Mat spotImage(int width, int height, float x, float y, float sigma, int type = CV_8UC3) {
    cv::Mat img(height, width, CV_32FC3);
    for (int r = 0; r < height; ++r)
        for (int c = 0; c < width; ++c) {
            const float d2 = (c - x) * (c - x) + (r - y) * (r - y);
            const float v = 40.f + 200.f * std::exp(-d2 / (2.f * sigma * sigma));
            img.at<cv::Vec3f>(r, c) = {v, v * 0.5f, 255.f - v};
        }
    cv::Mat out;
    img.convertTo(out, type, type == CV_16UC3 ? 257.0 : 1.0);
    return out;
}

/// Intensity-weighted centroid of channel 0 above the background, in continuous
/// crop coordinates (pixel i covers [i, i+1)).
cv::Point2f spotCentroid(const cv::Mat& crop) {
    cv::Mat c0;
    cv::extractChannel(crop, c0, 0);
    c0.convertTo(c0, CV_32F);
    double maxV = 0;
    cv::minMaxLoc(c0, nullptr, &maxV);
    double sw = 0, sx = 0, sy = 0;
    for (int r = 0; r < c0.rows; ++r)
        for (int c = 0; c < c0.cols; ++c) {
            const double w = std::max(0.0, c0.at<float>(r, c) - 0.3 * maxV);
            sw += w, sx += w * (c + 0.5), sy += w * (r + 0.5);
        }
    return {static_cast<float>(sx / sw), static_cast<float>(sy / sw)};
}

} // namespace

class TestFaceRoi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void normalizesRadians() {
        QVERIFY(std::abs(normalizeRadians(0.5f) - 0.5f) < 1e-6f);
        QVERIFY(std::abs(normalizeRadians(0.5f + 2 * kPi) - 0.5f) < 1e-5f);
        QVERIFY(std::abs(normalizeRadians(-0.5f - 4 * kPi) + 0.5f) < 1e-5f);
        QVERIFY(std::abs(normalizeRadians(1.5f * kPi) + 0.5f * kPi) < 1e-5f);
    }

    void transformRoundTrips() {
        std::mt19937 rng(7);
        std::uniform_real_distribution<float> U(-1.f, 1.f);
        for (int trial = 0; trial < 50; ++trial) {
            const RotatedRoi roi{300 + 100 * U(rng), 200 + 100 * U(rng), 150 + 100 * U(rng), 3.f * U(rng)};
            const bool flip = trial % 2;
            const RoiTransform t(roi, 192, flip);
            for (int k = 0; k < 10; ++k) {
                const float u = 96 + 96 * U(rng), v = 96 + 96 * U(rng);
                const cv::Point2f p = t.toImage(u, v);
                const cv::Point2f q = t.toCrop(p.x, p.y);
                QVERIFY(std::abs(q.x - u) < 1e-3f && std::abs(q.y - v) < 1e-3f);
            }
            // The warp matrix agrees with toImage at pixel centres.
            const cv::Matx23d m = t.cropPixelToImage();
            for (int i : {0, 17, 191})
                for (int j : {0, 100, 191}) {
                    const cv::Point2f p = t.toImage(i + 0.5f, j + 0.5f);
                    QVERIFY(std::abs(m(0, 0) * i + m(0, 1) * j + m(0, 2) - p.x) < 1e-3);
                    QVERIFY(std::abs(m(1, 0) * i + m(1, 1) * j + m(1, 2) - p.y) < 1e-3);
                }
            // The crop centre is the ROI centre; crop +u runs along the ROI angle
            // (or against it when mirrored).
            const cv::Point2f c = t.toImage(96, 96);
            QVERIFY(std::abs(c.x - roi.cx) < 1e-3f && std::abs(c.y - roi.cy) < 1e-3f);
            const cv::Point2f e = t.toImage(97, 96);
            const float dir = flip ? -1.f : 1.f;
            QVERIFY(std::abs((e.x - c.x) - dir * t.scale() * std::cos(roi.angle)) < 1e-3f);
            QVERIFY(std::abs((e.y - c.y) - dir * t.scale() * std::sin(roi.angle)) < 1e-3f);
        }
    }

    void landmarkDepthScalesLikeXY() {
        const RoiTransform t(RotatedRoi{100, 100, 384, 0.3f}, 192);
        const Landmark p = t.toImage(Landmark{96, 96, -10});
        QVERIFY(std::abs(p.z + 20.f) < 1e-5f);
    }

    void cropRoundTrip_data() {
        QTest::addColumn<float>("roiSize");
        QTest::addColumn<float>("angle");
        QTest::addColumn<bool>("flip");
        QTest::addColumn<int>("type");
        QTest::addColumn<float>("tolerance");  // image pixels
        QTest::newRow("upright 1:1") << 192.f << 0.f << false << int(CV_8UC3) << 0.15f;
        QTest::newRow("rotated 30deg") << 230.f << 0.52f << false << int(CV_8UC3) << 0.2f;
        QTest::newRow("rotated mirrored") << 230.f << -0.8f << true << int(CV_8UC3) << 0.2f;
        QTest::newRow("upscale (eye crop)") << 40.f << 0.1f << true << int(CV_8UC3) << 0.15f;
        QTest::newRow("downscale x5 antialiased") << 960.f << 0.3f << false << int(CV_8UC3) << 1.f;
        QTest::newRow("16-bit") << 300.f << -0.2f << false << int(CV_16UC3) << 0.2f;
    }
    void cropRoundTrip() {
        QFETCH(float, roiSize);
        QFETCH(float, angle);
        QFETCH(bool, flip);
        QFETCH(int, type);
        QFETCH(float, tolerance);
        const float spotX = 611.3f, spotY = 397.8f;
        const float sigma = 0.04f * roiSize;  // about 8 crop pixels: a smooth, well-sampled spot
        const cv::Mat image = spotImage(1280, 960, spotX, spotY, sigma, type);
        // ROI centred away from the spot, so the spot sits off-centre in the crop.
        const RotatedRoi roi{spotX - 0.2f * roiSize, spotY + 0.15f * roiSize, roiSize, angle};
        const RoiTransform t(roi, 192, flip);
        const cv::Mat crop = cropRoiPixels(image, t);
        QCOMPARE(crop.type(), type);
        QCOMPARE(crop.rows, 192);
        const cv::Point2f inCrop = spotCentroid(crop);
        const cv::Point2f expected = t.toCrop(spotX, spotY);
        QVERIFY2(std::hypot(inCrop.x - expected.x, inCrop.y - expected.y) * t.scale() < tolerance,
                 qPrintable(QString("crop (%1,%2) expected (%3,%4)").arg(inCrop.x).arg(inCrop.y)
                                .arg(expected.x).arg(expected.y)));
        const cv::Point2f back = t.toImage(inCrop.x, inCrop.y);
        QVERIFY2(std::hypot(back.x - spotX, back.y - spotY) < tolerance,
                 qPrintable(QString("back (%1,%2)").arg(back.x).arg(back.y)));
    }

    void downscaleIsAntialiased() {
        // A one-pixel checkerboard averages to mid-grey; plain bilinear sampling at
        // 1/5 scale would alias into strong patterns.
        cv::Mat board(1000, 1000, CV_8UC3);
        for (int r = 0; r < board.rows; ++r)
            for (int c = 0; c < board.cols; ++c) board.at<cv::Vec3b>(r, c) = cv::Vec3b::all((r + c) % 2 ? 255 : 0);
        const RoiTransform t(RotatedRoi{499.5f, 499.5f, 900.f, 0.2f}, 192);
        const cv::Mat crop = cropRoiPixels(board, t);
        cv::Scalar mean, stddev;
        cv::meanStdDev(crop, mean, stddev);
        QVERIFY2(std::abs(mean[0] - 127.5) < 3 && stddev[0] < 6, qPrintable(QString::number(stddev[0])));
        RoiCropOptions noFilter;
        noFilter.antialiasAbove = 1000.f;
        cv::meanStdDev(cropRoiPixels(board, t, noFilter), mean, stddev);
        QVERIFY(stddev[0] > 20);  // shows the test would catch aliasing
    }

    void letterboxPadsTheShortSide() {
        const cv::Mat white(480, 640, CV_8UC3, cv::Scalar::all(255));
        const RoiTransform t(letterboxRoi(640, 480), 256);
        RoiCropOptions o;
        o.replicateBorder = false;
        o.rangeMin = -1.f;
        std::vector<float> input(256 * 256 * 3);
        cropRoiToFloat(white, t, o, input.data());
        auto at = [&](int row, int col) { return input[(row * 256 + col) * 3]; };
        QCOMPARE(at(0, 128), -1.f);    // top bar: black
        QCOMPARE(at(31, 128), -1.f);
        QCOMPARE(at(32, 0), 1.f);      // 640x480 -> 256x192, rows 32..223
        QCOMPARE(at(128, 255), 1.f);
        QCOMPARE(at(223, 128), 1.f);
        QCOMPARE(at(224, 128), -1.f);
        // Crop corners map to the image corners (continuous edges at -0.5 / w-0.5).
        const cv::Point2f a = t.toImage(0, 32), b = t.toImage(256, 224);
        QVERIFY(std::abs(a.x + 0.5f) < 1e-3f && std::abs(a.y + 0.5f) < 1e-3f);
        QVERIFY(std::abs(b.x - 639.5f) < 1e-3f && std::abs(b.y - 479.5f) < 1e-3f);
    }

    void borderModesAndSixteenBitRange() {
        const cv::Mat white(100, 100, CV_16UC3, cv::Scalar::all(65535));
        const RoiTransform t(RotatedRoi{0, 49.5f, 100, 0}, 10);  // left half outside the image
        std::vector<float> v(10 * 10 * 3);
        cropRoiToFloat(white, t, RoiCropOptions{}, v.data());
        QCOMPARE(v[(5 * 10 + 0) * 3], 1.f);  // replicated edge
        RoiCropOptions zero;
        zero.replicateBorder = false;
        cropRoiToFloat(white, t, zero, v.data());
        QCOMPARE(v[(5 * 10 + 0) * 3], 0.f);
        QCOMPARE(v[(5 * 10 + 9) * 3], 1.f);
        const cv::Mat gray(10, 10, CV_8UC1, cv::Scalar(1));
        QVERIFY_THROWS_EXCEPTION(InputError, cropRoiPixels(gray, t));
        zero.rangeMax = -2.f;
        QVERIFY_THROWS_EXCEPTION(OptionsError, cropRoiToFloat(white, t, zero, v.data()));
    }

    void roiFromDetectionUsesEyeLine() {
        FaceDetection d;
        d.box = {100, 200, 180, 300};  // 80 x 100
        d.keypoints[KeypointRightEye] = {120, 230, 0};
        d.keypoints[KeypointLeftEye] = {160, 250, 0};
        const RotatedRoi roi = roiFromDetection(d);
        QCOMPARE(roi.cx, 140.f);
        QCOMPARE(roi.cy, 250.f);
        QCOMPARE(roi.size, 150.f);  // long side x 1.5 (MediaPipe)
        QVERIFY(std::abs(roi.angle - std::atan2(20.f, 40.f)) < 1e-6f);
    }

    void roiFromLandmarksFitsRotatedExtent() {
        // A 100 x 60 rectangle of points centred at (300, 200), rotated by 25 degrees;
        // points 0 -> 1 run along its long axis.
        const float a = 25.f * kPi / 180.f, c = std::cos(a), s = std::sin(a);
        std::vector<Landmark> pts;
        for (float u : {-50.f, 50.f, -50.f, 50.f, 0.f})
            for (float v : {-30.f, 30.f, 0.f}) pts.push_back({300 + c * u - s * v, 200 + s * u + c * v, 0});
        // Rotation keypoints: (-50, 0) -> (50, 0) in the rectangle frame.
        pts.insert(pts.begin(), {300 + c * 50, 200 + s * 50, 0});
        pts.insert(pts.begin(), {300 - c * 50, 200 - s * 50, 0});
        // A far point beyond `count` is ignored.
        pts.push_back({5000, 5000, 0});
        const RotatedRoi roi = roiFromLandmarks(pts, static_cast<int>(pts.size()) - 1, 0, 1);
        QVERIFY(std::abs(roi.angle - a) < 1e-5f);
        QVERIFY(std::abs(roi.cx - 300) < 1e-3f && std::abs(roi.cy - 200) < 1e-3f);
        QVERIFY(std::abs(roi.size - 150.f) < 1e-3f);  // long side 100 x 1.5
        for (size_t i = 0; i + 1 < pts.size(); ++i) QVERIFY(roiContains(roi, pts[i].x, pts[i].y));
        QVERIFY(!roiContains(roi, 5000, 5000));
    }

    void degenerateRoisAreNotUsable() {
        QVERIFY(roiIsUsable(RotatedRoi{10, 10, 100, 0.3f}));
        QVERIFY(!roiIsUsable(RotatedRoi{10, 10, 2, 0}));
        QVERIFY(!roiIsUsable(RotatedRoi{NAN, 10, 100, 0}));
        QVERIFY(!roiIsUsable(RotatedRoi{10, 10, INFINITY, 0}));
        const std::vector<Landmark> same(468, Landmark{5, 5, 0});
        QVERIFY(!roiIsUsable(roiFromLandmarks(same, 468, 33, 263)));
    }

    void roiFromEyeCornersIsAlongTheCorners() {
        const RotatedRoi roi = roiFromEyeCorners({100, 100, 0}, {130, 90, 5});
        QVERIFY(std::abs(roi.cx - 115) < 1e-4f && std::abs(roi.cy - 95) < 1e-4f);
        QVERIFY(std::abs(roi.size - std::hypot(30.f, 10.f) * 2.3f) < 1e-3f);
        QVERIFY(std::abs(roi.angle - std::atan2(-10.f, 30.f)) < 1e-6f);
    }
};

QTEST_APPLESS_MAIN(TestFaceRoi)
#include "test_face_roi.moc"
