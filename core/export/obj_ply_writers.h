#pragma once
// Wavefront OBJ + MTL (with the texture files) and binary PLY output of an ExportAsset.
//   OBJ: v (x y z [r g b when vertexColors: the MeshLab/Blender extension, sRGB]),
//        vt with v up (1 - Likeness v), vn, f a/a/a (1-based), one material whose
//        MTL names the diffuse (map_Kd), specular (map_Ks), roughness (map_Pr,
//        the PBR extension Blender reads) and normal (norm / map_Bump) maps by
//        relative file name. Morph targets and animations are not expressible:
//        both formats get the shape the default weights show (the fitted expression).
//   PLY: binary little-endian; x y z nx ny nz float, s t float (v up) when UVs
//        exist, red green blue uchar (sRGB) when vertexColors; faces as uchar
//        count + int indices.
#include <string>

#include "export/export_asset.h"

namespace likeness {

struct ObjPlyWriteOptions {
    double unitScale = 1.0;    // multiplies millimetres (0.001 = metres)
    bool vertexColors = false; // write the albedo as per-vertex colours
    void validate() const;     // throws OptionsError
};

/// Writes `path` (.obj), `<stem>.mtl` and the images next to it, each atomically.
void writeObjAsset(const std::string& path, const ExportAsset& asset, const ObjPlyWriteOptions& options = {});
/// Writes `path` (.ply) atomically (no textures: a PLY carries no material).
void writePly(const std::string& path, const ExportAsset& asset, const ObjPlyWriteOptions& options = {});

} // namespace likeness
