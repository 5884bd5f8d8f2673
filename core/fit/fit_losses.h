#pragma once
// The coarse fit's loss terms (S2F2 coarse stage eq. 1-4 adapted to
// per-subject optimisation, with the 3DMM-RF fitting protocol's face mask from
// the rendered depth). Each returns a scalar tensor in the units documented
// here; coarse_fit.cpp weights and sums them.
#include <ATen/core/Tensor.h>

#include "fit/mesh_operators.h"

namespace likeness {

/// Dense landmarks (S2F2 eq. 2, E_land): weighted mean of the squared distance in
/// pixels between the projected base vertices and the detected landmarks, in
/// pixels of a 256-pixel image (`pixelScale` = 256 / fit size).
/// screen [V,3], baseIndex [468], landmarks [468,2], weights [468].
at::Tensor landmarkLoss(const at::Tensor& screen, const at::Tensor& baseIndex, const at::Tensor& landmarks,
                        const at::Tensor& weights, double pixelScale);

/// Photometric consistency (S2F2 eq. 3-4, robust): mean over the face-mask pixels
/// of sum_c (sqrt(d_c^2 + eps^2) - eps), d = render - photo in sRGB [0,1]
/// (Charbonnier, an L1 with a smooth bottom). image, photo [H,W,3], mask [H,W].
at::Tensor photometricLoss(const at::Tensor& image, const at::Tensor& photo, const at::Tensor& mask, double eps = 0.01);

/// Identity-offset prior: mean over vertices of |L delta|^2 (mm^2), L the uniform first-ring Laplacian.
at::Tensor laplacianLoss(const MeshOperators& ops, const at::Tensor& offsets);

/// Smoothness over mesh edges: mean over edges (a, b) of |x_a - x_b|^2.
at::Tensor edgeSmoothnessLoss(const MeshOperators& ops, const at::Tensor& values);

/// Left/right symmetry: mean over mirror pairs (a_i, b_i) of |x_a - x_b|^2.
at::Tensor symmetryLoss(const at::Tensor& pairA, const at::Tensor& pairB, const at::Tensor& values);

/// Prior toward a mostly ambient white light: with D the ambient (l = 0)
/// coefficient that shades a white surface to 1, light [bands^2, C]:
///   ( sum_{l>=1} |B_lm|^2 + 10 sum_c (B_00c - mean_c B_00c)^2 + (mean_c B_00c - D)^2 ) / D^2.
at::Tensor lightPriorLoss(const at::Tensor& light, double ambient);

} // namespace likeness
