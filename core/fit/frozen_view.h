#pragma once
// A fitting view whose geometry no longer changes (the appearance stage): the
// visible triangle of every covered pixel, its perspective-correct barycentric
// weights, and every vertex's SH basis of its normal (premultiplied by the
// Lambertian kernel A_l) and of its reflected view vector (premultiplied by the
// specular kernel S_l). Rendering is then linear in albedo and light: the same
// image as renderFace() (S2F2 supp. eq. 7-9, eq. 4) at a fraction of the cost.
#include <ATen/core/Tensor.h>

#include "fit/face_render.h"

namespace likeness {

struct FrozenView {
    at::Tensor cornerIndex;   // [P*3*3] flat indices into a [V,3] colour table: pixel, corner, channel
    at::Tensor bary;          // [P,3,1] perspective-correct barycentric weights
    at::Tensor photo;         // [P,3] the photo at the covered pixels (sRGB)
    at::Tensor diffuseBasis;  // [V,K] Y(n) * A_l
    at::Tensor specularBasis; // [V,K] Y(r) * S_l
    int64_t pixelCount = 0;
};

/// Perspective-correct barycentric weights [P,3] at the centres of pixels `pixel`
/// [P] (flat, row-major in an image `width` wide) inside triangles with corners
/// `corner` [P,3] of `screen` [V,3] (x, y pixels, z depth): the weights interpolate() uses.
at::Tensor pixelBarycentrics(const at::Tensor& screen, const at::Tensor& corner, const at::Tensor& pixel, int width);

/// Freezes `in`'s geometry (no gradients) against `photo` [H,W,3].
FrozenView freezeView(const FaceRenderInputs& in, const at::Tensor& photo);

/// Linear per-vertex radiance of S2F2 supp. eq. 7-9 from the frozen bases -> [V,3].
at::Tensor frozenVertexColors(const FrozenView& view, const at::Tensor& albedo, const at::Tensor& specular,
                              const at::Tensor& light);

/// The rendered covered pixels [P,3] (sRGB) for albedo [V,3], specular [V,1], light [K,3].
at::Tensor frozenPixels(const FrozenView& view, const at::Tensor& albedo, const at::Tensor& specular, const at::Tensor& light);

/// photometricLoss() of the frozen render (Charbonnier mean over the covered pixels).
at::Tensor frozenPhotometricLoss(const FrozenView& view, const at::Tensor& albedo, const at::Tensor& specular,
                                 const at::Tensor& light, double eps = 0.01);

} // namespace likeness
