// Area-weighted per-vertex normals of a triangle mesh (differentiable).
#include "shading.h"

#include <ATen/ATen.h>

#include <stdexcept>

namespace likeness::render {

at::Tensor vertexNormals(const at::Tensor& vertices, const at::Tensor& triangles) {
    if (vertices.dim() != 2 || vertices.size(1) != 3) throw std::invalid_argument("vertexNormals: expected vertices [V,3]");
    if (triangles.dim() != 2 || triangles.size(1) != 3)
        throw std::invalid_argument("vertexNormals: expected triangles [F,3]");
    const at::Tensor faces = triangles.to(at::kLong);
    const at::Tensor v0 = vertices.index_select(0, faces.select(1, 0));
    const at::Tensor v1 = vertices.index_select(0, faces.select(1, 1));
    const at::Tensor v2 = vertices.index_select(0, faces.select(1, 2));
    // (v1 - v0) x (v2 - v0) has length twice the area: summing it weights by area.
    const at::Tensor faceNormals = at::linalg_cross(v1 - v0, v2 - v0, -1);   // [F,3]
    const at::Tensor corners = faceNormals.unsqueeze(1).expand({-1, 3, -1}).reshape({-1, 3});
    const at::Tensor sum = at::zeros_like(vertices).index_add(0, faces.reshape({-1}), corners);
    return sum / sum.norm(2, {1}, /*keepdim=*/true).clamp_min(1e-20);
}

} // namespace likeness::render
