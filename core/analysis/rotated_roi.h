#pragma once
// Rotated square regions of interest and the mapping between an S x S crop of
// one and the image.
//
// Conventions. Image coordinates are OpenCV pixel indices: the centre of the
// top-left pixel is (0, 0). Crop coordinates are *continuous* in [0, S]
// (0 = the crop's left edge, pixel i covers [i, i+1)), which is how the models
// report landmarks (MediaPipe divides them by S to normalise). A RotatedRoi's
// angle turns its x axis from the image's x axis toward +y (clockwise on screen).
#include <vector>

#include <opencv2/core/matx.hpp>
#include <opencv2/core/types.hpp>

#include "analysis/face_analysis_types.h"
#include "analysis/face_detection.h"

namespace likeness {

/// Face ROI enlargement over the detector box or the landmark box (MediaPipe
/// face_detection_front_detection_to_roi.pbtxt and face_landmark_landmarks_to_roi.pbtxt:
/// RectTransformationCalculator scale 1.5, square_long).
constexpr float kFaceRoiScale = 1.5f;
/// Eye ROI enlargement over the eye-corner distance (MediaPipe
/// iris_landmark_landmarks_to_roi.pbtxt: scale 2.3; Human config face.iris.scale 2.3).
constexpr float kEyeRoiScale = 2.3f;

/// Angle wrapped into [-pi, pi).
float normalizeRadians(float angle);

/// Angle of the vector from `from` to `to` (0 = pointing along +x, clockwise positive).
float rotationFromPoints(float fromX, float fromY, float toX, float toY);

/// Maps between an S x S crop of a RotatedRoi and the image, optionally mirrored
/// horizontally (the crop's u axis reversed).
class RoiTransform {
public:
    RoiTransform() = default;
    RoiTransform(const RotatedRoi& roi, int cropSize, bool flipX = false);

    /// Continuous crop coordinates -> image pixel coordinates.
    cv::Point2f toImage(float u, float v) const;
    /// Image pixel coordinates -> continuous crop coordinates.
    cv::Point2f toCrop(float x, float y) const;
    /// A model landmark (crop units, z in the same units as u) -> image pixels (z scaled alike).
    Landmark toImage(const Landmark& cropPoint) const;

    /// Affine map from crop pixel indices to image pixel indices (what
    /// cv::warpAffine with WARP_INVERSE_MAP expects).
    cv::Matx23d cropPixelToImage() const;

    /// Image pixels per crop unit (roi.size / cropSize).
    float scale() const { return m_scale; }
    int cropSize() const { return m_size; }
    bool flipped() const { return m_flip; }
    const RotatedRoi& roi() const { return m_roi; }

private:
    RotatedRoi m_roi;
    int m_size = 1;
    bool m_flip = false;
    float m_scale = 1.f, m_cos = 1.f, m_sin = 0.f;
};

/// The whole image letterboxed into a square (centred, padded on the short
/// side), as MediaPipe's face detection feeds it (ImageToTensorCalculator
/// keep_aspect_ratio: true) and Human does with `face.detector.square`.
RotatedRoi letterboxRoi(int imageWidth, int imageHeight);

/// Face ROI from a detection in image pixels: box centre, long side x `scale`,
/// rotated so the detector's eye keypoints lie on a horizontal line.
RotatedRoi roiFromDetection(const FaceDetection& detection, float scale = kFaceRoiScale);

/// Face ROI from landmarks in image pixels: rotated so that landmark
/// `rotationStart` -> `rotationEnd` is horizontal; the extent of the first
/// `count` landmarks in that rotated frame, squared to its long side, x `scale`.
/// (MediaPipe takes the axis-aligned extent instead; both agree at zero roll.)
RotatedRoi roiFromLandmarks(const std::vector<Landmark>& landmarks, int count,
                            int rotationStart, int rotationEnd, float scale = kFaceRoiScale);

/// Eye ROI: centred between the two corners, rotated along them, side =
/// corner distance x `scale`.
RotatedRoi roiFromEyeCorners(const Landmark& start, const Landmark& end,
                             float scale = kEyeRoiScale);

/// True when (x, y) lies inside the ROI square (with `margin` pixels of slack).
bool roiContains(const RotatedRoi& roi, float x, float y, float margin = 0.f);

/// True when the ROI can be cropped: finite values and a side of at least
/// `minSize` pixels (degenerate landmarks give degenerate ROIs).
bool roiIsUsable(const RotatedRoi& roi, float minSize = 4.f);

} // namespace likeness
