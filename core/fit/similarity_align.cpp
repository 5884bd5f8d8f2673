#include "fit/similarity_align.h"

#include <Eigen/Geometry>

#include "common/error.h"

namespace likeness {
namespace {

Eigen::Matrix3Xd toMatrix(const std::vector<float>& xyz) {
    Eigen::Matrix3Xd m(3, static_cast<Eigen::Index>(xyz.size() / 3));
    for (Eigen::Index i = 0; i < m.cols(); ++i)
        for (int k = 0; k < 3; ++k) m(k, i) = xyz[static_cast<size_t>(3 * i + k)];
    return m;
}

} // namespace

Similarity alignPoints(const std::vector<float>& source, const std::vector<float>& target, bool withScale) {
    if (source.size() != target.size() || source.size() % 3 != 0 || source.size() < 9)
        throw Error("alignPoints: need two sets of at least 3 corresponding points");
    const Eigen::Matrix4d t = Eigen::umeyama(toMatrix(source), toMatrix(target), withScale);
    Similarity s;
    const Eigen::Matrix3d sr = t.topLeftCorner<3, 3>();
    s.scale = std::cbrt(sr.determinant());
    s.rotation = sr / s.scale;
    s.translation = t.topRightCorner<3, 1>();
    return s;
}

double meanAlignedDistance(const std::vector<float>& source, const std::vector<float>& target, bool withScale) {
    const Similarity s = alignPoints(source, target, withScale);
    const Eigen::Matrix3Xd a = toMatrix(source), b = toMatrix(target);
    double sum = 0;
    for (Eigen::Index i = 0; i < a.cols(); ++i) sum += (s.apply(a.col(i)) - b.col(i)).norm();
    return sum / static_cast<double>(a.cols());
}

} // namespace likeness
