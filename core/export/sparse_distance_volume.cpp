#include "export/sparse_distance_volume.h"

#include <algorithm>
#include <array>

#include <open3d/geometry/TriangleMesh.h>
#include <open3d/pipelines/integration/ScalableTSDFVolume.h>
#include <open3d/pipelines/integration/UniformTSDFVolume.h>

#include "common/cancel_token.h"
#include "export/solid_grid.h"
#include "export/solid_scene.h"

namespace likeness::watertight {
namespace {

namespace o3g = open3d::geometry;
namespace o3i = open3d::pipelines::integration;

constexpr int kBlock = 8;               // edge of the sparse volume's voxel blocks
constexpr size_t kBatch = 1 << 18;      // points per closest-point query (cancellation granularity)
constexpr float kFar = 4.0f;            // |tsdf| (voxels) of voxels without an exact distance (never interpolated)

void checkCancel(const CancelToken* cancel) {
    if (cancel) cancel->throwIfCancelled();
}

/// The band voxels (kBand), ascending, with their exact signed distances.
struct Band {
    std::vector<uint32_t> voxels;   // grid.index
    std::vector<float> distance;    // signed (negative inside), voxels
};

Band measureBand(const Grid& grid, const std::vector<uint8_t>& cell, SolidScene& scene, const CancelToken* cancel) {
    Band band;
    for (size_t i = 0; i < cell.size(); ++i)
        if (cell[i] & kBand) band.voxels.push_back(uint32_t(i));
    band.distance.resize(band.voxels.size());
    for (size_t s = 0; s < band.voxels.size(); s += kBatch) {
        checkCancel(cancel);
        const size_t e = std::min(band.voxels.size(), s + kBatch);
        std::vector<float> query(3 * (e - s));
        for (size_t i = s; i < e; ++i) {
            const std::array<int, 3> c = grid.coords(band.voxels[i]);
            for (size_t a = 0; a < 3; ++a) query[3 * (i - s) + a] = static_cast<float>((c[a] + 0.5) * grid.h);
        }
        const std::vector<float> dist = scene.distances(query);
        for (size_t i = s; i < e; ++i) {
            // In voxels; never exactly 0, so no marching-cubes vertex lands on a grid point.
            const float v = std::max(dist[i - s] / static_cast<float>(grid.h), 1e-3f);
            band.distance[i] = (cell[band.voxels[i]] & kInside) ? -v : v;
        }
    }
    return band;
}

} // namespace

SparseDistanceVolume::SparseDistanceVolume(const Grid& grid, const std::vector<uint8_t>& cell, SolidScene& scene,
                                           const CancelToken* cancel) {
    const Band band = measureBand(grid, cell, scene, cancel);
    m_bandVoxels = static_cast<int>(band.voxels.size());

    // Only the blocks with a voxel marching cubes reads.
    const std::array<int, 3> units{(grid.n[0] + kBlock - 1) / kBlock, (grid.n[1] + kBlock - 1) / kBlock,
                                   (grid.n[2] + kBlock - 1) / kBlock};
    std::vector<char> unitUsed(size_t(units[0]) * size_t(units[1]) * size_t(units[2]), 0);
    auto unitIndex = [&](int ux, int uy, int uz) {
        return (size_t(ux) * size_t(units[1]) + size_t(uy)) * size_t(units[2]) + size_t(uz);
    };
    for (int x = 0; x < grid.n[0]; ++x)
        for (int y = 0; y < grid.n[1]; ++y)
            for (int z = 0; z < grid.n[2]; ++z)
                if (cell[grid.index(x, y, z)] & kNeeded) unitUsed[unitIndex(x / kBlock, y / kBlock, z / kBlock)] = 1;

    m_volume = std::make_unique<o3i::ScalableTSDFVolume>(grid.h, kFar * grid.h, o3i::TSDFVolumeColorType::NoColor,
                                                         kBlock);
    o3i::ScalableTSDFVolume& volume = *m_volume;
    for (int ux = 0; ux < units[0]; ++ux) {
        checkCancel(cancel);
        for (int uy = 0; uy < units[1]; ++uy)
            for (int uz = 0; uz < units[2]; ++uz) {
                if (!unitUsed[unitIndex(ux, uy, uz)]) continue;
                const Eigen::Vector3i index(ux, uy, uz);
                auto block = std::make_shared<o3i::UniformTSDFVolume>(
                        volume.volume_unit_length_, kBlock, volume.sdf_trunc_, o3i::TSDFVolumeColorType::NoColor,
                        index.cast<double>() * volume.volume_unit_length_);
                for (int lx = 0; lx < kBlock; ++lx)
                    for (int ly = 0; ly < kBlock; ++ly)
                        for (int lz = 0; lz < kBlock; ++lz) {
                            o3g::TSDFVoxel& voxel = block->voxels_[size_t(block->IndexOf(lx, ly, lz))];
                            voxel.weight_ = 1;
                            const int x = ux * kBlock + lx, y = uy * kBlock + ly, z = uz * kBlock + lz;
                            if (x >= grid.n[0] || y >= grid.n[1] || z >= grid.n[2]) {
                                voxel.tsdf_ = kFar;   // beyond the padding: outside
                                continue;
                            }
                            const size_t i = grid.index(x, y, z);
                            const uint8_t c = cell[i];
                            if (c & kBand) {
                                const auto at = std::lower_bound(band.voxels.begin(), band.voxels.end(), uint32_t(i));
                                voxel.tsdf_ = band.distance[size_t(at - band.voxels.begin())];
                            } else {
                                voxel.tsdf_ = (c & kInside) ? -kFar : kFar;
                            }
                        }
                auto& unit = volume.volume_units_[index];
                unit.volume_ = block;
                unit.index_ = index;
            }
    }
}

SparseDistanceVolume::~SparseDistanceVolume() = default;

std::shared_ptr<o3g::TriangleMesh> SparseDistanceVolume::extractSurface() {
    std::shared_ptr<o3g::TriangleMesh> mesh = m_volume->ExtractTriangleMesh();
    m_volume->Reset();
    return mesh;
}

} // namespace likeness::watertight
