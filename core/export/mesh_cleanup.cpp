#include "export/mesh_cleanup.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

#include <Eigen/Geometry>   // cross()

namespace likeness::watertight {

Topology analyse(const Triangles& tris, size_t vertexCount) {
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

double signedVolume(const Vertices& vertices, const Triangles& triangles) {
    // Tetrahedra from the centroid (not the origin) keep the round-off small.
    Eigen::Vector3d c = Eigen::Vector3d::Zero();
    for (const Eigen::Vector3d& v : vertices) c += v;
    if (!vertices.empty()) c /= static_cast<double>(vertices.size());
    double six = 0;
    for (const Eigen::Vector3i& t : triangles) {
        const Eigen::Vector3d a = vertices[size_t(t[0])] - c, b = vertices[size_t(t[1])] - c,
                              d = vertices[size_t(t[2])] - c;
        six += a.dot(b.cross(d));
    }
    return six / 6.0;
}

void orientOutward(const Vertices& vertices, Triangles& triangles) {
    if (signedVolume(vertices, triangles) < 0)
        for (Eigen::Vector3i& t : triangles) std::swap(t[1], t[2]);
}

// Sorting-based: Open3D's hash-map versions are several times slower.
void cleanMesh(Vertices& v, Triangles& f) {
    // Merge duplicates.
    std::vector<int> order(v.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    auto less = [&](int a, int b) {
        const Eigen::Vector3d &p = v[size_t(a)], &q = v[size_t(b)];
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
    Vertices vertices;
    Triangles triangles;
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
}

int nonManifoldVertices(size_t vertexCount, const Triangles& triangles) {
    const size_t vc = vertexCount;
    std::vector<int> start(vc + 1, 0);
    for (const Eigen::Vector3i& t : triangles)
        for (int k = 0; k < 3; ++k) ++start[size_t(t[k]) + 1];
    for (size_t i = 0; i < vc; ++i) start[i + 1] += start[i];
    // Around each vertex, the edge opposite it in each triangle (in winding order).
    std::vector<std::pair<int, int>> link(size_t(start.back()));
    std::vector<int> put(start.begin(), start.end() - 1);
    for (const Eigen::Vector3i& t : triangles)
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

} // namespace likeness::watertight
