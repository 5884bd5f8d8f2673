#pragma once
// The coarse fit's starting pose (PnP-like): the rotation comes from neutral
// fusion (or from a similarity alignment of the 3D landmarks), the focal length
// from a field-of-view prior, and the translation from the landmarks' 2D
// extent and position by linear least squares.
#include <array>
#include <vector>

#include <Eigen/Core>

#include "analysis/face_analysis_types.h"

namespace likeness {

struct InitialPose {
    std::array<double, 3> axisAngle{};     // model -> camera
    std::array<double, 3> translation{};   // mm
    double focal = 0;                      // pixels (of the image the landmarks are in)
    double rmsPx = 0;                      // landmark reprojection RMS of this pose
};

/// Axis-angle vector of a rotation matrix (angle in radians times the unit axis).
std::array<double, 3> axisAngleFromMatrix(const Eigen::Matrix3d& rotation);
Eigen::Matrix3d matrixFromAxisAngle(const std::array<double, 3>& axisAngle);

/// Focal length in pixels for a horizontal-or-vertical (longest side) field of view.
double focalFromFov(int width, int height, double fovDeg);

/// Camera rotation (model -> camera) from 3D landmarks: x, y pixels and z relative
/// depth in pixel scale (MediaPipe, smaller = closer), aligned by a similarity
/// to the model points (mm). Both: xyz triples, same count.
Eigen::Matrix3d rotationFromLandmarks3d(const std::vector<float>& modelPoints, const std::vector<float>& landmarksXyz);

/// The landmarks as an orthographic (weak-perspective) camera at the face's depth
/// would have seen them: FaceMesh's x, y are perspective projections while its z
/// is a relative depth in the same pixel scale, so a near part of the face is
/// magnified by Zref / Z = 1 / (1 + z / f). x' = c + (x - c)(1 + z / f), the same
/// for y; z is kept. Neutral fusion treats landmarks as a scaled 3D shape: this
/// removes the perspective distortion (millimetres at portrait distances) first.
FaceObservation orthographicLandmarks(const FaceObservation& face, double focal, double cx, double cy);

/// Translation solving  u_k - c = f (R X_k + t)_xy / (R X_k + t)_z  for t in the
/// least-squares sense (linear after multiplying out the depth), with per-point
/// weights. `modelPoints` xyz triples (mm), `pixels` xy pairs.
InitialPose initialPose(const std::vector<float>& modelPoints, const std::vector<float>& pixels,
                        const std::vector<float>& weights, const Eigen::Matrix3d& rotation, double focal, double cx,
                        double cy);

} // namespace likeness
