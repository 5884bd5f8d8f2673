#pragma once
// Clean-up and topology checks of the watertight export's triangle mesh, on
// plain vertex and triangle lists (independent of Open3D's own checks, which are
// slower and do not count what the export needs). Internal to the watertight
// export (watertight_mesh.cpp).
#include <cstddef>
#include <string>
#include <vector>

#include <Eigen/Core>

namespace likeness::watertight {

using Vertices = std::vector<Eigen::Vector3d>;
using Triangles = std::vector<Eigen::Vector3i>;

struct Topology {
    int edges = 0, boundary = 0, nonManifold = 0, inconsistent = 0, euler = 0;
};

/// Edge statistics of a triangle list: boundary = used once, non-manifold = used
/// more than twice, inconsistent = used twice in the same direction.
Topology analyse(const Triangles& tris, size_t vertexCount);

/// No boundary, no non-manifold and no inconsistently oriented edge.
bool closedManifold(const Topology& t);

/// The edge counts of `t`, for error messages.
std::string describe(const Topology& t);

/// Vertices whose triangles do not form one closed fan (two cones touching at a
/// point, say). Assumes no boundary and consistent orientation (checked before).
int nonManifoldVertices(size_t vertexCount, const Triangles& triangles);

/// Volume enclosed by the triangles: positive when they face outward.
double signedVolume(const Vertices& vertices, const Triangles& triangles);

/// Reverses every triangle if the mesh faces inward (negative signed volume).
void orientOutward(const Vertices& vertices, Triangles& triangles);

/// Clean-up in place: vertices at exactly the same position merged, triangles
/// with a repeated vertex and repeated triangles removed, then only the largest
/// connected piece (by triangles) kept and unused vertices dropped.
void cleanMesh(Vertices& vertices, Triangles& triangles);

} // namespace likeness::watertight
