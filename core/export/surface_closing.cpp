#include "export/surface_closing.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <string>

#include "common/error.h"

namespace likeness {
namespace {

struct EdgeUse {
    uint64_t key;   // (min << 32) | max
    int direction;  // +1: used as min -> max, -1: max -> min
};

uint64_t edgeKey(int a, int b) {
    const auto lo = static_cast<uint64_t>(std::min(a, b)), hi = static_cast<uint64_t>(std::max(a, b));
    return (lo << 32) | hi;
}

double distance3(const std::vector<float>& p, int a, int b) {
    const double dx = double(p[3 * size_t(a)]) - p[3 * size_t(b)];
    const double dy = double(p[3 * size_t(a) + 1]) - p[3 * size_t(b) + 1];
    const double dz = double(p[3 * size_t(a) + 2]) - p[3 * size_t(b) + 2];
    return std::sqrt(dx * dx + dy * dy + dz * dz);
}

} // namespace

std::vector<int> weldIdenticalPositions(const std::vector<float>& p) {
    const int v = static_cast<int>(p.size() / 3);
    std::vector<int> order(static_cast<size_t>(v));
    std::iota(order.begin(), order.end(), 0);
    auto at = [&](int i) {
        return std::array<float, 3>{p[3 * size_t(i)], p[3 * size_t(i) + 1], p[3 * size_t(i) + 2]};
    };
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const auto pa = at(a), pb = at(b);
        return pa != pb ? pa < pb : a < b;
    });
    std::vector<int> rep(static_cast<size_t>(v));
    for (size_t k = 0; k < order.size(); ++k) {
        const int i = order[k];
        rep[size_t(i)] = (k > 0 && at(order[k - 1]) == at(i)) ? rep[size_t(order[k - 1])] : i;
    }
    return rep;
}

namespace {

/// Newell normal of a closed 3D polygon (not normalised).
std::array<double, 3> newellNormal(const std::vector<float>& p, const std::vector<int>& loop) {
    std::array<double, 3> n{0, 0, 0};
    for (size_t i = 0; i < loop.size(); ++i) {
        const size_t a = 3 * size_t(loop[i]), b = 3 * size_t(loop[(i + 1) % loop.size()]);
        n[0] += (double(p[a + 1]) - p[b + 1]) * (double(p[a + 2]) + p[b + 2]);
        n[1] += (double(p[a + 2]) - p[b + 2]) * (double(p[a]) + p[b]);
        n[2] += (double(p[a]) - p[b]) * (double(p[a + 1]) + p[b + 1]);
    }
    return n;
}

/// The loop's points in its best-fitting plane (2D), ready for triangulatePolygon.
std::vector<double> projectLoop(const std::vector<float>& p, const std::vector<int>& loop) {
    std::array<double, 3> n = newellNormal(p, loop);
    double len = std::sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
    if (!(len > 0)) n = {0, 0, 1}, len = 1;
    for (double& c : n) c /= len;
    // Any orthonormal pair (u, v) spanning the plane.
    std::array<double, 3> a = std::fabs(n[0]) < 0.9 ? std::array<double, 3>{1, 0, 0} : std::array<double, 3>{0, 1, 0};
    std::array<double, 3> u{a[1] * n[2] - a[2] * n[1], a[2] * n[0] - a[0] * n[2], a[0] * n[1] - a[1] * n[0]};
    const double ul = std::sqrt(u[0] * u[0] + u[1] * u[1] + u[2] * u[2]);
    for (double& c : u) c /= ul;
    const std::array<double, 3> v{n[1] * u[2] - n[2] * u[1], n[2] * u[0] - n[0] * u[2], n[0] * u[1] - n[1] * u[0]};
    std::vector<double> xy;
    xy.reserve(2 * loop.size());
    for (int i : loop) {
        const double x = p[3 * size_t(i)], y = p[3 * size_t(i) + 1], z = p[3 * size_t(i) + 2];
        xy.push_back(x * u[0] + y * u[1] + z * u[2]);
        xy.push_back(x * v[0] + y * v[1] + z * v[2]);
    }
    return xy;
}

} // namespace

std::vector<BoundaryLoop> findBoundaryLoops(const std::vector<float>& positions, const std::vector<int>& triangles) {
    std::vector<EdgeUse> uses;
    uses.reserve(triangles.size());
    for (size_t t = 0; t + 2 < triangles.size(); t += 3) {
        const int v[3] = {triangles[t], triangles[t + 1], triangles[t + 2]};
        if (v[0] == v[1] || v[1] == v[2] || v[0] == v[2]) continue;
        for (int k = 0; k < 3; ++k) {
            const int a = v[k], b = v[(k + 1) % 3];
            uses.push_back({edgeKey(a, b), a < b ? 1 : -1});
        }
    }
    std::sort(uses.begin(), uses.end(), [](const EdgeUse& x, const EdgeUse& y) { return x.key < y.key; });

    // Boundary edges: used an odd number of times; directed as the surface uses them.
    struct Directed {
        int from, to;
    };
    std::vector<Directed> edges;
    for (size_t i = 0; i < uses.size();) {
        size_t j = i;
        int net = 0;
        while (j < uses.size() && uses[j].key == uses[i].key) net += uses[j++].direction;
        if ((j - i) % 2 == 1) {
            const int lo = static_cast<int>(uses[i].key >> 32), hi = static_cast<int>(uses[i].key & 0xffffffffu);
            edges.push_back(net >= 0 ? Directed{lo, hi} : Directed{hi, lo});
        }
        i = j;
    }
    if (edges.empty()) return {};

    // Incident boundary edges per vertex (CSR).
    const int vcount = static_cast<int>(positions.size() / 3);
    std::vector<int> start(size_t(vcount) + 1, 0);
    for (const Directed& e : edges) ++start[size_t(e.from) + 1], ++start[size_t(e.to) + 1];
    for (int v = 0; v < vcount; ++v) start[size_t(v) + 1] += start[size_t(v)];
    std::vector<int> incident(size_t(start.back()));
    std::vector<int> fill(start.begin(), start.end() - 1);
    for (size_t e = 0; e < edges.size(); ++e) {
        incident[size_t(fill[size_t(edges[e].from)]++)] = static_cast<int>(e);
        incident[size_t(fill[size_t(edges[e].to)]++)] = static_cast<int>(e);
    }

    // Every vertex has an even number of boundary edges, so a walk from any
    // vertex along unused edges always comes back to it.
    std::vector<char> used(edges.size(), 0);
    std::vector<BoundaryLoop> loops;
    for (size_t first = 0; first < edges.size(); ++first) {
        if (used[first]) continue;
        BoundaryLoop loop;
        used[first] = 1;
        const int origin = edges[first].from;
        loop.vertices.push_back(origin);
        int current = edges[first].to;
        loop.lengthMm += distance3(positions, origin, current);
        while (current != origin) {
            loop.vertices.push_back(current);
            int next = -1, fallback = -1;
            for (int k = start[size_t(current)]; k < start[size_t(current) + 1]; ++k) {
                const int e = incident[size_t(k)];
                if (used[size_t(e)]) continue;
                if (edges[size_t(e)].from == current) {
                    next = e;
                    break;
                }
                if (fallback < 0) fallback = e;
            }
            if (next < 0) next = fallback;
            if (next < 0) break;   // cannot happen (even degrees); stop rather than loop
            used[size_t(next)] = 1;
            const int to = edges[size_t(next)].from == current ? edges[size_t(next)].to : edges[size_t(next)].from;
            loop.lengthMm += distance3(positions, current, to);
            current = to;
        }
        if (loop.vertices.size() >= 3) loops.push_back(std::move(loop));
    }
    std::stable_sort(loops.begin(), loops.end(),
                     [](const BoundaryLoop& a, const BoundaryLoop& b) { return a.lengthMm > b.lengthMm; });
    return loops;
}

std::vector<int> triangulatePolygon(const std::vector<double>& xy, bool* usedFallback) {
    const int n = static_cast<int>(xy.size() / 2);
    std::vector<int> out;
    if (usedFallback) *usedFallback = false;
    if (n < 3) return out;
    out.reserve(3 * size_t(n - 2));
    auto X = [&](int i) { return xy[2 * size_t(i)]; };
    auto Y = [&](int i) { return xy[2 * size_t(i) + 1]; };
    double area2 = 0, minX = X(0), maxX = X(0), minY = Y(0), maxY = Y(0);
    for (int i = 0; i < n; ++i) {
        const int j = (i + 1) % n;
        area2 += X(i) * Y(j) - X(j) * Y(i);
        minX = std::min(minX, X(i)), maxX = std::max(maxX, X(i));
        minY = std::min(minY, Y(i)), maxY = std::max(maxY, Y(i));
    }
    const double s = area2 >= 0 ? 1.0 : -1.0;
    const double diag2 = (maxX - minX) * (maxX - minX) + (maxY - minY) * (maxY - minY);
    const double eps = 1e-14 * diag2;
    // Twice the signed area of (a, b, c) in the polygon's winding (> 0: convex turn).
    auto turn = [&](int a, int b, int c) {
        return s * ((X(b) - X(a)) * (Y(c) - Y(a)) - (Y(b) - Y(a)) * (X(c) - X(a)));
    };
    auto samePoint = [&](int a, int b) { return X(a) == X(b) && Y(a) == Y(b); };

    std::vector<int> prev(static_cast<size_t>(n)), next(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) prev[size_t(i)] = (i + n - 1) % n, next[size_t(i)] = (i + 1) % n;
    auto clip = [&](int b) {
        const int a = prev[size_t(b)], c = next[size_t(b)];
        out.insert(out.end(), {a, b, c});
        next[size_t(a)] = c;
        prev[size_t(c)] = a;
    };
    auto isEar = [&](int b) {
        const int a = prev[size_t(b)], c = next[size_t(b)];
        if (turn(a, b, c) <= eps) return false;
        for (int p = next[size_t(c)]; p != a; p = next[size_t(p)]) {
            if (samePoint(p, a) || samePoint(p, b) || samePoint(p, c)) continue;
            // Inside or on the triangle (a, b, c) blocks the ear.
            if (turn(a, b, p) >= -eps && turn(b, c, p) >= -eps && turn(c, a, p) >= -eps) return false;
        }
        return true;
    };

    int remaining = n, current = 0, misses = 0;
    while (remaining > 3) {
        if (isEar(current)) {
            const int after = next[size_t(current)];
            clip(current);
            --remaining;
            current = after;
            misses = 0;
            continue;
        }
        current = next[size_t(current)];
        if (++misses <= remaining) continue;
        // No clean ear (not a simple polygon, or degenerate): force the most convex
        // corner so that the triangulation still covers every polygon edge once.
        int best = current;
        double bestTurn = -std::numeric_limits<double>::infinity();
        int v = current;
        for (int k = 0; k < remaining; ++k, v = next[size_t(v)]) {
            const double t = turn(prev[size_t(v)], v, next[size_t(v)]);
            if (t > bestTurn) bestTurn = t, best = v;
        }
        if (usedFallback) *usedFallback = true;
        const int after = next[size_t(best)];
        clip(best);
        --remaining;
        current = after;
        misses = 0;
    }
    out.insert(out.end(), {prev[size_t(current)], current, next[size_t(current)]});
    return out;
}

std::vector<int> minimumAreaTriangulation(const std::vector<double>& xyz) {
    const size_t n = xyz.size() / 3;
    std::vector<int> out;
    if (n < 3) return out;
    auto area = [&](size_t a, size_t b, size_t c) {
        const double* A = &xyz[3 * a];
        const double* B = &xyz[3 * b];
        const double* C = &xyz[3 * c];
        const double u[3] = {B[0] - A[0], B[1] - A[1], B[2] - A[2]}, v[3] = {C[0] - A[0], C[1] - A[1], C[2] - A[2]};
        const double x = u[1] * v[2] - u[2] * v[1], y = u[2] * v[0] - u[0] * v[2], z = u[0] * v[1] - u[1] * v[0];
        return 0.5 * std::sqrt(x * x + y * y + z * z);
    };
    // best[i][j]: least area triangulating the sub-polygon i..j; split[i][j]: its apex.
    std::vector<double> best(n * n, 0.0);
    std::vector<int> split(n * n, -1);
    for (size_t gap = 2; gap < n; ++gap)
        for (size_t i = 0; i + gap < n; ++i) {
            const size_t j = i + gap;
            double b = std::numeric_limits<double>::infinity();
            int at = -1;
            for (size_t m = i + 1; m < j; ++m) {
                const double w = best[i * n + m] + best[m * n + j] + area(i, m, j);
                if (w < b) b = w, at = static_cast<int>(m);
            }
            best[i * n + j] = b;
            split[i * n + j] = at;
        }
    std::vector<std::pair<size_t, size_t>> stack{{0, n - 1}};
    while (!stack.empty()) {
        const auto [i, j] = stack.back();
        stack.pop_back();
        if (j < i + 2) continue;
        const size_t m = size_t(split[i * n + j]);
        out.insert(out.end(), {static_cast<int>(i), static_cast<int>(m), static_cast<int>(j)});
        stack.push_back({i, m});
        stack.push_back({m, j});
    }
    return out;
}

ClosedSolid closeSurface(const ExportMesh& surface, double backDepthMm) {
    const std::vector<float>& p = surface.positions;
    if (p.empty() || p.size() % 3 != 0)
        throw InputError("Watertight mesh: the surface has no vertices (or positions that are not x, y, z triples).");
    for (float x : p)
        if (!std::isfinite(x)) throw InputError("Watertight mesh: a vertex position is not finite.");
    const int v = static_cast<int>(p.size() / 3);
    if (surface.triangles.empty() || surface.triangles.size() % 3 != 0)
        throw InputError("Watertight mesh: the surface has no triangles.");
    for (int i : surface.triangles)
        if (i < 0 || i >= v)
            throw InputError("Watertight mesh: a triangle refers to vertex " + std::to_string(i) + " of " +
                             std::to_string(v) + ".");
    const bool hasColors = !surface.colors.empty(), hasUvs = !surface.uvs.empty();
    if (hasColors && surface.colors.size() != p.size())
        throw InputError("Watertight mesh: the vertex colours do not match the vertices.");
    if (hasUvs && surface.uvs.size() != 2 * size_t(v))
        throw InputError("Watertight mesh: the texture coordinates do not match the vertices.");
    for (const std::vector<float>* a : {&surface.colors, &surface.uvs})
        for (float x : *a)
            if (!std::isfinite(x)) throw InputError("Watertight mesh: a vertex colour or texture coordinate is not finite.");
    if (!(std::isfinite(backDepthMm) && backDepthMm > 0))
        throw InputError("Watertight mesh: the back depth must be a positive number of millimetres.");

    ClosedSolid solid;
    // The source's proper triangles (original indices: their attributes stay right).
    std::vector<int> welded;   // the same triangles over welded vertices (topology)
    const std::vector<int> rep = weldIdenticalPositions(p);
    for (size_t t = 0; t + 2 < surface.triangles.size(); t += 3) {
        const int a = surface.triangles[t], b = surface.triangles[t + 1], c = surface.triangles[t + 2];
        const int wa = rep[size_t(a)], wb = rep[size_t(b)], wc = rep[size_t(c)];
        if (wa == wb || wb == wc || wa == wc) continue;
        solid.triangles.insert(solid.triangles.end(), {a, b, c});
        welded.insert(welded.end(), {wa, wb, wc});
    }
    if (solid.triangles.empty()) throw InputError("Watertight mesh: the surface has no proper triangles (all degenerate).");
    solid.faceTriangles = static_cast<int>(solid.triangles.size() / 3);
    solid.regions.assign(size_t(solid.faceTriangles), SolidRegion::Face);

    std::vector<BoundaryLoop> loops = findBoundaryLoops(p, welded);
    if (loops.empty())
        throw InputError("Watertight mesh: the surface has no boundary (it is already closed); "
                         "an open face surface is expected.");
    solid.boundaryLoops = static_cast<int>(loops.size());

    solid.minZ = std::numeric_limits<double>::infinity();
    solid.maxZ = -solid.minZ;
    for (int i : solid.triangles) {
        solid.minZ = std::min(solid.minZ, double(p[3 * size_t(i) + 2]));
        solid.maxZ = std::max(solid.maxZ, double(p[3 * size_t(i) + 2]));
    }
    solid.backZ = solid.minZ - backDepthMm;

    solid.positions = p;
    if (hasColors) solid.colors = surface.colors;
    if (hasUvs) solid.uvs = surface.uvs;

    // Holes: the minimum-area triangulation of each inner loop (it follows a
    // curved slit such as closed lips; a planar projection would cut straight
    // chords through the lips), reversed so that it uses each boundary edge the
    // other way round from the surface (consistent orientation). Very long loops
    // fall back to ear clipping in the loop's best plane.
    for (size_t l = 1; l < loops.size(); ++l) {
        std::vector<int> loop(loops[l].vertices.rbegin(), loops[l].vertices.rend());
        bool forced = false;
        std::vector<int> tri;
        if (loop.size() <= kMaxMinimumAreaLoop) {
            std::vector<double> xyz;
            xyz.reserve(3 * loop.size());
            for (int i : loop) xyz.insert(xyz.end(), {p[3 * size_t(i)], p[3 * size_t(i) + 1], p[3 * size_t(i) + 2]});
            tri = minimumAreaTriangulation(xyz);
        } else {
            tri = triangulatePolygon(projectLoop(p, loop), &forced);
        }
        if (forced) ++solid.fallbackFills;
        for (int k : tri) solid.triangles.push_back(loop[size_t(k)]);
        solid.regions.insert(solid.regions.end(), tri.size() / 3, SolidRegion::HoleFill);
    }

    // Outer rim: vertical walls down to the back plane, then a flat cap. Both are
    // cut into pieces about `piece` long (compact triangles keep Open3D's
    // closest-point queries fast near them).
    const std::vector<int>& rim = loops[0].vertices;
    const int m = static_cast<int>(rim.size());
    solid.outerLoopVertices = m;
    const float backZ = static_cast<float>(solid.backZ);
    double extent = solid.maxZ - solid.backZ;
    {
        float lo[2] = {p[0], p[1]}, hi[2] = {p[0], p[1]};
        for (size_t i = 0; i < p.size(); i += 3)
            for (size_t a = 0; a < 2; ++a) lo[a] = std::min(lo[a], p[i + a]), hi[a] = std::max(hi[a], p[i + a]);
        extent = std::max({extent, double(hi[0] - lo[0]), double(hi[1] - lo[1])});
    }
    const double piece = std::max(3 * loops[0].lengthMm / m, extent / 64);
    double wallHeight = 0;
    for (int i : rim) wallHeight = std::max(wallHeight, double(p[3 * size_t(i) + 2]) - solid.backZ);
    const int rows = std::max(1, static_cast<int>(std::ceil(wallHeight / piece)));

    auto addVertex = [&](float x, float y, float z, size_t attributesOf, bool grey) {
        solid.positions.insert(solid.positions.end(), {x, y, z});
        if (hasColors) {
            if (grey)
                solid.colors.insert(solid.colors.end(), {kBackCapGrey, kBackCapGrey, kBackCapGrey});
            else
                solid.colors.insert(solid.colors.end(), {surface.colors[3 * attributesOf], surface.colors[3 * attributesOf + 1],
                                                         surface.colors[3 * attributesOf + 2]});
        }
        if (hasUvs) solid.uvs.insert(solid.uvs.end(), {surface.uvs[2 * attributesOf], surface.uvs[2 * attributesOf + 1]});
        return static_cast<int>(solid.positions.size() / 3 - 1);
    };
    // Wall vertices: column i has the rim vertex on top, then rows - 1 levels, then
    // the back vertex; the cap has its own copies of the back vertices.
    std::vector<int> column(size_t(m) * size_t(rows + 1));
    auto level = [&](int i, int r) -> int& { return column[size_t(i) * size_t(rows + 1) + size_t(r)]; };
    for (int i = 0; i < m; ++i) {
        const size_t s = size_t(rim[size_t(i)]);
        level(i, 0) = rim[size_t(i)];
        for (int r = 1; r <= rows; ++r) {
            const float z = r == rows ? backZ : static_cast<float>(p[3 * s + 2] + (solid.backZ - p[3 * s + 2]) * r / rows);
            level(i, r) = addVertex(p[3 * s], p[3 * s + 1], z, s, false);
        }
    }
    for (int i = 0; i < m; ++i) {
        const int j = (i + 1) % m;
        for (int r = 0; r < rows; ++r) {
            const int a = level(i, r), b = level(j, r), a2 = level(i, r + 1), b2 = level(j, r + 1);
            // The surface uses a -> b on top; the wall uses b -> a, and a2 -> b2 at the bottom.
            solid.triangles.insert(solid.triangles.end(), {b, a, a2, b, a2, b2});
            solid.regions.insert(solid.regions.end(), 2, SolidRegion::Wall);
        }
    }
    std::vector<int> capVertex(static_cast<size_t>(m));
    for (int i = 0; i < m; ++i) {
        const size_t s = size_t(rim[size_t(i)]);
        capVertex[size_t(i)] = addVertex(p[3 * s], p[3 * s + 1], backZ, s, true);
    }
    std::vector<double> capXy;
    capXy.reserve(2 * size_t(m));
    for (int i = m - 1; i >= 0; --i) {   // reversed: the cap uses b2 -> a2
        const size_t s = size_t(rim[size_t(i)]);
        capXy.push_back(p[3 * s]);
        capXy.push_back(p[3 * s + 1]);
    }
    bool forced = false;
    const std::vector<int> cap = triangulatePolygon(capXy, &forced);
    if (forced) ++solid.fallbackFills;

    // What a vertical line crosses: the face, the hole fills and the cap before
    // its edges are split (no T-junctions); the walls are vertical.
    for (size_t t = 0; t < solid.regions.size(); ++t)
        if (solid.regions[t] == SolidRegion::Face || solid.regions[t] == SolidRegion::HoleFill)
            solid.columnTriangles.insert(solid.columnTriangles.end(), solid.triangles.begin() + long(3 * t),
                                         solid.triangles.begin() + long(3 * t + 3));
    for (int k : cap) solid.columnTriangles.push_back(capVertex[size_t(m - 1 - k)]);

    // Split the cap's long inner edges at their midpoints (never its rim, which
    // it shares with the walls). The cap is flat, so the T-junctions this leaves
    // inside it change neither its shape nor its normals.
    const double piece2 = piece * piece;
    auto rimEdge = [&](int a, int b) {   // cap vertex indices of consecutive rim vertices
        const int ia = a - capVertex[0], ib = b - capVertex[0];
        if (ia < 0 || ia >= m || ib < 0 || ib >= m) return false;   // a midpoint is never on the rim
        return std::abs(ia - ib) == 1 || std::abs(ia - ib) == m - 1;
    };
    auto length2 = [&](int a, int b) {
        const double dx = double(solid.positions[3 * size_t(a)]) - solid.positions[3 * size_t(b)];
        const double dy = double(solid.positions[3 * size_t(a) + 1]) - solid.positions[3 * size_t(b) + 1];
        return dx * dx + dy * dy;
    };
    std::vector<std::array<int, 3>> todo;
    for (size_t t = 0; t < cap.size(); t += 3)
        todo.push_back({capVertex[size_t(m - 1 - cap[t])], capVertex[size_t(m - 1 - cap[t + 1])],
                        capVertex[size_t(m - 1 - cap[t + 2])]});
    while (!todo.empty()) {
        const std::array<int, 3> t = todo.back();
        todo.pop_back();
        int longest = -1;
        double best = piece2;
        for (int k = 0; k < 3; ++k) {
            const int a = t[size_t(k)], b = t[size_t((k + 1) % 3)];
            if (rimEdge(a, b)) continue;
            const double l2 = length2(a, b);
            if (l2 > best) best = l2, longest = k;
        }
        if (longest < 0) {
            solid.triangles.insert(solid.triangles.end(), {t[0], t[1], t[2]});
            solid.regions.push_back(SolidRegion::BackCap);
            continue;
        }
        const int a = t[size_t(longest)], b = t[size_t((longest + 1) % 3)], c = t[size_t((longest + 2) % 3)];
        const float mx = 0.5f * (solid.positions[3 * size_t(a)] + solid.positions[3 * size_t(b)]);
        const float my = 0.5f * (solid.positions[3 * size_t(a) + 1] + solid.positions[3 * size_t(b) + 1]);
        const int mid = addVertex(mx, my, backZ, size_t(rim[0]), true);
        if (hasUvs)   // the midpoint of the edge's UVs (meaningless on the back anyway)
            for (size_t k = 0; k < 2; ++k)
                solid.uvs[2 * size_t(mid) + k] = 0.5f * (solid.uvs[2 * size_t(a) + k] + solid.uvs[2 * size_t(b) + k]);
        todo.push_back({a, mid, c});
        todo.push_back({mid, b, c});
    }
    return solid;
}

} // namespace likeness
