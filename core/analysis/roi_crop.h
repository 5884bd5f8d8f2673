#pragma once
// Cropping a RotatedRoi out of the full-resolution image into a model input.
#include <opencv2/core/mat.hpp>

#include "analysis/rotated_roi.h"

namespace likeness {

struct RoiCropOptions {
    float rangeMin = 0.f;            // value of a black pixel (FaceMesh/Iris: 0; BlazeFace: -1)
    float rangeMax = 1.f;            // value of a white pixel (all three models: 1)
    bool replicateBorder = true;     // outside the image: repeat the edge (MediaPipe's default) or black
    float antialiasAbove = 2.f;      // downscales by this factor or more first box-filter the
                                     // ROI's region by the integer part of the factor (a
                                     // pyramid level, local to the ROI); bilinear does the rest
    void validate() const;           // throws OptionsError
};

/// Samples the crop described by `transform` (bilinear, cv::warpAffine) from
/// `image` (CV_8UC3 or CV_16UC3) and returns it with the image's type.
cv::Mat cropRoiPixels(const cv::Mat& image, const RoiTransform& transform,
                      const RoiCropOptions& options = {});

/// Like cropRoiPixels, then writes S*S*3 floats (HWC, the image's channel
/// order) mapped to [rangeMin, rangeMax] into `out`.
void cropRoiToFloat(const cv::Mat& image, const RoiTransform& transform,
                    const RoiCropOptions& options, float* out);

} // namespace likeness
