#pragma once
// Synthetic photos for the appearance stages' recovery figures: a synthetic face
// (fit/synthetic_face.h: geometry, pose, landmarks) rendered again by the medium/
// fine forward model with known UV maps — a symmetric diffuse albedo, constant
// skin specular, a tangent-space normal map of random bumps — under a known SH
// light with a hard side lobe and ray-traced self-shadows. scoreAppearance() then
// compares a fit (coarse + medium + fine) with the truth.
#include <cstdint>
#include <vector>

#include <ATen/core/Tensor.h>

#include "appearance/appearance_fit.h"
#include "fit/synthetic_face.h"

namespace likeness {

struct SyntheticAppearanceOptions {
    int imageSize = 512;           // square photo side
    int mapSize = 512;             // truth maps
    int bands = 5;                 // SH bands of the truth light (the stages' default)
    double sideLightDeg = 60;      // hard light direction: this far from the view axis toward the image's +x
    double lightSharpness = 12;    // lobe exp(k (w.d - 1)): larger = harder
    double lightIntensity = 2.5;   // lobe peak radiance
    double ambient = 0.15;         // uniform radiance
    int bumps = 600;               // normal-map detail: random Gaussian height bumps ...
    double bumpHeightMm = 0.5;     // ... of up to this height (either sign)
    double bumpRadiusMm = 2.5;     // ... and this radius (sigma): wrinkle-sized, a few photo pixels
    double maxYawDeg = 8;          // near-frontal poses (both sides of the face visible)
    void validate() const;
};

struct SyntheticAppearance {
    SyntheticFace face;            // face.image is the appearance render
    FaceFit truth;                 // the ground truth as fit data (geometry, pose, light)
    AppearanceMaps maps;           // diffuse (linear), specular, normal (tangent space)
    std::vector<float> light;      // [bands^2 * 3] camera space
    int bands = 0;
};

SyntheticAppearance makeSyntheticAppearance(const FaceTopology& topology, const SubdividedTopology& mesh,
                                            const at::Tensor& baseNeutral, const SyntheticAppearanceOptions& options,
                                            std::uint64_t seed);

/// Figures of a fit of a synthetic appearance photo (all over the photo pixels both
/// the truth and the fit cover).
struct AppearanceRecovery {
    double normalMeanDeg = 0;          // shading normals (geometry + normal map) vs the truth's
    double normalUnder20 = 0;          // share of pixels under 20 degrees
    double geometryNormalMeanDeg = 0;  // the same for the fitted geometry alone (no normal map)
    double geometryNormalUnder20 = 0;
    double albedoErrorSrgb = 0;        // mean |sRGB(D_fit) - sRGB(D_true)| (0..1 units) at the pixels' UVs
    double albedoErrorAlignedSrgb = 0; // the same after the least-squares per-channel scale (the
                                       // albedo/light scale ambiguity)
    double albedoScale[3] = {1, 1, 1}; // that scale (fit -> truth)
    double lightCosine = 0;            // cosine similarity of the SH light vectors (scale-free)
    double photoLeftRight = 0;         // |mean luminance left - right| / mean, photo (at the face's pixels)
    double diffuseLeftRight = 0;       // the same for the recovered diffuse map
    double shadowRatio = 0;            // diffuseLeftRight / photoLeftRight (target <= 1/3)
    int pixels = 0;
};

AppearanceRecovery scoreAppearance(const SyntheticAppearance& truth, const FaceFit& fit, const AppearanceResult& result);

} // namespace likeness
