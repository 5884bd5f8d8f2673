#pragma once
// What `likeness-cli fit` writes into its output folder, every file atomically:
//   mesh.obj            the posed mesh of the first image (model space, mm) with UVs
//   neutral.obj         the identity: fused neutral + offsets, no expression
//   fit.json            report/fit_json.h (neutral, 52 weights per image, pose, focal,
//                       SH light, SSIM/PSNR and status per image, options)
//   losses.csv          report/losses_csv.h
//   render_overlay.png  the render blended over the photo (render_overlay_<i>.png for image i > 0)
//   side_by_side.png    render | photo (side_by_side_<i>.png)
//   lightmap.png        the first photo's diffuse irradiance in UV space, 64x64 (export/light_maps.h),
//                       sRGB, scaled so the brightest texel is white
//   envmap.png/.hdr     its SH light as a 64x64 latitude-longitude environment map
//                       (PNG scaled like the light map; .hdr linear, unscaled)
#include <string>
#include <vector>

#include "fit/coarse_fit.h"
#include "io/image.h"

namespace likeness::cli {

/// Writes every output; throws InputError when a file cannot be written.
void writeFitOutputs(const std::string& dir, const FaceFit& fit, const CoarseFitOptions& options,
                     const std::vector<std::string>& imagePaths, const std::vector<Image>& images,
                     const std::vector<LossSnapshot>& losses);

} // namespace likeness::cli
