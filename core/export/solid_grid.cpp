#include "export/solid_grid.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "common/cancel_token.h"
#include "export/surface_closing.h"

namespace likeness::watertight {

constexpr int kPad = 4;                 // voxels of free space around the solid

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

std::vector<float> toGridFrame(const Grid& grid, const std::vector<float>& positions) {
    std::vector<float> local(positions.size());
    for (size_t i = 0; i < local.size(); ++i)
        local[i] = static_cast<float>(double(positions[i]) - grid.origin[i % 3]);
    return local;
}

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
        if (cancel && t % 30000 == 0) cancel->throwIfCancelled();
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
        if (cancel) cancel->throwIfCancelled();
        for (int y = 0; y < g.n[1]; ++y)
            for (int z = 0; z < g.n[2]; ++z) {
                const bool in = inside(x, y, z);
                if (x + 1 < g.n[0] && inside(x + 1, y, z) != in) mark({x, y, z}, 0);
                if (y + 1 < g.n[1] && inside(x, y + 1, z) != in) mark({x, y, z}, 1);
                if (z + 1 < g.n[2] && inside(x, y, z + 1) != in) mark({x, y, z}, 2);
            }
    }
}

} // namespace likeness::watertight
