#pragma once
// Precomputed radiance transfer for SH light with self-shadowing: per-vertex
// visibility over a fixed direction set, traced once per geometry, then turned
// into SH transfer vectors that replace A_l Y_lm(n) in the diffuse term of
// S2F2 supp. eq. 8. This is how the vertex renderer gets S2F2's ray-traced
// self-shadows (S2F2 sec. 3.2, "Edge discontinuities").
#include <ATen/core/Tensor.h>

namespace likeness::render {

/// `count` deterministic, near-uniform unit directions on the sphere (spherical
/// Fibonacci lattice: z_j = 1 - (2j + 1) / count, golden-angle azimuths) -> [count,3] float.
/// Each carries the solid angle 4 pi / count. count >= 1.
at::Tensor fibonacciDirections(int count);

/// Which directions escape the mesh from each vertex.
struct VertexVisibility {
    int directionCount = 0;   // N
    at::Tensor directions;    // [N,3] float, unit: fibonacciDirections(N), in the mesh's frame
    at::Tensor visible;       // [V,N] bool: true = the ray from the vertex toward directions[j]
                              // escapes; false where it hits a triangle or where
                              // directions[j] is not above the tracing normal (not traced)
};

/// Traces, for every vertex of `vertices` [V,3] / `triangles` [F,3] (int32/int64),
/// the rays toward the `directions` Fibonacci directions that lie in the hemisphere
/// of its `normals` [V,3] (outward; normalised here; a zero normal traces nothing).
/// Rays start at vertex + offset * normal, so they do not hit the vertex's own
/// triangles; offset <= 0 picks 1e-3 times the bounding-box diagonal. Parallel over
/// vertices on at::get_num_threads() threads. Not differentiable. Throws
/// std::invalid_argument on bad shapes, non-finite values, indices out of range or
/// directions < 1.
VertexVisibility traceVertexVisibility(const at::Tensor& vertices, const at::Tensor& triangles,
                                       const at::Tensor& normals, int directions = 256, double offset = 0.0);

/// Shadowed diffuse transfer [V, bands^2] float, bands in 1..9, for `normals` [V,3]
/// (normalised here; may differ a little from the tracing normals, e.g. after a
/// normal-map update): T_k(v) = (4 pi / N) sum_j V_j(v) max(0, n.w_j) Y_k(w_j),
/// rescaled per vertex by pi / ((4 pi / N) sum_j max(0, n.w_j)) so that an
/// unoccluded vertex gets exactly A_0 Y_00 and T_k ~= A_l Y_k(n) (Funk-Hecke; A_l =
/// lambertKernel). The shadowed irradiance is then E(v) = sum_k T_k(v) L_k in place of
/// sum_k A_l L_k Y_k(n) (S2F2 supp. eq. 8), with T in the frame of the traced mesh
/// (that of the light). Quadrature error for an open vertex, relative to A_0 Y_00, at
/// N = 256: 0 (DC), 0.3% (bands 1-3), up to 1.2% (band 8); N = 1024: <= 0.12%.
/// Directions that were not traced (below the tracing normal's horizon) count as
/// blocked. Differentiable in `normals`.
at::Tensor shadowedDiffuseTransfer(const VertexVisibility& visibility, const at::Tensor& normals, int bands);

/// Cosine-weighted visible fraction (ambient occlusion) [V] float in [0,1]:
/// sum_j V_j max(0, n.w_j) / sum_j max(0, n.w_j); 0 for a zero normal.
/// Differentiable in `normals`.
at::Tensor visibleFraction(const VertexVisibility& visibility, const at::Tensor& normals);

} // namespace likeness::render
