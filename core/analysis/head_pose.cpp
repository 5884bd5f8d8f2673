#include "analysis/head_pose.h"

#include <algorithm>
#include <cmath>

#include "analysis/mesh_landmark_indices.h"

namespace likeness {

namespace {

constexpr double kDegToRad = 3.14159265358979323846 / 180.0;

struct Vec3 {
    double x = 0, y = 0, z = 0;
};
Vec3 sub(const Landmark& a, const Landmark& b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }
Vec3 cross(const Vec3& a, const Vec3& b) {
    return {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
}
double norm(const Vec3& v) { return std::sqrt(v.x * v.x + v.y * v.y + v.z * v.z); }
Vec3 scaled(const Vec3& v, double s) { return {v.x * s, v.y * s, v.z * s}; }

} // namespace

std::array<float, 9> rotationFromHeadPose(float yawDeg, float pitchDeg, float rollDeg) {
    // Rz(r) * Ry(a) * Rx(p) with a = -yaw (a turn toward the image's right moves
    // the nose, which points along -z, toward +x).
    const double a = -yawDeg * kDegToRad, p = pitchDeg * kDegToRad, r = rollDeg * kDegToRad;
    const double ca = std::cos(a), sa = std::sin(a), cp = std::cos(p), sp = std::sin(p);
    const double cr = std::cos(r), sr = std::sin(r);
    // Ry * Rx
    const double m[3][3] = {{ca, sa * sp, sa * cp}, {0, cp, -sp}, {-sa, ca * sp, ca * cp}};
    std::array<float, 9> out{};
    for (int c = 0; c < 3; ++c) {
        out[0 * 3 + c] = static_cast<float>(cr * m[0][c] - sr * m[1][c]);
        out[1 * 3 + c] = static_cast<float>(sr * m[0][c] + cr * m[1][c]);
        out[2 * 3 + c] = static_cast<float>(m[2][c]);
    }
    return out;
}

HeadPose headPoseFromRotation(const std::array<float, 9>& R) {
    // R20 = sin(yaw) (= -sin a), R21 = cos a sin p, R22 = cos a cos p,
    // R00 = cos r cos a, R10 = sin r cos a.
    HeadPose pose;
    const double s = std::max(-1.0, std::min(1.0, static_cast<double>(R[6])));
    pose.yawDeg = static_cast<float>(std::asin(s) / kDegToRad);
    pose.pitchDeg = static_cast<float>(std::atan2(R[7], R[8]) / kDegToRad);
    pose.rollDeg = static_cast<float>(std::atan2(R[3], R[0]) / kDegToRad);
    pose.rotation = R;
    return pose;
}

HeadPose headPoseFromLandmarks(const std::vector<Landmark>& lm) {
    if (lm.size() < static_cast<size_t>(kMeshLandmarks)) return {};
    // Face axes in camera coordinates (x right, y down, z away from the camera).
    Vec3 yAxis = sub(lm[mesh::kPoseBottom], lm[mesh::kPoseTop]);
    Vec3 xAxis = sub(lm[mesh::kPoseImageRight], lm[mesh::kPoseImageLeft]);
    const double ny = norm(yAxis), nx = norm(xAxis);
    if (!(ny > 0) || !(nx > 0)) return {};
    yAxis = scaled(yAxis, 1.0 / ny);
    xAxis = scaled(xAxis, 1.0 / nx);
    Vec3 zAxis = cross(xAxis, yAxis);
    const double nz = norm(zAxis);
    if (!(nz > 1e-6)) return {};
    zAxis = scaled(zAxis, 1.0 / nz);
    xAxis = cross(yAxis, zAxis);  // make the frame orthonormal, keeping the y axis
    // Columns are the face axes: R maps face coordinates to camera coordinates.
    const std::array<float, 9> R = {
        static_cast<float>(xAxis.x), static_cast<float>(yAxis.x), static_cast<float>(zAxis.x),
        static_cast<float>(xAxis.y), static_cast<float>(yAxis.y), static_cast<float>(zAxis.y),
        static_cast<float>(xAxis.z), static_cast<float>(yAxis.z), static_cast<float>(zAxis.z)};
    return headPoseFromRotation(R);
}

} // namespace likeness
