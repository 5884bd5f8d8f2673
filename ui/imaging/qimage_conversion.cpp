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

} // namespace likeness::ui
