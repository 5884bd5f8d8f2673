#pragma once
// Differentiable rigid transform and perspective projection (LibTorch tensors).
#include <ATen/core/Tensor.h>

namespace likeness::render {

/// Rotation matrix [3,3] from an axis-angle vector [3] (Rodrigues), differentiable, safe at 0.
at::Tensor axisAngleToMatrix(const at::Tensor& axisAngle);

/// Camera-space points [N,3] = points [N,3] * R^T + t  (R [3,3], t [3]).
at::Tensor rigidTransform(const at::Tensor& points, const at::Tensor& rotation, const at::Tensor& translation);

/// Pinhole projection of camera-space points [N,3] (OpenCV axes: x right, y down,
/// z forward) with focal length `focal` (scalar tensor, pixels) and principal
/// point (cx, cy) -> [N,3]: x, y in pixels and z (camera depth).
at::Tensor projectPerspective(const at::Tensor& cameraPoints, const at::Tensor& focal, double cx, double cy);

} // namespace likeness::render
