#pragma once
// JSON form of a coarse fit, as written by `likeness-cli fit` (fit.json).
// Format (version 2; version 1 lacked "surface"):
//   {"format":"likeness-fit","version":1,"cancelled","iterations",
//    "options":{iterations, fit_size, subdivision_level, sh_bands, device, seed, weights{...}, ...},
//    "model":{"subdivision_level","vertex_count","triangle_count","units":"mm",
//             "axes":"x subject's left, y up, z out of the face"},
//    "neutral":[[x,y,z] x468]  (the fused neutral, no identity offsets),
//    "surface":{"identity_vertices":[[x,y,z] xV] (neutral + offsets, mm, at model.subdivision_level),
//               "diffuse_albedo":[[r,g,b] xV] (linear), "specular_intensity":[s xV]},
//    "sh":{"bands","order":"l, m=-l..l (real, orthonormal)","roughness"},
//    "images":[{"path","width","height","status","grayscale","ssim","psnr",
//               "pose":{"rotation_axis_angle":[3],"translation_mm":[3],"yaw_deg"},
//               "focal_px","principal_point":[cx,cy],
//               "expression":{"eyeBlinkLeft":w,... 52 ARKit names},
//               "sh_light":[[r,g,b] x bands^2]}]}
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "fit/coarse_fit.h"

namespace likeness {

constexpr int kFitJsonVersion = 2;

/// `imagePaths[i]` names image i ("" when unknown).
nlohmann::json fitToJson(const FaceFit& fit, const CoarseFitOptions& options, const std::vector<std::string>& imagePaths);

} // namespace likeness
