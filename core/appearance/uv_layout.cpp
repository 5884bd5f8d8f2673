#include "appearance/uv_layout.h"

#include <ATen/ATen.h>
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "common/error.h"
#include "topology/face_topology.h"

namespace likeness {
namespace {

// Base vertices next to which the texture is not skin: lips, lid margins, brows.
std::vector<char> nonSkinVertices(const FaceTopology& topology) {
    std::vector<char> excluded(static_cast<size_t>(FaceTopology::kVertexCount), 0);
    for (const auto& [name, indices] : topology.regions()) {
        const bool lids = name.find("Eye") != std::string::npos &&
                          (name.find("0") != std::string::npos || name.find("1") != std::string::npos);
        if (name.find("lips") == std::string::npos && name.find("brow") == std::string::npos && !lids) continue;
        for (int i : indices)
            if (i >= 0 && i < FaceTopology::kVertexCount) excluded[static_cast<size_t>(i)] = 1;
    }
    return excluded;
}

} // namespace

UvLayout buildUvLayout(const FaceTopology& topology, const at::Tensor& vertices468, int size) {
    if (size < 16 || size > 8192) throw OptionsError("UV layout size must be 16..8192 texels");
    if (vertices468.dim() != 2 || vertices468.size(0) != FaceTopology::kVertexCount || vertices468.size(1) != 3)
        throw InputError("buildUvLayout: expected [468,3] vertices");
    const at::Tensor pos = vertices468.to(at::kCPU, at::kDouble).contiguous();
    const double* p = pos.data_ptr<double>();
    const auto& uv = topology.uvs();
    const auto& tri = topology.triangles();
    const std::vector<char> nonSkin = nonSkinVertices(topology);

    const size_t n = static_cast<size_t>(size) * static_cast<size_t>(size);
    std::vector<float> covered(n, 0.0f), skin(n, 0.0f), grid(2 * n);
    for (size_t t = 0; t < n; ++t) {   // default: each texel maps to itself
        grid[2 * t] = static_cast<float>(((t % size) + 0.5) / size * 2.0 - 1.0);
        grid[2 * t + 1] = static_cast<float>(((t / size) + 0.5) / size * 2.0 - 1.0);
    }
    double areaMm = 0, areaUv = 0;
    for (int f = 0; f < static_cast<int>(tri.size()); ++f) {
        const auto& c = tri[static_cast<size_t>(f)];
        // The mirror triangle's corners in the order of this triangle's mirrored corners.
        // Where the triangulation is not symmetric (mirrorTriangleOf = -1: a dozen
        // triangles around the eyes and the nose) the mirrored corners form no mesh
        // triangle, but their UVs still place the mirror image.
        const int mf = topology.mirrorTriangleOf(f);
        std::array<int, 3> mc{};
        for (int k = 0; k < 3; ++k) {
            const int want = topology.mirrorOf(c[static_cast<size_t>(k)]);
            if (mf < 0) {
                mc[static_cast<size_t>(k)] = want;
                continue;
            }
            const auto& m = tri[static_cast<size_t>(mf)];
            mc[static_cast<size_t>(k)] = std::find(m.begin(), m.end(), want) != m.end() ? want : c[static_cast<size_t>(k)];
        }
        const double u0 = uv[c[0]][0] * size, v0 = uv[c[0]][1] * size;
        const double u1 = uv[c[1]][0] * size, v1 = uv[c[1]][1] * size;
        const double u2 = uv[c[2]][0] * size, v2 = uv[c[2]][1] * size;
        const double det = (u1 - u0) * (v2 - v0) - (u2 - u0) * (v1 - v0);
        // Texel scale: surface area over UV area (mm^2 per texel^2).
        auto at = [&](int i, int k) { return p[3 * i + k]; };
        double e1[3], e2[3];
        for (int k = 0; k < 3; ++k) {
            e1[k] = at(c[1], k) - at(c[0], k);
            e2[k] = at(c[2], k) - at(c[0], k);
        }
        const double cx = e1[1] * e2[2] - e1[2] * e2[1], cy = e1[2] * e2[0] - e1[0] * e2[2], cz = e1[0] * e2[1] - e1[1] * e2[0];
        areaMm += 0.5 * std::sqrt(cx * cx + cy * cy + cz * cz);
        areaUv += 0.5 * std::abs(det);
        if (std::abs(det) < 1e-12) continue;
        const bool isSkin = !nonSkin[static_cast<size_t>(c[0])] && !nonSkin[static_cast<size_t>(c[1])] &&
                            !nonSkin[static_cast<size_t>(c[2])];
        const int x0 = std::max(0, static_cast<int>(std::floor(std::min({u0, u1, u2}) - 0.5)));
        const int x1 = std::min(size - 1, static_cast<int>(std::ceil(std::max({u0, u1, u2}) - 0.5)));
        const int y0 = std::max(0, static_cast<int>(std::floor(std::min({v0, v1, v2}) - 0.5)));
        const int y1 = std::min(size - 1, static_cast<int>(std::ceil(std::max({v0, v1, v2}) - 0.5)));
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x) {
                const double px = x + 0.5, py = y + 0.5;
                const double b1 = ((px - u0) * (v2 - v0) - (u2 - u0) * (py - v0)) / det;
                const double b2 = ((u1 - u0) * (py - v0) - (px - u0) * (v1 - v0)) / det;
                const double b0 = 1 - b1 - b2;
                if (b0 < -1e-9 || b1 < -1e-9 || b2 < -1e-9) continue;
                const size_t t = static_cast<size_t>(y) * size + static_cast<size_t>(x);
                covered[t] = 1.0f;
                skin[t] = isSkin ? 1.0f : 0.0f;
                const double mu = b0 * uv[mc[0]][0] + b1 * uv[mc[1]][0] + b2 * uv[mc[2]][0];
                const double mv = b0 * uv[mc[0]][1] + b1 * uv[mc[1]][1] + b2 * uv[mc[2]][1];
                grid[2 * t] = static_cast<float>(mu * 2.0 - 1.0);
                grid[2 * t + 1] = static_cast<float>(mv * 2.0 - 1.0);
            }
    }
    UvLayout layout;
    layout.size = size;
    layout.covered = at::tensor(covered).reshape({1, 1, size, size});
    layout.skin = at::tensor(skin).reshape({1, 1, size, size});
    layout.mirrorGrid = at::tensor(grid).reshape({1, size, size, 2});
    layout.texelMm = areaUv > 0 ? std::sqrt(areaMm / areaUv) : 0.0;
    return layout;
}

} // namespace likeness
