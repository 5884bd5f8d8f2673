#pragma once
// The Likeness face model: the FaceMesh topology (468 vertices) subdivided by
// Loop subdivision to a working level, a subject's neutral, per-vertex identity
// offsets and the personalised ARKit-52 expression rig.
//
// Model space (millimetres): x toward the subject's left (image right when the
// face looks at the camera), y up, z out of the face (toward the viewer); origin
// between the eyes. Camera space is OpenCV's (x right, y down, z forward): the
// fit's rigid pose maps model to camera space.
#include <array>
#include <memory>
#include <string>
#include <vector>

#include <ATen/core/Tensor.h>

namespace likeness {

class FaceTopology;

/// Apple's ARKit blendshape names (lowerCamelCase, Left/Right = subject's side), in Apple's order.
const std::array<const char*, 52>& arkitBlendshapeNames();

/// A triangle mesh at one subdivision level, with the linear operator that maps
/// per-vertex data of level 0 (468 vertices) to this level.
class SubdividedTopology {
public:
    /// Loop subdivision `level` times (0..3) of the FaceMesh topology; UVs carried along.
    SubdividedTopology(const FaceTopology& base, int level);

    int level() const;
    int vertexCount() const;
    const at::Tensor& triangles() const;   // [F,3] int64
    const at::Tensor& uvs() const;         // [V,2] float, u right, v down in [0,1]
    /// Maps level-0 data [468, C] to this level [V, C] (differentiable, any device).
    at::Tensor fromBase(const at::Tensor& baseData) const;
    /// Index of each of the 468 base vertices at this level (they keep their identity).
    const at::Tensor& baseVertexIndex() const;   // [468] int64

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
};

} // namespace likeness
