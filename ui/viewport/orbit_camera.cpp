#include "viewport/orbit_camera.h"

#include <algorithm>
#include <cmath>

namespace likeness::ui {
namespace {

constexpr float kDegPerPixel = 0.4f;
constexpr float kZoomStep = 0.85f;

float clampPitch(float p) { return std::clamp(p, -89.0f, 89.0f); }

} // namespace

void OrbitCamera::setBounds(const QVector3D& centre, float radius) {
    m_centre = centre;
    m_radius = std::max(radius, 1.0f);
    m_target = centre;
    frame();
}

void OrbitCamera::setPreset(ViewPreset preset) {
    m_preset = preset;
    m_target = m_centre;
    switch (preset) {
    case ViewPreset::Photo:
    case ViewPreset::Front: m_yaw = 0; m_pitch = 0; break;
    case ViewPreset::Left: m_yaw = 90; m_pitch = 0; break;
    case ViewPreset::Right: m_yaw = -90; m_pitch = 0; break;
    case ViewPreset::Top: m_yaw = 0; m_pitch = 89; break;
    case ViewPreset::ThreeQuarter: m_yaw = 35; m_pitch = 10; break;
    }
    frame();
    m_preset = preset;
}

void OrbitCamera::frame() {
    // The bounding sphere fills the shorter side (the vertical field of view) with a margin.
    const float half = qDegreesToRadians(kFovDeg) / 2;
    m_distance = m_radius * 1.15f / std::sin(half);
    m_target = m_centre;
    leavePhotoCamera();
}

void OrbitCamera::leavePhotoCamera() {
    if (m_preset == ViewPreset::Photo) m_preset = ViewPreset::Front;
}

void OrbitCamera::orbit(float dx, float dy) {
    if (usesPhotoCamera()) {
        // Start orbiting from where the photo camera looks: its direction in model space.
        const QVector3D eye = eyePosition() - m_target;
        m_distance = std::max(eye.length(), 1.0f);
        m_yaw = qRadiansToDegrees(std::atan2(eye.x(), eye.z()));
        m_pitch = qRadiansToDegrees(std::asin(std::clamp(eye.y() / m_distance, -1.0f, 1.0f)));
    }
    leavePhotoCamera();
    m_yaw -= dx * kDegPerPixel;
    m_pitch = clampPitch(m_pitch + dy * kDegPerPixel);
}

void OrbitCamera::pan(float dx, float dy, int viewportHeight) {
    leavePhotoCamera();
    // One pixel moves the target by the size one pixel covers at the target's distance.
    const float mmPerPixel = 2 * m_distance * std::tan(qDegreesToRadians(kFovDeg) / 2) / std::max(viewportHeight, 1);
    const QMatrix4x4 view = viewMatrix();
    const QVector3D right(view(0, 0), view(0, 1), view(0, 2));
    const QVector3D up(view(1, 0), view(1, 1), view(1, 2));
    m_target += (-dx * right + dy * up) * mmPerPixel;
}

void OrbitCamera::zoom(float steps) {
    leavePhotoCamera();
    m_distance = std::clamp(m_distance * std::pow(kZoomStep, steps), m_radius * 0.2f, m_radius * 40.0f);
}

QVector3D OrbitCamera::eyePosition() const {
    if (usesPhotoCamera()) return photoView(m_photo).inverted().map(QVector3D(0, 0, 0));
    const float yaw = qDegreesToRadians(m_yaw), pitch = qDegreesToRadians(m_pitch);
    const QVector3D dir(std::cos(pitch) * std::sin(yaw), std::sin(pitch), std::cos(pitch) * std::cos(yaw));
    return m_target + dir * m_distance;
}

QMatrix4x4 OrbitCamera::viewMatrix() const {
    if (usesPhotoCamera()) return photoView(m_photo);
    QMatrix4x4 view;
    // Near the poles "up" is taken from the yaw so lookAt never degenerates.
    const float yaw = qDegreesToRadians(m_yaw);
    const QVector3D up = std::abs(m_pitch) > 80 ? QVector3D(-std::sin(yaw), 0, -std::cos(yaw)) * (m_pitch > 0 ? 1.0f : -1.0f)
                                                : QVector3D(0, 1, 0);
    view.lookAt(eyePosition(), m_target, up);
    return view;
}

QMatrix4x4 OrbitCamera::projectionMatrix(float aspect) const {
    const float distance = (eyePosition() - m_centre).length();
    const float nearMm = std::max(distance - 3 * m_radius, m_radius * 0.05f);
    const float farMm = distance + 3 * m_radius;
    if (usesPhotoCamera()) return photoProjection(m_photo, nearMm, farMm);
    QMatrix4x4 projection;
    projection.perspective(kFovDeg, std::max(aspect, 1e-3f), nearMm, farMm);
    return projection;
}

QMatrix4x4 photoProjection(const PhotoCamera& c, float nearMm, float farMm) {
    // x_ndc = 2 (f x / z + cx + 0.5) / W - 1, y_ndc = 1 - 2 (f y / z + cy + 0.5) / H in
    // OpenCV camera coordinates; written for GL eye coordinates (y and z negated).
    const float W = static_cast<float>(c.width), H = static_cast<float>(c.height);
    QMatrix4x4 p(2 * c.focalPx / W, 0, 1 - 2 * (c.cx + 0.5f) / W, 0,
                 0, 2 * c.focalPx / H, 2 * (c.cy + 0.5f) / H - 1, 0,
                 0, 0, -(farMm + nearMm) / (farMm - nearMm), -2 * farMm * nearMm / (farMm - nearMm),
                 0, 0, -1, 0);
    return p;
}

QMatrix4x4 photoView(const PhotoCamera& c) {
    const auto& r = c.rotation;
    const auto& t = c.translationMm;
    // Rows of diag(1, -1, -1) * [R | t].
    return QMatrix4x4(r[0], r[1], r[2], t[0],
                      -r[3], -r[4], -r[5], -t[1],
                      -r[6], -r[7], -r[8], -t[2],
                      0, 0, 0, 1);
}

} // namespace likeness::ui
