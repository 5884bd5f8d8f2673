#pragma once
// Loop subdivision of a triangle mesh with boundaries, as a sparse linear
// operator from the control vertices to the refined vertices (no LibTorch here).
//
// Rules (Loop 1987; boundary creases as in Hoppe et al. 1994):
//  - new edge vertex, interior edge: 3/8 (a + b) + 1/8 (c + d) (c, d opposite);
//    boundary edge: 1/2 (a + b);
//  - old vertex, interior: (1 - n beta) v + beta * sum(ring), Loop's
//    beta = (5/8 - (3/8 + 1/4 cos(2 pi / n))^2) / n;
//    boundary vertex with two boundary neighbours: 3/4 v + 1/8 (b0 + b1);
//    any other boundary vertex (a corner or a non-manifold pinch) stays fixed.
// Numbering: the old vertices keep their index at every level; each level
// appends its edge vertices in the order of the sorted edge list (a < b).
// Triangles are split into four, keeping the winding of their parent.
#include <array>
#include <cstdint>
#include <vector>

namespace likeness {

/// Sparse matrix as sorted rows: row r is sum_k value[k] * x[col[k]], k in [rowStart[r], rowStart[r+1]).
struct SparseRows {
    int rows = 0, cols = 0;
    std::vector<int64_t> rowStart;   // rows + 1 entries
    std::vector<int32_t> col;
    std::vector<double> value;
};

struct LoopSubdivisionResult {
    int levels = 0;
    int vertexCount = 0;                          // at the final level
    std::vector<std::array<int, 3>> triangles;    // at the final level
    SparseRows fromControl;                       // [vertexCount, control vertex count]
};

/// Subdivides `triangles` (over `vertexCount` vertices, consistently wound,
/// manifold edges) `levels` times (0 = identity). Throws std::invalid_argument
/// on out-of-range indices or edges shared by more than two triangles.
LoopSubdivisionResult loopSubdivide(int vertexCount, const std::vector<std::array<int, 3>>& triangles, int levels);

/// The same refinement (same vertex numbering and triangles) with linear rules:
/// old vertices keep their value, a new edge vertex is the edge midpoint.
LoopSubdivisionResult linearSubdivide(int vertexCount, const std::vector<std::array<int, 3>>& triangles, int levels);

} // namespace likeness
