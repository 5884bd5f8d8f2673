#pragma once
// Set-up of a coarse fit: the fixed data (topology at the working level, the
// subject's fused neutral and rig, the fitting views, mesh operators) and the
// unknowns with their initial values (coarse_fit.h describes them).
#include <memory>
#include <string>
#include <vector>

#include <ATen/core/Tensor.h>

#include "fit/coarse_fit.h"
#include "fit/face_render.h"
#include "fit/fit_view.h"
#include "fit/mesh_operators.h"
#include "model/expression_rig.h"
#include "model/face_model.h"
#include "topology/face_topology.h"

namespace likeness {

struct FitImageData {
    const FitInput* input = nullptr;
    FitView view;
    double focalPrior = 0;              // full-resolution pixels (fovPriorDeg)
};

/// The finer mesh of the appearance stage: the working level subdivided once
/// more with linear rules (new vertex = edge midpoint), so the shape is exactly
/// the working level's while albedo and specular get a vertex every half edge.
/// Vertex numbering and triangles are those of the next SubdividedTopology level.
struct AppearanceMesh {
    std::unique_ptr<SubdividedTopology> mesh;   // topology and UVs one level up
    at::Tensor triangles;                       // [F',3] int64
    at::Tensor edgeA, edgeB;                    // [V'] int64: vertex i = (x[a] + x[b]) / 2 (a == b: an old vertex)
    MeshOperators ops;
    int vertexCount = 0;
    /// Working-level per-vertex data [V,C] -> [V',C] (differentiable).
    at::Tensor refine(const at::Tensor& coarse) const;
};

/// The linear refinement of `coarse` (level < 3) by one level; throws Error if it
/// does not reproduce the next SubdividedTopology level's numbering and triangles.
std::unique_ptr<AppearanceMesh> buildAppearanceMesh(const FaceTopology& topology, const SubdividedTopology& coarse,
                                                    const at::Device& device);

struct FitProblem {
    std::unique_ptr<FaceTopology> topology;
    std::unique_ptr<SubdividedTopology> mesh;
    ExpressionRig rig;
    at::Device device{at::kCPU};
    at::Tensor neutral;                 // [468,3] mm
    at::Tensor triangles;               // [F,3] int64
    at::Tensor baseIndex;               // [468] int64: base vertices at the working level
    at::Tensor identity468;             // [468] int64: 0..467
    at::Tensor mirrorA, mirrorB;        // [P] int64: level-0 mirror pairs (topology.mirrorOf) at the working level
    at::Tensor landmarkWeights;         // [468] float
    MeshOperators ops;                  // at the working level
    double normalSign = 1;
    double ambient = 1;                 // SH DC coefficient that shades a white Lambertian surface to 1
    bool grayscale = false;             // every photo is gray: one albedo/light channel
    int bands = 3;
    double roughness = 0.4;
    std::vector<FitImageData> images;
    std::unique_ptr<AppearanceMesh> fine;   // null when the appearance is not refined (options, level 3)
};

/// The unknowns. Gray fits keep one albedo/light channel (expanded to RGB when rendering).
struct FitParameters {
    struct PerImage {
        at::Tensor rotation;            // [3] axis-angle, model -> camera
        at::Tensor translation;         // [3] mm
        at::Tensor logFocal;            // [1]: focal = focalPrior * exp(logFocal)
        at::Tensor expression;          // [52] in [0,1]
        at::Tensor light;               // [bands^2, C]
    };
    at::Tensor offsets;                 // [V,3] mm, identity offsets at the working level
    at::Tensor albedo;                  // [V,C] linear, C = 3 or 1
    at::Tensor specular;                // [V,1] in [0,1]
    std::vector<PerImage> images;

    std::vector<at::Tensor> all() const;
    /// Deep copy without autograd history (requires_grad off).
    FitParameters clone() const;
    /// Copies values from `other` in place (no autograd).
    void copyFrom(const FitParameters& other);
    /// Name of the first parameter group holding NaN/Inf, or "" when all are finite.
    std::string firstNonFinite() const;
};

/// Loads the topology, fuses the neutral from every observation, builds the rig,
/// the views and the operators, and initialises the unknowns (coarse_fit.h).
/// Throws InputError for unusable inputs.
FitProblem buildFitProblem(const std::vector<FitInput>& inputs, const CoarseFitOptions& options, const at::Device& device,
                           FitParameters& initial);

/// True once the appearance stage has moved albedo/specular onto p.fine: every
/// per-vertex quantity (render, regularisers, export) is then at the finer level.
bool appearanceRefined(const FitProblem& p, const FitParameters& x);

/// Identity mesh (neutral + offsets) and the posed mesh of image `i`, [V,3] mm
/// model space, at the working level (the geometry is the same at p.fine's).
at::Tensor identityVertices(const FitProblem& p, const FitParameters& x);
at::Tensor posedVertices(const FitProblem& p, const FitParameters& x, size_t image);
/// [V,3] / [bands^2,3]: the gray channel expanded where the fit is gray.
at::Tensor rgbAlbedo(const FitParameters& x);
at::Tensor rgbLight(const FitParameters& x, size_t image);
/// Focal length of image `i` in full-resolution pixels.
at::Tensor focalFull(const FitProblem& p, const FitParameters& x, size_t image);

/// Forward-model inputs for image `i` seen through its fitting view.
FaceRenderInputs viewRenderInputs(const FitProblem& p, const FitParameters& x, size_t image, bool shade);

} // namespace likeness
