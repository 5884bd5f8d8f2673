// Map edits (export/map_edits.h): exposure doubles the linear albedo per stop,
// saturation 0 is the Rec. 709 gray, specular and normal strengths scale as
// documented, PNGs keep their bit depth, identity edits change no texel, and
// bad edits or damaged maps are refused with a message.
#include <QtTest>

#include <cmath>

#include <opencv2/imgcodecs.hpp>

#include "common/error.h"
#include "common/srgb.h"
#include "export/map_edits.h"

using namespace likeness;

namespace {
std::vector<unsigned char> png(const cv::Mat& m) {
    std::vector<unsigned char> bytes;
    cv::imencode(".png", m, bytes);
    return bytes;
}
cv::Mat decoded(const std::vector<unsigned char>& bytes) { return cv::imdecode(bytes, cv::IMREAD_UNCHANGED); }
double linearOf(int encoded) {
    const double x = encoded / 255.0;
    return x <= 0.04045 ? x / 12.92 : std::pow((x + 0.055) / 1.055, 2.4);
}
} // namespace

class TestMapEdits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void albedoExposureAndSaturation() {
        MapEdits e;
        e.diffuseExposure = 1;
        const auto brighter = editedAlbedo({0.1f, 0.2f, 0.3f}, e);
        QVERIFY(std::abs(brighter[0] - 0.2f) < 1e-6f && std::abs(brighter[2] - 0.6f) < 1e-6f);
        QCOMPARE(editedAlbedo({0.6f, 0.7f, 0.8f}, e)[2], 1.0f);   // clamped
        e = {};
        e.diffuseSaturation = 0;
        const auto gray = editedAlbedo({0.1f, 0.2f, 0.3f}, e);
        const float luma = 0.2126f * 0.1f + 0.7152f * 0.2f + 0.0722f * 0.3f;
        for (float c : gray) QVERIFY(std::abs(c - luma) < 1e-6f);
        e.diffuseSaturation = 2;   // away from the gray, same luma
        const auto vivid = editedAlbedo({0.1f, 0.2f, 0.3f}, e);
        QVERIFY(std::abs(0.2126f * vivid[0] + 0.7152f * vivid[1] + 0.0722f * vivid[2] - luma) < 1e-6f);
        QVERIFY(vivid[2] > 0.3f && vivid[0] < 0.1f);
    }

    void specularAndNormalStrength() {
        MapEdits e;
        e.specularStrength = 2;
        QCOMPARE(editedSpecular(0.1f, e), 0.2f);
        QCOMPARE(editedSpecular(0.7f, e), 1.0f);
        e.normalStrength = 0;   // flat
        const auto flat = editedNormal({0.6f, 0.0f, 0.8f}, e);
        QCOMPARE(flat[0], 0.0f);
        QCOMPARE(flat[2], 1.0f);
        e.normalStrength = 2;   // steeper, still unit
        const auto steep = editedNormal({0.6f, 0.0f, 0.8f}, e);
        QVERIFY(std::abs(steep[0] - 1.2f / std::sqrt(1.44f + 0.64f)) < 1e-6f);
        QVERIFY(std::abs(steep[0] * steep[0] + steep[2] * steep[2] - 1) < 1e-6f);
    }

    void diffusePngInSrgb() {
        cv::Mat m(4, 4, CV_8UC3, cv::Scalar(40, 90, 150));   // B, G, R
        const std::vector<unsigned char> in = png(m);
        MapEdits identity;
        QVERIFY(identity.isIdentity());
        QCOMPARE(cv::norm(decoded(editDiffusePng(in, identity)), m, cv::NORM_INF), 0.0);
        MapEdits e;
        e.diffuseExposure = 1;
        const cv::Mat out = decoded(editDiffusePng(in, e));
        QCOMPARE(out.type(), CV_8UC3);
        const cv::Vec3b t = out.at<cv::Vec3b>(2, 2);
        for (int k = 0; k < 3; ++k) {
            const int expected = int(std::lround(255 * srgbFromLinear(2 * linearOf(m.at<cv::Vec3b>(0, 0)[k]))));
            QCOMPARE(int(t[k]), expected);
        }
        QVERIFY(t[2] > 150);
    }

    void specularAndNormalPngsKeepDepth() {
        cv::Mat s(4, 4, CV_8UC1, cv::Scalar(50));
        MapEdits e;
        e.specularStrength = 2;
        const cv::Mat sOut = decoded(editSpecularPng(png(s), e));
        QCOMPARE(sOut.type(), CV_8UC1);
        QCOMPARE(int(sOut.at<unsigned char>(1, 1)), 100);

        // A tilted normal (x = 0.6, z = 0.8) in 16 bits, B, G, R = z, y, x.
        cv::Mat n(4, 4, CV_16UC3, cv::Scalar(std::lround(0.9 * 65535), std::lround(0.5 * 65535), std::lround(0.8 * 65535)));
        e = {};
        e.normalStrength = 0;
        const cv::Mat nOut = decoded(editNormalPng(png(n), e));
        QCOMPARE(nOut.type(), CV_16UC3);
        const cv::Vec3w t = nOut.at<cv::Vec3w>(3, 0);
        QCOMPARE(int(t[0]), 65535);                     // z = 1
        QVERIFY(std::abs(int(t[2]) - 32768) <= 1);      // x = 0
    }

    void refusesBadEditsAndMaps() {
        MapEdits e;
        e.diffuseExposure = std::nanf("");
        QVERIFY_THROWS_EXCEPTION(OptionsError, e.validate());
        e = {};
        e.normalStrength = 9;
        try {
            e.validate();
            QFAIL("accepted a normal strength of 9");
        } catch (const OptionsError& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(QLatin1String("normal strength must be 0 to 4")), error.what());
        }
        const std::vector<unsigned char> junk = {0x89, 'P', 'N', 'G', 1, 2, 3};
        QVERIFY_THROWS_EXCEPTION(InputError, editDiffusePng(junk, MapEdits{}));
        QVERIFY_THROWS_EXCEPTION(InputError, editSpecularPng({}, MapEdits{}));
        cv::Mat gray(4, 4, CV_8UC1, cv::Scalar(9));
        QVERIFY_THROWS_EXCEPTION(InputError, editDiffusePng(png(gray), MapEdits{}));   // not RGB
        QVERIFY_THROWS_EXCEPTION(InputError, editNormalPng(png(gray), MapEdits{}));
    }
};

QTEST_APPLESS_MAIN(TestMapEdits)
#include "test_map_edits.moc"
