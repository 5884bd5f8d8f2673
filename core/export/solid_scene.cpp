#include "export/solid_scene.h"

#include <open3d/core/Tensor.h>
#include <open3d/t/geometry/RaycastingScene.h>

namespace likeness::watertight {
namespace {

namespace o3c = open3d::core;

o3c::Tensor floatTensor(const std::vector<float>& v, int64_t columns) {
    return o3c::Tensor(v, {static_cast<int64_t>(v.size()) / columns, columns}, o3c::Float32);
}

template <typename T>
std::vector<T> toVector(const o3c::Tensor& t) {
    const o3c::Tensor c = t.Contiguous();
    const T* data = c.GetDataPtr<T>();
    return std::vector<T>(data, data + c.NumElements());
}

} // namespace

SolidScene::SolidScene(const std::vector<float>& positions, const std::vector<int>& triangles)
    : m_scene(std::make_unique<open3d::t::geometry::RaycastingScene>()) {
    std::vector<uint32_t> tri(triangles.begin(), triangles.end());
    m_scene->AddTriangles(floatTensor(positions, 3),
                          o3c::Tensor(tri, {static_cast<int64_t>(tri.size() / 3), 3}, o3c::UInt32));
}

SolidScene::~SolidScene() = default;

std::vector<float> SolidScene::distances(const std::vector<float>& points) {
    return toVector<float>(m_scene->ComputeDistance(floatTensor(points, 3)));
}

SolidScene::Closest SolidScene::closestPoints(const std::vector<float>& points) {
    const auto closest = m_scene->ComputeClosestPoints(floatTensor(points, 3));
    return {toVector<float>(closest.at("points")), toVector<uint32_t>(closest.at("primitive_ids"))};
}

} // namespace likeness::watertight
