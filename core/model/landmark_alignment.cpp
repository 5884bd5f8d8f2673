#include "model/landmark_alignment.h"

#include <algorithm>

#include <Eigen/Dense>

#include "model/face_frame.h"
#include "topology/face_topology.h"

namespace likeness::model {

Mat3 multiply(const Mat3& a, const Mat3& b) {
    Mat3 c{};
    for (int r = 0; r < 3; ++r)
        for (int k = 0; k < 3; ++k)
            for (int j = 0; j < 3; ++j)
                c[std::size_t(r * 3 + j)] += a[std::size_t(r * 3 + k)] * b[std::size_t(k * 3 + j)];
    return c;
}

Mat3 transposed(const Mat3& m) { return {m[0], m[3], m[6], m[1], m[4], m[7], m[2], m[5], m[8]}; }

Mat3 identity3() { return {1, 0, 0, 0, 1, 0, 0, 0, 1}; }

AlignedShape alignObservation(const FaceObservation& face, const FaceTopology& topology, double eyeDistanceMm) {
    const auto flip = [](const Landmark& l) { return Vec3{l.x, -double(l.y), -double(l.z)}; };
    const auto& lm = face.landmarks;
    std::array<Vec3, 2> eyes;
    if (face.hasIris()) {
        eyes = {flip(lm[468]), flip(lm[473])};
    } else {
        eyes = {(flip(lm[33]) + flip(lm[133])) * 0.5, (flip(lm[362]) + flip(lm[263])) * 0.5};
    }
    const Vec3 origin = (eyes[0] + eyes[1]) * 0.5;
    const double pixels = norm(eyes[1] - eyes[0]);
    const double scale = pixels > 0 ? eyeDistanceMm / pixels : 1.0;

    AlignedShape out;
    out.mmPerPixel = scale;
    std::vector<Vec3> flipped(FaceTopology::kVertexCount);
    for (int i = 0; i < FaceTopology::kVertexCount; ++i)
        flipped[std::size_t(i)] = (flip(lm[std::size_t(i)]) - origin) * scale;
    const FaceFrame frame = estimateFaceFrame(topology, flipped, Vec3{});
    out.points.resize(flipped.size());
    for (std::size_t i = 0; i < flipped.size(); ++i)
        out.points[i] = frame.directionToLocal(flipped[i]);
    for (int e = 0; e < 2; ++e)
        out.eyes[std::size_t(e)] = frame.directionToLocal((eyes[std::size_t(e)] - origin) * scale);
    // flipped = R * model with R's columns the frame axes; camera = diag(1,-1,-1) * flipped.
    const Mat3 r = {frame.x.x, frame.y.x, frame.z.x, frame.x.y, frame.y.y, frame.z.y, frame.x.z, frame.y.z, frame.z.z};
    out.modelToCamera = multiply({1, 0, 0, 0, -1, 0, 0, 0, -1}, r);
    return out;
}

Mat3 rotationAligning(const std::vector<Vec3>& a, const std::vector<Vec3>& b, const std::vector<double>& weights) {
    Eigen::Matrix3d h = Eigen::Matrix3d::Zero();
    for (std::size_t i = 0; i < a.size(); ++i) {
        const double w = weights.empty() ? 1.0 : weights[i];
        const Eigen::Vector3d p(a[i].x, a[i].y, a[i].z), q(b[i].x, b[i].y, b[i].z);
        h += w * q * p.transpose();
    }
    const Eigen::JacobiSVD<Eigen::Matrix3d> svd(h, Eigen::ComputeFullU | Eigen::ComputeFullV);
    Eigen::Matrix3d d = Eigen::Matrix3d::Identity();
    if ((svd.matrixU() * svd.matrixV().transpose()).determinant() < 0)
        d(2, 2) = -1;
    const Eigen::Matrix3d r = svd.matrixU() * d * svd.matrixV().transpose();
    Mat3 out;
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            out[std::size_t(i * 3 + j)] = r(i, j);
    return out;
}

std::vector<Vec3> robustMean(const std::vector<std::vector<Vec3>>& shapes, double huberMm) {
    if (shapes.empty())
        return {};
    const std::size_t n = shapes.front().size(), k = shapes.size();
    std::vector<Vec3> mean(n);
    if (k <= 2) {
        for (const auto& s : shapes)
            for (std::size_t i = 0; i < n; ++i)
                mean[i] += s[i] * (1.0 / double(k));
        return mean;
    }
    std::vector<double> xs(k), ys(k), zs(k);
    const auto median = [](std::vector<double>& v) {
        std::sort(v.begin(), v.end());
        const std::size_t m = v.size() / 2;
        return v.size() % 2 ? v[m] : 0.5 * (v[m - 1] + v[m]);
    };
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < k; ++j) {
            xs[j] = shapes[j][i].x;
            ys[j] = shapes[j][i].y;
            zs[j] = shapes[j][i].z;
        }
        Vec3 m{median(xs), median(ys), median(zs)};
        for (int it = 0; it < 8; ++it) {   // Huber IRLS on the point distance
            Vec3 sum;
            double wsum = 0;
            for (std::size_t j = 0; j < k; ++j) {
                const double r = norm(shapes[j][i] - m);
                const double w = r > huberMm ? huberMm / r : 1.0;
                sum += shapes[j][i] * w;
                wsum += w;
            }
            m = sum * (1.0 / wsum);
        }
        mean[i] = m;
    }
    return mean;
}

} // namespace likeness::model
