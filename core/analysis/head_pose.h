#pragma once
// Head pose from FaceMesh landmarks (the face's axes as in Human's
// src/face/angles.ts: top->chin is the face's y axis, cheek side to cheek side
// its x axis, their cross product its z axis), in Likeness' camera convention.
#include <array>
#include <vector>

#include "analysis/face_analysis_types.h"

namespace likeness {

/// Rotation (row-major, face -> camera) from yaw/pitch/roll in degrees:
/// R = Rz(roll) * Ry(-yaw) * Rx(pitch) with the HeadPose sign conventions.
std::array<float, 9> rotationFromHeadPose(float yawDeg, float pitchDeg, float rollDeg);

/// Yaw/pitch/roll (degrees) of a rotation matrix built as in rotationFromHeadPose.
HeadPose headPoseFromRotation(const std::array<float, 9>& rotation);

/// Head pose from at least 468 landmarks in image pixels (z in the same scale).
/// Returns the identity pose when there are too few landmarks or they are degenerate.
HeadPose headPoseFromLandmarks(const std::vector<Landmark>& landmarks);

} // namespace likeness
