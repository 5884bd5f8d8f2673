#include "model/mesh_fields.h"

#include <functional>
#include <limits>
#include <queue>
#include <utility>

#include "topology/face_topology.h"

namespace likeness::model {

std::vector<double> meshDistance(const FaceTopology& topology, const std::vector<Vec3>& points,
                                 const std::vector<int>& seeds) {
    const int n = topology.vertexCount();
    std::vector<double> dist(std::size_t(n), std::numeric_limits<double>::infinity());
    using Item = std::pair<double, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
    for (int s : seeds)
        if (s >= 0 && s < n && dist[std::size_t(s)] > 0) {
            dist[std::size_t(s)] = 0;
            queue.emplace(0.0, s);
        }
    while (!queue.empty()) {
        const auto [d, v] = queue.top();
        queue.pop();
        if (d > dist[std::size_t(v)])
            continue;
        for (int u : topology.vertexNeighbors(v)) {
            const double nd = d + norm(points[std::size_t(u)] - points[std::size_t(v)]);
            if (nd < dist[std::size_t(u)]) {
                dist[std::size_t(u)] = nd;
                queue.emplace(nd, u);
            }
        }
    }
    return dist;
}

namespace {

template <typename T>
void smooth(const FaceTopology& topology, std::vector<T>& field, const std::vector<char>& fixed, int iterations,
            const T& zero) {
    const int n = topology.vertexCount();
    std::vector<T> next = field;
    for (int it = 0; it < iterations; ++it) {
        for (int v = 0; v < n; ++v) {
            if (fixed[std::size_t(v)])
                continue;
            const auto& ring = topology.vertexNeighbors(v);
            T mean = zero;
            for (int u : ring)
                mean = mean + field[std::size_t(u)];
            mean = mean * (1.0 / double(ring.size()));
            next[std::size_t(v)] = field[std::size_t(v)] * 0.5 + mean * 0.5;
        }
        field.swap(next);
        for (int v = 0; v < n; ++v)
            if (fixed[std::size_t(v)])
                next[std::size_t(v)] = field[std::size_t(v)];
    }
}

} // namespace

void smoothField(const FaceTopology& topology, std::vector<double>& field, const std::vector<char>& fixed,
                 int iterations) {
    smooth(topology, field, fixed, iterations, 0.0);
}

void smoothField(const FaceTopology& topology, std::vector<Vec3>& field, const std::vector<char>& fixed,
                 int iterations) {
    smooth(topology, field, fixed, iterations, Vec3{});
}

} // namespace likeness::model
