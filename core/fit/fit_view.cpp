#include "fit/fit_view.h"

#include <ATen/ATen.h>
#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

#include "common/error.h"
#include "io/image_io.h"

namespace likeness {

Box landmarkBox(const std::vector<Landmark>& landmarks) {
    if (landmarks.size() < static_cast<size_t>(kMeshLandmarks)) throw InputError("The face has fewer than 468 landmarks.");
    Box b{landmarks[0].x, landmarks[0].y, landmarks[0].x, landmarks[0].y};
    for (int i = 0; i < kMeshLandmarks; ++i) {
        const Landmark& l = landmarks[static_cast<size_t>(i)];
        b.x0 = std::min(b.x0, l.x);
        b.y0 = std::min(b.y0, l.y);
        b.x1 = std::max(b.x1, l.x);
        b.y1 = std::max(b.y1, l.y);
    }
    return b;
}

FitView makeFitView(const Image& image, const FaceObservation& face, int fitSize, double cropScale,
                    const at::Device& device) {
    if (image.empty()) throw InputError("The image to fit is empty.");
    FitView v;
    v.size = fitSize;
    v.faceBox = landmarkBox(face.landmarks);
    const double side = std::max(8.0, cropScale * std::max(v.faceBox.width(), v.faceBox.height()));
    const double mx = 0.5 * (v.faceBox.x0 + v.faceBox.x1), my = 0.5 * (v.faceBox.y0 + v.faceBox.y1);
    // Pixel centres: the crop's fit pixel i covers full-resolution [origin + i/scale, ...].
    v.scale = fitSize / side;
    v.originX = mx - 0.5 * side + 0.5 / v.scale;
    v.originY = my - 0.5 * side + 0.5 / v.scale;
    v.cx = v.toFitX(0.5 * (image.width() - 1));
    v.cy = v.toFitY(0.5 * (image.height() - 1));

    cv::Mat src = toFloatRgb(image);
    if (v.scale < 1) {
        // Anti-aliasing before the shrink: a Gaussian of about half the new pixel pitch.
        const double sigma = 0.5 * std::sqrt(std::max(0.0, 1.0 / (v.scale * v.scale) - 1.0));
        if (sigma > 0.3) cv::GaussianBlur(src, src, cv::Size(0, 0), sigma, sigma, cv::BORDER_REPLICATE);
    }
    const cv::Matx23d m(v.scale, 0, -v.scale * v.originX, 0, v.scale, -v.scale * v.originY);
    cv::Mat crop;
    cv::warpAffine(src, crop, m, cv::Size(fitSize, fitSize), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    if (!crop.isContinuous()) crop = crop.clone();
    v.image = at::from_blob(crop.data, {fitSize, fitSize, 3}, at::kFloat).clone().to(device);

    std::vector<float> lm(static_cast<size_t>(kMeshLandmarks) * 2);
    for (int i = 0; i < kMeshLandmarks; ++i) {
        lm[static_cast<size_t>(2 * i)] = static_cast<float>(v.toFitX(face.landmarks[static_cast<size_t>(i)].x));
        lm[static_cast<size_t>(2 * i + 1)] = static_cast<float>(v.toFitY(face.landmarks[static_cast<size_t>(i)].y));
    }
    v.landmarks = at::from_blob(lm.data(), {kMeshLandmarks, 2}, at::kFloat).clone().to(device);
    return v;
}

} // namespace likeness
