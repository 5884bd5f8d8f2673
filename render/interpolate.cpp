// Differentiable, perspective-correct barycentric interpolation of vertex
// attributes over the rasteriser's fragments (rasterizer.h).
#include "rasterizer.h"

#include "tensor_rows.h"

#include <ATen/ATen.h>

#include <stdexcept>
#include <vector>

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
    const at::Tensor face = flatTriangle.index_select(0, pixel).to(at::kLong);
    const at::Tensor corner = detail::gatherRows(triangles.to(at::kLong), face).reshape({-1});   // [P*3]
    // Channel-major gathers: x, y, z (and each attribute channel) are contiguous [P,3].
    const std::vector<at::Tensor> xyz = detail::gatherColumns(screenVertices.to(dtype), corner).reshape({3, count, 3}).unbind(0);
    const at::Tensor &x = xyz[0], &y = xyz[1], &z = xyz[2];
    const at::Tensor px = at::remainder(pixel, width).to(dtype).unsqueeze(1);
    const at::Tensor py = at::div(pixel, width, "floor").to(dtype).unsqueeze(1);

    // Screen-space barycentric weights at the pixel centre: the edge function
    // opposite each vertex, w_i = cross(v_{i+2} - v_{i+1}, p - v_{i+1}) (twice the
    // area of the sub-triangle). Perspective correction weights them by 1/z_i
    // (attributes are affine in camera space); the normalisation by sum(w) cancels.
    const at::Tensor xa = x.roll(-1, 1), ya = y.roll(-1, 1);   // v_{i+1}
    const at::Tensor xb = x.roll(-2, 1), yb = y.roll(-2, 1);   // v_{i+2}
    const at::Tensor q = ((xb - xa) * (py - ya) - (yb - ya) * (px - xa)) / z;
    const at::Tensor bary = q / q.sum(1, /*keepdim=*/true);   // [P,3]

    const at::Tensor attr = detail::gatherColumns(attributes.to(dtype), corner).reshape({channels, count, 3});
    const at::Tensor values = (attr * bary.unsqueeze(0)).sum(2);   // [C,P]
    return detail::scatterColumns(values, pixel, height * width).reshape({height, width, channels});
}

} // namespace likeness::render
