#pragma once
// Image similarity inside a mask: how a fit's render is compared with its photo.
#include <opencv2/core/mat.hpp>

namespace likeness {

/// Mean SSIM (Wang et al. 2004: 11x11 Gaussian window, sigma 1.5, K1 0.01, K2 0.03,
/// data range 1) over the pixels where `mask` is non-zero, averaged over the
/// channels. `a`, `b`: CV_32FC3 (or CV_32FC1) in [0,1], same size; `mask`: CV_8UC1.
/// Returns 0 for an empty mask.
double ssimInMask(const cv::Mat& a, const cv::Mat& b, const cv::Mat& mask);

/// PSNR in dB (data range 1) of the mean squared error over the masked pixels and
/// channels; 100 for identical images, 0 for an empty mask.
double psnrInMask(const cv::Mat& a, const cv::Mat& b, const cv::Mat& mask);

} // namespace likeness
