#pragma once
// What `likeness-cli fit --stages ...,medium[,fine]` adds to the fit folder, every
// file atomically (formats: core/appearance/appearance_images.h):
//   diffuse.png specular.png        the last stage's albedo maps
//   normal.png displacement.png     the fine stage's maps (16-bit)
//   lightmap.png                    image 0's shadowed irradiance in UV (replaces the coarse one)
//   envmap.png/.hdr                 its SH light (all the bands these stages fit)
//   shading.png                     image 0's shading alone (white albedo; brightest pixel white) over black
//   render_coarse.png, render_medium.png, render_fine.png   each stage's render over the photo
//   stages/<stage>/diffuse.png, specular.png (and normal.png, displacement.png for fine)
//   appearance.json                 the stage report: SSIM/PSNR/time per stage, map size,
//                                   displacement range, bands and light
#include <string>

#include "appearance/appearance_fit.h"

namespace likeness::cli {

void writeAppearanceOutputs(const std::string& dir, const AppearanceResult& result, const AppearanceOptions& options);

/// The stage report as printed to stderr.
void printAppearanceReport(const AppearanceResult& result);

} // namespace likeness::cli
