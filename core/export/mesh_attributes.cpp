#include "export/mesh_attributes.h"

#include <Eigen/Core>
#include <Eigen/Geometry>
#include <cmath>

namespace likeness {
namespace {

Eigen::Vector3d at3(const std::vector<float>& v, int i) {
    const size_t k = 3 * static_cast<size_t>(i);
    return {v[k], v[k + 1], v[k + 2]};
}

Eigen::Vector3d anyOrthogonal(const Eigen::Vector3d& n) {
    const Eigen::Vector3d axis = std::abs(n.x()) < 0.9 ? Eigen::Vector3d::UnitX() : Eigen::Vector3d::UnitY();
    return (axis - n * n.dot(axis)).normalized();
}

} // namespace

std::vector<float> vertexNormals(const std::vector<float>& positions, const std::vector<int>& triangles) {
    const size_t v = positions.size() / 3;
    std::vector<Eigen::Vector3d> sum(v, Eigen::Vector3d::Zero());
    for (size_t t = 0; t + 2 < triangles.size(); t += 3) {
        const int a = triangles[t], b = triangles[t + 1], c = triangles[t + 2];
        // The cross product's length is twice the area: an area-weighted sum.
        const Eigen::Vector3d n = (at3(positions, b) - at3(positions, a)).cross(at3(positions, c) - at3(positions, a));
        sum[static_cast<size_t>(a)] += n;
        sum[static_cast<size_t>(b)] += n;
        sum[static_cast<size_t>(c)] += n;
    }
    std::vector<float> out(3 * v);
    for (size_t i = 0; i < v; ++i) {
        const double len = sum[i].norm();
        const Eigen::Vector3d n = len > 1e-20 ? Eigen::Vector3d(sum[i] / len) : Eigen::Vector3d::UnitZ();
        for (int k = 0; k < 3; ++k) out[3 * i + static_cast<size_t>(k)] = static_cast<float>(n[k]);
    }
    return out;
}

std::vector<float> vertexTangents(const std::vector<float>& positions, const std::vector<float>& normals,
                                  const std::vector<float>& uvs, const std::vector<int>& triangles) {
    const size_t v = positions.size() / 3;
    std::vector<Eigen::Vector3d> tu(v, Eigen::Vector3d::Zero()), tv(v, Eigen::Vector3d::Zero());
    for (size_t t = 0; t + 2 < triangles.size(); t += 3) {
        const int i[3] = {triangles[t], triangles[t + 1], triangles[t + 2]};
        const Eigen::Vector3d e1 = at3(positions, i[1]) - at3(positions, i[0]);
        const Eigen::Vector3d e2 = at3(positions, i[2]) - at3(positions, i[0]);
        // OpenGL texture space: v up = 1 - Likeness v.
        auto uvOf = [&](int k) { return Eigen::Vector2d(uvs[2 * size_t(k)], 1.0 - uvs[2 * size_t(k) + 1]); };
        const Eigen::Vector2d d1 = uvOf(i[1]) - uvOf(i[0]), d2 = uvOf(i[2]) - uvOf(i[0]);
        const double det = d1.x() * d2.y() - d2.x() * d1.y();
        if (std::abs(det) < 1e-14) continue;
        const Eigen::Vector3d dpdu = (e1 * d2.y() - e2 * d1.y()) / det;
        const Eigen::Vector3d dpdv = (e2 * d1.x() - e1 * d2.x()) / det;
        // Weighted by the triangle's area in 3-D (as the normals are).
        const double area = e1.cross(e2).norm();
        for (int k : i) {
            tu[static_cast<size_t>(k)] += area * dpdu.normalized();
            tv[static_cast<size_t>(k)] += area * dpdv.normalized();
        }
    }
    std::vector<float> out(4 * v);
    for (size_t k = 0; k < v; ++k) {
        const Eigen::Vector3d n = at3(normals, static_cast<int>(k)).normalized();
        Eigen::Vector3d t = tu[k] - n * n.dot(tu[k]);
        t = t.norm() > 1e-12 ? Eigen::Vector3d(t.normalized()) : anyOrthogonal(n);
        const double w = n.cross(t).dot(tv[k]) < 0 ? -1.0 : 1.0;
        for (int c = 0; c < 3; ++c) out[4 * k + static_cast<size_t>(c)] = static_cast<float>(t[c]);
        out[4 * k + 3] = static_cast<float>(w);
    }
    return out;
}

void flipWinding(std::vector<int>& triangles) {
    for (size_t t = 0; t + 2 < triangles.size(); t += 3) std::swap(triangles[t + 1], triangles[t + 2]);
}

bool orientTowardPlusZ(std::vector<int>& triangles, std::vector<float>& normals) {
    double meanZ = 0;
    for (size_t i = 2; i < normals.size(); i += 3) meanZ += normals[i];
    if (meanZ >= 0) return false;
    flipWinding(triangles);
    for (float& n : normals) n = -n;
    return true;
}

} // namespace likeness
