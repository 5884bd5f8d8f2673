#include "fit/pose_init.h"

#include <Eigen/Dense>
#include <Eigen/Geometry>
#include <algorithm>
#include <cmath>

#include "common/error.h"
#include "fit/similarity_align.h"

namespace likeness {

std::array<double, 3> axisAngleFromMatrix(const Eigen::Matrix3d& rotation) {
    const Eigen::AngleAxisd aa(rotation);
    const Eigen::Vector3d v = aa.axis() * aa.angle();
    return {v.x(), v.y(), v.z()};
}

Eigen::Matrix3d matrixFromAxisAngle(const std::array<double, 3>& a) {
    const Eigen::Vector3d v(a[0], a[1], a[2]);
    const double angle = v.norm();
    if (angle < 1e-12) return Eigen::Matrix3d::Identity();
    return Eigen::AngleAxisd(angle, v / angle).toRotationMatrix();
}

double focalFromFov(int width, int height, double fovDeg) {
    const double pi = 3.14159265358979323846;
    return 0.5 * std::max(width, height) / std::tan(0.5 * fovDeg * pi / 180.0);
}

Eigen::Matrix3d rotationFromLandmarks3d(const std::vector<float>& modelPoints, const std::vector<float>& landmarksXyz) {
    return alignPoints(modelPoints, landmarksXyz, true).rotation;
}

FaceObservation orthographicLandmarks(const FaceObservation& face, double focal, double cx, double cy) {
    FaceObservation out = face;
    for (Landmark& l : out.landmarks) {
        const double k = 1.0 + l.z / focal;
        l.x = static_cast<float>(cx + (l.x - cx) * k);
        l.y = static_cast<float>(cy + (l.y - cy) * k);
    }
    return out;
}

InitialPose initialPose(const std::vector<float>& modelPoints, const std::vector<float>& pixels,
                        const std::vector<float>& weights, const Eigen::Matrix3d& rotation, double focal, double cx,
                        double cy) {
    const size_t n = modelPoints.size() / 3;
    if (n < 3 || pixels.size() != 2 * n || weights.size() != n || !(focal > 0))
        throw Error("initialPose: need >= 3 points with pixels, weights and a positive focal length");
    // (u - cx) (Z + tz) = f (X + tx)  ->  f tx - (u - cx) tz = (u - cx) Z - f X   (same for y)
    Eigen::MatrixXd a(2 * n, 3);
    Eigen::VectorXd b(2 * n);
    for (size_t i = 0; i < n; ++i) {
        const Eigen::Vector3d p =
            rotation * Eigen::Vector3d(modelPoints[3 * i], modelPoints[3 * i + 1], modelPoints[3 * i + 2]);
        const double w = std::sqrt(std::max(0.f, weights[i]));
        const double du = pixels[2 * i] - cx, dv = pixels[2 * i + 1] - cy;
        const auto r = static_cast<Eigen::Index>(2 * i);
        a.row(r) << w * focal, 0, -w * du;
        b(r) = w * (du * p.z() - focal * p.x());
        a.row(r + 1) << 0, w * focal, -w * dv;
        b(r + 1) = w * (dv * p.z() - focal * p.y());
    }
    const Eigen::Vector3d t = a.colPivHouseholderQr().solve(b);
    InitialPose pose;
    pose.axisAngle = axisAngleFromMatrix(rotation);
    pose.translation = {t.x(), t.y(), t.z()};
    pose.focal = focal;
    double se = 0;
    for (size_t i = 0; i < n; ++i) {
        const Eigen::Vector3d p =
            rotation * Eigen::Vector3d(modelPoints[3 * i], modelPoints[3 * i + 1], modelPoints[3 * i + 2]) + t;
        const double z = std::max(1e-6, p.z());
        se += std::pow(focal * p.x() / z + cx - pixels[2 * i], 2) + std::pow(focal * p.y() / z + cy - pixels[2 * i + 1], 2);
    }
    pose.rmsPx = std::sqrt(se / static_cast<double>(n));
    return pose;
}

} // namespace likeness
