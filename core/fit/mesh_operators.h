#pragma once
// Mesh operators of the coarse fit's regularisers, built once per topology
// level: the undirected edge list (albedo smoothness) and the first-ring
// uniform Laplacian (identity-offset prior).
#include <ATen/core/Tensor.h>

namespace likeness {

struct MeshOperators {
    at::Tensor edges;          // [E,2] int64, each undirected edge once (a < b)
    at::Tensor ringSource;     // [2E] int64: directed edges a->b and b->a ...
    at::Tensor ringTarget;     // [2E] int64
    at::Tensor inverseDegree;  // [V,1] float32: 1 / number of first-ring neighbours (0 for isolated vertices)
    int vertexCount = 0;

    /// Uniform Laplacian: x_i - mean of x over the first ring of i ([V,C] -> [V,C]).
    at::Tensor laplacian(const at::Tensor& x) const;
    /// Moves every tensor to `device`.
    MeshOperators to(const at::Device& device) const;
};

/// From triangles [F,3] (any integer dtype) over `vertexCount` vertices.
MeshOperators buildMeshOperators(const at::Tensor& triangles, int vertexCount);

} // namespace likeness
