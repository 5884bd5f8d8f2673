#include "fit/mesh_operators.h"

#include <ATen/ATen.h>
#include <algorithm>
#include <utility>
#include <vector>

#include "common/error.h"
#include "fit/row_ops.h"

namespace likeness {

at::Tensor MeshOperators::laplacian(const at::Tensor& x) const {
    const at::Tensor ringSum = scatterAddRowsFlat(gatherRowsFlat(x, ringTarget), ringSource, x.size(0));
    return x - ringSum * inverseDegree;
}

MeshOperators MeshOperators::to(const at::Device& device) const {
    MeshOperators m = *this;
    m.edges = edges.to(device);
    m.ringSource = ringSource.to(device);
    m.ringTarget = ringTarget.to(device);
    m.inverseDegree = inverseDegree.to(device);
    return m;
}

MeshOperators buildMeshOperators(const at::Tensor& triangles, int vertexCount) {
    if (triangles.dim() != 2 || triangles.size(1) != 3) throw Error("mesh operators: triangles must be [F,3]");
    const at::Tensor t = triangles.to(at::kCPU, at::kLong).contiguous();
    const int64_t* p = t.data_ptr<int64_t>();
    std::vector<std::pair<int64_t, int64_t>> edges;
    edges.reserve(static_cast<size_t>(t.size(0)) * 3);
    for (int64_t f = 0; f < t.size(0); ++f)
        for (int k = 0; k < 3; ++k) {
            int64_t a = p[3 * f + k], b = p[3 * f + (k + 1) % 3];
            if (a < 0 || b < 0 || a >= vertexCount || b >= vertexCount) throw Error("mesh operators: vertex index out of range");
            if (a > b) std::swap(a, b);
            if (a != b) edges.emplace_back(a, b);
        }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());

    const auto e = static_cast<int64_t>(edges.size());
    MeshOperators m;
    m.vertexCount = vertexCount;
    m.edges = at::empty({e, 2}, at::kLong);
    m.ringSource = at::empty({2 * e}, at::kLong);
    m.ringTarget = at::empty({2 * e}, at::kLong);
    std::vector<float> degree(static_cast<size_t>(vertexCount), 0.f);
    int64_t* ep = m.edges.data_ptr<int64_t>();
    int64_t* sp = m.ringSource.data_ptr<int64_t>();
    int64_t* tp = m.ringTarget.data_ptr<int64_t>();
    for (int64_t i = 0; i < e; ++i) {
        const auto [a, b] = edges[static_cast<size_t>(i)];
        ep[2 * i] = a;
        ep[2 * i + 1] = b;
        sp[2 * i] = a;
        tp[2 * i] = b;
        sp[2 * i + 1] = b;
        tp[2 * i + 1] = a;
        degree[static_cast<size_t>(a)] += 1;
        degree[static_cast<size_t>(b)] += 1;
    }
    m.inverseDegree = at::empty({vertexCount, 1}, at::kFloat);
    float* dp = m.inverseDegree.data_ptr<float>();
    for (int i = 0; i < vertexCount; ++i) dp[i] = degree[static_cast<size_t>(i)] > 0 ? 1.f / degree[static_cast<size_t>(i)] : 0.f;
    return m;
}

} // namespace likeness
