#pragma once
// A decoded photo at full resolution, as the rest of the core sees it.
#include <cstdint>
#include <string>

#include <opencv2/core/mat.hpp>

namespace likeness {

/// A decoded image: RGB, 8 or 16 bit per channel, EXIF orientation already applied.
struct Image {
    cv::Mat rgb;                 // CV_8UC3 or CV_16UC3, RGB channel order, full resolution
    int sourceChannels = 3;      // channels in the file: 1 gray, 2 gray+alpha, 3, 4 with alpha
    int sourceBitDepth = 8;      // 8 or 16
    bool hadAlpha = false;       // the file had an alpha channel; it was composited over black (image_io.h)
    int exifOrientation = 1;     // 1..8 as read from the file (already applied to `rgb`)
    std::string path;            // where it came from (empty for in-memory images)

    int width() const { return rgb.cols; }
    int height() const { return rgb.rows; }
    bool empty() const { return rgb.empty(); }
};

} // namespace likeness
