#pragma once
// The voxel grid of the watertight export and the inside/outside sign of every
// voxel, from exact crossings of the closed solid with the grid lines.
// Internal to the watertight export (watertight_mesh.cpp).
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace likeness {

class CancelToken;
struct ClosedSolid;

namespace watertight {

// Bits of the per-voxel byte.
constexpr uint8_t kBand = 0x01;         // an end of a grid edge the surface crosses: gets its exact distance
constexpr uint8_t kInside = 0x02;
constexpr uint8_t kNeeded = 0x04;       // corner of a cube the surface crosses (marching cubes reads it)

/// The voxel grid. Voxel g's centre is origin + (g + 0.5) h in model space;
/// everything Open3D sees is in the grid frame (model space minus origin), where
/// Open3D's blocks and marching cubes put voxel g's centre at (g + 0.5) h.
struct Grid {
    std::array<int, 3> n{};
    double h = 0;
    std::array<double, 3> origin{};
    size_t count() const { return size_t(n[0]) * size_t(n[1]) * size_t(n[2]); }
    size_t index(int x, int y, int z) const { return (size_t(x) * size_t(n[1]) + size_t(y)) * size_t(n[2]) + size_t(z); }
    std::array<int, 3> coords(size_t i) const {
        const int z = static_cast<int>(i % size_t(n[2]));
        const size_t xy = i / size_t(n[2]);
        return {static_cast<int>(xy / size_t(n[1])), static_cast<int>(xy % size_t(n[1])), z};
    }
};

/// `resolution` cells across the longest side of the solid's bounding box, with
/// free space around it and the back plane half-way between two voxel layers.
Grid makeGrid(const ClosedSolid& solid, int resolution);

/// Positions [V*3] in model space moved into the grid frame.
std::vector<float> toGridFrame(const Grid& grid, const std::vector<float>& positions);

/// Sets kInside in `cell` (one byte per voxel, grid.index order) for every voxel
/// inside the solid: its triangles `tris` with positions `p` in the grid frame.
void windingSigns(const Grid& g, const std::vector<float>& p, const std::vector<int>& tris, std::vector<uint8_t>& cell,
                  const CancelToken* cancel);

/// Sets kBand and kNeeded in `cell` around every grid edge whose ends differ in kInside.
void markCrossings(const Grid& g, std::vector<uint8_t>& cell, const CancelToken* cancel);

} // namespace watertight
} // namespace likeness
