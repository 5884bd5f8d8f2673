#include "analysis/rotated_roi.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace likeness {

namespace {
constexpr float kPi = 3.14159265358979323846f;
} // namespace

float normalizeRadians(float angle) {
    return angle - 2.f * kPi * std::floor((angle + kPi) / (2.f * kPi));  // MediaPipe NormalizeRadians
}

float rotationFromPoints(float fromX, float fromY, float toX, float toY) {
    return std::atan2(toY - fromY, toX - fromX);
}

RoiTransform::RoiTransform(const RotatedRoi& roi, int cropSize, bool flipX)
    : m_roi(roi), m_size(std::max(cropSize, 1)), m_flip(flipX) {
    m_scale = roi.size / static_cast<float>(m_size);
    m_cos = std::cos(roi.angle);
    m_sin = std::sin(roi.angle);
}

cv::Point2f RoiTransform::toImage(float u, float v) const {
    const float half = 0.5f * m_size;
    const float d = ((m_flip ? m_size - u : u) - half) * m_scale;
    const float e = (v - half) * m_scale;
    return {m_roi.cx + m_cos * d - m_sin * e, m_roi.cy + m_sin * d + m_cos * e};
}

cv::Point2f RoiTransform::toCrop(float x, float y) const {
    const float dx = x - m_roi.cx, dy = y - m_roi.cy;
    const float half = 0.5f * m_size;
    const float u = half + (m_cos * dx + m_sin * dy) / m_scale;
    const float v = half + (-m_sin * dx + m_cos * dy) / m_scale;
    return {m_flip ? m_size - u : u, v};
}

Landmark RoiTransform::toImage(const Landmark& p) const {
    const cv::Point2f q = toImage(p.x, p.y);
    return {q.x, q.y, p.z * m_scale};
}

cv::Matx23d RoiTransform::cropPixelToImage() const {
    // Pixel index i has continuous coordinate i + 0.5; mirrored, S - (i + 0.5).
    const double s = m_scale, c = m_cos, sn = m_sin;
    const double fx = m_flip ? -1.0 : 1.0;
    const double o = 0.5 - 0.5 * m_size;  // (i + 0.5) - S/2 at i = 0
    return {fx * c * s, -sn * s, m_roi.cx + fx * c * s * o - sn * s * o,
            fx * sn * s, c * s, m_roi.cy + fx * sn * s * o + c * s * o};
}

RotatedRoi letterboxRoi(int imageWidth, int imageHeight) {
    // Continuous image centre (w/2, h/2) is pixel coordinate (w/2 - 0.5, h/2 - 0.5).
    return {0.5f * imageWidth - 0.5f, 0.5f * imageHeight - 0.5f,
            static_cast<float>(std::max(imageWidth, imageHeight)), 0.f};
}

RotatedRoi roiFromDetection(const FaceDetection& d, float scale) {
    const Landmark& a = d.keypoints[KeypointRightEye];
    const Landmark& b = d.keypoints[KeypointLeftEye];
    RotatedRoi roi;
    roi.cx = 0.5f * (d.box.x0 + d.box.x1);
    roi.cy = 0.5f * (d.box.y0 + d.box.y1);
    roi.size = std::max(d.box.width(), d.box.height()) * scale;
    roi.angle = normalizeRadians(rotationFromPoints(a.x, a.y, b.x, b.y));
    return roi;
}

RotatedRoi roiFromLandmarks(const std::vector<Landmark>& landmarks, int count, int rotationStart,
                            int rotationEnd, float scale) {
    count = std::min<int>(count, static_cast<int>(landmarks.size()));
    RotatedRoi roi;
    if (count <= 0) return roi;
    if (rotationStart >= 0 && rotationEnd >= 0 && rotationStart < static_cast<int>(landmarks.size()) &&
        rotationEnd < static_cast<int>(landmarks.size())) {
        const Landmark& a = landmarks[rotationStart];
        const Landmark& b = landmarks[rotationEnd];
        roi.angle = normalizeRadians(rotationFromPoints(a.x, a.y, b.x, b.y));
    }
    const float c = std::cos(roi.angle), s = std::sin(roi.angle);
    float u0 = std::numeric_limits<float>::max(), v0 = u0, u1 = -u0, v1 = -u0;
    for (int i = 0; i < count; ++i) {
        const float x = landmarks[i].x, y = landmarks[i].y;
        const float u = c * x + s * y, v = -s * x + c * y;  // coordinates along the ROI axes
        u0 = std::min(u0, u);
        u1 = std::max(u1, u);
        v0 = std::min(v0, v);
        v1 = std::max(v1, v);
    }
    const float uc = 0.5f * (u0 + u1), vc = 0.5f * (v0 + v1);
    roi.cx = c * uc - s * vc;
    roi.cy = s * uc + c * vc;
    roi.size = std::max(u1 - u0, v1 - v0) * scale;
    return roi;
}

RotatedRoi roiFromEyeCorners(const Landmark& start, const Landmark& end, float scale) {
    RotatedRoi roi;
    roi.cx = 0.5f * (start.x + end.x);
    roi.cy = 0.5f * (start.y + end.y);
    roi.size = std::hypot(end.x - start.x, end.y - start.y) * scale;
    roi.angle = normalizeRadians(rotationFromPoints(start.x, start.y, end.x, end.y));
    return roi;
}

bool roiContains(const RotatedRoi& roi, float x, float y, float margin) {
    const float c = std::cos(roi.angle), s = std::sin(roi.angle);
    const float dx = x - roi.cx, dy = y - roi.cy;
    const float half = 0.5f * roi.size + margin;
    return std::abs(c * dx + s * dy) <= half && std::abs(-s * dx + c * dy) <= half;
}

bool roiIsUsable(const RotatedRoi& roi, float minSize) {
    return std::isfinite(roi.cx) && std::isfinite(roi.cy) && std::isfinite(roi.angle) &&
           std::isfinite(roi.size) && roi.size >= minSize && std::abs(roi.cx) < 1e7f && std::abs(roi.cy) < 1e7f &&
           roi.size < 1e7f;
}

} // namespace likeness
