#pragma once
// The personalised ARKit-52 rig, generated for any neutral of the FaceMesh
// topology: each blendshape is a smooth, local, anatomically plausible
// displacement of the 468 base vertices (millimetres, model space; see
// face_model.h). Driving it: vertices = neutral + sum_i w_i * delta_i, w_i in [0, 1].
#include <string>
#include <vector>

#include <ATen/core/Tensor.h>

namespace likeness {

class FaceTopology;

struct ExpressionRig {
    std::vector<std::string> names;   // the 52 ARKit names, arkitBlendshapeNames() order
    at::Tensor deltas;                // [52, 468, 3] float32, millimetres (tongueOut may be all zero)

    /// neutral [468,3] + weights [52] -> posed vertices [468,3] (differentiable in both).
    at::Tensor apply(const at::Tensor& neutral, const at::Tensor& weights) const;
    int indexOf(const std::string& name) const;   // -1 if absent
};

/// Builds the rig for `neutral` ([468,3] mm, model space) on `topology`.
ExpressionRig generateArkitRig(const FaceTopology& topology, const at::Tensor& neutral);

} // namespace likeness
