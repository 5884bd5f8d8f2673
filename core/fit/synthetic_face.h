#pragma once
// Synthetic faces rendered by the fit's own forward model with known
// parameters (recovery tests and `likeness-bench synthetic`, like COLMAP's
// synthetic datasets): a base neutral plus random smooth identity offsets,
// sparse random ARKit weights, albedo, specular intensity, SH light and pose.
// The landmarks are the projected base vertices with Gaussian noise (x, y in
// pixels; z the MediaPipe-style relative depth in pixel scale); the iris
// centres are the centroids of the eyelid contours.
#include <array>
#include <cstdint>
#include <vector>

#include <ATen/core/Tensor.h>

#include "analysis/face_analysis_types.h"
#include "fit/coarse_fit.h"
#include "io/image.h"

namespace likeness {

class FaceTopology;
class SubdividedTopology;

struct SyntheticFaceOptions {
    int imageSize = 256;             // square image side (pixels)
    double maxYawDeg = 35;           // yaw uniform in [-max, max]
    double maxPitchDeg = 12;
    double maxRollDeg = 10;
    double minFovDeg = 20, maxFovDeg = 40;   // focal length from a field of view in this range
    double faceFill = 0.55;          // the face's width as a share of the image width
    double offsetAmplitudeMm = 3;    // largest identity offset (smooth Gaussian bumps)
    int activeExpressions = 3;       // non-zero ARKit weights (sparse)
    double minWeight = 0.2, maxWeight = 0.8;
    double landmarkNoisePx = 0.5;    // x, y noise (sigma) in pixels of a 256-pixel image
    double depthNoisePx = 1.0;       // z noise (sigma), same scale
    int shBands = 3;
    double roughness = 0.4;
    void validate() const;           // throws OptionsError
};

struct SyntheticFace {
    Image image;                          // 8-bit RGB render over a gray gradient background
    FaceObservation face;                 // 478 landmarks (noisy projections), box, pose, presence 1
    // Ground truth (model space mm, working level):
    std::vector<float> identityVertices;  // [V*3] neutral + offsets
    std::vector<float> posedVertices;     // [V*3] with the expression
    std::vector<float> expressionWeights; // [52]
    std::vector<float> diffuseAlbedo;     // [V*3] linear
    std::vector<float> specularIntensity; // [V]
    std::vector<float> shLight;           // [bands^2 * 3]
    std::array<float, 3> rotationAxisAngle{}, translationMm{};
    float focalPx = 0;
    float yawDeg = 0;
};

/// Renders one synthetic face from `baseNeutral` ([468,3] mm) on `mesh` (the
/// working level of `topology`); deterministic for a given `seed`.
SyntheticFace makeSyntheticFace(const FaceTopology& topology, const SubdividedTopology& mesh, const at::Tensor& baseNeutral,
                                const SyntheticFaceOptions& options, std::uint64_t seed);

/// How well a fit of a synthetic face recovered it.
struct SyntheticRecovery {
    double identityErrorMm = 0;      // mean vertex distance, neutral + offsets, after a rigid alignment
    double posedErrorMm = 0;         // the same for the posed (expression) mesh
    double expressionMae = 0;        // mean |w_fit - w_true| over the 52 weights
    double activeExpressionMae = 0;  // the same over the weights that are non-zero in the truth
    double psnr = 0, ssim = 0;       // render vs the synthetic photo inside the face mask (ImageFit)
};

/// Scores image 0 of `fit` against `truth` (same subdivision level).
SyntheticRecovery scoreRecovery(const SyntheticFace& truth, const FaceFit& fit);

} // namespace likeness
