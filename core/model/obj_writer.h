#pragma once
// Wavefront OBJ output of a triangle mesh with texture coordinates.
#include <string>
#include <vector>

#include <ATen/core/Tensor.h>

namespace likeness {

struct ObjMaterialRef {
    std::string library;   // "face.mtl" -> "mtllib face.mtl" (written as given, relative to the OBJ)
    std::string name;      // "usemtl <name>" before the faces
    bool empty() const { return library.empty() && name.empty(); }
};

/// Writes `path` atomically (a temporary file in the same folder, then a rename):
///   vertices  [V*3] x, y, z (written as given; Likeness model space is mm, y up)
///   uvs       [V*2] u right, v down in [0,1] (Likeness/FaceMesh convention), or empty;
///             written as OBJ's vt with v up (1 - v), one per vertex (f a/a b/b c/c)
///   triangles [F*3] zero-based vertex indices, counter-clockwise seen from outside
///   material  optional mtllib / usemtl lines
/// Throws InputError when the sizes do not match, an index is out of range, a value
/// is not finite, or the file cannot be written (the message names the path).
void writeObj(const std::string& path, const std::vector<float>& vertices, const std::vector<float>& uvs,
              const std::vector<int>& triangles, const ObjMaterialRef& material = {});

/// Same from tensors: vertices [V,3], uvs [V,2] or undefined, triangles [F,3] (any
/// device, any integer/floating type).
void writeObj(const std::string& path, const at::Tensor& vertices, const at::Tensor& uvs, const at::Tensor& triangles,
              const ObjMaterialRef& material = {});

} // namespace likeness
