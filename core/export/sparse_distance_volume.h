#pragma once
// The closed solid's signed distance field in Open3D's sparse TSDF volume (8^3
// blocks, only where the surface is), and marching cubes on it. Exact distances
// only at the band voxels (both ends of every grid edge the surface crosses:
// all that marching cubes interpolates); elsewhere just the sign. Internal to
// the watertight export (watertight_mesh.cpp).
#include <cstdint>
#include <memory>
#include <vector>

namespace open3d {
namespace geometry {
class TriangleMesh;
}
namespace pipelines::integration {
class ScalableTSDFVolume;
}
} // namespace open3d

namespace likeness {

class CancelToken;

namespace watertight {

struct Grid;
class SolidScene;

class SparseDistanceVolume {
public:
    /// `cell`: the voxel bits of solid_grid.h (signs and crossings marked);
    /// `scene`: the solid in the grid frame, for the exact distances.
    SparseDistanceVolume(const Grid& grid, const std::vector<uint8_t>& cell, SolidScene& scene,
                         const CancelToken* cancel);
    ~SparseDistanceVolume();
    SparseDistanceVolume(const SparseDistanceVolume&) = delete;
    SparseDistanceVolume& operator=(const SparseDistanceVolume&) = delete;

    int bandVoxels() const { return m_bandVoxels; }

    /// Marching cubes (Open3D's), vertices in the grid frame; empties the volume.
    std::shared_ptr<open3d::geometry::TriangleMesh> extractSurface();

private:
    std::unique_ptr<open3d::pipelines::integration::ScalableTSDFVolume> m_volume;
    int m_bandVoxels = 0;
};

} // namespace watertight
} // namespace likeness
