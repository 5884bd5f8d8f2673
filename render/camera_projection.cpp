#include "camera_projection.h"

#include <ATen/ATen.h>

#include <stdexcept>
#include <vector>

namespace likeness::render {

at::Tensor axisAngleToMatrix(const at::Tensor& axisAngle) {
    if (axisAngle.dim() < 1 || axisAngle.size(-1) != 3)
        throw std::invalid_argument("axisAngleToMatrix: expected an axis-angle tensor [...,3]");
    // R = I + a(theta) K + b(theta) K^2 with K = [w]x (the unnormalised axis-angle
    // cross-product matrix), a = sin(theta)/theta and b = (1 - cos(theta))/theta^2,
    // written as 2 sin^2(theta/2)/theta^2 (no cancellation). Below a small angle both
    // use their Taylor series in theta^2, so value and gradient are exact at 0.
    const at::Tensor w = axisAngle;
    const at::Tensor theta2 = (w * w).sum(-1, /*keepdim=*/true);          // [...,1]
    const double smallAngle2 = 1e-6;
    const at::Tensor small = theta2 < smallAngle2;
    const at::Tensor safe2 = at::where(small, at::ones_like(theta2), theta2);   // keeps NaN out of the unused branch
    const at::Tensor safe = at::sqrt(safe2);
    const at::Tensor half = at::sin(safe * 0.5);
    const at::Tensor aExact = at::sin(safe) / safe;
    const at::Tensor bExact = 2.0 * half * half / safe2;
    const at::Tensor aTaylor = 1.0 - theta2 / 6.0 + theta2 * theta2 / 120.0;
    const at::Tensor bTaylor = 0.5 - theta2 / 24.0 + theta2 * theta2 / 720.0;
    const at::Tensor a = at::where(small, aTaylor, aExact).unsqueeze(-1);   // [...,1,1]
    const at::Tensor b = at::where(small, bTaylor, bExact).unsqueeze(-1);

    const at::Tensor x = w.select(-1, 0), y = w.select(-1, 1), z = w.select(-1, 2);
    const at::Tensor zero = at::zeros_like(x);
    std::vector<int64_t> shape = w.sizes().vec();   // [...,3] -> [...,3,3]
    shape.push_back(3);
    const at::Tensor K = at::stack({zero, -z, y, z, zero, -x, -y, x, zero}, -1).reshape(shape);
    const at::Tensor eye = at::eye(3, w.options());
    return eye + a * K + b * at::matmul(K, K);
}

at::Tensor rigidTransform(const at::Tensor& points, const at::Tensor& rotation, const at::Tensor& translation) {
    if (points.dim() != 2 || points.size(1) != 3)
        throw std::invalid_argument("rigidTransform: expected points [N,3]");
    if (rotation.dim() != 2 || rotation.size(0) != 3 || rotation.size(1) != 3)
        throw std::invalid_argument("rigidTransform: expected a rotation [3,3]");
    if (translation.numel() != 3) throw std::invalid_argument("rigidTransform: expected a translation [3]");
    return at::matmul(points, rotation.t()) + translation.reshape({1, 3});
}

at::Tensor projectPerspective(const at::Tensor& cameraPoints, const at::Tensor& focal, double cx, double cy) {
    if (cameraPoints.dim() != 2 || cameraPoints.size(1) != 3)
        throw std::invalid_argument("projectPerspective: expected camera points [N,3]");
    if (focal.numel() != 1) throw std::invalid_argument("projectPerspective: focal must be a scalar tensor");
    const at::Tensor f = focal.reshape({});
    const at::Tensor z = cameraPoints.select(1, 2);
    const at::Tensor u = f * cameraPoints.select(1, 0) / z + cx;
    const at::Tensor v = f * cameraPoints.select(1, 1) / z + cy;
    return at::stack({u, v, z}, 1);
}

} // namespace likeness::render
