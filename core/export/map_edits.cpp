#include "export/map_edits.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <opencv2/imgcodecs.hpp>

#include "common/error.h"
#include "common/srgb.h"

namespace likeness {
namespace {

constexpr float kLumaR = 0.2126f, kLumaG = 0.7152f, kLumaB = 0.0722f;   // Rec. 709, linear light
constexpr int kMaxMapSide = 8192;

void checkRange(float value, float low, float high, const char* what) {
    if (value >= low && value <= high) return;   // false for NaN
    char text[160];
    std::snprintf(text, sizeof text, "The %s must be %g to %g (not %g).", what, double(low), double(high), double(value));
    throw OptionsError(text);
}

double linearFromSrgb(double encoded) {
    const double x = std::clamp(encoded, 0.0, 1.0);
    return x <= 0.04045 ? x / 12.92 : std::pow((x + 0.055) / 1.055, 2.4);
}

cv::Mat decodeMap(const std::vector<unsigned char>& png, const char* what) {
    if (png.empty()) throw InputError(std::string("The ") + what + " map is empty.");
    cv::Mat m;
    try {
        m = cv::imdecode(png, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception&) {
        m.release();
    }
    if (m.empty()) throw InputError(std::string("The ") + what + " map is not a readable PNG.");
    if (m.rows > kMaxMapSide || m.cols > kMaxMapSide)
        throw InputError(std::string("The ") + what + " map is larger than 8192 texels on a side.");
    if (m.depth() != CV_8U && m.depth() != CV_16U)
        throw InputError(std::string("The ") + what + " map must have 8 or 16 bits per channel.");
    return m;
}

std::vector<unsigned char> encodeMap(const cv::Mat& m) {
    std::vector<unsigned char> png;
    if (!cv::imencode(".png", m, png)) throw Error("Could not encode a PNG texture.");
    return png;
}

/// Channel c of texel i as 0..1 / from 0..1 (8 or 16 bits).
double load(const cv::Mat& m, size_t i, double scale) {
    return m.depth() == CV_8U ? m.ptr<unsigned char>()[i] / scale : m.ptr<unsigned short>()[i] / scale;
}
void store(cv::Mat& m, size_t i, double scale, double value) {
    const double q = std::round(std::clamp(value, 0.0, 1.0) * scale);
    if (m.depth() == CV_8U) m.ptr<unsigned char>()[i] = static_cast<unsigned char>(q);
    else m.ptr<unsigned short>()[i] = static_cast<unsigned short>(q);
}

} // namespace

bool MapEdits::isIdentity() const {
    return diffuseExposure == 0 && diffuseSaturation == 1 && specularStrength == 1 && normalStrength == 1;
}

void MapEdits::validate() const {
    checkRange(diffuseExposure, -3, 3, "diffuse exposure (stops)");
    checkRange(diffuseSaturation, 0, 3, "diffuse saturation");
    checkRange(specularStrength, 0, 4, "specular strength");
    checkRange(normalStrength, 0, 4, "normal strength");
}

std::array<float, 3> editedAlbedo(const std::array<float, 3>& c, const MapEdits& e) {
    const float gain = std::exp2(e.diffuseExposure);
    const float luma = kLumaR * c[0] + kLumaG * c[1] + kLumaB * c[2];
    std::array<float, 3> out{};
    for (int k = 0; k < 3; ++k) out[size_t(k)] = std::clamp((luma + (c[size_t(k)] - luma) * e.diffuseSaturation) * gain, 0.0f, 1.0f);
    return out;
}

float editedSpecular(float s, const MapEdits& e) { return std::clamp(s * e.specularStrength, 0.0f, 1.0f); }

std::array<float, 3> editedNormal(const std::array<float, 3>& n, const MapEdits& e) {
    const float x = n[0] * e.normalStrength, y = n[1] * e.normalStrength, z = std::max(n[2], 0.0f);
    const float length = std::sqrt(x * x + y * y + z * z);
    if (length < 1e-8f) return {0, 0, 1};
    return {x / length, y / length, z / length};
}

std::vector<unsigned char> editDiffusePng(const std::vector<unsigned char>& png, const MapEdits& edits) {
    cv::Mat m = decodeMap(png, "diffuse");
    if (m.depth() != CV_8U || (m.channels() != 3 && m.channels() != 4))
        throw InputError("The diffuse map must be an 8-bit RGB or RGBA PNG.");
    const size_t texels = m.total(), c = static_cast<size_t>(m.channels());
    // A 256-entry table: the 8-bit sRGB decode is exact and costs nothing per texel.
    double decode[256];
    for (int v = 0; v < 256; ++v) decode[v] = linearFromSrgb(v / 255.0);
    unsigned char* p = m.ptr<unsigned char>();
    for (size_t i = 0; i < texels; ++i) {
        unsigned char* t = p + i * c;   // OpenCV's order: B, G, R (, A)
        const std::array<float, 3> rgb = editedAlbedo(
            {float(decode[t[2]]), float(decode[t[1]]), float(decode[t[0]])}, edits);
        for (int k = 0; k < 3; ++k)
            t[2 - k] = static_cast<unsigned char>(std::lround(srgbFromLinear(rgb[size_t(k)]) * 255.0));
    }
    return encodeMap(m);
}

std::vector<unsigned char> editSpecularPng(const std::vector<unsigned char>& png, const MapEdits& edits) {
    cv::Mat m = decodeMap(png, "specular");
    if (m.channels() != 1) throw InputError("The specular map must be a gray PNG.");
    const double scale = m.depth() == CV_8U ? 255.0 : 65535.0;
    for (size_t i = 0; i < m.total(); ++i) store(m, i, scale, editedSpecular(float(load(m, i, scale)), edits));
    return encodeMap(m);
}

std::vector<unsigned char> editNormalPng(const std::vector<unsigned char>& png, const MapEdits& edits) {
    cv::Mat m = decodeMap(png, "normal");
    if (m.channels() != 3) throw InputError("The normal map must be an RGB PNG.");
    const double scale = m.depth() == CV_8U ? 255.0 : 65535.0;
    for (size_t i = 0; i < m.total(); ++i) {
        const size_t b = 3 * i;   // B, G, R = z, y, x
        const std::array<float, 3> n = editedNormal(
            {float(load(m, b + 2, scale) * 2 - 1), float(load(m, b + 1, scale) * 2 - 1), float(load(m, b, scale) * 2 - 1)},
            edits);
        store(m, b + 2, scale, n[0] * 0.5 + 0.5);
        store(m, b + 1, scale, n[1] * 0.5 + 0.5);
        store(m, b, scale, n[2] * 0.5 + 0.5);
    }
    return encodeMap(m);
}

} // namespace likeness
