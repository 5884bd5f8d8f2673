#include "viewport/viewport_scene.h"

#include <algorithm>
#include <cmath>

#include "common/error.h"
#include "export/face_asset.h"
#include "fit/coarse_fit.h"

namespace likeness::ui {
namespace {

QImage decodePng(const std::vector<unsigned char>& bytes) {
    QImage image;
    image.loadFromData(bytes.data(), static_cast<int>(bytes.size()), "PNG");
    return image;
}

/// The last stage's layer named `map` (fine over medium), or null.
QImage lastStageMap(const QList<MapLayer>& maps, const QString& map, QString* stage) {
    for (const char* s : {"fine", "medium"})
        for (const MapLayer& layer : maps)
            if (layer.map == map && layer.stage == QLatin1String(s) && !layer.image.isNull()) {
                if (stage) *stage = layer.stage;
                return layer.image;
            }
    return {};
}

std::array<float, 9> rotationMatrix(const std::array<float, 3>& axisAngle) {
    const double theta = std::sqrt(axisAngle[0] * axisAngle[0] + axisAngle[1] * axisAngle[1] + axisAngle[2] * axisAngle[2]);
    std::array<float, 9> r{1, 0, 0, 0, 1, 0, 0, 0, 1};
    if (theta < 1e-12) return r;
    const double x = axisAngle[0] / theta, y = axisAngle[1] / theta, z = axisAngle[2] / theta;
    const double c = std::cos(theta), s = std::sin(theta), C = 1 - c;
    // Rodrigues' formula.
    r = {float(c + x * x * C), float(x * y * C - z * s), float(x * z * C + y * s),
         float(y * x * C + z * s), float(c + y * y * C), float(y * z * C - x * s),
         float(z * x * C - y * s), float(z * y * C + x * s), float(c + z * z * C)};
    return r;
}

} // namespace

ViewportScene buildViewportScene(const likeness::FaceFit& fit, const likeness::FaceTopology& topology,
                                 const QList<MapLayer>& maps, const std::vector<float>& light, int bands, int mapSize) {
    likeness::FaceAssetOptions options;
    options.level = "working";
    options.mapResolution = mapSize;
    options.rig = true;
    options.animation = false;
    const likeness::ExportAsset asset = likeness::buildFaceAsset(fit, topology, options);
    const likeness::ExportMesh& m = asset.mesh;

    ViewportScene scene;
    scene.positions = m.positions;
    scene.normals = m.normals;
    scene.tangents = m.tangents;
    scene.uvs = m.uvs;
    scene.colors = m.colors;
    scene.triangles = m.triangles;
    for (const likeness::ExportMorphTarget& t : m.morphTargets)
        scene.morphs.push_back({QString::fromStdString(t.name), t.positionDeltas, t.normalDeltas});
    scene.fittedWeights = m.morphWeights;

    auto image = [&](int index) {
        return index >= 0 && index < static_cast<int>(asset.images.size())
                   ? decodePng(asset.images[static_cast<size_t>(index)].bytes) : QImage();
    };
    scene.stage = QStringLiteral("coarse");
    scene.diffuse = image(asset.material.baseColorImage);
    scene.specular = image(asset.material.specularImage);
    scene.normal = image(asset.material.normalImage);
    QString stage;
    if (QImage d = lastStageMap(maps, QStringLiteral("diffuse"), &stage); !d.isNull()) {
        scene.diffuse = d;
        scene.stage = stage;
    }
    if (QImage s = lastStageMap(maps, QStringLiteral("specular"), nullptr); !s.isNull()) scene.specular = s;
    if (QImage n = lastStageMap(maps, QStringLiteral("normal"), nullptr); !n.isNull()) scene.normal = n;
    scene.lightMap = lastStageMap(maps, QStringLiteral("lightmap"), nullptr);
    scene.roughness = static_cast<float>(fit.roughness);

    const bool ownLight = light.empty() || bands < 1;
    scene.fittedLight.bands = ownLight ? fit.shBands : bands;
    scene.fittedLight.sh = ownLight ? fit.shLight : light;
    if (scene.fittedLight.sh.size() != static_cast<size_t>(scene.fittedLight.bands * scene.fittedLight.bands * 3))
        throw likeness::InputError("The fit's light does not match its number of SH bands.");

    const likeness::ImageFit& im = fit.images.front();
    scene.camera.rotation = rotationMatrix(im.rotationAxisAngle);
    scene.camera.translationMm = im.translationMm;
    scene.camera.focalPx = im.focalPx;
    scene.camera.cx = im.cx;
    scene.camera.cy = im.cy;
    scene.camera.width = im.imageWidth;
    scene.camera.height = im.imageHeight;

    // Bounding sphere: the box's centre and the farthest vertex from it.
    QVector3D lo(1e30f, 1e30f, 1e30f), hi(-1e30f, -1e30f, -1e30f);
    for (size_t i = 0; i + 2 < scene.positions.size(); i += 3) {
        const QVector3D p(scene.positions[i], scene.positions[i + 1], scene.positions[i + 2]);
        lo = QVector3D(std::min(lo.x(), p.x()), std::min(lo.y(), p.y()), std::min(lo.z(), p.z()));
        hi = QVector3D(std::max(hi.x(), p.x()), std::max(hi.y(), p.y()), std::max(hi.z(), p.z()));
    }
    scene.centre = (lo + hi) / 2;
    for (size_t i = 0; i + 2 < scene.positions.size(); i += 3)
        scene.radius = std::max(scene.radius, (QVector3D(scene.positions[i], scene.positions[i + 1],
                                                         scene.positions[i + 2]) - scene.centre).length());
    return scene;
}

void blendMorphs(const ViewportScene& scene, const std::vector<float>& weights, std::vector<float>& positions,
                 std::vector<float>& normals) {
    positions = scene.positions;
    normals = scene.normals;
    const size_t n = positions.size();
    for (size_t k = 0; k < scene.morphs.size() && k < weights.size(); ++k) {
        const float w = weights[k];
        if (w == 0.0f) continue;
        const ViewportMorph& morph = scene.morphs[k];
        if (morph.positionDeltas.size() == n)
            for (size_t i = 0; i < n; ++i) positions[i] += w * morph.positionDeltas[i];
        if (morph.normalDeltas.size() == n)
            for (size_t i = 0; i < n; ++i) normals[i] += w * morph.normalDeltas[i];
    }
}

} // namespace likeness::ui
