#pragma once
// The layers drawn over the photo and their colours.
#include <QColor>
#include <QFlags>

namespace likeness::ui {

enum class OverlayLayer {
    Points = 0x1,    // the 478 landmarks
    Mesh = 0x2,      // wireframe of the FaceMesh triangles (needs the topology)
    Contours = 0x4,  // lips, eyes, brows, silhouette, irises (needs the topology)
    Boxes = 0x8,     // detector boxes with the face's number
};
Q_DECLARE_FLAGS(OverlayLayers, OverlayLayer)
Q_DECLARE_OPERATORS_FOR_FLAGS(OverlayLayers)

/// Every layer on.
constexpr OverlayLayers allOverlayLayers() {
    return OverlayLayers(int(OverlayLayer::Points) | int(OverlayLayer::Mesh) |
                         int(OverlayLayer::Contours) | int(OverlayLayer::Boxes));
}

/// Opaque colours chosen to stand out from skin, hair and common backgrounds.
namespace overlay_colors {
inline QColor points() { return QColor(0, 229, 255); }     // cyan
inline QColor mesh() { return QColor(118, 255, 3); }       // light green
inline QColor contours() { return QColor(255, 64, 255); }  // magenta
inline QColor boxes() { return QColor(255, 171, 0); }      // amber
} // namespace overlay_colors

} // namespace likeness::ui
