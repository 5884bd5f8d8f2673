#pragma once
// The export job shared by `likeness-cli export`, `likeness-cli fit --export` and
// the GUI's Export dialog: builds the asset of a fit once and writes it in every
// requested format into one folder (every file atomically; textures shared).
#include <functional>
#include <string>
#include <vector>

#include "export/face_asset.h"
#include "export/watertight_mesh.h"

namespace likeness {

class CancelToken;
class FaceTopology;

struct ExportJobOptions {
    std::vector<std::string> formats = {"glb"};   // any of obj, gltf, glb, fbx, ply, csv (Live Link Face animation)
    std::string baseName = "face";                // face.glb, face.fbx, ... (a plain file name stem)
    std::string units = "mm";                     // OBJ and PLY: mm, cm or m (glTF is always metres, FBX centimetres)
    bool vertexColors = false;                    // OBJ/PLY: also write the albedo per vertex
    FaceAssetOptions asset;                       // level, map resolution, rig, animation
    bool watertight = false;                      // also a closed solid by marching cubes: <name>_watertight.<format>
    std::string watertightSource = "views";       // "views": the whole reconstructed surface (fused from all views);
                                                  // "photo": only what the photo's camera sees (its depth map)
    WatertightOptions watertightOptions;          // resolution (250 cells), back depth, decimation target
    void validate() const;                        // throws OptionsError
};

struct ExportJobResult {
    std::vector<std::string> files;               // every file written (paths)
    double buildMs = 0;                           // asset: rig, attributes, maps
    std::vector<std::pair<std::string, double>> formatMs;   // per format
    int vertices = 0, triangles = 0, morphTargets = 0;
    bool watertight = false;                      // a watertight solid was written
    WatertightStats watertightStats;
    double watertightMs = 0;
};

/// (stage text, fraction 0..1) reports; called on the calling thread.
using ExportProgress = std::function<void(const std::string&, double)>;

/// Writes the fit's asset into `folder` (created when missing). Throws
/// OptionsError, InputError (unwritable folder, bad fit) or CancelledError
/// (checked between formats; files already written stay complete).
ExportJobResult exportFit(const FaceFit& fit, const FaceTopology& topology, const std::string& folder,
                          const ExportJobOptions& options, const ExportProgress& progress = {},
                          const CancelToken* cancel = nullptr);

/// Writes an already built asset (the same formats and naming as exportFit).
ExportJobResult writeAsset(const ExportAsset& asset, const std::string& folder, const ExportJobOptions& options,
                           const ExportProgress& progress = {}, const CancelToken* cancel = nullptr);

/// "obj,glb" -> {"obj", "glb"}; throws OptionsError for an unknown format.
std::vector<std::string> parseExportFormats(const std::string& list);

} // namespace likeness
