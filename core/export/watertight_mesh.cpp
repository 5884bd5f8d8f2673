#include "export/watertight_mesh.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include <open3d/core/Tensor.h>
#include <open3d/geometry/TriangleMesh.h>
#include <open3d/pipelines/integration/ScalableTSDFVolume.h>
#include <open3d/pipelines/integration/UniformTSDFVolume.h>
#include <open3d/t/geometry/RaycastingScene.h>

#include "common/cancel_token.h"
#include "common/error.h"
#include "export/surface_closing.h"

namespace likeness {
namespace {

namespace o3c = open3d::core;
namespace o3g = open3d::geometry;
namespace o3i = open3d::pipelines::integration;
namespace o3t = open3d::t::geometry;

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

void checkCancel(const CancelToken* cancel) {
    if (cancel) cancel->throwIfCancelled();
}

constexpr int kPad = 4;                 // voxels of free space around the solid
constexpr int kBlock = 8;               // edge of the sparse volume's voxel blocks
constexpr int64_t kBatch = 1 << 18;     // points per closest-point query (cancellation granularity)
constexpr float kFar = 4.0f;            // |tsdf| (voxels) of voxels without an exact distance (never interpolated)

// Bits of the per-voxel byte.
constexpr uint8_t kBand = 0x01;         // an end of a grid edge the surface crosses: gets its exact distance
constexpr uint8_t kInside = 0x02;
constexpr uint8_t kNeeded = 0x04;       // corner of a cube the surface crosses (marching cubes reads it)

/// The voxel grid. Voxel g's centre is origin + (g + 0.5) h in model space;
/// everything Open3D sees is in the grid frame (model space minus origin), where
/// Open3D's blocks and marching cubes put voxel g's centre at (g + 0.5) h.
struct Grid {
    std::array<int, 3> n{};
    double h = 0;
    std::array<double, 3> origin{};
    size_t count() const { return size_t(n[0]) * size_t(n[1]) * size_t(n[2]); }
    size_t index(int x, int y, int z) const { return (size_t(x) * size_t(n[1]) + size_t(y)) * size_t(n[2]) + size_t(z); }
    std::array<int, 3> coords(size_t i) const {
        const int z = static_cast<int>(i % size_t(n[2]));
        const size_t xy = i / size_t(n[2]);
        return {static_cast<int>(xy / size_t(n[1])), static_cast<int>(xy % size_t(n[1])), z};
    }
};

Grid makeGrid(const ClosedSolid& solid, int resolution) {
    std::array<double, 3> lo{}, hi{};
    for (size_t a = 0; a < 3; ++a) lo[a] = std::numeric_limits<double>::infinity(), hi[a] = -lo[a];
    for (int v : solid.triangles)   // vertices in use only (a stray unused vertex must not stretch the grid)
        for (size_t a = 0; a < 3; ++a) {
            lo[a] = std::min(lo[a], double(solid.positions[3 * size_t(v) + a]));
            hi[a] = std::max(hi[a], double(solid.positions[3 * size_t(v) + a]));
        }
    Grid g;
    const double longest = std::max({hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]});
    g.h = longest / resolution;
    // The back plane lies exactly half-way between two layers of voxel centres (a
    // flat, exact back); x and y get an odd fraction of a voxel so that voxel
    // centres do not line up with a regularly spaced source's vertices.
    const std::array<double, 3> shift{0.173, 0.291, 0.0};
    for (size_t a = 0; a < 3; ++a) {
        g.origin[a] = lo[a] - (kPad + shift[a]) * g.h;
        g.n[a] = static_cast<int>(std::ceil((hi[a] - g.origin[a]) / g.h)) + kPad;
    }
    g.origin[2] = solid.backZ - kPad * g.h;
    g.n[2] = static_cast<int>(std::ceil((hi[2] - g.origin[2]) / g.h)) + kPad;
    return g;
}

using Vec3 = Eigen::Vector3d;

/// Inside or outside, for every voxel: the winding number of the solid along
/// each vertical grid line (the lines through the voxel centres). The solid's
/// triangles are scan-converted onto the lines with an exact point-in-triangle
/// test whose tie rule (a symbolic perturbation of the line) makes a line through
/// a shared edge or vertex cross exactly one of the triangles there, or both of
/// a fold's two, so no crossing is lost or counted twice. Each crossing adds -1
/// going up through a triangle that faces up, +1 through one that faces down;
/// voxels with a non-zero winding number are inside (so a self-intersecting
/// surface, e.g. lips pressed into each other, gives the union, not holes).
void windingSigns(const Grid& g, const std::vector<float>& p, const std::vector<int>& tris, std::vector<uint8_t>& cell,
                  const CancelToken* cancel) {
    struct P2 {
        double x, y;
    };
    auto at = [&](int v) { return P2{p[3 * size_t(v)], p[3 * size_t(v) + 1]}; };
    // The same value for a -> b and (negated) for b -> a, bit for bit.
    auto edge = [](const P2& a, const P2& b, const P2& q) {
        if (a.x < b.x || (a.x == b.x && a.y < b.y)) return (b.x - a.x) * (q.y - a.y) - (b.y - a.y) * (q.x - a.x);
        return -((a.x - b.x) * (q.y - b.y) - (a.y - b.y) * (q.x - b.x));
    };
    // q on the edge a -> b counts as inside (left of it) when q nudged by (e, e^2) is.
    auto covers = [](double e, const P2& a, const P2& b) {
        if (e != 0) return e > 0;
        return b.y < a.y || (b.y == a.y && b.x > a.x);
    };
    struct Crossing {
        uint32_t line;
        float z;
        int dir;
        bool operator<(const Crossing& o) const { return line != o.line ? line < o.line : z < o.z; }
    };
    std::vector<Crossing> crossings;
    const double h = g.h;
    for (size_t t = 0; t + 2 < tris.size(); t += 3) {
        if (t % 30000 == 0) checkCancel(cancel);
        int ia = tris[t], ib = tris[t + 1], ic = tris[t + 2];
        P2 a = at(ia), b = at(ib), c = at(ic);
        const double area = edge(a, b, c);
        if (area == 0) continue;   // vertical (a wall) or degenerate: no line crosses it
        const int dir = area > 0 ? -1 : 1;   // facing up (counter-clockwise from above): leaving the solid
        if (area < 0) std::swap(b, c), std::swap(ib, ic);
        const double za = p[3 * size_t(ia) + 2], zb = p[3 * size_t(ib) + 2], zc = p[3 * size_t(ic) + 2];
        const int y0 = std::max(0, static_cast<int>(std::ceil(std::min({a.y, b.y, c.y}) / h - 0.5)) - 1);
        const int y1 = std::min(g.n[1] - 1, static_cast<int>(std::floor(std::max({a.y, b.y, c.y}) / h - 0.5)) + 1);
        for (int j = y0; j <= y1; ++j) {
            const double y = (j + 0.5) * h;
            // The triangle's x-span on this row (from the edges that reach it), widened by a line.
            double lo = std::numeric_limits<double>::infinity(), hi = -lo;
            const P2* v[3] = {&a, &b, &c};
            for (int k = 0; k < 3; ++k) {
                const P2 &e0 = *v[k], &e1 = *v[(k + 1) % 3];
                if ((y < std::min(e0.y, e1.y)) || (y > std::max(e0.y, e1.y))) continue;
                const double x = e0.y == e1.y ? e0.x : e0.x + (y - e0.y) * (e1.x - e0.x) / (e1.y - e0.y);
                lo = std::min({lo, x, e0.y == e1.y ? e1.x : x}), hi = std::max({hi, x, e0.y == e1.y ? e1.x : x});
            }
            if (!(lo <= hi)) continue;
            const int x0 = std::max(0, static_cast<int>(std::ceil(lo / h - 0.5)) - 1);
            const int x1 = std::min(g.n[0] - 1, static_cast<int>(std::floor(hi / h - 0.5)) + 1);
            for (int i = x0; i <= x1; ++i) {
                const P2 q{(i + 0.5) * h, y};
                const double eab = edge(a, b, q), ebc = edge(b, c, q), eca = edge(c, a, q);
                if (!covers(eab, a, b) || !covers(ebc, b, c) || !covers(eca, c, a)) continue;
                const double sum = eab + ebc + eca;
                const double z = sum != 0 ? (ebc * za + eca * zb + eab * zc) / sum : (za + zb + zc) / 3;
                crossings.push_back({uint32_t(size_t(i) * size_t(g.n[1]) + size_t(j)), static_cast<float>(z), dir});
            }
        }
    }
    std::sort(crossings.begin(), crossings.end());
    const size_t nz = size_t(g.n[2]);
    for (size_t k = 0; k < crossings.size();) {
        const uint32_t line = crossings[k].line;
        uint8_t* column = &cell[size_t(line) * nz];   // voxels (x, y, 0..nz-1) are contiguous
        int winding = 0;
        for (size_t z = 0; z < nz; ++z) {
            const float centre = static_cast<float>((double(z) + 0.5) * h);
            while (k < crossings.size() && crossings[k].line == line && crossings[k].z < centre) winding += crossings[k++].dir;
            if (winding != 0) column[z] |= kInside;
        }
        while (k < crossings.size() && crossings[k].line == line) ++k;
    }
}

/// Where the surface crosses the grid: both ends of every grid edge with a sign
/// change get an exact distance (marching cubes places its vertex on that edge
/// from the two), and all corners of the four cubes around the edge are kept in
/// the volume (marching cubes reads their signs).
void markCrossings(const Grid& g, std::vector<uint8_t>& cell, const CancelToken* cancel) {
    auto inside = [&](int x, int y, int z) { return (cell[g.index(x, y, z)] & kInside) != 0; };
    auto mark = [&](const std::array<int, 3>& c, int axis) {
        std::array<int, 3> lo{}, hi{};
        for (int a = 0; a < 3; ++a) {
            lo[size_t(a)] = a == axis ? c[size_t(a)] : std::max(c[size_t(a)] - 1, 0);
            hi[size_t(a)] = a == axis ? c[size_t(a)] + 1 : std::min(c[size_t(a)] + 1, g.n[size_t(a)] - 1);
        }
        for (int x = lo[0]; x <= hi[0]; ++x)
            for (int y = lo[1]; y <= hi[1]; ++y)
                for (int z = lo[2]; z <= hi[2]; ++z) cell[g.index(x, y, z)] |= kNeeded;
        std::array<int, 3> end = c;
        ++end[size_t(axis)];
        cell[g.index(c[0], c[1], c[2])] |= kBand;
        cell[g.index(end[0], end[1], end[2])] |= kBand;
    };
    for (int x = 0; x < g.n[0]; ++x) {
        checkCancel(cancel);
        for (int y = 0; y < g.n[1]; ++y)
            for (int z = 0; z < g.n[2]; ++z) {
                const bool in = inside(x, y, z);
                if (x + 1 < g.n[0] && inside(x + 1, y, z) != in) mark({x, y, z}, 0);
                if (y + 1 < g.n[1] && inside(x, y + 1, z) != in) mark({x, y, z}, 1);
                if (z + 1 < g.n[2] && inside(x, y, z + 1) != in) mark({x, y, z}, 2);
            }
    }
}

struct Topology {
    int edges = 0, boundary = 0, nonManifold = 0, inconsistent = 0, euler = 0;
};

/// Edge statistics of a triangle list (independent of Open3D's own checks):
/// boundary = used once, non-manifold = used more than twice, inconsistent = used
/// twice in the same direction.
Topology analyse(const std::vector<Eigen::Vector3i>& tris, size_t vertexCount) {
    std::vector<std::pair<uint64_t, int>> uses;
    uses.reserve(3 * tris.size());
    for (const Eigen::Vector3i& t : tris)
        for (int k = 0; k < 3; ++k) {
            const int a = t[k], b = t[(k + 1) % 3];
            const auto lo = uint64_t(std::min(a, b)), hi = uint64_t(std::max(a, b));
            uses.push_back({(lo << 32) | hi, a < b ? 1 : -1});
        }
    std::sort(uses.begin(), uses.end());
    Topology topo;
    for (size_t i = 0; i < uses.size();) {
        size_t j = i;
        int net = 0;
        while (j < uses.size() && uses[j].first == uses[i].first) net += uses[j++].second;
        ++topo.edges;
        if (j - i == 1) ++topo.boundary;
        else if (j - i > 2) ++topo.nonManifold;
        else if (net != 0) ++topo.inconsistent;
        i = j;
    }
    topo.euler = static_cast<int>(vertexCount) - topo.edges + static_cast<int>(tris.size());
    return topo;
}

double signedVolume(const o3g::TriangleMesh& mesh) {
    Eigen::Vector3d c = Eigen::Vector3d::Zero();
    for (const Eigen::Vector3d& v : mesh.vertices_) c += v;
    if (!mesh.vertices_.empty()) c /= static_cast<double>(mesh.vertices_.size());
    double six = 0;
    for (const Eigen::Vector3i& t : mesh.triangles_) {
        const Eigen::Vector3d a = mesh.vertices_[size_t(t[0])] - c, b = mesh.vertices_[size_t(t[1])] - c,
                              d = mesh.vertices_[size_t(t[2])] - c;
        six += a.dot(b.cross(d));
    }
    return six / 6.0;
}

/// Clean-up of a triangle mesh in place: vertices at exactly the same position
/// merged, triangles with a repeated vertex and repeated triangles removed, then
/// only the largest connected piece (by triangles) kept and unused vertices
/// dropped. Sorting-based (Open3D's hash-map versions are several times slower).
void cleanMesh(o3g::TriangleMesh& mesh) {
    std::vector<Vec3>& v = mesh.vertices_;
    std::vector<Eigen::Vector3i>& f = mesh.triangles_;
    // Merge duplicates.
    std::vector<int> order(v.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    auto less = [&](int a, int b) {
        const Vec3 &p = v[size_t(a)], &q = v[size_t(b)];
        if (p[0] != q[0]) return p[0] < q[0];
        if (p[1] != q[1]) return p[1] < q[1];
        if (p[2] != q[2]) return p[2] < q[2];
        return a < b;
    };
    std::sort(order.begin(), order.end(), less);
    std::vector<int> rep(v.size());
    for (size_t k = 0; k < order.size(); ++k)
        rep[size_t(order[k])] = (k > 0 && v[size_t(order[k])] == v[size_t(order[k - 1])]) ? rep[size_t(order[k - 1])] : order[k];
    for (Eigen::Vector3i& t : f)
        for (int k = 0; k < 3; ++k) t[k] = rep[size_t(t[k])];
    // Degenerate and repeated triangles (the same three vertices). Copies facing
    // opposite ways cancel (a zero-volume fin, as an edge collapse can leave);
    // of copies facing the same way one is kept.
    std::vector<std::pair<std::array<int, 3>, int>> keyed;   // sorted vertices, triangle (negative: odd order)
    keyed.reserve(f.size());
    for (size_t t = 0; t < f.size(); ++t) {
        std::array<int, 3> k{f[t][0], f[t][1], f[t][2]};
        if (k[0] == k[1] || k[1] == k[2] || k[0] == k[2]) continue;
        const int m = static_cast<int>(std::min_element(k.begin(), k.end()) - k.begin());
        const bool even = k[size_t((m + 1) % 3)] < k[size_t((m + 2) % 3)];   // a rotation of the sorted order
        std::sort(k.begin(), k.end());
        keyed.push_back({k, even ? static_cast<int>(t) + 1 : -(static_cast<int>(t) + 1)});
    }
    std::sort(keyed.begin(), keyed.end());
    std::vector<char> keep(f.size(), 0);
    for (size_t i = 0; i < keyed.size();) {
        size_t j = i;
        int net = 0, firstEven = -1, firstOdd = -1;
        for (; j < keyed.size() && keyed[j].first == keyed[i].first; ++j) {
            const int id = keyed[j].second;
            net += id > 0 ? 1 : -1;
            if (id > 0 && firstEven < 0) firstEven = id - 1;
            if (id < 0 && firstOdd < 0) firstOdd = -id - 1;
        }
        if (net > 0) keep[size_t(firstEven)] = 1;
        if (net < 0) keep[size_t(firstOdd)] = 1;
        i = j;
    }
    // Connected pieces (union-find over the triangles' vertices).
    std::vector<int> parent(v.size());
    for (size_t i = 0; i < parent.size(); ++i) parent[i] = static_cast<int>(i);
    auto find = [&](int x) {
        while (parent[size_t(x)] != x) x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
        return x;
    };
    for (size_t t = 0; t < f.size(); ++t)
        if (keep[t])
            for (int k = 1; k < 3; ++k) {
                const int a = find(f[t][0]), b = find(f[t][k]);
                if (a != b) parent[size_t(std::max(a, b))] = std::min(a, b);
            }
    std::vector<int> size(v.size(), 0);
    for (size_t t = 0; t < f.size(); ++t)
        if (keep[t]) ++size[size_t(find(f[t][0]))];
    const int largest = static_cast<int>(std::max_element(size.begin(), size.end()) - size.begin());
    // Compact.
    std::vector<int> newIndex(v.size(), -1);
    std::vector<Vec3> vertices;
    std::vector<Eigen::Vector3i> triangles;
    for (size_t t = 0; t < f.size(); ++t) {
        if (!keep[t] || find(f[t][0]) != largest) continue;
        Eigen::Vector3i n;
        for (int k = 0; k < 3; ++k) {
            int& ni = newIndex[size_t(f[t][k])];
            if (ni < 0) ni = static_cast<int>(vertices.size()), vertices.push_back(v[size_t(f[t][k])]);
            n[k] = ni;
        }
        triangles.push_back(n);
    }
    v.swap(vertices);
    f.swap(triangles);
    mesh.vertex_normals_.clear();
    mesh.vertex_colors_.clear();
    mesh.triangle_normals_.clear();
}

/// Vertices whose triangles do not form one closed fan (two cones touching at a
/// point, say). Assumes no boundary and consistent orientation (checked before).
int nonManifoldVertices(const o3g::TriangleMesh& mesh) {
    const size_t vc = mesh.vertices_.size();
    std::vector<int> start(vc + 1, 0);
    for (const Eigen::Vector3i& t : mesh.triangles_)
        for (int k = 0; k < 3; ++k) ++start[size_t(t[k]) + 1];
    for (size_t i = 0; i < vc; ++i) start[i + 1] += start[i];
    // Around each vertex, the edge opposite it in each triangle (in winding order).
    std::vector<std::pair<int, int>> link(size_t(start.back()));
    std::vector<int> put(start.begin(), start.end() - 1);
    for (const Eigen::Vector3i& t : mesh.triangles_)
        for (int k = 0; k < 3; ++k) link[size_t(put[size_t(t[k])]++)] = {t[(k + 1) % 3], t[(k + 2) % 3]};
    int bad = 0;
    for (size_t i = 0; i < vc; ++i) {
        const int b = start[i], e = start[i + 1];
        if (e - b < 3) {
            bad += e > b;
            continue;
        }
        // Follow the fan from the first triangle; it must come back after visiting all.
        int at = link[size_t(b)].second, steps = 1;
        while (at != link[size_t(b)].first && steps <= e - b) {
            int next = -1;
            for (int k = b; k < e; ++k)
                if (link[size_t(k)].first == at) {
                    next = link[size_t(k)].second;
                    break;
                }
            if (next < 0) break;
            at = next;
            ++steps;
        }
        if (at != link[size_t(b)].first || steps != e - b) ++bad;
    }
    return bad;
}

std::string describe(const Topology& t) {
    return std::to_string(t.boundary) + " boundary edges, " + std::to_string(t.nonManifold) +
           " non-manifold edges, " + std::to_string(t.inconsistent) + " inconsistently oriented edges";
}

bool closedManifold(const Topology& t) { return t.boundary == 0 && t.nonManifold == 0 && t.inconsistent == 0; }

o3c::Tensor floatTensor(const std::vector<float>& v, int64_t columns) {
    return o3c::Tensor(v, {static_cast<int64_t>(v.size()) / columns, columns}, o3c::Float32);
}

} // namespace

void WatertightOptions::validate() const {
    if (resolution < 32 || resolution > 1024)
        throw OptionsError("Watertight mesh: the resolution must be 32 to 1024 cells across the solid (got " +
                           std::to_string(resolution) + ").");
    if (!std::isfinite(backDepthMm) || backDepthMm <= 0 || backDepthMm > 1000)
        throw OptionsError("Watertight mesh: the back depth must be more than 0 and at most 1000 mm.");
    if (targetTriangles < 0 || (targetTriangles > 0 && targetTriangles < 100))
        throw OptionsError("Watertight mesh: the target triangle count must be 0 (no decimation) or at least 100 (got " +
                           std::to_string(targetTriangles) + ").");
}

ExportMesh makeWatertightMesh(const ExportMesh& surface, const WatertightOptions& options, WatertightStats* statsOut,
                              const CancelToken* cancel) {
    options.validate();
    WatertightStats stats;
    stats.resolution = options.resolution;
    checkCancel(cancel);

    // 1. Close the surface into a solid.
    auto t0 = Clock::now();
    const ClosedSolid solid = closeSurface(surface, options.backDepthMm);
    stats.boundaryLoops = solid.boundaryLoops;
    const Grid grid = makeGrid(solid, options.resolution);
    stats.voxelMm = grid.h;
    // The solid in the grid frame (what Open3D and the winding numbers see).
    std::vector<float> local(solid.positions.size());
    for (size_t i = 0; i < local.size(); ++i)
        local[i] = static_cast<float>(double(solid.positions[i]) - grid.origin[i % 3]);
    std::vector<uint32_t> tri(solid.triangles.begin(), solid.triangles.end());
    o3t::RaycastingScene scene;
    scene.AddTriangles(floatTensor(local, 3),
                       o3c::Tensor(tri, {static_cast<int64_t>(tri.size() / 3), 3}, o3c::UInt32));
    stats.closeMs = msSince(t0);
    checkCancel(cancel);

    // 2. Signs everywhere (winding numbers), exact distances where the surface
    // crosses the grid (Open3D's closest-point distance), into a sparse volume.
    t0 = Clock::now();
    std::vector<uint8_t> cell(grid.count(), 0);
    windingSigns(grid, local, solid.columnTriangles, cell, cancel);
    markCrossings(grid, cell, cancel);
    std::vector<uint32_t> band;   // voxel indices, ascending
    for (size_t i = 0; i < cell.size(); ++i)
        if (cell[i] & kBand) band.push_back(uint32_t(i));
    stats.bandVoxels = static_cast<int>(band.size());
    std::vector<float> bandDistance(band.size());   // signed, voxels
    for (size_t s = 0; s < band.size(); s += size_t(kBatch)) {
        checkCancel(cancel);
        const size_t e = std::min(band.size(), s + size_t(kBatch));
        std::vector<float> query(3 * (e - s));
        for (size_t i = s; i < e; ++i) {
            const std::array<int, 3> c = grid.coords(band[i]);
            for (size_t a = 0; a < 3; ++a) query[3 * (i - s) + a] = static_cast<float>((c[a] + 0.5) * grid.h);
        }
        const o3c::Tensor d = scene.ComputeDistance(floatTensor(query, 3)).Contiguous();
        const float* dist = d.GetDataPtr<float>();
        for (size_t i = s; i < e; ++i) {
            // In voxels; never exactly 0, so no marching-cubes vertex lands on a grid point.
            const float v = std::max(dist[i - s] / static_cast<float>(grid.h), 1e-3f);
            bandDistance[i] = (cell[band[i]] & kInside) ? -v : v;
        }
    }

    const std::array<int, 3> units{(grid.n[0] + kBlock - 1) / kBlock, (grid.n[1] + kBlock - 1) / kBlock,
                                   (grid.n[2] + kBlock - 1) / kBlock};
    std::vector<char> unitUsed(size_t(units[0]) * size_t(units[1]) * size_t(units[2]), 0);
    auto unitIndex = [&](int ux, int uy, int uz) {
        return (size_t(ux) * size_t(units[1]) + size_t(uy)) * size_t(units[2]) + size_t(uz);
    };
    for (int x = 0; x < grid.n[0]; ++x)
        for (int y = 0; y < grid.n[1]; ++y)
            for (int z = 0; z < grid.n[2]; ++z)
                if (cell[grid.index(x, y, z)] & kNeeded) unitUsed[unitIndex(x / kBlock, y / kBlock, z / kBlock)] = 1;

    o3i::ScalableTSDFVolume volume(grid.h, kFar * grid.h, o3i::TSDFVolumeColorType::NoColor, kBlock);
    for (int ux = 0; ux < units[0]; ++ux) {
        checkCancel(cancel);
        for (int uy = 0; uy < units[1]; ++uy)
            for (int uz = 0; uz < units[2]; ++uz) {
                if (!unitUsed[unitIndex(ux, uy, uz)]) continue;
                const Eigen::Vector3i index(ux, uy, uz);
                auto block = std::make_shared<o3i::UniformTSDFVolume>(
                        volume.volume_unit_length_, kBlock, volume.sdf_trunc_, o3i::TSDFVolumeColorType::NoColor,
                        index.cast<double>() * volume.volume_unit_length_);
                for (int lx = 0; lx < kBlock; ++lx)
                    for (int ly = 0; ly < kBlock; ++ly)
                        for (int lz = 0; lz < kBlock; ++lz) {
                            o3g::TSDFVoxel& voxel = block->voxels_[size_t(block->IndexOf(lx, ly, lz))];
                            voxel.weight_ = 1;
                            const int x = ux * kBlock + lx, y = uy * kBlock + ly, z = uz * kBlock + lz;
                            if (x >= grid.n[0] || y >= grid.n[1] || z >= grid.n[2]) {
                                voxel.tsdf_ = kFar;   // beyond the padding: outside
                                continue;
                            }
                            const size_t i = grid.index(x, y, z);
                            const uint8_t c = cell[i];
                            if (c & kBand) {
                                const size_t k = size_t(std::lower_bound(band.begin(), band.end(), uint32_t(i)) - band.begin());
                                voxel.tsdf_ = bandDistance[k];
                            } else {
                                voxel.tsdf_ = (c & kInside) ? -kFar : kFar;
                            }
                        }
                auto& unit = volume.volume_units_[index];
                unit.volume_ = block;
                unit.index_ = index;
            }
    }
    std::vector<uint8_t>().swap(cell);
    std::vector<uint32_t>().swap(band);
    std::vector<float>().swap(bandDistance);
    stats.fuseMs = msSince(t0);
    checkCancel(cancel);

    // 3. Marching cubes (Open3D).
    t0 = Clock::now();
    std::shared_ptr<o3g::TriangleMesh> mesh = volume.ExtractTriangleMesh();
    volume.Reset();
    stats.marchingCubesTriangles = static_cast<int>(mesh->triangles_.size());
    stats.extractMs = msSince(t0);
    checkCancel(cancel);

    // 4. Clean-up, orientation, optional decimation, attributes.
    t0 = Clock::now();
    const Eigen::Vector3d origin(grid.origin[0], grid.origin[1], grid.origin[2]);
    for (Eigen::Vector3d& v : mesh->vertices_) v += origin;
    cleanMesh(*mesh);
    if (signedVolume(*mesh) < 0)
        for (Eigen::Vector3i& t : mesh->triangles_) std::swap(t[1], t[2]);
    Topology topo = analyse(mesh->triangles_, mesh->vertices_.size());
    if (!closedManifold(topo) || nonManifoldVertices(*mesh) > 0)
        throw Error("Watertight mesh: the marching-cubes surface is not a closed manifold (" + describe(topo) + ").");
    checkCancel(cancel);

    if (options.targetTriangles > 0 && static_cast<size_t>(options.targetTriangles) < mesh->triangles_.size()) {
        std::shared_ptr<o3g::TriangleMesh> simpler = mesh->SimplifyQuadricDecimation(
                options.targetTriangles, std::numeric_limits<double>::infinity(), 1.0);
        cleanMesh(*simpler);
        const Topology after = analyse(simpler->triangles_, simpler->vertices_.size());
        if (!closedManifold(after) || nonManifoldVertices(*simpler) > 0 || !(signedVolume(*simpler) > 0))
            throw Error("Watertight mesh: quadric decimation to " + std::to_string(options.targetTriangles) +
                        " triangles broke the closed surface (" + describe(after) +
                        "); choose a larger target triangle count, or a lower resolution without decimation.");
        mesh = simpler;
        topo = after;
        stats.decimated = true;
    }
    mesh->ComputeVertexNormals(true);
    checkCancel(cancel);

    // Attributes from the closest point on the closed solid.
    const size_t vcount = mesh->vertices_.size();
    std::vector<float> where(3 * vcount);
    for (size_t i = 0; i < vcount; ++i)
        for (size_t a = 0; a < 3; ++a) where[3 * i + a] = static_cast<float>(mesh->vertices_[i][long(a)] - origin[long(a)]);
    const auto closest = scene.ComputeClosestPoints(floatTensor(where, 3));
    const o3c::Tensor closestPoints = closest.at("points").Contiguous();
    const o3c::Tensor prims = closest.at("primitive_ids").Contiguous();
    const float* cp = closestPoints.GetDataPtr<float>();
    const uint32_t* pid = prims.GetDataPtr<uint32_t>();

    ExportMesh out;
    out.name = surface.name;
    out.positions.resize(3 * vcount);
    out.normals.resize(3 * vcount);
    for (size_t i = 0; i < vcount; ++i)
        for (size_t a = 0; a < 3; ++a) {
            out.positions[3 * i + a] = static_cast<float>(mesh->vertices_[i][long(a)]);
            out.normals[3 * i + a] = static_cast<float>(mesh->vertex_normals_[i][long(a)]);
        }
    out.triangles.reserve(3 * mesh->triangles_.size());
    for (const Eigen::Vector3i& t : mesh->triangles_) out.triangles.insert(out.triangles.end(), {t[0], t[1], t[2]});
    const bool hasColors = !solid.colors.empty(), hasUvs = !solid.uvs.empty();
    if (hasColors) out.colors.resize(3 * vcount);
    if (hasUvs) out.uvs.resize(2 * vcount);
    double sum = 0, worst = 0;
    size_t onFace = 0;
    for (size_t i = 0; i < vcount; ++i) {
        const uint32_t t = pid[i];
        if (t >= solid.regions.size()) continue;   // cannot happen (the scene is not empty)
        const int ia = solid.triangles[3 * size_t(t)], ib = solid.triangles[3 * size_t(t) + 1],
                  ic = solid.triangles[3 * size_t(t) + 2];
        auto L = [&](int v) {
            return Eigen::Vector3d(local[3 * size_t(v)], local[3 * size_t(v) + 1], local[3 * size_t(v) + 2]);
        };
        const Eigen::Vector3d a = L(ia), b = L(ib), c = L(ic);
        const Eigen::Vector3d p(cp[3 * i], cp[3 * i + 1], cp[3 * i + 2]);
        // Barycentric coordinates of the closest point (clamped against round-off).
        const Eigen::Vector3d e0 = b - a, e1 = c - a, e2 = p - a;
        const double d00 = e0.dot(e0), d01 = e0.dot(e1), d11 = e1.dot(e1), d20 = e2.dot(e0), d21 = e2.dot(e1);
        const double den = d00 * d11 - d01 * d01;
        double wb = den > 0 ? (d11 * d20 - d01 * d21) / den : 0, wc = den > 0 ? (d00 * d21 - d01 * d20) / den : 0;
        wb = std::clamp(wb, 0.0, 1.0), wc = std::clamp(wc, 0.0, 1.0 - wb);
        const double wa = 1 - wb - wc;
        if (hasColors)
            for (size_t k = 0; k < 3; ++k)
                out.colors[3 * i + k] = static_cast<float>(wa * solid.colors[3 * size_t(ia) + k] +
                                                           wb * solid.colors[3 * size_t(ib) + k] +
                                                           wc * solid.colors[3 * size_t(ic) + k]);
        if (hasUvs)
            for (size_t k = 0; k < 2; ++k)
                out.uvs[2 * i + k] = static_cast<float>(wa * solid.uvs[2 * size_t(ia) + k] +
                                                        wb * solid.uvs[2 * size_t(ib) + k] +
                                                        wc * solid.uvs[2 * size_t(ic) + k]);
        if (solid.regions[t] == SolidRegion::Face) {
            const Eigen::Vector3d v(where[3 * i], where[3 * i + 1], where[3 * i + 2]);
            const double d = (v - p).norm();
            sum += d;
            worst = std::max(worst, d);
            ++onFace;
        }
    }
    stats.meanDistanceMm = onFace ? sum / double(onFace) : 0;
    stats.maxDistanceMm = worst;
    stats.vertices = static_cast<int>(vcount);
    stats.triangles = static_cast<int>(mesh->triangles_.size());
    stats.boundaryEdges = topo.boundary;
    stats.nonManifoldEdges = topo.nonManifold;
    stats.eulerCharacteristic = topo.euler;
    stats.watertight = topo.boundary == 0 && topo.nonManifold == 0;
    stats.orientable = topo.inconsistent == 0;
    stats.volumeMm3 = signedVolume(*mesh);
    stats.cleanMs = msSince(t0);
    if (statsOut) *statsOut = stats;
    return out;
}

std::string formatWatertightStats(const WatertightStats& s) {
    char line[512];
    std::snprintf(line, sizeof line,
                  "watertight %s, orientable %s: %d vertices, %d triangles (marching cubes %d%s), "
                  "%d boundary / %d non-manifold edges, Euler %d, volume %.0f mm3, "
                  "resolution %d (voxel %.3f mm, %d band voxels), face distance mean %.4f / max %.4f mm, "
                  "close %.0f + fuse %.0f + extract %.0f + clean %.0f ms",
                  s.watertight ? "yes" : "no", s.orientable ? "yes" : "no", s.vertices, s.triangles,
                  s.marchingCubesTriangles, s.decimated ? ", decimated" : "", s.boundaryEdges, s.nonManifoldEdges,
                  s.eulerCharacteristic, s.volumeMm3, s.resolution, s.voxelMm, s.bandVoxels, s.meanDistanceMm,
                  s.maxDistanceMm, s.closeMs, s.fuseMs, s.extractMs, s.cleanMs);
    return line;
}

namespace {

/// Linux: resets the peak resident set size (VmHWM) of this process; false elsewhere.
bool resetPeakRss() {
    std::ofstream f("/proc/self/clear_refs");
    if (!f) return false;
    f << "5";
    return static_cast<bool>(f);
}

double peakRssMb() {
    std::ifstream f("/proc/self/status");
    std::string key;
    while (f >> key) {
        if (key == "VmHWM:") {
            double kb = 0;
            f >> kb;
            return kb / 1024.0;
        }
        std::string rest;
        std::getline(f, rest);
    }
    return 0;
}

} // namespace

WatertightTiming timeWatertightMesh(const ExportMesh& surface, const WatertightOptions& options, int repeats) {
    WatertightTiming timing;
    const bool reset = resetPeakRss();
    std::vector<double> ms;
    for (int r = 0; r < std::max(1, repeats); ++r) {
        const auto t0 = Clock::now();
        (void)makeWatertightMesh(surface, options, &timing.stats);
        ms.push_back(msSince(t0));
    }
    std::sort(ms.begin(), ms.end());
    timing.bestMs = ms.front();
    timing.medianMs = ms[ms.size() / 2];
    timing.peakRssMb = reset ? peakRssMb() : 0;
    return timing;
}

} // namespace likeness
