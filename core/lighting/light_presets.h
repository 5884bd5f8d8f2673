#pragma once
// Preset lights: band-limited (5 bands) SH projections of simple analytic
// environments in camera space (x right, y down, z forward; -z = toward the camera,
// -y = up, -x = image left = the subject's right). Each is a sum of spherical
// Gaussian lobes s * exp(k (d . a - 1)) around directions a plus a constant ambient,
// scaled so that the brightest irradiance over all normals is 1 (a well-exposed white
// surface, as a typical fit's light). All are white; colour comes from the state.
//   studio:    soft large key from the upper front, image left (k 4), a fill from the
//              front right at 35 % (k 3), ambient 15 %;
//   rim:       two bright lobes behind the head from both sides (k 8), a dim front
//              fill (8 %), ambient 5 %;
//   top:       one lobe straight from above (k 3), ambient 10 %;
//   hard side: one strong narrow lobe from the image left (k 24, the sharpest five
//              bands can hold without strong ringing), ambient 1 %.
#include <string>
#include <vector>

namespace likeness {

enum class LightPreset { Studio, Rim, Top, HardSide };

/// "studio", "rim", "top", "hard_side".
const char* lightPresetName(LightPreset preset);
/// Inverse of lightPresetName; false for an unknown name.
bool lightPresetFromName(const std::string& name, LightPreset* preset);

/// The preset's SH light, [25][3] (5 bands). Computed once, then cached.
const std::vector<float>& lightPresetSh(LightPreset preset);

} // namespace likeness
