#pragma once
// Similarity (scale, rotation, translation) alignment of corresponding point
// sets (Umeyama 1991) and the mean distance after it: how synthetic recovery
// is scored, and a rotation estimate from 3D landmarks.
#include <vector>

#include <Eigen/Core>

namespace likeness {

struct Similarity {
    double scale = 1;
    Eigen::Matrix3d rotation = Eigen::Matrix3d::Identity();
    Eigen::Vector3d translation = Eigen::Vector3d::Zero();
    Eigen::Vector3d apply(const Eigen::Vector3d& p) const { return scale * (rotation * p) + translation; }
};

/// The similarity that maps `source` onto `target` (xyz triples, same count >= 3)
/// in the least-squares sense; `withScale` false gives a rigid transform.
Similarity alignPoints(const std::vector<float>& source, const std::vector<float>& target, bool withScale = true);

/// Mean Euclidean distance between `source` aligned onto `target` and `target`.
double meanAlignedDistance(const std::vector<float>& source, const std::vector<float>& target, bool withScale = true);

} // namespace likeness
