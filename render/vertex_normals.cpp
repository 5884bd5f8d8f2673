// Area-weighted per-vertex normals of a triangle mesh (differentiable).
#include "shading.h"

#include "tensor_rows.h"

#include <ATen/ATen.h>

#include <stdexcept>
#include <vector>

namespace likeness::render {

at::Tensor vertexNormals(const at::Tensor& vertices, const at::Tensor& triangles) {
    if (vertices.dim() != 2 || vertices.size(1) != 3) throw std::invalid_argument("vertexNormals: expected vertices [V,3]");
    if (triangles.dim() != 2 || triangles.size(1) != 3)
        throw std::invalid_argument("vertexNormals: expected triangles [F,3]");
    const at::Tensor faces = triangles.to(at::kLong);
    const std::vector<at::Tensor> corners = detail::gatherRows(vertices, faces.reshape({-1})).reshape({-1, 3, 3}).unbind(1);
    const at::Tensor &v0 = corners[0], &v1 = corners[1], &v2 = corners[2];   // [F,3] each
    // (v1 - v0) x (v2 - v0) has length twice the area: summing it weights by area.
    const at::Tensor faceNormals = at::linalg_cross(v1 - v0, v2 - v0, -1);   // [F,3]
    const at::Tensor perCorner = faceNormals.unsqueeze(1).expand({-1, 3, -1}).reshape({-1, 3});
    const at::Tensor sum = detail::scatterAddRows(perCorner, faces.reshape({-1}), vertices.size(0));
    return sum / sum.norm(2, {1}, /*keepdim=*/true).clamp_min(1e-20);
}

} // namespace likeness::render
