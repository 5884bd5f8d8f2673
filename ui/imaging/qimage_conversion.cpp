#include "imaging/qimage_conversion.h"

#include <cstring>

#include <opencv2/core.hpp>

#include "common/error.h"
#include "io/image.h"

namespace likeness::ui {

QImage toQImage(const likeness::Image& image) {
    const cv::Mat& rgb = image.rgb;
    if (rgb.empty()) return {};
    if (rgb.type() == CV_8UC3) {
        QImage out(rgb.cols, rgb.rows, QImage::Format_RGB888);
        const size_t rowBytes = size_t(rgb.cols) * 3;
        for (int y = 0; y < rgb.rows; ++y)
            std::memcpy(out.scanLine(y), rgb.ptr<std::uint8_t>(y), rowBytes);
        return out;
    }
    if (rgb.type() == CV_16UC3) {
        QImage out(rgb.cols, rgb.rows, QImage::Format_RGBX64);
        for (int y = 0; y < rgb.rows; ++y) {
            const auto* src = rgb.ptr<std::uint16_t>(y);
            auto* dst = reinterpret_cast<QRgba64*>(out.scanLine(y));
            for (int x = 0; x < rgb.cols; ++x, src += 3)
                dst[x] = QRgba64::fromRgba64(src[0], src[1], src[2], 65535);
        }
        return out;
    }
    throw likeness::InputError("Unsupported pixel format for display (expected 8- or 16-bit RGB).");
}

likeness::Image toCoreImage(const QImage& image) {
    likeness::Image out;
    if (image.isNull()) return out;
    const QImage::Format format = image.format();
    if (format == QImage::Format_RGBX64 || format == QImage::Format_RGBA64 ||
        format == QImage::Format_RGBA64_Premultiplied) {
        const QImage src = format == QImage::Format_RGBX64 ? image : image.convertToFormat(QImage::Format_RGBX64);
        out.rgb.create(src.height(), src.width(), CV_16UC3);
        for (int y = 0; y < src.height(); ++y) {
            const auto* in = reinterpret_cast<const QRgba64*>(src.constScanLine(y));
            auto* dst = out.rgb.ptr<std::uint16_t>(y);
            for (int x = 0; x < src.width(); ++x, dst += 3) {
                dst[0] = in[x].red();
                dst[1] = in[x].green();
                dst[2] = in[x].blue();
            }
        }
        out.sourceBitDepth = 16;
        return out;
    }
    const QImage src = format == QImage::Format_RGB888 ? image : image.convertToFormat(QImage::Format_RGB888);
    out.rgb.create(src.height(), src.width(), CV_8UC3);
    const size_t rowBytes = size_t(src.width()) * 3;
    for (int y = 0; y < src.height(); ++y) std::memcpy(out.rgb.ptr<std::uint8_t>(y), src.constScanLine(y), rowBytes);
    return out;
}

} // namespace likeness::ui
