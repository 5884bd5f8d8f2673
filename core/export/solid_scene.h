#pragma once
// Point queries against the closed solid: Open3D's RaycastingScene behind plain
// vectors, so that Open3D stays out of the other headers. Only point queries:
// with Debian's Open3D 0.16.1 and Embree 3.13.5 every ray query misses (see
// watertight_mesh.h). Internal to the watertight export (watertight_mesh.cpp).
#include <cstdint>
#include <memory>
#include <vector>

namespace open3d::t::geometry {
class RaycastingScene;
}

namespace likeness::watertight {

class SolidScene {
public:
    /// positions [V*3] (the grid frame), triangles [F*3].
    SolidScene(const std::vector<float>& positions, const std::vector<int>& triangles);
    ~SolidScene();
    SolidScene(const SolidScene&) = delete;
    SolidScene& operator=(const SolidScene&) = delete;

    /// Distance from each point [N*3] to the closest point of the solid [N].
    std::vector<float> distances(const std::vector<float>& points);

    struct Closest {
        std::vector<float> points;        // [N*3]
        std::vector<uint32_t> triangles;  // [N]: index of the solid's triangle the point lies on
    };
    Closest closestPoints(const std::vector<float>& points);

private:
    std::unique_ptr<open3d::t::geometry::RaycastingScene> m_scene;
};

} // namespace likeness::watertight
