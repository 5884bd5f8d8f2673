#pragma once
// Colour temperature -> a linear-RGB (sRGB primaries) multiplier for light.
#include "lighting/sh_eval.h"

namespace likeness {

constexpr float kMinColourTemperatureK = 1667.f;   // the range of Kim et al.'s locus fit
constexpr float kMaxColourTemperatureK = 25000.f;
constexpr float kNeutralColourTemperatureK = 6500.f;

/// The colour of a black body at `kelvin` (clamped to the range above) as a linear
/// RGB multiplier: the Planckian locus in CIE xy (Kim et al. 2002 cubic fit) to XYZ
/// to linear sRGB, divided per channel by the value at 6500 K (so 6500 K is exactly
/// white (1, 1, 1)), negatives clipped, then scaled to Rec. 709 luminance 1 so that
/// changing the temperature changes the colour, not the brightness. Lower = warmer
/// (more red), higher = cooler (more blue).
Vec3f colourTemperatureRgb(float kelvin);

} // namespace likeness
