#pragma once
// Regularisers of the medium and fine stages, all on [1,C,S,S] UV maps and
// averaged over the covered texels of the UvLayout of the map's size (the
// low-frequency ones run on a downsampled map; weights: AppearanceOptions):
//   symmetry     S2F2 E_s / AffUNet sec. 3.3.3: |G(A) - mirror(G(A))|^2 on a
//                Gaussian-blurred map, so only low-frequency asymmetry (shadows,
//                uneven light) costs; the mirror is the layout's mirrorGrid
//   consistency  S2F2 E_c: |A - A_prev|^2 against the previous stage's map
//   smoothness   S2F2 E_m (first ring on the texel grid): squared differences to the
//                right and lower neighbours
//   skin std     AffUNet eq. 7: sqrt(mean over skin texels |G(A)_i - mean|^2)
//   light colour a prior that keeps skin colour out of the light: squared chroma of
//                every SH coefficient relative to the DC's energy
#include <ATen/core/Tensor.h>

namespace likeness {

struct UvLayout;

/// Separable Gaussian blur of a square [1,C,S,S] map (sigma in texels), edge-replicated.
at::Tensor gaussianBlurMap(const at::Tensor& map, double sigma);
/// Box-filtered [1,C,size,size] version of a [1,C,S,S] map (S a multiple of size).
at::Tensor downsampleMap(const at::Tensor& map, int size);

at::Tensor symmetryLoss(const at::Tensor& map, const UvLayout& layout, double sigma);
at::Tensor consistencyLoss(const at::Tensor& map, const at::Tensor& reference, const UvLayout& layout);
at::Tensor smoothnessLoss(const at::Tensor& map, const UvLayout& layout);
at::Tensor skinStdLoss(const at::Tensor& map, const UvLayout& layout, double sigma);
at::Tensor lightColourLoss(const at::Tensor& light);

/// Mean Charbonnier distance of sRGB renders [P,3] to the photo (S2F2 eq. 3 as in the coarse fit).
at::Tensor charbonnierLoss(const at::Tensor& rendered, const at::Tensor& photo, double eps = 0.01);

} // namespace likeness
