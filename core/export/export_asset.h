#pragma once
// What an exporter writes: one face mesh (with its ARKit morph targets), one
// material with its texture images, and an optional expression animation.
// Plain data (no tensors, no OpenCV), so every writer (glTF, FBX, OBJ, PLY) and
// every test can build or read it without heavy headers.
//
// Space: Likeness model space — millimetres, x toward the subject's left, y up,
// z out of the face (face_model.h). That is right-handed with the face looking
// down +z: the same axes glTF and FBX (Y up) use, so writers only scale
// (glTF metres, FBX centimetres, OBJ/PLY the chosen unit).
// Triangles are counter-clockwise seen from outside (normals point out).
#include <array>
#include <string>
#include <vector>

namespace likeness {

/// One blendshape: per-vertex offsets from the base shape.
struct ExportMorphTarget {
    std::string name;                  // ARKit lowerCamelCase, e.g. "jawOpen"
    std::vector<float> positionDeltas; // [V*3] mm
    std::vector<float> normalDeltas;   // [V*3] unit-less (posed normal - base normal), or empty
};

/// A triangle mesh with per-vertex attributes (every array indexed by vertex).
struct ExportMesh {
    std::string name = "Face";
    std::vector<float> positions;      // [V*3] mm: the base shape (the neutral when morph targets exist)
    std::vector<float> normals;        // [V*3] unit, outward
    std::vector<float> tangents;       // [V*4] unit xyz + handedness w = +-1 (glTF/MikkTSpace style), or empty
    std::vector<float> uvs;            // [V*2] Likeness convention: u right, v DOWN in [0,1] (writers flip for OBJ/FBX)
    std::vector<float> colors;         // [V*3] linear RGB in [0,1] (diffuse albedo), or empty
    std::vector<int> triangles;        // [F*3] zero-based
    std::vector<ExportMorphTarget> morphTargets;   // the 52 ARKit shapes in Apple's order, or none
    std::vector<float> morphWeights;   // default weight per target (the fitted expression), same size

    int vertexCount() const { return static_cast<int>(positions.size() / 3); }
    int triangleCount() const { return static_cast<int>(triangles.size() / 3); }
};

/// An encoded image file (PNG) that a writer copies next to the asset or embeds.
struct ExportImage {
    std::string fileName;              // plain file name, e.g. "diffuse.png" (no folders)
    std::string mimeType = "image/png";
    std::vector<unsigned char> bytes;  // the encoded file
};

/// PBR metallic-roughness material (glTF's model; FBX and MTL take what they can).
struct ExportMaterial {
    std::string name = "Skin";
    int baseColorImage = -1;           // index into ExportAsset::images (sRGB diffuse albedo), -1 = none
    int normalImage = -1;              // tangent-space normal map, OpenGL convention (+Y = +v up), -1 = none
    int metallicRoughnessImage = -1;   // glTF layout: G = roughness, B = metallic, -1 = none
    int specularImage = -1;            // grey specular intensity (S2F2's s), for OBJ map_Ks / FBX SpecularColor
    std::array<float, 3> baseColorFactor{1, 1, 1};
    float roughness = 0.5f;            // roughnessFactor (multiplies the texture's G)
    float metallic = 0.0f;             // skin is a dielectric
};

/// Per-frame expression weights (a video fit, or photos treated as frames).
struct ExportAnimation {
    std::string name = "Expression";
    double framesPerSecond = 30;
    std::vector<std::vector<float>> weights;              // [T][targets] in [0,1], ExportMesh::morphTargets order
    std::vector<std::array<float, 3>> headYawPitchRollDeg; // [T] or empty (Live Link CSV columns)
};

struct ExportAsset {
    ExportMesh mesh;
    ExportMaterial material;
    std::vector<ExportImage> images;
    std::vector<ExportAnimation> animations;   // empty, or one
};

/// The shape the default weights show (the fitted expression), without morph
/// targets: what formats that cannot carry blendshapes (OBJ, PLY) or a static
/// solid (the watertight mesh) get, so every export opens looking the same.
ExportMesh posedExportMesh(const ExportMesh& mesh);

/// Throws InputError naming the first inconsistency (array sizes, indices out of
/// range, non-finite values, bad image references or file names).
void validateExportAsset(const ExportAsset& asset);

} // namespace likeness
