// Relighting core: the float SH basis against render::shBasis, projection of
// analytic and equirect environments, rotation, presets, colour temperature, the
// effective light, and loading HDR/EXR/PNG environments (files written here).
#include <QtTest>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <random>

#include <ATen/ATen.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "common/error.h"
#include "lighting/colour_temperature.h"
#include "lighting/environment_map.h"
#include "lighting/hdr_header.h"
#include "lighting/light_presets.h"
#include "lighting/lighting_state.h"
#include "lighting/sh_eval.h"
#include "lighting/sh_projection.h"
#include "lighting/sh_rotation.h"
#include "shading.h"
#include "support/test_support.h"

using namespace likeness;

namespace {

constexpr double kPi = 3.14159265358979323846;

std::vector<float> randomSh(int bands, unsigned seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> n(0.f, 1.f);
    std::vector<float> sh(size_t(bands * bands * 3));
    for (float& c : sh) c = n(rng);
    return sh;
}

double maxAbsDiff(const std::vector<float>& a, const std::vector<float>& b) {
    double d = 0;
    for (size_t i = 0; i < a.size(); ++i) d = std::max(d, double(std::abs(a[i] - b[i])));
    return a.size() == b.size() ? d : 1e30;
}

float dot(const Vec3f& a, const Vec3f& b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }

// The quadrature direction where the SH radiance (red) is largest.
Vec3f peakDirection(const std::vector<float>& sh, int bands) {
    Vec3f best{0, 0, 0};
    float bestValue = -1e30f;
    for (const Vec3f& d : sphereQuadrature(48).directions) {
        const float v = shRadiance(sh, bands, d)[0];
        if (v > bestValue) bestValue = v, best = d;
    }
    return best;
}

std::vector<float> lobeSh(const Vec3f& axis, float k) {
    return shProjectFunction(
        [&](const Vec3f& d) {
            const float v = std::exp(k * (dot(d, axis) - 1.f));
            return Vec3f{v, v, v};
        },
        5);
}

// Writes the environment (RGB floats) as an OpenCV image file (BGR).
bool writeFloatImage(const std::string& path, const std::vector<float>& rgb, int w, int h) {
    cv::Mat image(h, w, CV_32FC3, const_cast<float*>(rgb.data()));
    cv::Mat bgr;
    cv::cvtColor(image, bgr, cv::COLOR_RGB2BGR);
    try {
        return cv::imwrite(path, bgr);
    } catch (const cv::Exception&) {
        return false;
    }
}

QString errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const InputError& e) {
        return QString::fromStdString(e.what());
    } catch (const std::exception& e) {
        return QStringLiteral("WRONG TYPE: ") + e.what();
    }
    return {};
}

} // namespace

class TestLighting : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void basisEqualsRenderShBasis() {
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> u(-1.5, 1.5);
        for (int bands = 1; bands <= kMaxLightBands; ++bands) {
            at::Tensor dirs = at::empty({200, 3}, at::kDouble);
            for (int i = 0; i < 200; ++i)
                for (int c = 0; c < 3; ++c) dirs[i][c] = u(rng);
            dirs[0][0] = 0, dirs[0][1] = 0, dirs[0][2] = 1;   // a pole
            const at::Tensor reference = render::shBasis(dirs, bands);
            auto acc = dirs.accessor<double, 2>();
            for (int i = 0; i < 200; ++i) {
                double y[25];
                shBasisAt(acc[i][0], acc[i][1], acc[i][2], bands, y);
                for (int k = 0; k < bands * bands; ++k)
                    QVERIFY2(std::abs(y[k] - reference[i][k].item<double>()) < 1e-9,
                             qPrintable(QStringLiteral("bands %1 index %2").arg(bands).arg(k)));
            }
        }
        // The documented low-order conventions.
        double y[25];
        shBasisAt(0.3, -0.4, 0.5, 2, y);
        const double c = std::sqrt(3.0 / (4 * kPi));
        QVERIFY(std::abs(y[1] - c * -0.4) < 1e-12 && std::abs(y[2] - c * 0.5) < 1e-12 && std::abs(y[3] - c * 0.3) < 1e-12);
        QVERIFY_THROWS_EXCEPTION(OptionsError, shBasisAt(0, 0, 1, 6, y));
    }

    void irradianceEqualsShadeSHDiffuse() {
        for (int bands : {3, 5}) {
            const std::vector<float> sh = randomSh(bands, 3);
            const Vec3f n{0.48f, -0.6f, -0.64f};
            render::ShadingInputs in;
            in.normals = at::tensor({n[0], n[1], n[2]}, at::kFloat).view({1, 3});
            in.viewDirections = at::tensor({0.f, 0.f, -1.f}, at::kFloat).view({1, 3});
            in.diffuseAlbedo = at::ones({1, 3});
            in.specularIntensity = at::zeros({1, 1});
            in.light = at::tensor(at::ArrayRef<float>(sh)).view({bands * bands, 3});
            in.bands = bands;
            const at::Tensor shaded = render::shadeSH(in);
            const Vec3f e = shIrradiance(sh, bands, n);
            for (int c = 0; c < 3; ++c) QVERIFY(std::abs(e[size_t(c)] - shaded[0][c].item<float>()) < 1e-4f);
        }
    }

    void constantEnvironmentGivesOnlyL00() {
        const int w = 256, h = 128;   // the working size of loaded environments
        std::vector<float> rgb(size_t(w * h * 3));
        for (size_t i = 0; i < rgb.size(); ++i) rgb[i] = i % 3 == 0 ? 2.f : (i % 3 == 1 ? 1.f : 0.5f);
        const std::vector<float> sh = shProjectEquirect(rgb.data(), w, h, 5);
        const float k = float(2.0 * std::sqrt(kPi));
        QVERIFY(std::abs(sh[0] - 2.f * k) < 1e-4f && std::abs(sh[1] - k) < 1e-4f && std::abs(sh[2] - 0.5f * k) < 1e-4f);
        for (size_t i = 3; i < sh.size(); ++i)
            QVERIFY2(std::abs(sh[i]) < 1e-3f * sh[0], qPrintable(QStringLiteral("%1: %2").arg(i).arg(sh[i])));
        // Constant radiance L gives irradiance pi L.
        QVERIFY(std::abs(shIrradiance(sh, 5, {0, 0, -1})[0] - float(2 * kPi)) < 1e-2f);
        // The same through the quadrature projection (exact).
        const std::vector<float> q = shProjectFunction([](const Vec3f&) { return Vec3f{1, 1, 1}; }, 5);
        QVERIFY(std::abs(q[0] - k) < 1e-5f);
        for (size_t i = 3; i < q.size(); ++i) QVERIFY(std::abs(q[i]) < 1e-5f);
    }

    void directionalLobePeaksWhereItPoints() {
        for (Vec3f axis : {Vec3f{0, 0, -1}, Vec3f{0, -1, 0}, Vec3f{0.6f, 0.f, 0.8f}, Vec3f{-0.48f, 0.6f, -0.64f}}) {
            const std::vector<float> sh = lobeSh(axis, 10.f);
            QVERIFY2(dot(peakDirection(sh, 5), axis) > std::cos(6.0 * kPi / 180.0), "lobe peak off its axis");
            QVERIFY(shIrradiance(sh, 5, axis)[0] > shIrradiance(sh, 5, {-axis[0], -axis[1], -axis[2]})[0]);
        }
    }

    void equirectMappingAndRoundTrip() {
        auto near = [](const Vec3f& a, const Vec3f& b) { return dot(a, b) > 0.9999f; };
        QVERIFY(near(equirectDirection(0.5, 0.5), {0, 0, -1}));     // centre: toward the camera
        QVERIFY(near(equirectDirection(0.5, 0.0), {0, -1, 0}));     // top: up
        QVERIFY(near(equirectDirection(0.75, 0.5), {-1, 0, 0}));    // right half: subject's right
        QVERIFY(near(equirectDirection(0.0, 0.5), {0, 0, 1}));      // edges: behind
        const std::vector<float> sh = randomSh(5, 11);
        const std::vector<float> image = shRenderEquirect(sh, 5, 256, 128);
        const std::vector<float> back = shProjectEquirect(image.data(), 256, 128, 5);
        QVERIFY2(maxAbsDiff(sh, back) < 5e-3, qPrintable(QString::number(maxAbsDiff(sh, back))));
        // Fewer bands recover the leading coefficients.
        const std::vector<float> back3 = shProjectEquirect(image.data(), 256, 128, 3);
        QVERIFY(maxAbsDiff(std::vector<float>(sh.begin(), sh.begin() + 27), back3) < 5e-3);
    }

    void rotation() {
        const std::vector<float> sh = randomSh(5, 5);
        QVERIFY(maxAbsDiff(rotateSH(sh, 5, 360.0), sh) < 1e-4);
        QVERIFY(maxAbsDiff(rotateSH(sh, 5, 0.0), sh) < 1e-5);
        QVERIFY(maxAbsDiff(rotateSH(rotateSH(sh, 5, 30.0), 5, 60.0), rotateSH(sh, 5, 90.0)) < 1e-4);
        QVERIFY(maxAbsDiff(rotateSH(rotateSH(sh, 5, 70.0), 5, -70.0), sh) < 1e-4);
        // +90: light from the front (-z) arrives from +x; 180: from behind.
        const std::vector<float> front = lobeSh({0, 0, -1}, 10.f);
        QVERIFY(dot(peakDirection(rotateSH(front, 5, 90.0), 5), {1, 0, 0}) > 0.99f);
        QVERIFY(dot(peakDirection(rotateSH(front, 5, 180.0), 5), {0, 0, 1}) > 0.99f);
        // A general rotation: band energy preserved, lobe moved by R.
        const double a = 0.7, b = -1.1;
        const Mat3f rx = {1, 0, 0, 0, float(std::cos(a)), float(-std::sin(a)), 0, float(std::sin(a)), float(std::cos(a))};
        const Mat3f rz = {float(std::cos(b)), float(-std::sin(b)), 0, float(std::sin(b)), float(std::cos(b)), 0, 0, 0, 1};
        Mat3f r{};
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                for (int k = 0; k < 3; ++k) r[size_t(i * 3 + j)] += rx[size_t(i * 3 + k)] * rz[size_t(k * 3 + j)];
        const std::vector<float> rotated = rotateSH(sh, 5, r);
        for (int l = 0; l < 5; ++l)
            for (int c = 0; c < 3; ++c)
                QVERIFY(std::abs(shBandEnergy(rotated, 5, l)[size_t(c)] - shBandEnergy(sh, 5, l)[size_t(c)]) <
                        1e-3f * (1 + shBandEnergy(sh, 5, l)[size_t(c)]));
        const Vec3f axis{0.f, 0.6f, -0.8f};
        const Vec3f moved{r[0] * axis[0] + r[1] * axis[1] + r[2] * axis[2], r[3] * axis[0] + r[4] * axis[1] + r[5] * axis[2],
                          r[6] * axis[0] + r[7] * axis[1] + r[8] * axis[2]};
        QVERIFY(dot(peakDirection(rotateSH(lobeSh(axis, 10.f), 5, r), 5), moved) > 0.99f);
        // Rotated light, evaluated at R d, equals the original at d.
        const Vec3f d{0.36f, 0.48f, 0.8f};
        const Vec3f rd{r[0] * d[0] + r[1] * d[1] + r[2] * d[2], r[3] * d[0] + r[4] * d[1] + r[5] * d[2],
                       r[6] * d[0] + r[7] * d[1] + r[8] * d[2]};
        QVERIFY(std::abs(shRadiance(rotated, 5, rd)[1] - shRadiance(sh, 5, d)[1]) < 1e-3f);
        QVERIFY_THROWS_EXCEPTION(OptionsError, rotateSH(std::vector<float>(10), 5, 10.0));
    }

    void presets() {
        const LightPreset all[] = {LightPreset::Studio, LightPreset::Rim, LightPreset::Top, LightPreset::HardSide};
        for (LightPreset p : all) {
            const std::vector<float>& sh = lightPresetSh(p);
            QCOMPARE(sh.size(), size_t(75));
            for (float c : sh) QVERIFY(std::isfinite(c));
            float peak = 0;
            for (const Vec3f& n : sphereQuadrature(24).directions) peak = std::max(peak, shIrradiance(sh, 5, n)[0]);
            QVERIFY(std::abs(peak - 1.f) < 1e-4f);
            LightPreset parsed;
            QVERIFY(lightPresetFromName(lightPresetName(p), &parsed) && parsed == p);
            for (LightPreset q : all)
                if (q != p) QVERIFY(maxAbsDiff(sh, lightPresetSh(q)) > 0.05);
        }
        QVERIFY(!lightPresetFromName("disco", nullptr));
        auto e = [](LightPreset p, Vec3f n) { return shIrradiance(lightPresetSh(p), 5, n)[0]; };
        QVERIFY(e(LightPreset::Top, {0, -1, 0}) > 2 * e(LightPreset::Top, {0, 0, -1}));
        QVERIFY(e(LightPreset::Rim, {0, 0, 1}) > 3 * e(LightPreset::Rim, {0, 0, -1}));
        QVERIFY2(e(LightPreset::HardSide, {-1, 0, 0}) > 5 * e(LightPreset::HardSide, {1, 0, 0}),
                 qPrintable(QStringLiteral("%1 %2").arg(e(LightPreset::HardSide, {-1, 0, 0})).arg(e(LightPreset::HardSide, {1, 0, 0}))));
        QVERIFY(e(LightPreset::Studio, {0, 0, -1}) > e(LightPreset::Studio, {0, 0, 1}));
        QVERIFY(e(LightPreset::Studio, {-0.6f, -0.6f, -0.53f}) > e(LightPreset::Studio, {0.6f, -0.6f, -0.53f}));
    }

    void colourTemperature() {
        const Vec3f white = colourTemperatureRgb(6500.f);
        for (float c : white) QVERIFY(std::abs(c - 1.f) < 1e-5f);
        float lastRed = 1e9f, lastBlue = -1e9f;
        for (float t = 2000.f; t <= 12000.f; t += 500.f) {
            const Vec3f c = colourTemperatureRgb(t);
            QVERIFY(std::abs(0.2126f * c[0] + 0.7152f * c[1] + 0.0722f * c[2] - 1.f) < 1e-4f);
            QVERIFY(c[0] <= lastRed + 1e-6f && c[2] >= lastBlue - 1e-6f);   // warmer = redder
            lastRed = c[0], lastBlue = c[2];
        }
        const Vec3f warm = colourTemperatureRgb(3000.f), cool = colourTemperatureRgb(10000.f);
        QVERIFY(warm[0] > warm[1] && warm[1] > warm[2]);
        QVERIFY(cool[2] > cool[1] && cool[2] > cool[0]);
    }

    void effectiveLightComposition() {
        const std::vector<float> fitted = randomSh(3, 9);
        LightingState s;
        EffectiveLight e = effectiveLight(s, fitted, 3);
        QCOMPARE(e.bands, 3);
        QVERIFY(maxAbsDiff(e.sh, fitted) < 1e-6 && !e.keyEnabled);
        s.intensity = 2.f;
        e = effectiveLight(s, fitted, 3);
        QVERIFY(std::abs(e.sh[4] - 2 * fitted[4]) < 1e-5f);
        s.yawDeg = 45.f;
        s.temperatureK = 3000.f;
        e = effectiveLight(s, fitted, 3);
        const Vec3f tint = colourTemperatureRgb(3000.f);
        const std::vector<float> rotated = rotateSH(fitted, 3, 45.0);
        for (size_t i = 0; i < rotated.size(); ++i) QVERIFY(std::abs(e.sh[i] - rotated[i] * tint[i % 3] * 2.f) < 1e-4f);
        s = {};
        s.source = LightSource::Preset;
        s.preset = LightPreset::Rim;
        e = effectiveLight(s, fitted, 3);
        QVERIFY(e.bands == 5 && maxAbsDiff(e.sh, lightPresetSh(LightPreset::Rim)) < 1e-6);
        s.source = LightSource::Environment;
        QVERIFY_THROWS_EXCEPTION(OptionsError, effectiveLight(s, fitted, 3));   // no coefficients
        s.environmentSh = randomSh(5, 1);
        QVERIFY(maxAbsDiff(effectiveLight(s, fitted, 3).sh, s.environmentSh) < 1e-6);

        // The key light: documented angles, colour, and its Lambert term.
        auto near = [](const Vec3f& a, const Vec3f& b) { return dot(a, b) > 0.9999f; };
        QVERIFY(near(keyLightDirection(0, 0), {0, 0, -1}));
        QVERIFY(near(keyLightDirection(90, 0), {1, 0, 0}));
        QVERIFY(near(keyLightDirection(-90, 0), {-1, 0, 0}));
        QVERIFY(near(keyLightDirection(0, 90), {0, -1, 0}));
        QVERIFY(near(keyLightDirection(180, 0), {0, 0, 1}));
        s = {};
        s.key.enabled = true;
        s.key.intensity = 2.f;
        s.key.azimuthDeg = 90.f;
        s.key.elevationDeg = 0.f;
        e = effectiveLight(s, fitted, 3);
        QVERIFY(e.keyEnabled && near(e.keyDirection, {1, 0, 0}));
        QVERIFY(std::abs(e.keyRadiance[1] - 2.f) < 1e-4f);
        const Vec3f withKey = effectiveIrradiance(e, {1, 0, 0}), without = shIrradiance(fitted, 3, {1, 0, 0});
        QVERIFY(std::abs(withKey[0] - without[0] - 2.f) < 1e-4f);
        QVERIFY(std::abs(effectiveIrradiance(e, {-1, 0, 0})[0] - shIrradiance(fitted, 3, {-1, 0, 0})[0]) < 1e-5f);

        // Hostile states and sizes.
        for (auto edit : std::vector<std::function<void(LightingState&)>>{
                 [](LightingState& x) { x.intensity = -1; }, [](LightingState& x) { x.intensity = NAN; },
                 [](LightingState& x) { x.yawDeg = 1e9f; }, [](LightingState& x) { x.temperatureK = 100; },
                 [](LightingState& x) { x.key.elevationDeg = 91; }, [](LightingState& x) { x.key.intensity = INFINITY; },
                 [](LightingState& x) { x.source = LightSource(7); },
                 [](LightingState& x) {
                     x.source = LightSource::Environment;
                     x.environmentSh.assign(75, 0.f);
                     x.environmentSh[3] = NAN;
                 }}) {
            LightingState bad;
            edit(bad);
            QVERIFY_THROWS_EXCEPTION(OptionsError, bad.validate());
            QVERIFY_THROWS_EXCEPTION(OptionsError, effectiveLight(bad, fitted, 3));
        }
        QVERIFY_THROWS_EXCEPTION(OptionsError, effectiveLight(LightingState{}, fitted, 5));
        QVERIFY_THROWS_EXCEPTION(OptionsError, effectiveLight(LightingState{}, {}, 3));
    }

    void hdrFileRoundTrip() {
        const std::string dir = test::scratchDir("test_lighting");
        std::vector<float> sh = lobeSh({0.6f, -0.48f, -0.64f}, 4.f);
        for (size_t i = 0; i < sh.size(); ++i) sh[i] *= (i % 3 == 0 ? 3.f : 1.f);   // an HDR red light
        const std::vector<float> image = shRenderEquirect(sh, 5, 512, 256);
        std::vector<float> clipped(image);
        for (float& v : clipped) v = std::max(v, 0.f);   // ringing below 0 cannot be stored
        const std::string path = dir + "/env.hdr";
        QVERIFY(writeFloatImage(path, clipped, 512, 256));
        const EquirectImage loaded = loadEquirectEnvironment(path);
        QCOMPARE(loaded.format, std::string("Radiance HDR"));
        QVERIFY(loaded.sourceWidth == 512 && loaded.width == 256 && loaded.height == 128 && loaded.warning.empty());
        const EnvironmentLight light = loadEnvironmentLight(path);
        const std::vector<float> reference = shProjectEquirect(clipped.data(), 512, 256, 5);
        QVERIFY2(maxAbsDiff(light.sh, reference) < 0.02 * std::abs(reference[0]),
                 qPrintable(QString::number(maxAbsDiff(light.sh, reference))));
        QVERIFY(light.sh[0] > 2.5f * light.sh[1]);   // red stays red
        QVERIFY(dot(peakDirection(light.sh, 5), {0.6f, -0.48f, -0.64f}) > 0.98f);
    }

    void exrLoadsOrFailsClearly() {
        const std::string dir = test::scratchDir("test_lighting_exr");
        setenv("OPENCV_IO_ENABLE_OPENEXR", "1", 0);   // the writer needs it as the loader does
        std::vector<float> rgb(64 * 32 * 3, 0.25f);
        for (int i = 0; i < 64 * 16 * 3; ++i) rgb[size_t(i)] = 4.f;   // bright upper half
        const std::string path = dir + "/env.exr";
        if (!writeFloatImage(path, rgb, 64, 32)) {
            // No EXR codec in this OpenCV: loading must say so clearly.
            test::writeFile(path, std::string("\x76\x2f\x31\x01", 4) + std::string(64, '\0'));
            const QString message = errorOf([&] { loadEquirectEnvironment(path); });
            QVERIFY2(message.contains(QStringLiteral("OpenEXR")), qPrintable(message));
            QSKIP("OpenCV cannot write OpenEXR here; the refusal was checked.");
        }
        const EquirectImage loaded = loadEquirectEnvironment(path);
        QCOMPARE(loaded.format, std::string("OpenEXR"));
        QVERIFY(loaded.width == 64 && loaded.height == 32);
        QVERIFY(std::abs(loaded.rgb[0] - 4.f) < 1e-3f && std::abs(loaded.rgb.back() - 0.25f) < 1e-3f);
        const EnvironmentLight light = loadEnvironmentLight(path);
        QVERIFY(shIrradiance(light.sh, 5, {0, -1, 0})[0] > 2 * shIrradiance(light.sh, 5, {0, 1, 0})[0]);
    }

    void pngIsLinearised() {
        const std::string dir = test::scratchDir("test_lighting_png");
        cv::Mat img(50, 100, CV_8UC3, cv::Scalar(188, 188, 188));   // sRGB 188 ~ linear 0.5
        QVERIFY(cv::imwrite(dir + "/env.png", img));
        const EquirectImage loaded = loadEquirectEnvironment(dir + "/env.png");
        QVERIFY(std::abs(loaded.rgb[7] - 0.5029f) < 2e-3f);
        QVERIFY(loaded.warning.empty());
        cv::Mat square(64, 64, CV_8UC3, cv::Scalar(10, 20, 30));
        QVERIFY(cv::imwrite(dir + "/square.png", square));
        const EquirectImage sq = loadEquirectEnvironment(dir + "/square.png");
        QVERIFY(QString::fromStdString(sq.warning).contains(QStringLiteral("2:1")));
        QVERIFY(sq.rgb[0] > sq.rgb[2]);   // BGR file -> RGB: red (30) brightest
    }

    void badFilesRefusedClearly() {
        const std::string dir = test::scratchDir("test_lighting_bad");
        auto write = [&](const std::string& name, const std::string& bytes) {
            test::writeFile(dir + "/" + name, bytes);
            return dir + "/" + name;
        };
        struct Case {
            std::string path, expected;
        };
        const std::vector<Case> cases = {
            {dir + "/missing.hdr", "file not found"},
            {write("empty.hdr", ""), "empty"},
            {write("text.hdr", "just some text, no image\n"), "not an image"},
            {write("noend.hdr", "#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n"), "Radiance header"},
            {write("badres.hdr", "#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y abc +X 5\n"), "resolution"},
            {write("huge.hdr", "#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y 20000 +X 40000\n" + std::string(100, 'x')),
             "exceeds the limit"},
            {write("trunc.hdr", "#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y 64 +X 128\n" + std::string(100, '\x02')),
             "could not be decoded"},
            {write("trunc.exr", std::string("\x76\x2f\x31\x01\x02\0\0\0channels", 16)), "OpenEXR"},
            {write("fake.png", "\x89PNG\r\n\x1a\n garbage"), "PNG"},
        };
        for (const Case& c : cases) {
            const QString message = errorOf([&] { loadEquirectEnvironment(c.path); });
            QVERIFY2(message.contains(QString::fromStdString(c.expected)) &&
                         message.contains(QString::fromStdString(c.path)),
                     qPrintable(QString::fromStdString(c.path) + QStringLiteral(" -> ") + message));
        }
        EnvironmentLoadOptions tiny;
        tiny.maxFileBytes = 10;
        QVERIFY(errorOf([&] { loadEquirectEnvironment(dir + "/noend.hdr", tiny); }).contains(QStringLiteral("larger")));
        tiny.maxFileBytes = 0;
        QVERIFY_THROWS_EXCEPTION(OptionsError, loadEquirectEnvironment(dir + "/noend.hdr", tiny));
    }

    void hdrHeaderNeverReadsPastTheEnd() {
        const std::string good = "#?RADIANCE\n\n+X 10 -Y 4\n";
        const HdrHeader h = readHdrHeader(reinterpret_cast<const std::uint8_t*>(good.data()), good.size());
        QVERIFY(h.ok() && h.width == 10 && h.height == 4);
        // Every prefix of a header is handled (ASan/valgrind would flag overreads).
        std::string exr("\x76\x2f\x31\x01\x02\0\0\0", 8);
        auto attr = [&](const std::string& name, const std::string& type, const std::string& value) {
            exr += name + '\0' + type + '\0';
            const std::uint32_t n = std::uint32_t(value.size());
            exr += std::string{char(n & 255), char(n >> 8 & 255), char(n >> 16 & 255), char(n >> 24)};
            exr += value;
        };
        attr("compression", "compression", std::string(1, '\0'));
        attr("dataWindow", "box2i", std::string("\0\0\0\0\0\0\0\0\x7f\0\0\0\x3f\0\0\0", 16));
        exr += '\0';
        const HdrHeader e = readHdrHeader(reinterpret_cast<const std::uint8_t*>(exr.data()), exr.size());
        QVERIFY2(e.ok() && e.width == 128 && e.height == 64, qPrintable(QString::fromStdString(e.problem)));
        for (size_t n = 0; n < exr.size(); ++n) {
            std::vector<std::uint8_t> prefix(exr.begin(), exr.begin() + long(n));
            QVERIFY(!readHdrHeader(prefix.data(), prefix.size()).ok());
        }
        for (size_t n = 0; n < good.size(); ++n) {
            std::vector<std::uint8_t> prefix(good.begin(), good.begin() + long(n));
            QVERIFY(!readHdrHeader(prefix.data(), prefix.size()).ok());
        }
    }
};

QTEST_APPLESS_MAIN(TestLighting)
#include "test_lighting.moc"
