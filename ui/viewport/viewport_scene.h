#pragma once
// What the 3D viewport draws: the fitted face as the exporter builds it (the
// working mesh, its 52 ARKit morph targets, normals, tangents, UV maps), the
// fit's light and photo camera. Plain data, built off the GUI thread.
#include <array>
#include <memory>
#include <vector>

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector3D>

#include "views/map_layer.h"
#include "viewport/orbit_camera.h"

namespace likeness {
struct FaceFit;
class FaceTopology;
}

namespace likeness::ui {

/// The light the viewport shades with, in the fit's camera space (OpenCV axes):
/// SH radiance coefficients (row-major [bands^2][rgb], render/shading.h's
/// convention) and an optional directional key light.
struct ViewportLight {
    int bands = 0;                                  // 0 = no light (unlit modes only)
    std::vector<float> sh;                          // [bands^2 * 3]
    bool keyEnabled = false;
    std::array<float, 3> keyDirection{0, 0, -1};    // unit, toward the light
    std::array<float, 3> keyRadiance{0, 0, 0};      // linear RGB
};

struct ViewportMorph {
    QString name;                        // ARKit lowerCamelCase
    std::vector<float> positionDeltas;   // [V*3] mm
    std::vector<float> normalDeltas;     // [V*3] or empty
};

struct ViewportScene {
    // Mesh in model space (mm): the neutral; the expression is the morphs' weighted sum.
    std::vector<float> positions, normals, tangents, uvs, colors;   // [V*3], [V*3], [V*4], [V*2], [V*3] linear
    std::vector<int> triangles;
    std::vector<ViewportMorph> morphs;   // the 52 ARKit shapes in Apple's order
    std::vector<float> fittedWeights;    // the first photo's expression, one per morph
    // UV maps as the export writes them (u right, v down): sRGB diffuse, linear specular s,
    // tangent-space normals (OpenGL convention); the light map is image 0's shadowed
    // irradiance / pi when the map stages ran (null otherwise).
    QImage diffuse, specular, normal, lightMap;
    float roughness = 0.4f;              // of the specular lobe (S2F2 supp. eq. 9)
    ViewportLight fittedLight;           // the fit's light (the last stage's)
    PhotoCamera camera;                  // the first photo's camera
    QString stage;                       // the maps' stage: "coarse", "medium" or "fine"
    QVector3D centre;                    // bounding sphere of the neutral
    float radius = 0;

    int vertexCount() const { return static_cast<int>(positions.size() / 3); }
};
using ViewportScenePtr = std::shared_ptr<const ViewportScene>;

/// Builds the scene of `fit` (the exporter's working mesh and rig, likeness::buildFaceAsset,
/// with `mapSize` baked maps) and replaces the baked maps by the last map stage's in
/// `maps` where present. `light`/`bands`: the last stage's light (empty = the fit's own).
/// Throws likeness::Error for an inconsistent fit. Slow (about a second): call it off the GUI thread.
ViewportScene buildViewportScene(const likeness::FaceFit& fit, const likeness::FaceTopology& topology,
                                 const QList<MapLayer>& maps, const std::vector<float>& light = {}, int bands = 0,
                                 int mapSize = 512);

/// The posed mesh for `weights` (one per morph; missing = 0): positions and normals
/// (normals unnormalised: the shader normalises). Only non-zero weights cost time.
void blendMorphs(const ViewportScene& scene, const std::vector<float>& weights, std::vector<float>& positions,
                 std::vector<float>& normals);

} // namespace likeness::ui
