#pragma once
// The artist's edits of the fitted UV maps (the studio's Map Edits dock, applied
// by the exporter and mirrored by the 3D view's shader, resources/shaders/face.frag):
// exposure and saturation of the diffuse albedo, a strength for the specular
// intensity and one for the normal map's relief. Edits are non-destructive: the
// fit keeps its maps, the exporter writes edited copies.
#include <array>
#include <string>
#include <vector>

namespace likeness {

struct MapEdits {
    float diffuseExposure = 0;     // stops: linear albedo x 2^exposure, -3..3
    float diffuseSaturation = 1;   // 0 = gray (Rec. 709 luma of the linear albedo) .. 3
    float specularStrength = 1;    // specular intensity x strength, 0..4
    float normalStrength = 1;      // tangent-space xy x strength (renormalised), 0..4; 0 = flat
    /// True when the edits change nothing (the exporter skips them).
    bool isIdentity() const;
    void validate() const;         // throws OptionsError (NaN, out of range)
};

/// A linear RGB albedo after the edits, clamped to [0, 1].
std::array<float, 3> editedAlbedo(const std::array<float, 3>& linearRgb, const MapEdits& edits);
/// A specular intensity after the edits, clamped to [0, 1].
float editedSpecular(float specular, const MapEdits& edits);
/// A tangent-space normal (unit, +z out) after the edits: xy scaled, renormalised.
std::array<float, 3> editedNormal(const std::array<float, 3>& normal, const MapEdits& edits);

// The same on PNG maps as the fit writes them; each keeps the file's bit depth.
// A file that does not decode, or of the wrong kind, throws InputError.
/// An sRGB diffuse map (8-bit, RGB or RGBA; alpha kept).
std::vector<unsigned char> editDiffusePng(const std::vector<unsigned char>& png, const MapEdits& edits);
/// A gray, linear specular map (8 or 16 bits).
std::vector<unsigned char> editSpecularPng(const std::vector<unsigned char>& png, const MapEdits& edits);
/// A tangent-space normal map (8 or 16 bits, RGB = xyz * 0.5 + 0.5).
std::vector<unsigned char> editNormalPng(const std::vector<unsigned char>& png, const MapEdits& edits);

} // namespace likeness
