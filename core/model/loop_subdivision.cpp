#include "model/loop_subdivision.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <string>

namespace likeness {
namespace {

constexpr double kPi = 3.14159265358979323846;

struct Edge {
    int a = 0, b = 0;               // a < b
    std::array<int, 2> opposite{};  // opposite vertices of the one or two triangles
    int faces = 0;
};

double loopBeta(int n) {
    const double c = 3.0 / 8.0 + 0.25 * std::cos(2.0 * kPi / n);
    return (5.0 / 8.0 - c * c) / n;
}

// One subdivision step on the connectivity: the stencil of each new vertex over
// the old vertices, and the new triangles.
struct Step {
    int newCount = 0;
    std::vector<std::vector<std::pair<int, double>>> stencil;   // per new vertex, over old vertices
    std::vector<std::array<int, 3>> triangles;
};

Step subdivideOnce(int vertexCount, const std::vector<std::array<int, 3>>& triangles, bool linear) {
    std::map<std::pair<int, int>, int> edgeIndex;
    std::vector<Edge> edges;
    for (const auto& t : triangles)
        for (int k = 0; k < 3; ++k) {
            const int u = t[std::size_t(k)], v = t[std::size_t((k + 1) % 3)], w = t[std::size_t((k + 2) % 3)];
            const std::pair<int, int> key(std::min(u, v), std::max(u, v));
            auto it = edgeIndex.find(key);
            if (it == edgeIndex.end()) {
                it = edgeIndex.emplace(key, int(edges.size())).first;
                edges.push_back({key.first, key.second, {}, 0});
            }
            Edge& e = edges[std::size_t(it->second)];
            if (e.faces == 2)
                throw std::invalid_argument("Loop subdivision: edge " + std::to_string(key.first) + "-" +
                                            std::to_string(key.second) + " is shared by more than two triangles");
            e.opposite[std::size_t(e.faces++)] = w;
        }
    // Number edge vertices in sorted edge order (std::map iterates sorted).
    std::vector<int> edgeVertex(edges.size());
    {
        int next = vertexCount;
        for (const auto& [key, index] : edgeIndex)
            edgeVertex[std::size_t(index)] = next++;
    }

    std::vector<std::vector<int>> ring(static_cast<std::size_t>(vertexCount));
    std::vector<std::vector<int>> boundaryRing(static_cast<std::size_t>(vertexCount));
    for (const Edge& e : edges) {
        ring[std::size_t(e.a)].push_back(e.b);
        ring[std::size_t(e.b)].push_back(e.a);
        if (e.faces == 1) {
            boundaryRing[std::size_t(e.a)].push_back(e.b);
            boundaryRing[std::size_t(e.b)].push_back(e.a);
        }
    }

    Step step;
    step.newCount = vertexCount + int(edges.size());
    step.stencil.resize(std::size_t(step.newCount));
    for (int v = 0; v < vertexCount; ++v) {
        auto& s = step.stencil[std::size_t(v)];
        const auto& r = ring[std::size_t(v)];
        const auto& br = boundaryRing[std::size_t(v)];
        if (linear || r.empty() || (!br.empty() && br.size() != 2)) {
            s.emplace_back(v, 1.0);   // isolated, corner or pinch: fixed
        } else if (br.size() == 2) {
            s.emplace_back(v, 0.75);
            s.emplace_back(br[0], 0.125);
            s.emplace_back(br[1], 0.125);
        } else {
            const int n = int(r.size());
            const double beta = loopBeta(n);
            s.emplace_back(v, 1.0 - n * beta);
            for (int u : r)
                s.emplace_back(u, beta);
        }
    }
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const Edge& e = edges[i];
        auto& s = step.stencil[std::size_t(edgeVertex[i])];
        if (linear || e.faces == 1) {
            s = {{e.a, 0.5}, {e.b, 0.5}};
        } else {
            s = {{e.a, 0.375}, {e.b, 0.375}, {e.opposite[0], 0.125}, {e.opposite[1], 0.125}};
        }
    }
    step.triangles.reserve(triangles.size() * 4);
    for (const auto& t : triangles) {
        auto mid = [&](int u, int v) { return edgeVertex[std::size_t(edgeIndex.at({std::min(u, v), std::max(u, v)}))]; };
        const int a = t[0], b = t[1], c = t[2];
        const int ab = mid(a, b), bc = mid(b, c), ca = mid(c, a);
        step.triangles.push_back({a, ab, ca});
        step.triangles.push_back({ab, b, bc});
        step.triangles.push_back({ca, bc, c});
        step.triangles.push_back({ab, bc, ca});
    }
    return step;
}

LoopSubdivisionResult subdivide(int vertexCount, const std::vector<std::array<int, 3>>& triangles, int levels,
                                bool linear) {
    if (vertexCount <= 0 || levels < 0)
        throw std::invalid_argument("Loop subdivision: needs vertices and a level >= 0");
    for (const auto& t : triangles)
        for (int v : t)
            if (v < 0 || v >= vertexCount)
                throw std::invalid_argument("Loop subdivision: triangle index " + std::to_string(v) + " out of range");

    // Rows of the composite operator, each over the control vertices.
    std::vector<std::vector<std::pair<int, double>>> rows(static_cast<std::size_t>(vertexCount));
    for (int v = 0; v < vertexCount; ++v)
        rows[std::size_t(v)] = {{v, 1.0}};
    std::vector<std::array<int, 3>> tris = triangles;
    int count = vertexCount;
    std::vector<double> accumulator(static_cast<std::size_t>(vertexCount), 0.0);
    std::vector<int> touched;
    for (int level = 0; level < levels; ++level) {
        Step step = subdivideOnce(count, tris, linear);
        std::vector<std::vector<std::pair<int, double>>> next(static_cast<std::size_t>(step.newCount));
        for (int v = 0; v < step.newCount; ++v) {
            touched.clear();
            for (const auto& [old, w] : step.stencil[std::size_t(v)])
                for (const auto& [c, x] : rows[std::size_t(old)]) {
                    if (accumulator[std::size_t(c)] == 0.0)
                        touched.push_back(c);
                    accumulator[std::size_t(c)] += w * x;
                }
            std::sort(touched.begin(), touched.end());
            touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
            auto& out = next[std::size_t(v)];
            out.reserve(touched.size());
            for (int c : touched) {
                if (accumulator[std::size_t(c)] != 0.0)
                    out.emplace_back(c, accumulator[std::size_t(c)]);
                accumulator[std::size_t(c)] = 0.0;
            }
        }
        rows = std::move(next);
        tris = std::move(step.triangles);
        count = step.newCount;
    }

    LoopSubdivisionResult result;
    result.levels = levels;
    result.vertexCount = count;
    result.triangles = std::move(tris);
    SparseRows& m = result.fromControl;
    m.rows = count;
    m.cols = vertexCount;
    m.rowStart.assign(std::size_t(count) + 1, 0);
    for (int v = 0; v < count; ++v)
        m.rowStart[std::size_t(v) + 1] = m.rowStart[std::size_t(v)] + int64_t(rows[std::size_t(v)].size());
    m.col.reserve(std::size_t(m.rowStart.back()));
    m.value.reserve(std::size_t(m.rowStart.back()));
    for (const auto& r : rows)
        for (const auto& [c, w] : r) {
            m.col.push_back(c);
            m.value.push_back(w);
        }
    return result;
}

} // namespace

LoopSubdivisionResult loopSubdivide(int vertexCount, const std::vector<std::array<int, 3>>& triangles, int levels) {
    return subdivide(vertexCount, triangles, levels, false);
}

LoopSubdivisionResult linearSubdivide(int vertexCount, const std::vector<std::array<int, 3>>& triangles, int levels) {
    return subdivide(vertexCount, triangles, levels, true);
}

} // namespace likeness
