#pragma once
// Step 1 of the watertight export (watertight_mesh.h): closing an open face
// surface into a solid. Plain data and plain C++ (no Open3D here).
//
// The face ("mask") is an open surface: its longest boundary loop is the outer
// rim, every other loop (the mouth, open eyes) is a hole. The holes are filled
// with the minimum-area triangulation of their loop; the outer rim is extruded
// straight back (-z) to a plane behind the face, with side walls (cut into rows)
// and a flat back cap (ear-clipped).
//
// The result is a closed surface: the walls share the rim with the face and the
// bottom edge with the cap; the cap's long inner edges are split at their
// midpoints (T-junctions inside the flat cap, which change neither its shape nor
// its normals) so that no triangle is much larger than the rim's spacing. Its
// triangles are oriented consistently with the source (outward) when the source
// is. Where the cap's polygon (the rim seen from the front) is not simple, some
// ears are forced (fallbackFills) and the back is wrong there.
#include <vector>

#include "export/export_asset.h"

namespace likeness {

/// A closed cycle of boundary edges of a surface.
struct BoundaryLoop {
    std::vector<int> vertices; // cyclic, in the direction of the surface's boundary edges when consistent
    double lengthMm = 0;
};

/// The boundary edges (edges used by an odd number of triangles) of a triangle
/// list over `positions` ([V*3]), chained into closed loops, longest first.
/// Degenerate triangles (a repeated vertex) are ignored. Indices must be valid.
std::vector<BoundaryLoop> findBoundaryLoops(const std::vector<float>& positions, const std::vector<int>& triangles);

/// What each triangle of a ClosedSolid comes from.
enum class SolidRegion : unsigned char { Face = 0, Wall = 1, HoleFill = 2, BackCap = 3 };

struct ClosedSolid {
    /// [V*3] mm: the source's vertices first (same indices), then the walls'
    /// vertices (rows of them down to the back plane), then the back cap's own
    /// copies of the back rim (so that the cap can carry its own attributes) and
    /// the midpoints that split its long edges.
    std::vector<float> positions;
    std::vector<int> triangles;            // [F*3]: the source's (non-degenerate) triangles first, in order
    std::vector<SolidRegion> regions;      // [F]
    /// The same solid for vertical lines (winding numbers): the face, the hole
    /// fills and the cap before its edges were split, without the vertical walls.
    std::vector<int> columnTriangles;
    /// Per vertex, when the source has them: source vertices keep theirs, wall and
    /// hole vertices take the boundary's, the back cap is neutral grey (colours) /
    /// the boundary's (UVs, meaningless there).
    std::vector<float> colors;             // [V*3] or empty
    std::vector<float> uvs;                // [V*2] or empty
    int faceTriangles = 0;
    int boundaryLoops = 0;                 // loops found (1 outer + holes)
    int outerLoopVertices = 0;
    int fallbackFills = 0;                 // polygons (holes, back cap) that were not simple: some ear was forced
    double backZ = 0;                      // z of the back plane, mm
    double minZ = 0, maxZ = 0;             // z range of the source surface
};

/// The neutral grey (linear RGB) of the back cap.
constexpr float kBackCapGrey = 0.214f;   // sRGB 128

/// Closes `surface` (positions, triangles, optional colours and UVs) into a solid
/// whose flat back lies `backDepthMm` behind the surface's deepest point (minimum
/// z). Vertices at exactly the same position are one point for the topology (a
/// UV seam is not a boundary). Throws InputError for a surface without triangles or without boundary
/// (already closed), or with non-finite positions.
ClosedSolid closeSurface(const ExportMesh& surface, double backDepthMm);

/// Per vertex of `positions` ([V*3]), the lowest index of a vertex at exactly
/// the same position (UV or normal seams split vertices that are one point).
std::vector<int> weldIdenticalPositions(const std::vector<float>& positions);

/// Minimum-area triangulation of a closed 3D polygon ([n*3] points), by dynamic
/// programming (O(n^3)). Index triples with the polygon's own winding.
std::vector<int> minimumAreaTriangulation(const std::vector<double>& xyz);
constexpr size_t kMaxMinimumAreaLoop = 1000;   // longer hole loops are ear-clipped in their plane

/// Ear-clipping triangulation of a simple polygon given as 2D points (either
/// winding). Returns index triples into `xy` with the polygon's own winding.
/// Sets `*usedFallback` (when given) if the polygon was not simple enough to clip
/// cleanly and some ear was forced.
std::vector<int> triangulatePolygon(const std::vector<double>& xy, bool* usedFallback = nullptr);

} // namespace likeness
