#include "export/closest_point_attributes.h"

#include <algorithm>
#include <cstdint>

#include "export/export_asset.h"
#include "export/solid_scene.h"
#include "export/surface_closing.h"

namespace likeness::watertight {

FaceDistance transferClosestPointAttributes(const ClosedSolid& solid, const std::vector<float>& solidInGrid,
                                            SolidScene& scene, const std::array<double, 3>& gridOrigin,
                                            const std::vector<Eigen::Vector3d>& vertices, ExportMesh& out) {
    const size_t vcount = vertices.size();
    std::vector<float> where(3 * vcount);
    for (size_t i = 0; i < vcount; ++i)
        for (size_t a = 0; a < 3; ++a) where[3 * i + a] = static_cast<float>(vertices[i][long(a)] - gridOrigin[a]);
    const SolidScene::Closest closest = scene.closestPoints(where);
    const float* cp = closest.points.data();
    const uint32_t* pid = closest.triangles.data();
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
            const float* q = &solidInGrid[3 * size_t(v)];
            return Eigen::Vector3d(q[0], q[1], q[2]);
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
    FaceDistance distance;
    distance.meanMm = onFace ? sum / double(onFace) : 0;
    distance.maxMm = worst;
    return distance;
}

} // namespace likeness::watertight
