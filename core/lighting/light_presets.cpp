#include "lighting/light_presets.h"

#include <cmath>
#include <mutex>

#include "lighting/sh_projection.h"

namespace likeness {
namespace {

struct Lobe {
    Vec3f axis;        // toward the light (need not be unit)
    float sharpness;   // k
    float strength;    // s
};

Vec3f unit(Vec3f v) {
    const float n = std::sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    return {v[0] / n, v[1] / n, v[2] / n};
}

std::vector<float> project(std::vector<Lobe> lobes, float ambient) {
    for (Lobe& lobe : lobes) lobe.axis = unit(lobe.axis);
    std::vector<float> sh = shProjectFunction(
        [&](const Vec3f& d) {
            float v = ambient;
            for (const Lobe& lobe : lobes) {
                const float c = d[0] * lobe.axis[0] + d[1] * lobe.axis[1] + d[2] * lobe.axis[2];
                v += lobe.strength * std::exp(lobe.sharpness * (c - 1.f));
            }
            return Vec3f{v, v, v};
        },
        kMaxLightBands, 64);
    // Normalise: the brightest irradiance over the normals (a quadrature grid) is 1.
    float peak = 0.f;
    for (const Vec3f& n : sphereQuadrature(24).directions) peak = std::max(peak, shIrradiance(sh, kMaxLightBands, n)[0]);
    if (peak > 0.f)
        for (float& c : sh) c /= peak;
    return sh;
}

std::vector<float> build(LightPreset preset) {
    switch (preset) {
    case LightPreset::Studio:
        return project({{{-0.6f, -0.6f, -0.8f}, 4.f, 1.f}, {{0.7f, -0.1f, -0.8f}, 3.f, 0.35f}}, 0.15f);
    case LightPreset::Rim:
        return project({{{0.8f, -0.2f, 0.6f}, 8.f, 1.f}, {{-0.8f, -0.2f, 0.6f}, 8.f, 1.f},
                        {{0.f, 0.f, -1.f}, 2.f, 0.08f}}, 0.05f);
    case LightPreset::Top:
        return project({{{0.f, -1.f, 0.f}, 3.f, 1.f}}, 0.10f);
    case LightPreset::HardSide:
        return project({{{-1.f, -0.1f, -0.15f}, 24.f, 1.f}}, 0.01f);
    }
    return {};
}

} // namespace

const char* lightPresetName(LightPreset preset) {
    switch (preset) {
    case LightPreset::Studio: return "studio";
    case LightPreset::Rim: return "rim";
    case LightPreset::Top: return "top";
    case LightPreset::HardSide: return "hard_side";
    }
    return "studio";
}

bool lightPresetFromName(const std::string& name, LightPreset* preset) {
    for (LightPreset p : {LightPreset::Studio, LightPreset::Rim, LightPreset::Top, LightPreset::HardSide})
        if (name == lightPresetName(p)) {
            if (preset) *preset = p;
            return true;
        }
    return false;
}

const std::vector<float>& lightPresetSh(LightPreset preset) {
    static std::once_flag once;
    static std::vector<float> table[4];
    std::call_once(once, [] {
        for (int i = 0; i < 4; ++i) table[i] = build(LightPreset(i));
    });
    return table[int(preset)];
}

} // namespace likeness
