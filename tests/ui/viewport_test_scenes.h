#pragma once
// Synthetic scenes for the viewport tests: a tessellated front hemisphere with
// analytic UVs, tangents (glTF handedness, normal-map +Y = v up) and a fixed
// photo camera looking at it down the model's -z.
#include <cmath>
#include <vector>

#include <QImage>

#include "viewport/viewport_scene.h"

namespace likeness::test {

constexpr double kTestPi = 3.14159265358979323846;

/// A hemisphere of `radiusMm` facing +z, `segments` x `segments` quads, seen by a
/// `size` x `size` photo camera 400 mm in front of it (model -> camera: rotation by pi about x).
inline ui::ViewportScene hemisphereScene(int segments, int size, float radiusMm = 80.0f) {
    ui::ViewportScene s;
    for (int j = 0; j <= segments; ++j) {
        for (int i = 0; i <= segments; ++i) {
            const double u = double(i) / segments, v = double(j) / segments;
            const double lon = (u - 0.5) * kTestPi * 0.999, lat = (0.5 - v) * kTestPi * 0.999;   // v runs down
            const double nx = std::cos(lat) * std::sin(lon), ny = std::sin(lat), nz = std::cos(lat) * std::cos(lon);
            s.positions.insert(s.positions.end(), {float(radiusMm * nx), float(radiusMm * ny), float(radiusMm * nz)});
            s.normals.insert(s.normals.end(), {float(nx), float(ny), float(nz)});
            // dP/du along the longitude; the bitangent cross(n, t) then points up (-v): w = +1.
            const double tx = std::cos(lon), tz = -std::sin(lon);
            s.tangents.insert(s.tangents.end(), {float(tx), 0.0f, float(tz), 1.0f});
            s.uvs.insert(s.uvs.end(), {float(u), float(v)});
            s.colors.insert(s.colors.end(), {float(0.45 + 0.3 * u), 0.38f, float(0.25 + 0.3 * v)});
        }
    }
    const int row = segments + 1;
    for (int j = 0; j < segments; ++j)
        for (int i = 0; i < segments; ++i) {
            const int a = j * row + i, b = a + 1, c = a + row, d = c + 1;
            // Counter-clockwise seen from outside (+z): a (top-left), c (below), b (right).
            s.triangles.insert(s.triangles.end(), {a, c, b, b, c, d});
        }
    s.camera.rotation = {1, 0, 0, 0, -1, 0, 0, 0, -1};
    s.camera.translationMm = {0, 0, 400};
    s.camera.focalPx = 2.2f * size;   // the hemisphere fills most of the view
    s.camera.cx = s.camera.cy = (size - 1) / 2.0f;
    s.camera.width = s.camera.height = size;
    s.centre = QVector3D(0, 0, radiusMm / 2);
    s.radius = radiusMm * 1.2f;
    s.roughness = 0.4f;
    return s;
}

/// A light from the upper left and the camera's side with a warm tint (camera space: y down, -z toward the camera).
inline ui::ViewportLight testLight(int bands) {
    ui::ViewportLight l;
    l.bands = bands;
    l.sh.assign(size_t(bands * bands * 3), 0.0f);
    auto set = [&](int k, float r, float g, float b) {
        if (k < bands * bands) { l.sh[size_t(k) * 3] = r; l.sh[size_t(k) * 3 + 1] = g; l.sh[size_t(k) * 3 + 2] = b; }
    };
    set(0, 0.95f, 0.88f, 0.80f);
    set(1, -0.35f, -0.30f, -0.28f);   // y: from above
    set(2, -0.45f, -0.42f, -0.40f);   // z: from the camera
    set(3, -0.25f, -0.22f, -0.20f);   // x: from the image's left
    set(4, 0.08f, 0.06f, 0.05f);
    set(6, -0.10f, -0.09f, -0.08f);
    set(8, 0.05f, 0.05f, 0.04f);
    set(12, 0.04f, 0.03f, 0.03f);
    set(20, 0.03f, 0.02f, 0.02f);
    return l;
}

/// A constant grey map of value `level` (0..255).
inline QImage constantMap(int level, int size = 4) {
    QImage image(size, size, QImage::Format_Grayscale8);
    image.fill(QColor(level, level, level));
    return image;
}

} // namespace likeness::test
