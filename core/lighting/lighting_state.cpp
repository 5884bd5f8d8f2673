#include "lighting/lighting_state.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "common/error.h"
#include "lighting/colour_temperature.h"
#include "lighting/sh_rotation.h"

namespace likeness {
namespace {

void checkRange(const char* field, float value, float lo, float hi) {
    if (!std::isfinite(value) || value < lo || value > hi) {
        std::ostringstream message;
        message << "Lighting: " << field << " must be between " << lo << " and " << hi << ", got " << value << ".";
        throw OptionsError(message.str());
    }
}

} // namespace

bool KeyLight::operator==(const KeyLight& o) const {
    return enabled == o.enabled && azimuthDeg == o.azimuthDeg && elevationDeg == o.elevationDeg &&
           intensity == o.intensity && temperatureK == o.temperatureK;
}

bool LightingState::operator==(const LightingState& o) const {
    return source == o.source && preset == o.preset && environmentPath == o.environmentPath &&
           environmentSh == o.environmentSh && yawDeg == o.yawDeg && intensity == o.intensity &&
           temperatureK == o.temperatureK && key == o.key;
}

void LightingState::validate() const {
    if (source != LightSource::Fitted && source != LightSource::Preset && source != LightSource::Environment)
        throw OptionsError("Lighting: unknown light source.");
    if (preset != LightPreset::Studio && preset != LightPreset::Rim && preset != LightPreset::Top &&
        preset != LightPreset::HardSide)
        throw OptionsError("Lighting: unknown preset.");
    checkRange("rotation (degrees)", yawDeg, -LightingLimits::kMaxYawDeg, LightingLimits::kMaxYawDeg);
    checkRange("intensity", intensity, 0.f, LightingLimits::kMaxIntensity);
    checkRange("colour temperature (K)", temperatureK, kMinColourTemperatureK, kMaxColourTemperatureK);
    checkRange("key light azimuth (degrees)", key.azimuthDeg, -180.f, 180.f);
    checkRange("key light elevation (degrees)", key.elevationDeg, -90.f, 90.f);
    checkRange("key light intensity", key.intensity, 0.f, LightingLimits::kMaxKeyIntensity);
    checkRange("key light colour temperature (K)", key.temperatureK, kMinColourTemperatureK, kMaxColourTemperatureK);
    if (source == LightSource::Environment) {
        if (environmentSh.size() != size_t(kMaxLightBands * kMaxLightBands * 3))
            throw OptionsError("Lighting: the environment light must have " +
                               std::to_string(kMaxLightBands * kMaxLightBands * 3) + " coefficients, got " +
                               std::to_string(environmentSh.size()) + ".");
        for (float c : environmentSh)
            if (!std::isfinite(c) || std::abs(c) > LightingLimits::kMaxCoefficient)
                throw OptionsError("Lighting: the environment light has an invalid coefficient.");
    }
}

Vec3f keyLightDirection(float azimuthDeg, float elevationDeg) {
    const double k = 3.14159265358979323846 / 180.0;
    const double az = azimuthDeg * k, el = elevationDeg * k;
    return {float(std::cos(el) * std::sin(az)), float(-std::sin(el)), float(-std::cos(el) * std::cos(az))};
}

EffectiveLight effectiveLight(const LightingState& state, const std::vector<float>& fittedSh, int fittedBands) {
    state.validate();
    EffectiveLight out;
    const std::vector<float>* base = nullptr;
    switch (state.source) {
    case LightSource::Fitted:
        checkLightBands(fittedBands);
        if (fittedSh.size() != size_t(fittedBands * fittedBands * 3))
            throw OptionsError("Lighting: the fitted light has " + std::to_string(fittedSh.size()) +
                               " coefficients, expected " + std::to_string(fittedBands * fittedBands * 3) + ".");
        base = &fittedSh;
        out.bands = fittedBands;
        break;
    case LightSource::Preset:
        base = &lightPresetSh(state.preset);
        out.bands = kMaxLightBands;
        break;
    case LightSource::Environment:
        base = &state.environmentSh;
        out.bands = kMaxLightBands;
        break;
    }
    out.sh = state.yawDeg == 0.f ? *base : rotateSH(*base, out.bands, double(state.yawDeg));
    const Vec3f tint = colourTemperatureRgb(state.temperatureK);
    for (size_t i = 0; i < out.sh.size(); ++i) out.sh[i] *= tint[i % 3] * state.intensity;

    out.keyEnabled = state.key.enabled;
    out.keyDirection = keyLightDirection(state.key.azimuthDeg, state.key.elevationDeg);
    if (state.key.enabled) {
        const Vec3f keyTint = colourTemperatureRgb(state.key.temperatureK);
        for (int c = 0; c < 3; ++c) out.keyRadiance[size_t(c)] = keyTint[size_t(c)] * state.key.intensity;
    }
    return out;
}

Vec3f effectiveIrradiance(const EffectiveLight& light, const Vec3f& n) {
    Vec3f e{0.f, 0.f, 0.f};
    if (light.bands > 0) e = shIrradiance(light.sh, light.bands, n);
    if (light.keyEnabled) {
        const float c = std::max(0.f, n[0] * light.keyDirection[0] + n[1] * light.keyDirection[1] +
                                          n[2] * light.keyDirection[2]);
        for (int i = 0; i < 3; ++i) e[size_t(i)] += light.keyRadiance[size_t(i)] * c;
    }
    return e;
}

} // namespace likeness
