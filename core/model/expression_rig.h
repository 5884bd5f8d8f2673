#pragma once
// The personalised ARKit-52 rig, generated for any neutral of the FaceMesh
// topology: each blendshape is a smooth, local, anatomically plausible
// displacement of the 468 base vertices (millimetres, model space; see
// face_model.h). Driving it: vertices = neutral + sum_i w_i * delta_i, w_i in [0, 1].
//
// How the shapes are made (model/blendshape_builders.h and the *_shapes.cpp files):
// motions are prescribed on anatomical seed vertices (lid margins, brow contours,
// lip contours, mouth corners, the jaw region) in the face's own frame (eye line,
// chin-to-forehead) and spread over the surface with smooth compactly supported
// falloffs of mesh distance (edge-length-weighted graph distance, so nothing jumps
// across the mouth or the eyes), with zero-motion anchors where the skin must stay.
// All amounts scale with the neutral's own sizes (eye opening, eye distance, mouth
// width), so the rig adapts to the subject; it is equivariant to rigid motions and
// uniform scaling of the neutral. Left/Right shapes are built from mirrored vertex
// lists by the same code, so they are mirror images on a symmetric neutral.
// eyeBlink closes each upper-lid margin vertex onto the lower lid (which rises a
// little), leaving 2% of the local opening: the lids meet and never cross.
// eyeLook* have no eyeball to turn (the 468 vertices have none): they move the lids
// the way they follow the cornea. tongueOut has zero deltas (no tongue vertices).
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
/// Throws InputError for a neutral that is not [468,3] or not finite.
ExpressionRig generateArkitRig(const FaceTopology& topology, const at::Tensor& neutral);

/// Where a generated shape may move vertices: only within `radiusMm` (straight-line
/// distance on the neutral) of one of the `core` vertices; everything else stays.
struct ArkitShapeSupport {
    std::vector<int> core;
    double radiusMm = 0;
};

/// As above, also reporting each shape's support (names order; tongueOut: empty).
ExpressionRig generateArkitRig(const FaceTopology& topology, const at::Tensor& neutral,
                               std::vector<ArkitShapeSupport>* supports);

} // namespace likeness
