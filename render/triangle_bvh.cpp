// Binned-SAH BVH and Moller-Trumbore ray-triangle tests for CPU visibility rays.
#include "triangle_bvh.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace likeness::render {
namespace {

constexpr float kInf = std::numeric_limits<float>::infinity();
constexpr int kBins = 16;          // SAH candidate planes per axis: 15
constexpr int kMaxLeafSize = 8;    // a larger node is always split
constexpr int kSahDepth = 40;      // below this depth, split at the median (bounds the depth)
constexpr int kStackSize = 80;     // >= the deepest tree: kSahDepth + log2(INT32_MAX) median levels

// The hot loops are small; GCC at -O2 would otherwise keep them out of line.
#if defined(__GNUC__)
#define LIKENESS_HOT_INLINE inline __attribute__((always_inline))
#else
#define LIKENESS_HOT_INLINE inline
#endif

struct Box {
    float lo[3] = {kInf, kInf, kInf};
    float hi[3] = {-kInf, -kInf, -kInf};
    void grow(const float p[3]) {
        for (int a = 0; a < 3; ++a) {
            lo[a] = std::min(lo[a], p[a]);
            hi[a] = std::max(hi[a], p[a]);
        }
    }
    void grow(const Box& b) {   // per bound, so an empty b leaves this box unchanged
        for (int a = 0; a < 3; ++a) {
            lo[a] = std::min(lo[a], b.lo[a]);
            hi[a] = std::max(hi[a], b.hi[a]);
        }
    }
    float halfArea() const {
        if (lo[0] > hi[0]) return 0.0f;   // empty
        const float dx = hi[0] - lo[0], dy = hi[1] - lo[1], dz = hi[2] - lo[2];
        return dx * dy + dy * dz + dz * dx;
    }
};

struct BuildItem {
    Box box;
    float centroid[3];
};

LIKENESS_HOT_INLINE void cross(const float a[3], const float b[3], float out[3]) {
    out[0] = a[1] * b[2] - a[2] * b[1];
    out[1] = a[2] * b[0] - a[0] * b[2];
    out[2] = a[0] * b[1] - a[1] * b[0];
}
LIKENESS_HOT_INLINE float dot(const float a[3], const float b[3]) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }

/// A ray prepared for slab tests.
struct SlabRay {
    float origin[3], inv[3];
};

/// Entry distance of the ray into the box `bounds` (lo, hi) clipped to (tMin, tMax),
/// +inf when it misses. Written out per axis: GCC at -O2 does not unroll the loop.
LIKENESS_HOT_INLINE float boxEntry(const float (&bounds)[2][3], const SlabRay& r, float tMin, float tMax) {
    // Subtracting first keeps the error relative to the distance, not to the coordinates.
    const float x0 = (bounds[0][0] - r.origin[0]) * r.inv[0], x1 = (bounds[1][0] - r.origin[0]) * r.inv[0];
    const float y0 = (bounds[0][1] - r.origin[1]) * r.inv[1], y1 = (bounds[1][1] - r.origin[1]) * r.inv[1];
    const float z0 = (bounds[0][2] - r.origin[2]) * r.inv[2], z1 = (bounds[1][2] - r.origin[2]) * r.inv[2];
    const float tNear = std::max(std::max(tMin, std::min(x0, x1)), std::max(std::min(y0, y1), std::min(z0, z1)));
    const float tFar = std::min(std::min(tMax, std::max(x0, x1)), std::min(std::max(y0, y1), std::max(z0, z1)));
    // Widened by a few ulps so rounding never culls a box that the triangle test would
    // hit (e.g. the flat box of an axis-aligned triangle; PBRT's robust slab test).
    return tNear <= tFar + std::abs(tFar) * 5e-7f ? tNear : kInf;
}

/// Plane test first (most candidate triangles lie behind the ray's origin or beyond
/// the current hit), then Moller-Trumbore's barycentrics relative to v0. t of the
/// hit in (tMin, tMax), or +inf; the comparisons reject NaN (a zero determinant).
LIKENESS_HOT_INLINE float intersect(const float v0[3], const float e1[3], const float e2[3], const float n[3],
                                    const float o[3], const float d[3], float tMin, float tMax) {
    const float s[3] = {o[0] - v0[0], o[1] - v0[1], o[2] - v0[2]};
    const float det = -dot(d, n);   // = e1 . (d x e2)
    const float t = dot(s, n) / det;
    if (!(t > tMin && t < tMax)) return kInf;
    float p[3];
    cross(d, e2, p);
    const float inv = 1.0f / det;
    const float u = dot(s, p) * inv;
    if (!(u >= 0.0f && u <= 1.0f)) return kInf;
    float q[3];
    cross(s, e1, q);
    const float v = dot(d, q) * inv;
    if (!(v >= 0.0f && u + v <= 1.0f)) return kInf;
    return t;
}

} // namespace

TriangleBvh::TriangleBvh(const at::Tensor& vertices, const at::Tensor& triangles) {
    if (!vertices.defined() || vertices.dim() != 2 || vertices.size(1) != 3)
        throw std::invalid_argument("TriangleBvh: expected vertices [V,3]");
    if (!at::isFloatingType(vertices.scalar_type()))
        throw std::invalid_argument("TriangleBvh: vertices must be floating point");
    if (!triangles.defined() || triangles.dim() != 2 || triangles.size(1) != 3)
        throw std::invalid_argument("TriangleBvh: expected triangles [F,3]");
    if (triangles.scalar_type() != at::kInt && triangles.scalar_type() != at::kLong)
        throw std::invalid_argument("TriangleBvh: triangles must be int32 or int64");
    if (triangles.size(0) >= std::numeric_limits<int32_t>::max())
        throw std::invalid_argument("TriangleBvh: too many triangles for int32 ids");

    const at::Tensor v = vertices.detach().to(at::kCPU, at::kFloat).contiguous();
    const at::Tensor f = triangles.detach().to(at::kCPU, at::kLong).contiguous();
    const float* vp = v.data_ptr<float>();
    const int64_t* fp = f.data_ptr<int64_t>();
    const int64_t vertexCount = v.size(0);
    m_inputTriangleCount = f.size(0);
    // A float overflow of large double input shows up here as inf too.
    for (int64_t i = 0; i < 3 * vertexCount; ++i)
        if (!std::isfinite(vp[i])) throw std::invalid_argument("TriangleBvh: vertices must be finite");
    for (int64_t i = 0; i < 3 * m_inputTriangleCount; ++i)
        if (fp[i] < 0 || fp[i] >= vertexCount) throw std::invalid_argument("TriangleBvh: triangle index out of range");

    // Keep the non-degenerate triangles; the area test is in double so that exactly
    // collinear corners are caught however the float edges round.
    std::vector<Triangle> tris;
    std::vector<int32_t> ids;
    std::vector<BuildItem> items;
    tris.reserve(m_inputTriangleCount);
    ids.reserve(m_inputTriangleCount);
    items.reserve(m_inputTriangleCount);
    for (int64_t t = 0; t < m_inputTriangleCount; ++t) {
        const float* c[3] = {vp + 3 * fp[3 * t], vp + 3 * fp[3 * t + 1], vp + 3 * fp[3 * t + 2]};
        double e1[3], e2[3];
        for (int a = 0; a < 3; ++a) {
            e1[a] = double(c[1][a]) - c[0][a];
            e2[a] = double(c[2][a]) - c[0][a];
        }
        const double n[3] = {e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2], e1[0] * e2[1] - e1[1] * e2[0]};
        if (n[0] == 0.0 && n[1] == 0.0 && n[2] == 0.0) continue;
        Triangle tri;
        BuildItem item;
        for (int a = 0; a < 3; ++a) {
            tri.v0[a] = c[0][a];
            tri.e1[a] = c[1][a] - c[0][a];
            tri.e2[a] = c[2][a] - c[0][a];
        }
        cross(tri.e1, tri.e2, tri.n);
        for (int k = 0; k < 3; ++k) item.box.grow(c[k]);
        for (int a = 0; a < 3; ++a) item.centroid[a] = 0.5f * (item.box.lo[a] + item.box.hi[a]);
        tris.push_back(tri);
        ids.push_back(static_cast<int32_t>(t));
        items.push_back(item);
    }
    const int32_t count = static_cast<int32_t>(tris.size());
    if (count == 0) return;   // queries see no nodes and miss

    std::vector<int32_t> order(count);
    for (int32_t i = 0; i < count; ++i) order[i] = i;
    m_nodes.reserve(2 * static_cast<size_t>(count));
    m_nodes.push_back(Node{});

    // Children are allocated in pairs (first, first + 1), so the tree can be built
    // from an explicit work list without recursion (no stack overflow on bad input).
    struct Work {
        int32_t node, begin, end, depth;
    };
    std::vector<Work> work{{0, 0, count, 0}};
    while (!work.empty()) {
        const Work w = work.back();
        work.pop_back();
        Box bounds, centroids;
        for (int32_t i = w.begin; i < w.end; ++i) {
            bounds.grow(items[order[i]].box);
            centroids.grow(items[order[i]].centroid);
        }
        Node& node = m_nodes[w.node];
        std::copy(bounds.lo, bounds.lo + 3, node.bounds[0]);
        std::copy(bounds.hi, bounds.hi + 3, node.bounds[1]);
        const int32_t n = w.end - w.begin;
        auto makeLeaf = [&] {
            m_nodes[w.node].first = w.begin;
            m_nodes[w.node].count = n;
        };
        if (n <= 2) {
            makeLeaf();
            continue;
        }

        int32_t mid = -1;
        if (w.depth < kSahDepth) {
            // Binned SAH: cost ~ 1 (traversal) + (A_L N_L + A_R N_R) / A, against N for a leaf.
            float bestCost = kInf;
            int bestAxis = -1, bestSplit = -1;
            for (int a = 0; a < 3; ++a) {
                const float extent = centroids.hi[a] - centroids.lo[a];
                if (!(extent > 0.0f)) continue;
                const float scale = kBins / extent;
                std::array<Box, kBins> binBox;
                std::array<int32_t, kBins> binCount{};
                for (int32_t i = w.begin; i < w.end; ++i) {
                    const BuildItem& it = items[order[i]];
                    const int b = std::min(kBins - 1, int((it.centroid[a] - centroids.lo[a]) * scale));
                    binBox[b].grow(it.box);
                    ++binCount[b];
                }
                std::array<float, kBins> rightCost{};
                Box right;
                int32_t rightCount = 0;
                for (int b = kBins - 1; b > 0; --b) {
                    right.grow(binBox[b]);
                    rightCount += binCount[b];
                    rightCost[b] = right.halfArea() * rightCount;
                }
                Box left;
                int32_t leftCount = 0;
                for (int b = 0; b < kBins - 1; ++b) {   // split between bins b and b + 1
                    left.grow(binBox[b]);
                    leftCount += binCount[b];
                    if (leftCount == 0 || leftCount == n) continue;
                    const float cost = left.halfArea() * leftCount + rightCost[b + 1];
                    if (cost < bestCost) {
                        bestCost = cost;
                        bestAxis = a;
                        bestSplit = b;
                    }
                }
            }
            const float area = bounds.halfArea();
            const bool splitPays = bestAxis >= 0 && (area <= 0.0f || 1.0f + bestCost / area < float(n));
            if (!splitPays && n <= kMaxLeafSize) {
                makeLeaf();
                continue;
            }
            if (bestAxis >= 0) {
                const float lo = centroids.lo[bestAxis], scale = kBins / (centroids.hi[bestAxis] - lo);
                mid = int32_t(std::partition(order.begin() + w.begin, order.begin() + w.end,
                                             [&](int32_t id) {
                                                 const float c = items[id].centroid[bestAxis];
                                                 return std::min(kBins - 1, int((c - lo) * scale)) <= bestSplit;
                                             }) -
                              order.begin());
            }
        }
        if (mid <= w.begin || mid >= w.end) {
            // Deep or indistinguishable centroids: halve along the widest centroid axis,
            // which always makes progress.
            int axis = 0;
            for (int a = 1; a < 3; ++a)
                if (centroids.hi[a] - centroids.lo[a] > centroids.hi[axis] - centroids.lo[axis]) axis = a;
            mid = w.begin + n / 2;
            std::nth_element(order.begin() + w.begin, order.begin() + mid, order.begin() + w.end,
                             [&](int32_t x, int32_t y) { return items[x].centroid[axis] < items[y].centroid[axis]; });
        }
        const int32_t left = static_cast<int32_t>(m_nodes.size());
        m_nodes[w.node].first = left;
        m_nodes[w.node].count = 0;
        m_nodes.push_back(Node{});
        m_nodes.push_back(Node{});
        work.push_back({left, w.begin, mid, w.depth + 1});
        work.push_back({left + 1, mid, w.end, w.depth + 1});
    }

    m_triangles.resize(count);
    m_triangleIds.resize(count);
    for (int32_t i = 0; i < count; ++i) {
        m_triangles[i] = tris[order[i]];
        m_triangleIds[i] = ids[order[i]];
    }
}

template <bool AnyHit>
float TriangleBvh::traverse(const float o[3], const float d[3], float tMin, float tMax, int32_t* hit) const {
    *hit = -1;
    if (m_nodes.empty() || !(tMin < tMax)) return kInf;
    // A zero component becomes a huge finite reciprocal rather than inf, so the slab
    // products stay free of 0 * inf = NaN.
    SlabRay ray;
    for (int a = 0; a < 3; ++a) {
        ray.origin[a] = o[a];
        ray.inv[a] = 1.0f / (std::abs(d[a]) > 1e-30f ? d[a] : std::copysign(1e-30f, d[a]));
    }

    float best = tMax;
    int32_t bestId = -1;
    // Boxes are entered while their entry t <= best (not <), so a tie at equal t is
    // still found and resolved by the lower index.
    struct Entry {
        int32_t node;
        float t;
    };
    Entry stack[kStackSize];
    int sp = 0;
    const Node& root = m_nodes[0];
    if (boxEntry(root.bounds, ray, tMin, best) == kInf) return kInf;
    int32_t current = 0;
    while (true) {
        const Node& node = m_nodes[current];
        if (node.count > 0) {
            for (int32_t i = node.first, end = node.first + node.count; i < end; ++i) {
                const Triangle& tri = m_triangles[i];
                // The open interval ends at tMax, not at best: equal-t hits must reach the tie-break.
                const float t = intersect(tri.v0, tri.e1, tri.e2, tri.n, o, d, tMin, tMax);
                if (t == kInf) continue;
                if constexpr (AnyHit) {
                    *hit = m_triangleIds[i];
                    return t;
                }
                if (t < best || (t == best && m_triangleIds[i] < bestId)) {
                    best = t;
                    bestId = m_triangleIds[i];
                }
            }
        } else {
            int32_t a = node.first, b = node.first + 1;
            float ta = boxEntry(m_nodes[a].bounds, ray, tMin, best);
            float tb = boxEntry(m_nodes[b].bounds, ray, tMin, best);
            if (tb < ta) {
                std::swap(a, b);
                std::swap(ta, tb);
            }
            if (ta != kInf) {
                if (tb != kInf) stack[sp++] = {b, tb};
                current = a;
                continue;
            }
        }
        // Pop the next box that may still hold a hit no farther than best.
        bool found = false;
        while (sp > 0) {
            const Entry e = stack[--sp];
            if (e.t <= best) {
                current = e.node;
                found = true;
                break;
            }
        }
        if (!found) break;
    }
    *hit = bestId;
    return bestId >= 0 ? best : kInf;
}

bool TriangleBvh::occluded(const float origin[3], const float direction[3], float tMin, float tMax) const {
    int32_t hit;
    return traverse<true>(origin, direction, tMin, tMax, &hit) != kInf;
}

float TriangleBvh::closestHit(const float origin[3], const float direction[3], float tMin, float tMax,
                              int64_t* triangle) const {
    int32_t hit;
    const float t = traverse<false>(origin, direction, tMin, tMax, &hit);
    if (triangle) *triangle = hit;
    return t;
}

} // namespace likeness::render
