#pragma once
// Binary FBX 7.4 output of an ExportAsset: the mesh (normals, UVs, vertex
// colours), its Phong material with texture files, the ARKit morph targets as a
// BlendShape deformer (one channel per target) and the expression animation as
// DeformPercent curves. Written by our own encoder (fbx_binary.h): Assimp
// 5.2.5's FBX exporter writes files that neither Blender nor Assimp can read.
//
// What readers show (measured with Blender 3.4 and Assimp 5.2.5):
// - shape keys (Blender) and aiAnimMesh::mName (Assimp) are exactly the ARKit
//   names ("jawOpen"): the Shape geometry and its channel both carry the name;
// - Blender scales the object by UnitScaleFactor / 100, so its world space is in
//   metres whatever unitScale is; Assimp keeps the file units (metadata
//   "UnitScaleFactor"; aiProcess_GlobalScale would convert).
#include <string>

#include "export/export_asset.h"

namespace likeness {

struct FbxWriteOptions {
    /// File units per ExportAsset millimetre. 0.1 = centimetres, FBX's native unit
    /// (UnitScaleFactor 1). The file's UnitScaleFactor (centimetres per file unit)
    /// is 0.1 / unitScale, so every reader that honours it gets the true size.
    double unitScale = 0.1;
    /// false: the images are written as files next to the .fbx and referenced by
    /// their plain file name; true: embedded in the .fbx (Video Content).
    bool embedTextures = false;

    /// Throws OptionsError.
    void validate() const;
};

/// Writes `path` (binary FBX 7.4) atomically; the asset's images are written
/// next to it (also atomically) unless options.embedTextures. Throws
/// OptionsError for bad options, InputError (validateExportAsset) for a bad asset
/// or an unwritable path, with a message naming the path; nothing is written when
/// the asset or the options are refused.
void writeFbx(const std::string& path, const ExportAsset& asset, const FbxWriteOptions& options = {});

} // namespace likeness
