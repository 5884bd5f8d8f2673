#pragma once
// glTF 2.0 output (Khronos glTF 2.0 specification): .gltf (JSON + .bin + texture
// files next to it) or .glb (one binary file, textures embedded).
//   - one node, one mesh, one primitive: POSITION, NORMAL, TANGENT, TEXCOORD_0,
//     COLOR_0 (when present), uint32 indices;
//   - the morph targets (POSITION and NORMAL deltas) with their names in
//     mesh.extras.targetNames (what Blender, three.js and Babylon read) and the
//     default weights in mesh.weights;
//   - a PBR metallic-roughness material: baseColorTexture (sRGB diffuse),
//     metallicRoughnessTexture (G roughness, B metallic), normalTexture;
//   - the animation of the morph weights (LINEAR samplers, one key per frame).
// Units metres (ExportAsset millimetres x 0.001 by default), Y up, the face looking
// down +Z (glTF's "front"): Likeness model space needs no rotation.
#include <string>

#include "export/export_asset.h"

namespace likeness {

struct GltfWriteOptions {
    bool binary = false;       // true: .glb with embedded images
    double unitScale = 0.001;  // multiplies millimetres: 0.001 = metres (glTF's unit)
    bool morphNormals = true;  // write the targets' NORMAL deltas (correct shading of posed shapes)
    void validate() const;     // throws OptionsError
};

/// Writes `path` (and, for .gltf, `<stem>.bin` and the images next to it)
/// atomically. Throws InputError for an invalid asset or an unwritable path.
void writeGltf(const std::string& path, const ExportAsset& asset, const GltfWriteOptions& options = {});

} // namespace likeness
