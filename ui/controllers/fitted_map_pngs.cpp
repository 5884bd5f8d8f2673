#include "controllers/fitted_map_pngs.h"

#include <cstring>

#include <opencv2/imgcodecs.hpp>

#include "common/error.h"
#include "export/face_asset.h"

namespace likeness::ui {
namespace {

const QImage* layerImage(const QList<MapLayer>& maps, const QString& map, const QString& stage) {
    for (const MapLayer& layer : maps)
        if (layer.map == map && layer.stage == stage && !layer.image.isNull()) return &layer.image;
    return nullptr;
}

std::vector<unsigned char> encode(const cv::Mat& m, const char* what) {
    std::vector<unsigned char> png;
    if (!cv::imencode(".png", m, png)) throw likeness::Error(std::string("Could not encode the ") + what + " map.");
    return png;
}

/// 8-bit RGB (sRGB as stored) in OpenCV's BGR order.
std::vector<unsigned char> diffusePng(const QImage& image) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    cv::Mat m(rgb.height(), rgb.width(), CV_8UC3);
    for (int y = 0; y < rgb.height(); ++y) {
        const uchar* in = rgb.constScanLine(y);
        auto* out = m.ptr<cv::Vec3b>(y);
        for (int x = 0; x < rgb.width(); ++x) out[x] = {in[3 * x + 2], in[3 * x + 1], in[3 * x]};
    }
    return encode(m, "diffuse");
}

/// Gray, at the image's own depth (8 or 16 bits).
std::vector<unsigned char> specularPng(const QImage& image) {
    const bool deep = image.depth() > 32 || image.format() == QImage::Format_Grayscale16;
    const QImage gray = image.convertToFormat(deep ? QImage::Format_Grayscale16 : QImage::Format_Grayscale8);
    cv::Mat m(gray.height(), gray.width(), deep ? CV_16UC1 : CV_8UC1);
    const size_t rowBytes = size_t(gray.width()) * (deep ? 2 : 1);
    for (int y = 0; y < gray.height(); ++y) std::memcpy(m.ptr(y), gray.constScanLine(y), rowBytes);
    return encode(m, "specular");
}

/// 16-bit RGB (xyz * 0.5 + 0.5) in BGR order.
std::vector<unsigned char> normalPng(const QImage& image) {
    const QImage rgbx = image.convertToFormat(QImage::Format_RGBX64);
    cv::Mat m(rgbx.height(), rgbx.width(), CV_16UC3);
    for (int y = 0; y < rgbx.height(); ++y) {
        const auto* in = reinterpret_cast<const QRgba64*>(rgbx.constScanLine(y));
        auto* out = m.ptr<cv::Vec3w>(y);
        for (int x = 0; x < rgbx.width(); ++x) out[x] = {in[x].blue(), in[x].green(), in[x].red()};
    }
    return encode(m, "normal");
}

} // namespace

void useFittedMaps(const QList<MapLayer>& maps, likeness::FaceAssetOptions& asset) {
    for (const QString& stage : {QStringLiteral("fine"), QStringLiteral("medium")}) {
        const QImage* diffuse = layerImage(maps, QStringLiteral("diffuse"), stage);
        if (!diffuse) continue;
        asset.fittedDiffusePng = diffusePng(*diffuse);
        if (const QImage* specular = layerImage(maps, QStringLiteral("specular"), stage))
            asset.fittedSpecularPng = specularPng(*specular);
        if (const QImage* normal = layerImage(maps, QStringLiteral("normal"), stage)) asset.fittedNormalPng = normalPng(*normal);
        return;
    }
}

} // namespace likeness::ui
