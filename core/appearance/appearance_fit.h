#pragma once
// S2F2's medium and fine stages (sec. 3.3-3.5, supplement B) as per-subject
// optimisation over UV maps, after the coarse fit:
//   medium  diffuse and specular albedo maps, free of any statistical prior,
//           initialised from the coarse per-vertex albedo (eq. 5: symmetry,
//           consistency with an annealed weight, first-ring smoothness; AffUNet's
//           skin std loss; a light-colour prior)
//   fine    a tangent-space normal map and a diffuse detail increment (eq. 6, its
//           own annealing), then a displacement map integrated from the normals
// with ray-traced self-shadows of the SH light (precomputed visibility per vertex,
// the transfer refreshed every few iterations as the normal map changes), the
// light map (UV irradiance, 64x64) and per-stage SSIM/PSNR against the photos.
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "fit/coarse_fit.h"
#include "fit/fit_types.h"
#include "io/image.h"

namespace likeness {

class CancelToken;

struct AppearanceOptions {
    bool medium = true;              // run the medium stage (UV diffuse + specular maps)
    bool fine = true;                // run the fine stage (normal map + diffuse detail); needs medium
    int mapSize = 512;               // UV map side, 256..2048 texels
    int fitSize = 512;               // longest side of the fitting image (pixels; at most the photo's)
    int mediumIterations = 150;
    int fineIterations = 150;
    int epochs = 5;                  // annealing steps per stage: consistency weights halve per epoch (S2F2 supp. B)
    int shBands = 5;                 // SH bands of the light in these stages (>= the coarse fit's; 1..9)
    bool selfShadows = true;         // ray-traced visibility of the SH light
    int shadowDirections = 256;      // rays per vertex
    int shadowRefreshInterval = 25;  // fine stage: recompute the transfer with the current normal map every N iterations
    double learningRate = 0.01;      // Adam, each map pyramid level (albedo units per step)
    double lightLearningRate = 0.01; // Adam, the SH light coefficients
    // Loss weights: S2F2 supplement B's where our normalisation matches theirs (our
    // data term is the mean Charbonnier distance per pixel in sRGB, as in the coarse
    // fit). Their symmetry weights (20 medium, 10 fine) outweigh our data term
    // about six to one on the coarse albedo and make the medium render worse than the
    // coarse one: we use a tenth (the shadow-removal figure still holds with margin).
    double symmetryWeight = 2;               // medium: diffuse and specular (w_s)
    double diffuseConsistencyWeight = 0.2;   // medium: start of w_c for the diffuse map, halved per epoch
    double specularConsistencyWeight = 0.01; // medium: w_c for the specular map (constant)
    double smoothnessWeight = 1e-4;          // w_m (medium) and w_m^f (fine, diffuse and normal map)
    double fineSymmetryWeight = 1;           // fine: w_s^f on the final diffuse
    double fineConsistencyWeight = 1.0;      // fine: start of w_c^f, halved per epoch
    double skinStdWeight = 0.05;             // AffUNet eq. 7 on the diffuse map
    double lightColourWeight = 0.01;         // chroma of the light relative to its DC energy
    double normalFlatnessWeight = 0.02;      // fine: mean |slope|^2 per pyramid level (keeps unseen texels flat)
    double blurSigma = 0;                    // symmetry/skin blur in texels; 0 = mapSize / 64
    int firstIteration = 0;                  // LossSnapshot numbering continues the coarse fit's ...
    int overallIterations = 0;               // ... out of this many (0 = this fit's own count)
    void validate() const;                   // throws OptionsError
};

/// UV maps of one stage, plain data, row 0 = v 0 (top), linear values.
struct AppearanceMaps {
    int size = 0;
    std::vector<float> diffuse;        // [S*S*3] linear RGB albedo
    std::vector<float> specular;       // [S*S] s
    std::vector<float> normal;         // [S*S*3] unit tangent-space normals (OpenGL: +X u, +Y v up, +Z out); empty before fine
    std::vector<float> displacement;   // [S*S] mm along the base normal; empty before fine
    std::vector<unsigned char> covered;// [S*S] 1 where the mesh covers the texel
};

/// One stage's render of image 0 against its photo (metrics resolution, at most 1024 px).
struct AppearanceStageReport {
    std::string stage;                 // "coarse", "medium", "fine"
    float ssim = 0, psnr = 0;          // inside the face mask (as ImageFit)
    double seconds = 0;                // the stage's own time (coarse: not measured here, 0)
    int iterations = 0;
    cv::Mat render;                    // CV_32FC3 sRGB [0,1], the render over the photo
};

struct AppearanceResult {
    AppearanceMaps coarse;             // the coarse per-vertex albedo baked into UV
    AppearanceMaps medium;             // diffuse + specular
    AppearanceMaps fine;               // all maps (empty when the fine stage did not run)
    std::vector<AppearanceStageReport> stages;
    int shBands = 0;
    std::vector<std::vector<float>> shLight;   // per image [bands^2*3], camera space, after the last stage
    std::vector<float> lightMap;       // [64*64*3] image 0's shadowed irradiance / pi in UV space
    cv::Mat shading;                   // CV_32FC3 sRGB: image 0's shading alone (white albedo), scaled so the
                                       // brightest pixel is white; black off the face
    cv::Mat shadingMask;               // CV_8UC1 face mask of `shading`
    double traceSeconds = 0;           // ray tracing of the visibility, all images
    double texelMm = 0;                // surface length of one texel
    double texelsPerPixel = 0;         // map texels one fitting-image pixel spans (linear; the densest view)
    bool cancelled = false;
    /// The last stage run ("fine" when it ran).
    const AppearanceMaps& final() const { return fine.size ? fine : medium.size ? medium : coarse; }
};

/// Runs the stages on the coarse fit `fit` and its photos (same order as fit.images).
/// Throws OptionsError/InputError for unusable input and CancelledError when
/// cancelled before the first stage finished; a cancel later returns the finished
/// stages with `cancelled` set.
AppearanceResult fitAppearance(const FaceFit& fit, const std::vector<Image>& photos, const AppearanceOptions& options,
                               const LossSink& sink = {}, const CancelToken* cancel = nullptr);

} // namespace likeness
