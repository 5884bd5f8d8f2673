#pragma once
// Colours and UVs for the watertight mesh from its vertices' closest points on
// the closed solid (barycentric interpolation of the solid's per-vertex values):
// the face part gives the source's, the walls and hole fills their boundary's,
// the back cap neutral grey. Internal to the watertight export (watertight_mesh.cpp).
#include <array>
#include <vector>

#include <Eigen/Core>

namespace likeness {

struct ClosedSolid;
struct ExportMesh;

namespace watertight {

class SolidScene;

/// Distances from the vertices whose closest point lies on the face part (not on
/// a wall, hole fill or the back cap) to the source surface.
struct FaceDistance {
    double meanMm = 0, maxMm = 0;
};

/// Fills out.colors / out.uvs (when the solid has them) for `vertices` (model
/// space; out's vertices). `solidInGrid`: the solid's positions in the grid frame
/// (at `gridOrigin`), the frame `scene` was built in.
FaceDistance transferClosestPointAttributes(const ClosedSolid& solid, const std::vector<float>& solidInGrid,
                                            SolidScene& scene, const std::array<double, 3>& gridOrigin,
                                            const std::vector<Eigen::Vector3d>& vertices, ExportMesh& out);

} // namespace watertight
} // namespace likeness
