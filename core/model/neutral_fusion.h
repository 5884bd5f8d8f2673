#pragma once
// A subject's neutral face from FaceMesh observations (one or many images):
// each observation is converted to millimetres (scale from the interpupillary
// distance), aligned by a similarity transform, its expression removed with the
// rig, and the aligned shapes averaged robustly.
//
// Steps (neutral_fusion.cpp):
//  1. landmarks -> right-handed y-up axes (image y and z flipped), scaled so the
//     eye centres (iris centres 468/473, else the eye-corner midpoints) are
//     interpupillaryMm apart, origin between them, rotated into the face's own
//     frame (eye line -> x, chin-to-forehead -> y; model/face_frame.h);
//  2. several views: each rotated onto the fused mean (Kabsch on the upper face,
//     which expressions move least), the mean re-estimated (median, then Huber);
//  3. expression removal (options.removeExpression): the rig of the current mean,
//     weights per view from symmetry / closed-lip priors and agreement with the
//     other views (model/expression_removal.h), subtracted; steps 2-3 repeat;
//  4. the mean is put back into its own face frame and rescaled so its eye
//     centres are exactly interpupillaryMm apart.
#include <vector>

#include <ATen/core/Tensor.h>

#include "analysis/face_analysis_types.h"

namespace likeness {

class FaceTopology;

struct NeutralFusionOptions {
    double interpupillaryMm = 63.0;   // assumed adult mean distance between the pupils (override per subject)
    bool removeExpression = true;     // fit rig weights per observation and subtract them
    int iterations = 3;               // alignment / expression-removal rounds (1..10)
    double huberMm = 1.5;             // robust averaging scale over three or more views
    void validate() const;
};

struct FusedNeutral {
    at::Tensor neutral;                     // [468,3] mm, model space (face_model.h)
    std::vector<at::Tensor> expressions;    // per observation: [52] weights that were removed
    std::vector<at::Tensor> rotations;      // per observation: [3,3] model -> camera rotation estimate
    double mmPerPixel = 0;                  // of the first observation
    at::Tensor eyeCentres;                  // [2,3] mm, model space: subject's right, left eye centre
                                            // (pupils); interpupillaryMm apart, midpoint at the origin
    std::vector<int> used;                  // indices of the observations that were fused
};

/// Observations with fewer than 468 landmarks (or non-finite ones) are skipped;
/// `expressions` and `rotations` still have one entry per observation (zero
/// weights / identity for a skipped one). Throws InputError when there is no
/// usable observation, OptionsError for invalid options.
FusedNeutral fuseNeutral(const std::vector<FaceObservation>& observations, const FaceTopology& topology,
                         const NeutralFusionOptions& options = {});

} // namespace likeness
