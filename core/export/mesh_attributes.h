#pragma once
// Per-vertex attributes exporters need: outward normals and tangent frames.
#include <vector>

namespace likeness {

/// Area-weighted vertex normals [V*3] of a triangle mesh (unit; (0,0,1) where undefined).
std::vector<float> vertexNormals(const std::vector<float>& positions, const std::vector<int>& triangles);

/// Tangents [V*4] for tangent-space normal maps, glTF convention: xyz = the
/// surface direction of increasing u, orthogonal to the normal, unit; w = +-1 so
/// that bitangent = cross(normal, xyz) * w points toward increasing OpenGL v
/// (v up, i.e. decreasing Likeness/glTF v). uvs are Likeness's (v down).
/// Per-triangle derivatives (Lengyel 2001) accumulated, then Gram-Schmidt; a
/// vertex with degenerate UVs gets any unit tangent orthogonal to its normal.
std::vector<float> vertexTangents(const std::vector<float>& positions, const std::vector<float>& normals,
                                  const std::vector<float>& uvs, const std::vector<int>& triangles);

/// Reverses every triangle's winding (a b c -> a c b).
void flipWinding(std::vector<int>& triangles);

/// Makes a face surface's winding outward: the face looks down +z (model space),
/// so the vertex normals' mean z must be positive; otherwise flips `triangles` and
/// `normals` (vertex normals of the mesh). Returns true when it flipped.
bool orientTowardPlusZ(std::vector<int>& triangles, std::vector<float>& normals);

} // namespace likeness
