#pragma once
// The sRGB transfer curve (IEC 61966-2-1) for single values: encoding linear
// colours into 8-bit maps and vertex colours. (Tensors: fit/face_render.h.)
#include <algorithm>
#include <cmath>

namespace likeness {

/// Linear [0,1] (clamped) -> sRGB-encoded [0,1].
inline double srgbFromLinear(double linear) {
    const double x = std::clamp(linear, 0.0, 1.0);
    return x <= 0.0031308 ? 12.92 * x : 1.055 * std::pow(x, 1 / 2.4) - 0.055;
}

} // namespace likeness
