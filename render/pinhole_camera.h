#pragma once
// Pinhole camera in the OpenCV convention (x right, y down, z forward), pixels.
#include <Eigen/Core>

namespace likeness::render {

struct PinholeCamera {
    double fx = 1, fy = 1;   // focal lengths in pixels
    double cx = 0, cy = 0;   // principal point in pixels

    /// A camera for a `width` x `height` image with the principal point at the
    /// centre and a horizontal field of view of `fovXDeg` degrees.
    static PinholeCamera fromFov(int width, int height, double fovXDeg);

    /// Projects a camera-space point (z > 0) to pixel coordinates.
    Eigen::Vector2d project(const Eigen::Vector3d& p) const {
        return {fx * p.x() / p.z() + cx, fy * p.y() / p.z() + cy};
    }
    /// The camera-space point at depth `z` that projects to pixel `uv`.
    Eigen::Vector3d unproject(const Eigen::Vector2d& uv, double z) const {
        return {(uv.x() - cx) / fx * z, (uv.y() - cy) / fy * z, z};
    }
};

} // namespace likeness::render
