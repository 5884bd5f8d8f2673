#pragma once
// The 3D viewport's camera: an orbit about a target (yaw, pitch, distance, pan)
// in Likeness model space (millimetres, x toward the subject's left, y up, z out
// of the face), or the fit's own photo camera so the viewport lines up with the
// photo and the core's render. Plain math over Qt's matrix types (no GL).
#include <array>

#include <QMatrix4x4>
#include <QVector3D>

namespace likeness::ui {

/// The fit's pinhole camera of one photo (OpenCV convention: x right, y down,
/// z forward; pixel centres at integers), model -> camera = R x + t.
struct PhotoCamera {
    std::array<float, 9> rotation{1, 0, 0, 0, 1, 0, 0, 0, 1};   // row-major R
    std::array<float, 3> translationMm{0, 0, 0};
    float focalPx = 0, cx = 0, cy = 0;
    int width = 0, height = 0;
    bool valid() const { return focalPx > 0 && width > 0 && height > 0; }
};

enum class ViewPreset { Photo, Front, Left, Right, Top, ThreeQuarter };

class OrbitCamera {
public:
    /// The sphere the views frame (the mesh's bounds).
    void setBounds(const QVector3D& centre, float radius);
    void setPhotoCamera(const PhotoCamera& camera) { m_photo = camera; }
    const PhotoCamera& photoCamera() const { return m_photo; }

    /// Presets look at the bounds' centre from the front (+z), the subject's left
    /// (+x) or right (-x), above (+y), or 35 degrees to the subject's left;
    /// Photo uses the fit's camera (Front when there is none).
    void setPreset(ViewPreset preset);
    ViewPreset preset() const { return m_preset; }
    /// Keeps the direction, fits the bounds into the view (leaves the photo camera).
    void frame();

    /// Mouse gestures in pixels of a viewport of height `viewportHeight`.
    void orbit(float dxPixels, float dyPixels);     // 0.4 degrees per pixel
    void pan(float dxPixels, float dyPixels, int viewportHeight);
    void zoom(float steps);                         // wheel steps: each 15 % closer (> 0) or farther

    /// World (model) -> GL eye space, and the projection for `aspect` = width / height.
    QMatrix4x4 viewMatrix() const;
    QMatrix4x4 projectionMatrix(float aspect) const;
    /// The eye in model space.
    QVector3D eyePosition() const;

    float yawDeg() const { return m_yaw; }
    float pitchDeg() const { return m_pitch; }
    float distanceMm() const { return m_distance; }
    bool usesPhotoCamera() const { return m_preset == ViewPreset::Photo && m_photo.valid(); }

    static constexpr float kFovDeg = 30.0f;   // vertical field of view of the orbit views

private:
    void leavePhotoCamera();

    PhotoCamera m_photo;
    ViewPreset m_preset = ViewPreset::Front;
    QVector3D m_centre{0, 0, 0};
    float m_radius = 100.0f;
    QVector3D m_target{0, 0, 0};
    float m_yaw = 0, m_pitch = 0;   // degrees; yaw about +y (positive: toward the subject's left), pitch up
    float m_distance = 400.0f;
};

/// OpenGL projection of an OpenCV pinhole camera (pixel centres at integers, image
/// row 0 at the top) for a viewport of the photo's aspect.
QMatrix4x4 photoProjection(const PhotoCamera& camera, float nearMm, float farMm);
/// OpenCV camera [R|t] followed by the flip to GL's eye space (y up, looking down -z).
QMatrix4x4 photoView(const PhotoCamera& camera);

} // namespace likeness::ui
