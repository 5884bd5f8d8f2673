#include "controllers/fit_projection.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>

#include "common/error.h"

namespace likeness::ui {

namespace {

using Vec3 = std::array<double, 3>;

Vec3 sub(const Vec3& a, const Vec3& b) { return {a[0] - b[0], a[1] - b[1], a[2] - b[2]}; }
Vec3 cross(const Vec3& a, const Vec3& b) {
    return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}
double dot(const Vec3& a, const Vec3& b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }

/// Row-major rotation matrix of an axis-angle vector (Rodrigues).
std::array<double, 9> rotationMatrix(const std::array<float, 3>& axisAngle) {
    const double rx = axisAngle[0], ry = axisAngle[1], rz = axisAngle[2];
    const double angle = std::sqrt(rx * rx + ry * ry + rz * rz);
    if (angle < 1e-12) return {1, 0, 0, 0, 1, 0, 0, 0, 1};
    const double x = rx / angle, y = ry / angle, z = rz / angle;
    const double c = std::cos(angle), s = std::sin(angle), C = 1 - c;
    return {c + x * x * C,     x * y * C - z * s, x * z * C + y * s,
            y * x * C + z * s, c + y * y * C,     y * z * C - x * s,
            z * x * C - y * s, z * y * C + x * s, c + z * z * C};
}

/// Camera-space positions of model-space `vertices` under `image`'s pose.
std::vector<Vec3> cameraVertices(const std::vector<float>& vertices, const likeness::ImageFit& image) {
    const std::array<double, 9> R = rotationMatrix(image.rotationAxisAngle);
    const auto& t = image.translationMm;
    const size_t count = vertices.size() / 3;
    std::vector<Vec3> out(count);
    for (size_t i = 0; i < count; ++i) {
        const double x = vertices[3 * i], y = vertices[3 * i + 1], z = vertices[3 * i + 2];
        out[i] = {R[0] * x + R[1] * y + R[2] * z + t[0], R[3] * x + R[4] * y + R[5] * z + t[1],
                  R[6] * x + R[7] * y + R[8] * z + t[2]};
    }
    return out;
}

/// +1 when the triangles' (a, b, c) winding gives normals out of the face, -1
/// otherwise: model space has z out of the face, so the area-weighted normals
/// of the mesh point to +z on average (like the core's outwardNormalSign).
double outwardSign(const std::vector<float>& vertices, const std::vector<int>& triangles) {
    auto at = [&](int i) { return Vec3{vertices[3 * size_t(i)], vertices[3 * size_t(i) + 1], vertices[3 * size_t(i) + 2]}; };
    double vote = 0;
    for (size_t f = 0; f + 2 < triangles.size(); f += 3) {
        const Vec3 a = at(triangles[f]);
        vote += cross(sub(at(triangles[f + 1]), a), sub(at(triangles[f + 2]), a))[2];
    }
    return vote >= 0 ? 1.0 : -1.0;
}

} // namespace

FitProjection projectFit(const likeness::FaceFit& fit, int imageIndex, int width, int height) {
    if (imageIndex < 0 || imageIndex >= int(fit.images.size()))
        throw likeness::Error("The fit has no image " + std::to_string(imageIndex) + ".");
    if (width <= 0 || height <= 0) throw likeness::Error("Cannot project the fit into an empty image.");
    const likeness::ImageFit& image = fit.images[size_t(imageIndex)];
    const std::vector<float>& vertices = image.posedVertices.empty() ? fit.posedVertices : image.posedVertices;
    const size_t count = vertices.size() / 3;
    if (vertices.size() != count * 3 || fit.triangles.size() % 3 != 0)
        throw likeness::Error("The fitted mesh is inconsistent.");
    for (int index : fit.triangles)
        if (index < 0 || size_t(index) >= count) throw likeness::Error("The fitted mesh is inconsistent.");

    // The fit's camera, in pixels of this photo (OpenCV pixel centres: full-resolution
    // pixel u maps to (u + 0.5) * s - 0.5 in a photo scaled by s).
    double f = image.focalPx, cx = 0.5 * width, cy = 0.5 * height;
    if (image.imageWidth > 0) {
        const double s = double(width) / image.imageWidth;
        f *= s;
        cx = (image.cx + 0.5) * s - 0.5;
        cy = (image.cy + 0.5) * s - 0.5;
    }
    const std::vector<Vec3> v = cameraVertices(vertices, image);

    FitProjection out;
    out.width = width;
    out.height = height;
    out.focalPx = f;
    out.cx = cx;
    out.cy = cy;
    out.points.resize(count * 2);
    out.depth.resize(count);
    for (size_t i = 0; i < count; ++i) {
        const double z = v[i][2];
        out.depth[i] = float(z);
        if (z > 1e-6) {
            out.points[2 * i] = float(f * v[i][0] / z + cx);
            out.points[2 * i + 1] = float(f * v[i][1] / z + cy);
        } else {
            out.points[2 * i] = out.points[2 * i + 1] = std::numeric_limits<float>::quiet_NaN();
        }
    }
    const double sign = outwardSign(vertices, fit.triangles);
    for (size_t t = 0; t + 2 < fit.triangles.size(); t += 3) {
        const int ia = fit.triangles[t], ib = fit.triangles[t + 1], ic = fit.triangles[t + 2];
        if (out.depth[size_t(ia)] <= 1e-6 || out.depth[size_t(ib)] <= 1e-6 || out.depth[size_t(ic)] <= 1e-6) continue;
        const Vec3& a = v[size_t(ia)];
        const Vec3 n = cross(sub(v[size_t(ib)], a), sub(v[size_t(ic)], a));
        if (-sign * dot(n, a) <= 0) continue;  // back-facing
        out.frontTriangles.insert(out.frontTriangles.end(), {ia, ib, ic});
    }
    return out;
}

} // namespace likeness::ui
