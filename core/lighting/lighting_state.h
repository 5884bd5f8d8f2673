#pragma once
// What the artist chose in the Lighting panel, and the light the viewport draws
// with (EffectiveLight). Plain data: the UI serialises the state for sessions/undo.
#include <array>
#include <string>
#include <vector>

#include "lighting/light_presets.h"
#include "lighting/sh_eval.h"

namespace likeness {

enum class LightSource { Fitted, Preset, Environment };

/// A directional light added to the SH light (the shader adds Lambert plus the same
/// specular lobe for it). Angles in camera space:
///   azimuth 0 = from the camera's side (straight ahead of the face, -z); positive =
///   toward the image's right (+x, the subject's left), 90 = from the image right,
///   -90 = from the image left, +-180 = from behind the head;
///   elevation 0 = level, positive = from above (-y, as y points down), 90 = zenith.
struct KeyLight {
    bool enabled = false;              // off: no key light
    float azimuthDeg = -45.f;          // -180..180; default: front, image left
    float elevationDeg = 30.f;         // -90..90; default: a little above
    float intensity = 1.f;             // 0..8: irradiance at normal incidence (white = 1)
    float temperatureK = 6500.f;       // kMinColourTemperatureK..kMaxColourTemperatureK

    bool operator==(const KeyLight& o) const;
    bool operator!=(const KeyLight& o) const { return !(*this == o); }
};

struct LightingState {
    LightSource source = LightSource::Fitted;   // which base light
    LightPreset preset = LightPreset::Studio;   // used when source == Preset
    std::string environmentPath;                // when source == Environment: the file it came from
    std::vector<float> environmentSh;           // its projection, [25][3] (cached: no re-read needed)
    float yawDeg = 0.f;                         // -180..180: rotates the base light (sh_rotation.h)
    float intensity = 1.f;                      // 0..4: scales the base light
    float temperatureK = 6500.f;                // colour of the base light (6500 = unchanged)
    KeyLight key;

    /// Throws OptionsError naming the first field out of range (also non-finite values,
    /// an environment source without 25*3 finite coefficients of magnitude <= 1e6).
    void validate() const;

    bool operator==(const LightingState& o) const;
    bool operator!=(const LightingState& o) const { return !(*this == o); }
};

/// Limits validate() enforces (the panel's controls use the same ones).
struct LightingLimits {
    static constexpr float kMaxYawDeg = 180.f;
    static constexpr float kMaxIntensity = 4.f;
    static constexpr float kMaxKeyIntensity = 8.f;
    static constexpr float kMaxCoefficient = 1e6f;
};

/// The light the viewport renders with, in the fit's camera space.
struct EffectiveLight {
    int bands = 0;                    // 0 = no light yet; else 3 (coarse fit) or 5
    std::vector<float> sh;            // [bands^2][3] radiance SH, shaded as render::shadeSH
    bool keyEnabled = false;
    Vec3f keyDirection{0.f, 0.f, -1.f};   // unit, pointing TOWARD the light
    Vec3f keyRadiance{0.f, 0.f, 0.f};     // RGB irradiance E at normal incidence: the shader adds
                                          // albedo * E * max(0, n . keyDirection) (and the specular lobe)
};

/// Unit direction toward a key light of these angles (see KeyLight).
Vec3f keyLightDirection(float azimuthDeg, float elevationDeg);

/// The base light (fitted SH, the preset or the environment; presets/environments at
/// 5 bands), rotated by yaw, tinted by the colour temperature, scaled by intensity;
/// plus the key light (not rotated by yaw; its own colour and intensity). Throws
/// OptionsError for an invalid state or, with the fitted source, fitted light of
/// the wrong size (fittedSh must hold fittedBands^2 * 3 values, bands 1..5).
EffectiveLight effectiveLight(const LightingState& state, const std::vector<float>& fittedSh, int fittedBands);

/// Diffuse irradiance of the effective light at unit normal n (SH + key Lambert): the
/// CPU reference the viewport's shader must match.
Vec3f effectiveIrradiance(const EffectiveLight& light, const Vec3f& n);

} // namespace likeness
