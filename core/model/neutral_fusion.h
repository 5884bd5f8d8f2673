#pragma once
// A subject's neutral face from FaceMesh observations (one or many images):
// each observation is converted to millimetres (scale from the interpupillary
// distance), aligned by a similarity transform, its expression removed with the
// rig, and the aligned shapes averaged robustly.
#include <vector>

#include <ATen/core/Tensor.h>

#include "analysis/face_analysis_types.h"

namespace likeness {

class FaceTopology;

struct NeutralFusionOptions {
    double interpupillaryMm = 63.0;   // assumed adult mean distance between the pupils (override per subject)
    bool removeExpression = true;     // fit rig weights per observation and subtract them
    void validate() const;
};

struct FusedNeutral {
    at::Tensor neutral;                     // [468,3] mm, model space (face_model.h)
    std::vector<at::Tensor> expressions;    // per observation: [52] weights that were removed
    std::vector<at::Tensor> rotations;      // per observation: [3,3] model -> camera rotation estimate
    double mmPerPixel = 0;                  // of the first observation
};

/// Throws InputError when there is no usable observation (fewer than 468 landmarks).
FusedNeutral fuseNeutral(const std::vector<FaceObservation>& observations, const FaceTopology& topology,
                         const NeutralFusionOptions& options = {});

} // namespace likeness
