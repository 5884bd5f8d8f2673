#pragma once
// The coarse analysis-by-synthesis fit (S2F2 coarse stage, 3DMM-RF fitting
// protocol): pose, focal length, 52 expression weights, identity offsets,
// per-vertex diffuse albedo and specular intensity, and SH light, from one or
// several photos of one person. Runs on CPU or CUDA; cancellable; every
// iteration's loss terms go to a sink.
#include <array>
#include <memory>
#include <string>
#include <vector>

#include "analysis/face_analysis_types.h"
#include "fit/fit_types.h"
#include "io/image.h"

namespace likeness {

class CancelToken;

/// One photo and the face in it to fit.
struct FitInput {
    Image image;
    FaceObservation face;   // from FaceAnalyzer (478 landmarks)
};

/// Per-image results.
struct ImageFit {
    std::vector<float> expressionWeights;   // 52, ARKit order, in [0,1]
    std::array<float, 3> rotationAxisAngle{}; // model -> camera
    std::array<float, 3> translationMm{};
    float focalPx = 0;                      // in pixels of the full-resolution image
    float ssimInMask = 0, psnrInMask = 0;   // render vs photo inside the face mask
    std::string status;                     // "ok" or a low-confidence reason (profile, tiny face, ...)
    // Added by the fit (plain data for renders and reports):
    int imageWidth = 0, imageHeight = 0;    // full-resolution size; principal point at the centre
    float cx = 0, cy = 0;                   // principal point (pixels, OpenCV centres), the image centre
    std::vector<float> shLight;             // [bands^2 * 3] this image's SH light (row-major [coef][rgb])
    std::vector<float> posedVertices;       // [V*3] mm, model space: identity + this image's expression
    bool grayscale = false;                 // the photo has no colour: albedo and light were fitted gray
    float yawDeg = 0;                       // of the fitted pose (HeadPose convention)
    float faceSizePx = 0;                   // landmark box side in full-resolution pixels
};

/// The whole fit, plain data (vectors, row-major), ready to write out.
struct FaceFit {
    int subdivisionLevel = 0;               // of the mesh below (the options' level, +1 when the appearance was refined)
    int geometryLevel = 0;                  // the level the shape was fitted at; a refined mesh's first
                                            // vertices are that level's (linear subdivision keeps them)
    std::vector<float> neutralBase;         // [468*3] mm, model space: the subject's neutral (no offsets)
    std::vector<float> vertices;            // [V*3] mm: neutral + offsets (identity)
    std::vector<float> posedVertices;       // [V*3] mm: first image's expression applied, model space
    std::vector<int> triangles;             // [F*3]
    std::vector<float> uvs;                 // [V*2]
    std::vector<float> diffuseAlbedo;       // [V*3] linear RGB
    std::vector<float> specularIntensity;   // [V]
    int shBands = 3;
    double roughness = 0.4;                 // of the specular lobe (S2F2 supp. eq. 9)
    std::vector<float> shLight;             // [bands^2 * 3] first image's light (row-major [coef][rgb])
    std::vector<ImageFit> images;
    int iterations = 0;
    bool cancelled = false;
};

/// Fits `inputs` (one person). Throws OptionsError/InputError for unusable input,
/// CancelledError when cancelled; a NaN/Inf loss stops the fit with an Error
/// naming the term, after restoring the last good state (returned via `lastGood`
/// when not null).
FaceFit fitCoarse(const std::vector<FitInput>& inputs, const CoarseFitOptions& options, const LossSink& sink = {},
                  const CancelToken* cancel = nullptr, FaceFit* lastGood = nullptr);

} // namespace likeness
