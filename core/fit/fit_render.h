#pragma once
// Renders a finished fit (plain data) over its photo: the render alone, the
// face mask, and the comparison figures. For reports, previews and metrics.
#include <opencv2/core/mat.hpp>

#include "fit/coarse_fit.h"
#include "fit/face_render.h"

namespace likeness {

struct FitImageRender {
    cv::Mat rgb;    // CV_32FC3 sRGB in [0,1], black outside the face
    cv::Mat mask;   // CV_8UC1, 255 where the face covers the pixel (the face mask)
};

/// The forward model's inputs for image `imageIndex` of `fit` rendered at `width`
/// x `height` (the photo's size or a uniformly scaled version: the camera is scaled).
FaceRenderInputs fitRenderInputs(const FaceFit& fit, size_t imageIndex, int width, int height);

/// Renders image `imageIndex` of `fit` at `width` x `height` (the photo's size or
/// a uniformly scaled version of it: the camera is scaled to match).
FitImageRender renderFitImage(const FaceFit& fit, size_t imageIndex, int width, int height);

/// The render composited over the photo inside the face mask (CV_32FC3 sRGB [0,1]).
cv::Mat compositeOverPhoto(const FitImageRender& render, const cv::Mat& photoRgbFloat, float opacity = 1.0f);

/// SSIM and PSNR (image_metrics.h) of the composite against the photo, inside the mask.
void measureFit(const FitImageRender& render, const cv::Mat& photoRgbFloat, float& ssim, float& psnr);

} // namespace likeness
