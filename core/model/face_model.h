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

/// How a subdivided surface relates to the 468 base points.
enum class SubdivisionMode {
    /// Default. The Loop surface that passes through the base points: the control
    /// mesh is solved so that each base vertex lands exactly on its given position at
    /// the chosen level (landmarks stay where FaceMesh saw them).
    Interpolating,
    /// Plain Loop subdivision: the base points are the control mesh, which the
    /// smooth surface approximates (it shrinks slightly at curved parts and boundaries).
    Approximating,
};

/// A triangle mesh at one subdivision level, with the linear operator that maps
/// per-vertex data of level 0 (468 vertices) to this level.
///
/// Loop subdivision with creased boundaries (the face outline and the mouth
/// opening; rules in model/loop_subdivision.h). Vertex numbering: the 468 base
/// vertices keep their indices at every level (baseVertexIndex() is 0..467), each
/// level appends its new edge vertices. UVs are subdivided linearly (new vertex =
/// edge midpoint in UV): the 468 base UVs stay exactly UV468's and the layout
/// never folds (Loop's smoothing rules would fold it near the mouth's thin inner
/// corners); UV density is thus piecewise constant per base triangle.
/// Vertex counts: 468, 1 816, 7 152, 28 384 for levels 0..3 (level 0 is the identity;
/// 880 x 4^level triangles).
class SubdividedTopology {
public:
    static constexpr int kMaxLevel = 3;

    /// Loop subdivision `level` times (0..3) of the FaceMesh topology; UVs carried along.
    /// Throws OptionsError for a level outside 0..3.
    SubdividedTopology(const FaceTopology& base, int level);
    SubdividedTopology(const FaceTopology& base, int level, SubdivisionMode mode);

    SubdivisionMode mode() const;

    int level() const;
    int vertexCount() const;
    const at::Tensor& triangles() const;   // [F,3] int64
    const at::Tensor& uvs() const;         // [V,2] float, u right, v down in [0,1]
    /// Maps level-0 data [468, C] to this level [V, C] (differentiable, any device;
    /// float32 or float64, other types are computed in float32). Also accepts
    /// [468] -> [V] and [468, ...] (trailing dimensions are kept). Throws
    /// InputError when the first dimension is not 468.
    at::Tensor fromBase(const at::Tensor& baseData) const;
    /// The operator of fromBase() as a dense [V, 468] float32 CPU matrix (rows sum to 1).
    at::Tensor operatorMatrix() const;
    /// Index of each of the 468 base vertices at this level (they keep their identity).
    const at::Tensor& baseVertexIndex() const;   // [468] int64

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
};

} // namespace likeness
