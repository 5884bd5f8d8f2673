#pragma once
// Turns a fit into an ExportAsset: the chosen mesh level with the 52 ARKit morph
// targets of the subject's own rig, normals and tangents, the UV maps baked from
// the fitted per-vertex appearance, and (several photos) an expression animation.
#include <string>
#include <vector>

#include "export/export_asset.h"
#include "export/map_edits.h"
#include "fit/coarse_fit.h"

namespace likeness {

class CancelToken;
class FaceTopology;

struct FaceAssetOptions {
    std::string level = "working";   // "working": the fit's mesh; "high": one Loop subdivision more
                                     // (4x the triangles, smooth limit-like surface); "neutral": the
                                     // working mesh with the expression weights at zero
    int mapResolution = 1024;        // side of every UV map in texels, 256..2048
    bool rig = true;                 // the 52 ARKit morph targets; false bakes the expression into the shape
    int image = 0;                   // the photo whose expression gives the default weights
    bool animation = true;           // several photos: one animation frame per photo (their weights, head pose)
    double framesPerSecond = 30;     // of that animation
    // Maps fitted by the medium/fine stages (PNG files in the same UV layout,
    // appearance/appearance_images.h); when set they replace the maps baked from the
    // per-vertex appearance (the normal map at every level). Empty = bake.
    std::vector<unsigned char> fittedDiffusePng, fittedSpecularPng, fittedNormalPng;
    // The artist's map edits (export/map_edits.h), applied to the baked and the fitted maps alike
    // (and to vertex colours).
    MapEdits edits;
    void validate() const;           // throws OptionsError
};

/// Throws OptionsError for bad options, InputError for an inconsistent fit,
/// CancelledError when `cancel` is triggered (checked between the steps).
ExportAsset buildFaceAsset(const FaceFit& fit, const FaceTopology& topology, const FaceAssetOptions& options,
                           const CancelToken* cancel = nullptr);

/// The roughness map's rule (documented for artists): the fit has one lobe of
/// constant roughness r0 scaled per vertex by the specular intensity s; glTF has
/// a fixed dielectric F0 and varies roughness. Matching the highlight's peak
/// (proportional to s / r^2) relative to the median skin gives
/// r = r0 * sqrt(s_median / s), clamped to [0.2, 1].
float roughnessFromSpecular(float specular, float medianSpecular, float baseRoughness);

} // namespace likeness
