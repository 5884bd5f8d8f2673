#pragma once
// CPU ray queries against a triangle mesh (shadow and visibility rays). Our own
// because Open3D's RaycastingScene misses every ray on Debian's build.
#include <ATen/core/Tensor.h>

#include <cstdint>
#include <vector>

namespace likeness::render {

/// Static bounding-volume hierarchy over a triangle mesh: binned SAH over the
/// triangles' bounding boxes, flattened into one node array, stack traversal and
/// Moller-Trumbore ray-triangle tests in float (plane distance first, for an early out).
///
/// A ray is o + t d with t in the open interval (tMin, tMax), measured in units
/// of |d| (d need not be unit length; no component needs to be non-zero).
/// Triangles are two-sided; degenerate (zero-area) ones are dropped at build
/// time and never hit. Immutable once built: queries are const, allocate nothing
/// and are safe to run from many threads at once.
class TriangleBvh {
public:
    /// vertices [V,3] floating point, triangles [F,3] int32/int64, any device (copied
    /// to CPU float). Throws std::invalid_argument on bad shapes or dtypes,
    /// non-finite vertices or triangle indices outside [0, V).
    TriangleBvh(const at::Tensor& vertices, const at::Tensor& triangles);

    /// True when any triangle is hit with t in (tMin, tMax); stops at the first hit found.
    bool occluded(const float origin[3], const float direction[3], float tMin, float tMax) const;

    /// The smallest t in (tMin, tMax) at which a triangle is hit, +inf when none;
    /// `triangle` (optional) receives its input index, -1 when none. Equal t go to
    /// the lower triangle index, so the answer does not depend on the tree.
    float closestHit(const float origin[3], const float direction[3], float tMin, float tMax,
                     int64_t* triangle = nullptr) const;

    int64_t triangleCount() const { return m_inputTriangleCount; }   // F as given, degenerate ones included
    int64_t nodeCount() const { return static_cast<int64_t>(m_nodes.size()); }

private:
    // 32 bytes. Leaf: count > 0 triangles from `first` in m_triangles. Interior:
    // count == 0, children at `first` and `first + 1`.
    struct Node {
        float bounds[2][3];   // lo, hi
        int32_t first;
        int32_t count;
    };
    // Precomputed for the ray test: a corner, the two edges leaving it and their
    // cross product (the unnormalised plane normal).
    struct Triangle {
        float v0[3], e1[3], e2[3], n[3];
    };

    template <bool AnyHit>
    float traverse(const float origin[3], const float direction[3], float tMin, float tMax, int32_t* hit) const;

    std::vector<Node> m_nodes;
    std::vector<Triangle> m_triangles;   // in leaf order
    std::vector<int32_t> m_triangleIds;  // leaf order -> input triangle index
    int64_t m_inputTriangleCount = 0;
};

} // namespace likeness::render
