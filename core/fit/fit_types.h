#pragma once
// Options, progress reports and results of the analysis-by-synthesis fit.
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace likeness {

/// One iteration's loss terms, sent to a sink (GUI live plot, losses.csv).
struct LossSnapshot {
    std::string stage;                                   // "pose", "geometry", "appearance"
    int iteration = 0;                                   // 0-based, over the whole fit
    int totalIterations = 0;
    std::vector<std::pair<std::string, double>> terms;   // weighted terms, e.g. {"landmarks", 12.3}
    double total = 0;
    double elapsedMs = 0;                                // since the fit started
    double forwardMs = 0, backwardMs = 0;                // this iteration: loss evaluation / gradients + step
};
using LossSink = std::function<void(const LossSnapshot&)>;

struct CoarseFitOptions {
    int iterations = 300;          // total Adam iterations over the three stages
    int fitSize = 256;             // the longest side of the fitting image (pixels)
    int subdivisionLevel = 2;      // 0..3: 468, ~1.8k, ~7.4k, ~29k vertices (the geometry's level)
    bool refineAppearance = true;  // the appearance stage fits albedo/specular one level finer (at most 3):
                                   // the geometry subdivided linearly (unchanged shape), 4x the colour detail
    int shBands = 3;               // 1..9 spherical-harmonics bands
    std::string device = "cpu";    // "cpu" or "cuda" (falls back to CPU with a warning)
    std::uint64_t seed = 1;        // determinism
    double landmarkWeight = 1.0;   // weights of the loss terms (see coarse_fit.cpp for their meaning)
    double photometricWeight = 1.0;
    double laplacianWeight = 1.0;
    double expressionSparsityWeight = 1.0;   // L1 on the 52 weights: one image cannot tell a neutral
                                             // from a slight expression, so the fit prefers few weights
    double albedoSmoothnessWeight = 0.1;
    double albedoSymmetryWeight = 0.1;
    double lightPriorWeight = 0.01;

    // Schedule (S2F2-style staged optimisation: pose -> geometry -> appearance).
    double poseFraction = 0.2;       // share of the iterations fitting pose, focal and expression to the landmarks
    double geometryFraction = 0.4;   // then expression, identity offsets and light (+ albedo) photometrically;
                                     // the rest fits albedo, specular intensity and light on the frozen geometry
    double learningRateScale = 1.0;  // multiplies every group's Adam learning rate (coarse_fit.cpp lists them)
    // Model and image formation.
    double interpupillaryMm = 63.0;  // metric scale of the fused neutral (neutral_fusion.h)
    double fovPriorDeg = 30;         // starting field of view (longest side) for the focal length; a weak
                                     // prior keeps the focal near it (depth and focal trade off in one view)
    double cropScale = 1.6;          // the fitting image is a square of this many landmark-box sides around the face
    double roughness = 0.4;          // constant Cook-Torrance roughness of the specular lobe (S2F2 supp. eq. 9)
    double initialSpecular = 0.05;   // starting specular intensity s (S2F2 supp. eq. 7)
    // Low-confidence checks (the fit still runs; ImageFit::status says why it may be poor).
    double maxYawDeg = 60;           // |yaw| above this = profile view
    double minFacePx = 64;           // landmark box side below this (full-resolution pixels) = tiny face
    double minPresence = 0.75;       // FaceMesh presence below this = unreliable landmarks
    double maxDarkAlbedoShare = 0.18; // more of the surface than this with albedo under a quarter of the median
                                      // = an occluder painted onto the face (the demo photo: 10% with its
                                      // glasses and brows; a card over mouth and chin: 25%)
    double minSsim = 0.6;            // render vs photo SSIM in the face mask below this = the model does not
                                     // explain the photo (occlusion, glare, a wrong face)
    // Testing aid: makes the photometric term NaN at this iteration (-1 = never).
    int injectNanAtIteration = -1;
    void validate() const;           // throws OptionsError
};

} // namespace likeness
