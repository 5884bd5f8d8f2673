#pragma once
// Rotating SH light (turning the environment around the head).
#include <array>
#include <vector>

#include "lighting/sh_eval.h"

namespace likeness {

/// Row-major 3x3 rotation matrix.
using Mat3f = std::array<float, 9>;

/// The yaw rotation of the environment about the camera's vertical axis (y, down).
/// Positive yaw turns light that arrived from straight ahead of the face (-z, the
/// camera's side) toward the image's right (+x, the subject's left): at +90 deg it
/// arrives from +x, at 180 deg from behind the head. In the camera's view the light
/// moves to the right across the image as yaw grows.
Mat3f yawRotation(double yawDeg);

/// The SH light of the environment rotated by R (a direction d of the original
/// arrives from R d afterwards). Exact for band-limited light: each coefficient is
/// re-projected with a Gauss quadrature that integrates the degree-8 products exactly.
/// Band energies (shBandEnergy) are preserved. Throws OptionsError for a bad size.
std::vector<float> rotateSH(const std::vector<float>& sh, int bands, const Mat3f& rotation);

/// rotateSH(sh, bands, yawRotation(yawDeg)).
std::vector<float> rotateSH(const std::vector<float>& sh, int bands, double yawDeg);

} // namespace likeness
