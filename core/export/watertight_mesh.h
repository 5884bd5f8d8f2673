#pragma once
// A watertight solid of the reconstructed face, for 3D printing and sculpting.
//
// The face is an open surface (a mask). It is closed into a solid
// (surface_closing.h: holes such as the mouth filled, the outer rim extruded
// straight back to a flat back plane), the solid's signed distance is sampled on
// a voxel grid, and the zero level set is extracted with Open3D's marching cubes
// (ScalableTSDFVolume::ExtractTriangleMesh). The result is one closed, manifold,
// consistently (outward) oriented surface, optionally simplified by Open3D's
// quadric decimation, with the source's vertex colours and UVs baked onto it.
//
// Signed distance: exact, not TSDF fusion of rendered depth maps.
//  - Sign, for every voxel: the solid's winding number along the vertical grid
//    lines, by exact scan conversion of its triangles onto the lines (a tie rule
//    counts a line through a shared edge or vertex once). Non-zero winding is
//    inside, so a self-intersecting face (lips pressed into each other, common
//    after a fit) yields the union instead of holes or handles.
//  - Magnitude, at both ends of every grid edge the surface crosses: Open3D's
//    closest-point distance (t::geometry::RaycastingScene::ComputeDistance).
//  - The values go into a sparse ScalableTSDFVolume (8^3 blocks, only where
//    the surface is); marching cubes interpolates the exact distances.
// Why not Open3D's own sign or depth-map fusion: with Debian's Open3D 0.16.1
// and its system Embree 3.13.5 (built with ray masks, while Open3D casts rays
// with mask 0), every ray query of RaycastingScene misses: CastRays returns no
// hits (so no depth maps to fuse), CountIntersections 0, and
// ComputeSignedDistance / ComputeOccupancy report every point as outside. Only
// the point queries (ComputeDistance, ComputeClosestPoints) work. Depth-map
// fusion would in any case miss concavities no view sees (nostrils, mouth
// corners) and thicken thin parts; the exact field has neither problem and
// costs one point query per voxel next to the surface.
//
// Attributes: a vertex takes those of its closest point on the closed solid
// (RaycastingScene::ComputeClosestPoints, barycentric interpolation): the face
// part gets the source's colour and UV; the walls and hole fills the colour of
// the boundary they were built from; the back cap neutral grey (kBackCapGrey in
// surface_closing.h). UVs are meaningful on the face part only.
//
// Limits: the outer rim must be a simple curve seen from the front (+z), as a
// face mask's is; details thinner than a voxel (a fold's thin air gap) can add a
// handle (the Euler characteristic in the stats says so; the mesh stays closed
// and manifold). Open3D's decimation does not guard the topology: fins it leaves
// (two copies of a triangle facing opposite ways) are removed, and if the
// result is still not closed and manifold makeWatertightMesh throws.

#include <string>

#include "export/export_asset.h"

namespace likeness {

class CancelToken;

struct WatertightOptions {
    int resolution = 250;        // marching-cubes cells across the longest side of the closed solid's bounding box (32..1024)
                                 // (time and memory grow with its square: on two cores a face takes ~1-1.5 s and
                                 // ~0.15 GB at 250, ~3-5 s and ~0.35-0.4 GB at 400)
    double backDepthMm = 25;     // the back plane this far behind the face's deepest point (0 < depth <= 1000)
    int targetTriangles = 0;     // > 0: about this many triangles (>= 100): a reduction by more than 4x first lowers
                                 // the resolution to about twice the target, then Open3D's quadric decimation does
                                 // the rest; if that would tear the surface, the closed marching-cubes mesh of the
                                 // lowered resolution is kept (stats.decimated false, more triangles than asked)
    void validate() const;       // throws OptionsError (core/common/error.h)
};

struct WatertightStats {
    int resolution = 0;
    double voxelMm = 0;
    int vertices = 0, triangles = 0, boundaryEdges = 0, nonManifoldEdges = 0, eulerCharacteristic = 0;
    bool watertight = false, orientable = false;
    double volumeMm3 = 0;
    double meanDistanceMm = 0, maxDistanceMm = 0; // from the output's vertices that lie on the face part to the source surface
    double sourceMeanDistanceMm = 0, sourceMaxDistanceMm = 0; // the other way: from the source surface's vertices
                                                              // to the output (detail the grid lost shows here)
    double closeMs = 0, fuseMs = 0, extractMs = 0, cleanMs = 0;
    // Details (for the benchmark and the log).
    int boundaryLoops = 0;       // in the source: 1 outer rim + holes
    int bandVoxels = 0;          // voxels that got an exact distance (the ends of grid edges the surface crosses)
    int marchingCubesTriangles = 0; // before clean-up and decimation
    bool decimated = false;
};

/// Throws InputError for an unusable surface (no triangles, no boundary, non-finite), CancelledError when cancelled
/// (checked between ray batches, distance slabs and stages), Error if the result is not watertight (e.g. when
/// decimation broke it: the message says so).
ExportMesh makeWatertightMesh(const ExportMesh& surface, const WatertightOptions& options,
                              WatertightStats* stats = nullptr, const CancelToken* cancel = nullptr);

/// One line for logs and the benchmark: counts, checks, distances, stage times.
std::string formatWatertightStats(const WatertightStats& stats);

} // namespace likeness
