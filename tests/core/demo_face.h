#pragma once
// Shared by the face-model tests: the demo photo's FaceMesh observation and the
// neutral fused from it (computed once per test executable).
#include <ATen/core/Tensor.h>

#include "analysis/face_analysis_types.h"
#include "io/image.h"

namespace likeness {
class FaceTopology;
}

namespace likeness::test {

const FaceTopology& topology();
const Image& demoImage();
/// The largest face of the demo photo (478 landmarks).
const FaceObservation& demoObservation();
/// The demo photo flipped left/right and its face.
const FaceObservation& flippedDemoObservation();
/// fuseNeutral() of the demo observation, default options: [468,3] float.
const at::Tensor& demoNeutral();
/// demoNeutral() made exactly left/right symmetric: (p_i + mirror_x(p_mirror(i))) / 2.
const at::Tensor& symmetricDemoNeutral();
/// (p_i + mirror_x(p_mirror(i))) / 2 of any [468,3] tensor.
at::Tensor symmetrised(const at::Tensor& points);
/// Mirror image of a per-vertex field: out_i = diag(-1,1,1) field_mirror(i).
at::Tensor mirroredField(const at::Tensor& field);

} // namespace likeness::test
