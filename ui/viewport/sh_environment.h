#pragma once
// The viewport's light as two small lat-long textures: the diffuse irradiance
// E_d(d) = sum A_l L_lm Y_lm(d) and the specular lobe E_s(d) = sum S_l L_lm Y_lm(d)
// (S2F2 supp. eq. 8-9) for every direction d of the light's frame. The fragment
// shader looks them up at the normal and the reflection vector instead of
// evaluating 2 x 25 SH terms per pixel (the bottleneck on software OpenGL).
#include <vector>

namespace likeness::ui {

struct ViewportLight;

struct ShEnvironment {
    static constexpr int kWidth = 128, kHeight = 64;   // longitude x latitude
    std::vector<float> diffuse, specular;              // [kHeight][kWidth][3] linear RGB
};

/// Texel (i, j) holds the direction at longitude phi = 2 pi (i + 0.5) / W - pi and polar
/// angle theta = pi (j + 0.5) / H from +y: d = (sin theta sin phi, cos theta, sin theta cos phi).
/// The shader inverts the same mapping (face.frag: envUv).
ShEnvironment shEnvironment(const ViewportLight& light, double roughness);

} // namespace likeness::ui
