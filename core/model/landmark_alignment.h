#pragma once
// FaceMesh landmarks -> millimetres in a face-aligned frame, and the rigid
// alignment of such shapes (the geometric half of neutral fusion).
#include <array>
#include <vector>

#include "analysis/face_analysis_types.h"
#include "model/vec3.h"

namespace likeness {

class FaceTopology;

namespace model {

/// Row-major 3x3 matrix.
using Mat3 = std::array<double, 9>;

inline Vec3 operator*(const Mat3& m, const Vec3& v) {
    return {m[0] * v.x + m[1] * v.y + m[2] * v.z, m[3] * v.x + m[4] * v.y + m[5] * v.z,
            m[6] * v.x + m[7] * v.y + m[8] * v.z};
}
Mat3 multiply(const Mat3& a, const Mat3& b);
Mat3 transposed(const Mat3& m);
Mat3 identity3();

/// One observation in millimetres, in its own face frame (model axes, origin
/// between the eye centres).
struct AlignedShape {
    std::vector<Vec3> points;      // 468 mesh points
    std::array<Vec3, 2> eyes;      // eye centres [subject's right, left]: iris centres, else eye-corner midpoints
    Mat3 modelToCamera{};          // rotation: model axes -> camera axes (x right, y down, z forward)
    double mmPerPixel = 0;
};

/// Flips image y and z (-> right-handed, y up, z toward the camera), scales so the
/// eye centres are `eyeDistanceMm` apart (3D distance, FaceMesh depth is in pixel
/// scale), moves their midpoint to the origin and rotates into the face's own
/// frame (estimateFaceFrame). `face` must have at least 468 landmarks.
AlignedShape alignObservation(const FaceObservation& face, const FaceTopology& topology, double eyeDistanceMm);

/// The rotation Q minimising sum w_i |Q a_i - b_i|^2 (Kabsch; no translation, no scale).
Mat3 rotationAligning(const std::vector<Vec3>& a, const std::vector<Vec3>& b, const std::vector<double>& weights);

/// Per-point robust mean of several shapes of equal size: the mean for one or two
/// shapes; otherwise a Huber M-estimate (scale `huberMm`) started at the
/// coordinate-wise median.
std::vector<Vec3> robustMean(const std::vector<std::vector<Vec3>>& shapes, double huberMm);

} // namespace model
} // namespace likeness
