#include "export/watertight_mesh.h"

// The pipeline; its parts: solid_grid.h (grid, inside/outside signs),
// solid_scene.h (closest-point queries), sparse_distance_volume.h (distance
// field, marching cubes), mesh_cleanup.h (clean-up, topology checks),
// closest_point_attributes.h (colours and UVs).

#include <chrono>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include <open3d/geometry/TriangleMesh.h>

#include "common/cancel_token.h"
#include "common/error.h"
#include "export/closest_point_attributes.h"
#include "export/mesh_cleanup.h"
#include "export/solid_grid.h"
#include "export/solid_scene.h"
#include "export/sparse_distance_volume.h"
#include "export/surface_closing.h"

namespace likeness {
namespace {

namespace o3g = open3d::geometry;
using namespace watertight;

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

void checkCancel(const CancelToken* cancel) {
    if (cancel) cancel->throwIfCancelled();
}

/// cleanMesh on an Open3D mesh; its normals and colours would no longer match the vertices, so they go.
void cleanOpen3DMesh(o3g::TriangleMesh& mesh) {
    cleanMesh(mesh.vertices_, mesh.triangles_);
    mesh.vertex_normals_.clear();
    mesh.vertex_colors_.clear();
    mesh.triangle_normals_.clear();
}

/// No boundary, no inconsistent orientation, every edge and vertex manifold.
bool isClosedManifold(const Topology& topo, const o3g::TriangleMesh& mesh) {
    return closedManifold(topo) && nonManifoldVertices(mesh.vertices_.size(), mesh.triangles_) == 0;
}

} // namespace

void WatertightOptions::validate() const {
    if (resolution < 32 || resolution > 1024)
        throw OptionsError("Watertight mesh: the resolution must be 32 to 1024 cells across the solid (got " +
                           std::to_string(resolution) + ").");
    if (!std::isfinite(backDepthMm) || backDepthMm <= 0 || backDepthMm > 1000)
        throw OptionsError("Watertight mesh: the back depth must be more than 0 and at most 1000 mm.");
    if (targetTriangles < 0 || (targetTriangles > 0 && targetTriangles < 100))
        throw OptionsError("Watertight mesh: the target triangle count must be 0 (no decimation) or at least 100 (got " +
                           std::to_string(targetTriangles) + ").");
}

namespace {

// One pass: close, fuse, extract at options.resolution, clean, decimate when asked.
// A decimation that breaks the closed surface is undone (the marching-cubes mesh is
// kept, stats.decimated stays false) when `keepOnBadDecimation`, else an Error.
ExportMesh extractWatertight(const ExportMesh& surface, const WatertightOptions& options, WatertightStats* statsOut,
                             const CancelToken* cancel, bool keepOnBadDecimation) {
    WatertightStats stats;
    stats.resolution = options.resolution;
    checkCancel(cancel);

    // 1. Close the surface into a solid.
    auto t0 = Clock::now();
    const ClosedSolid solid = closeSurface(surface, options.backDepthMm);
    stats.boundaryLoops = solid.boundaryLoops;
    const Grid grid = makeGrid(solid, options.resolution);
    stats.voxelMm = grid.h;
    const std::vector<float> local = toGridFrame(grid, solid.positions);
    SolidScene scene(local, solid.triangles);
    stats.closeMs = msSince(t0);
    checkCancel(cancel);

    // 2. Signs everywhere (winding numbers), exact distances where the surface
    // crosses the grid (Open3D's closest-point distance), into a sparse volume.
    t0 = Clock::now();
    std::vector<uint8_t> cell(grid.count(), 0);
    windingSigns(grid, local, solid.columnTriangles, cell, cancel);
    markCrossings(grid, cell, cancel);
    SparseDistanceVolume volume(grid, cell, scene, cancel);
    stats.bandVoxels = volume.bandVoxels();
    std::vector<uint8_t>().swap(cell);
    stats.fuseMs = msSince(t0);
    checkCancel(cancel);

    // 3. Marching cubes (Open3D).
    t0 = Clock::now();
    std::shared_ptr<o3g::TriangleMesh> mesh = volume.extractSurface();
    stats.marchingCubesTriangles = static_cast<int>(mesh->triangles_.size());
    stats.extractMs = msSince(t0);
    checkCancel(cancel);

    // 4. Clean-up, orientation, optional decimation, attributes.
    t0 = Clock::now();
    const Eigen::Vector3d origin(grid.origin[0], grid.origin[1], grid.origin[2]);
    for (Eigen::Vector3d& v : mesh->vertices_) v += origin;
    cleanOpen3DMesh(*mesh);
    orientOutward(mesh->vertices_, mesh->triangles_);
    Topology topo = analyse(mesh->triangles_, mesh->vertices_.size());
    if (!isClosedManifold(topo, *mesh))
        throw Error("Watertight mesh: the marching-cubes surface is not a closed manifold (" + describe(topo) + ").");
    checkCancel(cancel);

    if (options.targetTriangles > 0 && static_cast<size_t>(options.targetTriangles) < mesh->triangles_.size()) {
        std::shared_ptr<o3g::TriangleMesh> simpler = mesh->SimplifyQuadricDecimation(
                options.targetTriangles, std::numeric_limits<double>::infinity(), 1.0);
        cleanOpen3DMesh(*simpler);
        const Topology after = analyse(simpler->triangles_, simpler->vertices_.size());
        const bool intact = isClosedManifold(after, *simpler) && signedVolume(simpler->vertices_, simpler->triangles_) > 0;
        if (!intact && !keepOnBadDecimation)
            throw Error("Watertight mesh: quadric decimation to " + std::to_string(options.targetTriangles) +
                        " triangles broke the closed surface (" + describe(after) +
                        "); choose a larger target triangle count, or a lower resolution without decimation.");
        if (intact) {
            mesh = simpler;
            topo = after;
            stats.decimated = true;
        }
    }
    mesh->ComputeVertexNormals(true);
    checkCancel(cancel);

    const size_t vcount = mesh->vertices_.size();
    ExportMesh out;
    out.name = surface.name;
    out.positions.resize(3 * vcount);
    out.normals.resize(3 * vcount);
    for (size_t i = 0; i < vcount; ++i)
        for (size_t a = 0; a < 3; ++a) {
            out.positions[3 * i + a] = static_cast<float>(mesh->vertices_[i][long(a)]);
            out.normals[3 * i + a] = static_cast<float>(mesh->vertex_normals_[i][long(a)]);
        }
    out.triangles.reserve(3 * mesh->triangles_.size());
    for (const Eigen::Vector3i& t : mesh->triangles_) out.triangles.insert(out.triangles.end(), {t[0], t[1], t[2]});
    const FaceDistance faceDistance = transferClosestPointAttributes(solid, local, scene, grid.origin, mesh->vertices_, out);
    stats.meanDistanceMm = faceDistance.meanMm;
    stats.maxDistanceMm = faceDistance.maxMm;
    {
        SolidScene result(out.positions, out.triangles);   // model space (mm), like the source
        const std::vector<float> d = result.distances(surface.positions);
        double sum = 0, worst = 0;
        for (float x : d) {
            sum += x;
            worst = std::max(worst, static_cast<double>(x));
        }
        stats.sourceMeanDistanceMm = d.empty() ? 0 : sum / static_cast<double>(d.size());
        stats.sourceMaxDistanceMm = worst;
    }
    stats.vertices = static_cast<int>(vcount);
    stats.triangles = static_cast<int>(mesh->triangles_.size());
    stats.boundaryEdges = topo.boundary;
    stats.nonManifoldEdges = topo.nonManifold;
    stats.eulerCharacteristic = topo.euler;
    stats.watertight = topo.boundary == 0 && topo.nonManifold == 0;
    stats.orientable = topo.inconsistent == 0;
    stats.volumeMm3 = signedVolume(mesh->vertices_, mesh->triangles_);
    stats.cleanMs = msSince(t0);
    if (statsOut) *statsOut = stats;
    return out;
}

} // namespace

ExportMesh makeWatertightMesh(const ExportMesh& surface, const WatertightOptions& options, WatertightStats* statsOut,
                              const CancelToken* cancel) {
    options.validate();
    if (options.targetTriangles == 0) return extractWatertight(surface, options, statsOut, cancel, false);
    // Quadric decimation of a fine marching-cubes mesh by a large factor is slow and can
    // tear it (measured: 567k -> 20k triangles did). So a large reduction first lowers
    // the grid (marching-cubes triangles grow with the square of the resolution) to
    // about twice the target, and decimation does only the last, gentle step.
    WatertightOptions plain = options;
    plain.targetTriangles = 0;
    WatertightStats fine;
    ExportMesh mesh = extractWatertight(surface, plain, &fine, cancel, false);
    if (fine.triangles <= options.targetTriangles) {
        if (statsOut) *statsOut = fine;
        return mesh;
    }
    WatertightOptions coarse = options;
    if (fine.triangles > 4 * options.targetTriangles)
        coarse.resolution = std::max(32, static_cast<int>(options.resolution *
                                                          std::sqrt(2.0 * options.targetTriangles / fine.triangles)));
    WatertightStats stats;
    mesh = extractWatertight(surface, coarse, &stats, cancel, true);
    if (statsOut) *statsOut = stats;
    return mesh;
}

std::string formatWatertightStats(const WatertightStats& s) {
    char line[512];
    std::snprintf(line, sizeof line,
                  "watertight %s, orientable %s: %d vertices, %d triangles (marching cubes %d%s), "
                  "%d boundary / %d non-manifold edges, Euler %d, volume %.0f mm3, "
                  "resolution %d (voxel %.3f mm, %d band voxels), face distance mean %.4f / max %.4f mm "
                  "(source to solid %.4f / %.4f mm), "
                  "close %.0f + fuse %.0f + extract %.0f + clean %.0f ms",
                  s.watertight ? "yes" : "no", s.orientable ? "yes" : "no", s.vertices, s.triangles,
                  s.marchingCubesTriangles, s.decimated ? ", decimated" : "", s.boundaryEdges, s.nonManifoldEdges,
                  s.eulerCharacteristic, s.volumeMm3, s.resolution, s.voxelMm, s.bandVoxels, s.meanDistanceMm,
                  s.maxDistanceMm, s.sourceMeanDistanceMm, s.sourceMaxDistanceMm, s.closeMs, s.fuseMs, s.extractMs, s.cleanMs);
    return line;
}

} // namespace likeness
