// Light images of a fit: the environment map of known SH light (constant, and
// first-band lobes that say where up, right and "toward the camera" are), the
// light map of ambient and frontal light on a known surface, and the encoders.
#include <QtTest>

#include <cmath>
#include <opencv2/imgcodecs.hpp>

#include "common/error.h"
#include "export/light_maps.h"
#include "export_test_assets.h"

using namespace likeness;

namespace {

constexpr double kPi = 3.14159265358979323846;
const double kY00 = 0.5 / std::sqrt(kPi), kY1 = std::sqrt(3 / (4 * kPi));

// 3-band SH light, grey: coefficient k gets value v.
std::vector<float> grey(std::initializer_list<std::pair<int, double>> coefficients) {
    std::vector<float> l(27, 0.0f);
    for (const auto& [k, v] : coefficients)
        for (int c = 0; c < 3; ++c) l[size_t(3 * k + c)] = static_cast<float>(v);
    return l;
}

float at(const UvBakeResult& im, int row, int col) { return im.texels[size_t(3 * (row * im.size + col))]; }

// The grid asset as a one-photo fit, seen frontally (model +z toward the camera: a half turn about x).
FaceFit gridFit(const std::vector<float>& light) {
    const ExportAsset a = test::makeGridAsset(16, 0);
    FaceFit f;
    f.vertices = a.mesh.positions;
    f.triangles = a.mesh.triangles;
    f.uvs = a.mesh.uvs;
    f.shBands = 3;
    f.shLight = light;
    ImageFit im;
    im.posedVertices = a.mesh.positions;
    im.rotationAxisAngle = {static_cast<float>(kPi), 0, 0};
    im.shLight = light;
    f.images.push_back(im);
    return f;
}

} // namespace

class TestLightMaps : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void constantLightIsUniform() {
        const UvBakeResult e = environmentMap(grey({{0, 2.0 / kY00}}), 3);
        QCOMPARE(e.size, 64);
        for (float x : e.texels) QVERIFY(std::abs(x - 2.0f) < 1e-4f);
    }

    void firstBandShowsTheCameraFrame() {
        // Y_1,-1 = c y: radiance grows toward camera +y, which is image DOWN: bottom rows brighter.
        const UvBakeResult down = environmentMap(grey({{0, 1 / kY00}, {1, 0.5 / kY1}}), 3);
        QVERIFY(at(down, 60, 32) > at(down, 3, 32) + 0.5f);
        // Y_1,1 = c x: toward image right: the right of the centre (phi > 0) brighter than the left.
        const UvBakeResult right = environmentMap(grey({{0, 1 / kY00}, {3, 0.5 / kY1}}), 3);
        QVERIFY(at(right, 32, 48) > at(right, 32, 16) + 0.5f);
        // Y_10 = c z: camera +z is away from the camera: the centre (toward the camera) is darkest.
        const UvBakeResult away = environmentMap(grey({{0, 1 / kY00}, {2, 0.5 / kY1}}), 3);
        QVERIFY(at(away, 32, 32) < at(away, 32, 0) - 0.5f);
        QVERIFY_THROWS_EXCEPTION(OptionsError, environmentMap(grey({}), 3, 64, 32));
        QVERIFY_THROWS_EXCEPTION(InputError, environmentMap(std::vector<float>(5, 0.0f), 3));
    }

    void ambientLightMapIsOne() {
        // White ambient radiance 1: irradiance pi, divided by pi.
        const UvBakeResult m = lightMap(gridFit(grey({{0, 1 / kY00}})), 0, 32);
        for (size_t p = 0; p < m.covered.size(); ++p)
            if (m.covered[p]) QVERIFY2(std::abs(m.texels[3 * p] - 1.0f) < 1e-4f, qPrintable(QString::number(m.texels[3 * p])));
    }

    void frontalLightFavoursFacingSurface() {
        // Light from the camera's side (radiance larger toward camera -z): the patch's
        // centre faces the camera and is brighter than its tilted border.
        const UvBakeResult m = lightMap(gridFit(grey({{0, 1 / kY00}, {2, -0.8 / kY1}})), 0, 32);
        QVERIFY(at(m, 16, 16) > at(m, 16, 1) + 0.05f);
        QVERIFY(at(m, 16, 16) > at(m, 1, 16) + 0.05f);
    }

    void encoders() {
        const UvBakeResult e = environmentMap(grey({{0, 1 / kY00}, {2, 0.5 / kY1}}), 3, 16, 16);
        float scale = 0;
        const cv::Mat png = cv::imdecode(encodeNormalisedPng(e, &scale), cv::IMREAD_UNCHANGED);
        QCOMPARE(png.type(), CV_8UC3);
        QVERIFY(scale > 0 && scale < 1);
        double lo = 0, hi = 0;
        cv::minMaxLoc(png.reshape(1), &lo, &hi);
        QCOMPARE(hi, 255.0);   // the brightest texel is white
        const cv::Mat hdr = cv::imdecode(encodeRadianceHdr(e), cv::IMREAD_UNCHANGED);
        QCOMPARE(hdr.type(), CV_32FC3);
        QVERIFY(std::abs(hdr.at<cv::Vec3f>(8, 0)[1] - at(e, 8, 0)) < 0.02f * at(e, 8, 0));
    }
};

QTEST_APPLESS_MAIN(TestLightMaps)
#include "test_light_maps.moc"
