#include "lighting/colour_temperature.h"

#include <algorithm>
#include <cmath>

namespace likeness {
namespace {

// Linear sRGB of the Planckian locus point (luminance Y = 1), unnormalised.
std::array<double, 3> planckianRgb(double t) {
    // Kim et al., "Design of advanced color temperature control system for HDTV
    // applications" (2002): cubic fits of the locus in CIE 1931 xy.
    double x;
    if (t <= 4000.0)
        x = -0.2661239e9 / (t * t * t) - 0.2343589e6 / (t * t) + 0.8776956e3 / t + 0.179910;
    else
        x = -3.0258469e9 / (t * t * t) + 2.1070379e6 / (t * t) + 0.2226347e3 / t + 0.240390;
    double y;
    if (t <= 2222.0)
        y = -1.1063814 * x * x * x - 1.34811020 * x * x + 2.18555832 * x - 0.20219683;
    else if (t <= 4000.0)
        y = -0.9549476 * x * x * x - 1.37418593 * x * x + 2.09137015 * x - 0.16748867;
    else
        y = 3.0817580 * x * x * x - 5.87338670 * x * x + 3.75112997 * x - 0.37001483;
    const double X = x / y, Y = 1.0, Z = (1.0 - x - y) / y;
    // XYZ -> linear sRGB (IEC 61966-2-1, D65).
    return {3.2404542 * X - 1.5371385 * Y - 0.4985314 * Z, -0.9692660 * X + 1.8760108 * Y + 0.0415560 * Z,
            0.0556434 * X - 0.2040259 * Y + 1.0572252 * Z};
}

} // namespace

Vec3f colourTemperatureRgb(float kelvin) {
    const double t = std::clamp(double(std::isfinite(kelvin) ? kelvin : kNeutralColourTemperatureK),
                                double(kMinColourTemperatureK), double(kMaxColourTemperatureK));
    static const std::array<double, 3> white = planckianRgb(kNeutralColourTemperatureK);
    const std::array<double, 3> rgb = planckianRgb(t);
    double c[3];
    for (int i = 0; i < 3; ++i) c[i] = std::max(0.0, rgb[size_t(i)] / white[size_t(i)]);
    const double luminance = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    return {float(c[0] / luminance), float(c[1] / luminance), float(c[2] / luminance)};
}

} // namespace likeness
