#include "controllers/fit_map_layers.h"

#include <algorithm>
#include <cmath>

#include <opencv2/core.hpp>

#include "appearance/appearance_images.h"
#include "common/error.h"
#include "export/light_maps.h"

namespace likeness::ui {

namespace {

QImage decodePng(const std::vector<unsigned char>& bytes, const char* what) {
    QImage image = QImage::fromData(bytes.data(), int(bytes.size()), "PNG");
    if (image.isNull()) throw likeness::Error(std::string("Could not decode the ") + what + " map.");
    return image;
}

void addStage(QList<MapLayer>& layers, const QString& stage, const likeness::AppearanceMaps& maps) {
    if (maps.size <= 0 || maps.diffuse.empty()) return;
    layers.append({QStringLiteral("diffuse"), stage, decodePng(likeness::diffusePng(maps), "diffuse")});
    if (!maps.specular.empty())
        layers.append({QStringLiteral("specular"), stage, decodePng(likeness::specularPng(maps), "specular")});
    if (!maps.normal.empty())
        layers.append({QStringLiteral("normal"), stage, decodePng(likeness::normalPng(maps), "normal")});
    if (!maps.displacement.empty()) {
        double range = 0;
        layers.append({QStringLiteral("displacement"), stage,
                       decodePng(likeness::displacementPng(maps, range), "displacement")});
    }
}

/// CV_32FC3 sRGB [0,1] (RGB order) to an opaque 8-bit image.
QImage shadingImage(const cv::Mat& shading) {
    if (shading.empty() || shading.type() != CV_32FC3) return {};
    QImage image(shading.cols, shading.rows, QImage::Format_RGB888);
    for (int y = 0; y < shading.rows; ++y) {
        const auto* in = shading.ptr<cv::Vec3f>(y);
        uchar* out = image.scanLine(y);
        for (int x = 0; x < shading.cols; ++x)
            for (int c = 0; c < 3; ++c)
                out[3 * x + c] = uchar(std::lround(std::clamp(in[x][c], 0.f, 1.f) * 255.f));
    }
    return image;
}

} // namespace

QList<FitStageReport> stageReportsOf(const likeness::AppearanceResult& result) {
    QList<FitStageReport> reports;
    for (const likeness::AppearanceStageReport& s : result.stages)
        reports.append({QString::fromStdString(s.stage), double(s.ssim), double(s.psnr), s.seconds, s.iterations});
    return reports;
}

QList<MapLayer> mapLayersOf(const likeness::AppearanceResult& result) {
    QList<MapLayer> layers;
    addStage(layers, QStringLiteral("coarse"), result.coarse);
    addStage(layers, QStringLiteral("medium"), result.medium);
    addStage(layers, QStringLiteral("fine"), result.fine);
    // The light of the last stage run.
    const QString last = result.fine.size ? QStringLiteral("fine")
                         : result.medium.size ? QStringLiteral("medium")
                                              : QStringLiteral("coarse");
    if (!result.lightMap.empty()) layers.append({QStringLiteral("lightmap"), last, decodePng(likeness::lightMapPng(result), "light")});
    if (!result.shLight.empty() && result.shBands > 0) {
        const likeness::UvBakeResult env = likeness::environmentMap(result.shLight.front(), result.shBands);
        layers.append({QStringLiteral("envmap"), last, decodePng(likeness::encodeNormalisedPng(env), "environment")});
    }
    QImage shading = shadingImage(result.shading);
    if (!shading.isNull()) layers.append({QStringLiteral("shading"), last, std::move(shading)});
    return layers;
}

} // namespace likeness::ui
