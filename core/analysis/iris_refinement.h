#pragma once
// Merging the Iris model's eye contours and irises into the 468-point mesh
// (Human src/face/iris.ts augmentIris, MediaPipe's 478-point layout).
#include <array>
#include <vector>

#include "analysis/face_analysis_types.h"
#include "analysis/mesh_landmark_indices.h"

namespace likeness {

/// One eye as the Iris model saw it, already mapped to image pixels (z unused).
struct EyeLandmarks {
    std::array<Landmark, mesh::kEyeContourPoints> contour{};  // model output order
    std::array<Landmark, kIrisLandmarksPerEye> iris{};         // centre, then 4 edge points
};

/// Human's rule for a turned head: when the outer eye corners differ in depth
/// by 30 FaceMesh crop units or more (of 192; iris.ts), only the nearer eye's
/// lid contours are replaced. Expressed as a fraction of the face ROI side.
constexpr float kIrisMergeDepthFraction = 30.f / 192.f;

/// Returns 478 landmarks: `mesh` (468 points, image pixels) with eye contours
/// replaced by the Iris model's x, y (the mesh keeps its depth) - both eyes
/// fully when |z[263] - z[33]| < `depthThreshold`, else only the nearer eye's
/// upper and lower lid - followed by eye A's and eye B's iris points, whose
/// depth is the mean depth of that eye's 16 lid points (MediaPipe's iris z
/// refinement, Human constants.ts).
std::vector<Landmark> mergeIrisLandmarks(const std::vector<Landmark>& mesh, const EyeLandmarks& eyeA,
                                         const EyeLandmarks& eyeB, float depthThreshold);

} // namespace likeness
