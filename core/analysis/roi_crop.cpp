#include "analysis/roi_crop.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "common/error.h"

namespace likeness {

void RoiCropOptions::validate() const {
    if (!(rangeMax > rangeMin))
        throw OptionsError("ROI crop: the value range must be increasing.");
    if (!(antialiasAbove >= 1.f))
        throw OptionsError("ROI crop: the antialiasing threshold must be at least 1.");
}

cv::Mat cropRoiPixels(const cv::Mat& image, const RoiTransform& transform,
                      const RoiCropOptions& options) {
    if (image.empty() || (image.type() != CV_8UC3 && image.type() != CV_16UC3))
        throw InputError("Face analysis needs an 8- or 16-bit RGB image.");
    const int size = transform.cropSize();
    const int border = options.replicateBorder ? cv::BORDER_REPLICATE : cv::BORDER_CONSTANT;
    cv::Matx23d m = transform.cropPixelToImage();
    const cv::Mat* source = &image;
    cv::Mat reduced;

    if (transform.scale() >= options.antialiasAbove) {
        // Region of the image the crop reads (its four corners, plus the
        // bilinear footprint), clipped to the image.
        float x0 = 1e30f, y0 = 1e30f, x1 = -1e30f, y1 = -1e30f;
        for (int k = 0; k < 4; ++k) {
            const double i = (k & 1) ? size - 0.5 : -0.5, j = (k & 2) ? size - 0.5 : -0.5;
            const float x = static_cast<float>(m(0, 0) * i + m(0, 1) * j + m(0, 2));
            const float y = static_cast<float>(m(1, 0) * i + m(1, 1) * j + m(1, 2));
            x0 = std::min(x0, x), x1 = std::max(x1, x);
            y0 = std::min(y0, y), y1 = std::max(y1, y);
        }
        // Box-filter by an integer factor: OpenCV's INTER_AREA is ~20x faster for
        // integer factors, and the remaining scale (in [1, 2)) is safe for bilinear.
        const int factor = static_cast<int>(std::floor(transform.scale()));
        const int pad = 2 + factor;
        cv::Rect region = cv::Rect(cv::Point(static_cast<int>(std::floor(x0)) - pad,
                                             static_cast<int>(std::floor(y0)) - pad),
                                   cv::Point(static_cast<int>(std::ceil(x1)) + pad + 1,
                                             static_cast<int>(std::ceil(y1)) + pad + 1)) &
                          cv::Rect(0, 0, image.cols, image.rows);
        // Whole blocks only (the fast path needs sizes divisible by the factor):
        // grow the region, sliding it back inside the image; trim only when the
        // image itself is too small (losing < factor pixels at its far edge).
        const auto wholeBlocks = [factor](int& start, int& length, int limit) {
            int want = (length + factor - 1) / factor * factor;
            if (want > limit) want = limit / factor * factor;
            start = std::max(0, std::min(start, limit - want));
            length = want;
        };
        wholeBlocks(region.x, region.width, image.cols);
        wholeBlocks(region.y, region.height, image.rows);
        if (factor >= 2 && region.width >= 2 * factor && region.height >= 2 * factor) {
            cv::resize(image(region), reduced, cv::Size(region.width / factor, region.height / factor), 0, 0,
                       cv::INTER_AREA);
            // Full-image pixel x -> reduced pixel (x - rx + 0.5) / factor - 0.5.
            const double f = 1.0 / factor;
            for (int c = 0; c < 3; ++c) {
                m(0, c) *= f;
                m(1, c) *= f;
            }
            m(0, 2) += (0.5 - region.x) * f - 0.5;
            m(1, 2) += (0.5 - region.y) * f - 0.5;
            source = &reduced;
        }
    }
    cv::Mat crop;
    cv::warpAffine(*source, crop, cv::Mat(m), cv::Size(size, size),
                   cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, border, cv::Scalar::all(0));
    return crop;
}

void cropRoiToFloat(const cv::Mat& image, const RoiTransform& transform,
                    const RoiCropOptions& options, float* out) {
    options.validate();
    const cv::Mat crop = cropRoiPixels(image, transform, options);
    const double maxValue = crop.depth() == CV_16U ? 65535.0 : 255.0;
    const int size = transform.cropSize();
    cv::Mat dst(size, size, CV_32FC3, out);
    crop.convertTo(dst, CV_32F, (options.rangeMax - options.rangeMin) / maxValue, options.rangeMin);
}

} // namespace likeness
