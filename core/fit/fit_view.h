#pragma once
// The photo as the coarse fit sees it: a square crop around the face, resampled
// to `fitSize` pixels, with the mapping back to full-resolution pixels.
#include <array>
#include <vector>

#include <ATen/core/Tensor.h>

#include "analysis/face_analysis_types.h"
#include "io/image.h"

namespace likeness {

/// Fit pixel = scale * (full-resolution pixel - origin) (OpenCV pixel centres in both).
struct FitView {
    at::Tensor image;               // [S,S,3] float32 sRGB in [0,1], on the fit's device
    int size = 0;                   // S
    double scale = 1;               // fit pixels per full-resolution pixel
    double originX = 0, originY = 0;
    double cx = 0, cy = 0;          // the full image's centre (principal point) in fit pixels
    at::Tensor landmarks;           // [468,2] float32 fit pixels, on the fit's device
    Box faceBox;                    // landmark bounding box, full-resolution pixels

    double toFitX(double x) const { return scale * (x - originX); }
    double toFitY(double y) const { return scale * (y - originY); }
};

/// Landmark bounding box of the 468 mesh points (full-resolution pixels).
Box landmarkBox(const std::vector<Landmark>& landmarks);

/// Crops a square of `cropScale` landmark-box sides centred on the face (the
/// border is replicated where it leaves the image), low-pass filters it when
/// it shrinks, and resamples it to `fitSize` x `fitSize`.
FitView makeFitView(const Image& image, const FaceObservation& face, int fitSize, double cropScale,
                    const at::Device& device);

} // namespace likeness
