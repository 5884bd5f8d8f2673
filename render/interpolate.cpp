// Differentiable, perspective-correct barycentric interpolation of vertex
// attributes over the rasteriser's fragments (rasterizer.h).
#include "rasterizer.h"

#include <ATen/ATen.h>

#include <stdexcept>

namespace likeness::render {

at::Tensor interpolate(const at::Tensor& attributes, const at::Tensor& screenVertices, const at::Tensor& triangles,
                       const RasterFragments& fragments) {
    if (attributes.dim() != 2 || attributes.size(0) != screenVertices.size(0))
        throw std::invalid_argument("interpolate: expected attributes [V,C] with one row per vertex");
    if (screenVertices.dim() != 2 || screenVertices.size(1) != 3)
        throw std::invalid_argument("interpolate: expected screen vertices [V,3]");
    if (triangles.dim() != 2 || triangles.size(1) != 3) throw std::invalid_argument("interpolate: expected triangles [F,3]");
    if (!fragments.triangle.defined() || fragments.triangle.dim() != 2)
        throw std::invalid_argument("interpolate: fragments are empty");
    const int64_t height = fragments.triangle.size(0), width = fragments.triangle.size(1);
    const int64_t channels = attributes.size(1);
    const auto dtype = at::promote_types(attributes.scalar_type(), screenVertices.scalar_type());

    // Covered pixels only: their flat index, triangle and its three vertices.
    const at::Tensor flatTriangle = fragments.triangle.reshape({-1});
    const at::Tensor pixel = at::nonzero(flatTriangle.ge(0)).reshape({-1});   // [P] int64
    const int64_t count = pixel.size(0);
    const at::Tensor faces = triangles.to(at::kLong).index_select(0, flatTriangle.index_select(0, pixel).to(at::kLong));
    const at::Tensor corner = faces.reshape({-1});                                 // [P*3]
    const at::Tensor sv = screenVertices.to(dtype).index_select(0, corner).reshape({count, 3, 3});
    const at::Tensor px = at::remainder(pixel, width).to(dtype);
    const at::Tensor py = at::div(pixel, width, "floor").to(dtype);

    const at::Tensor x = sv.select(2, 0), y = sv.select(2, 1), z = sv.select(2, 2);   // [P,3]
    // Screen-space barycentrics at the pixel centre: the edge function opposite
    // each vertex, w_i = cross(v_{i+2} - v_{i+1}, p - v_{i+1}), normalised by their sum.
    const at::Tensor xa = x.roll(-1, 1), ya = y.roll(-1, 1);   // v_{i+1}
    const at::Tensor xb = x.roll(-2, 1), yb = y.roll(-2, 1);   // v_{i+2}
    const at::Tensor w = (xb - xa) * (py.unsqueeze(1) - ya) - (yb - ya) * (px.unsqueeze(1) - xa);
    const at::Tensor screenBary = w / w.sum(1, /*keepdim=*/true);
    // Perspective correction: attributes are affine in camera space, so weight by 1/z.
    const at::Tensor q = screenBary / z;
    const at::Tensor bary = q / q.sum(1, /*keepdim=*/true);                        // [P,3]

    const at::Tensor attr = attributes.to(dtype).index_select(0, corner).reshape({count, 3, channels});
    const at::Tensor values = (bary.unsqueeze(2) * attr).sum(1);                   // [P,C]
    const at::Tensor image = at::zeros({height * width, channels}, attributes.options().dtype(dtype));
    return image.index_copy(0, pixel, values).reshape({height, width, channels});
}

} // namespace likeness::render
