#pragma once
// Images of a fit's light for artists (S2F2's SH light, supp. eq. 7-9):
//   environmentMap  the SH radiance L(w) = sum_lm B_lm Y_lm(w) over all directions,
//                   as a latitude-longitude image (S2F2 shows 64x64): centre = light
//                   arriving from the camera's side, top = image up, right = image right
//                   (the fit's camera frame);
//   lightMap        the diffuse irradiance E(n) = sum_lm A_l B_lm Y_lm(n) of every
//                   surface point in the UV layout (no albedo): where the light fell.
// Both are linear floats; the writers below encode them.
#include <string>
#include <vector>

#include "export/uv_baker.h"
#include "fit/coarse_fit.h"

namespace likeness {

/// [height][width][3] linear radiance of `shLight` ([bands^2 * 3], [coef][rgb]).
UvBakeResult environmentMap(const std::vector<float>& shLight, int bands, int width = 64, int height = 64);

/// Irradiance of image `imageIndex`'s light on the fit's surface (its posed shape,
/// normals turned into that camera's frame), baked at `size`^2 in UV space,
/// divided by pi so that white ambient light of radiance 1 gives 1.
UvBakeResult lightMap(const FaceFit& fit, size_t imageIndex = 0, int size = 64);

/// PNG for viewing: scaled so the brightest texel is 1, sRGB-encoded (negative SH
/// ringing clamped to 0). `scale` (when not null) receives the factor applied.
std::vector<unsigned char> encodeNormalisedPng(const UvBakeResult& image, float* scale = nullptr);
/// Radiance RGBE (.hdr) bytes of the linear values, unscaled (for HDR tools).
std::vector<unsigned char> encodeRadianceHdr(const UvBakeResult& image);

} // namespace likeness
