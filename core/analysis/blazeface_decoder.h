#pragma once
// Decoding of BlazeFace's raw outputs (MediaPipe tensors_to_detections_calculator
// with the face_detection_back options; Human src/face/blazeface.ts decodeBoxes).
#include <vector>

#include "analysis/face_detection.h"
#include "analysis/ssd_anchors.h"

namespace likeness {

struct BlazeFaceDecodeOptions {
    float minScore = 0.5f;         // drop anchors scoring below (MediaPipe min_score_thresh: 0.5)
    float scoreClip = 100.f;       // raw logits clipped to +-this before the sigmoid (MediaPipe: 100)
    void validate() const;         // throws OptionsError
};

/// Number of regressor values per anchor: box centre offset (2), size (2), 6 keypoints (12).
constexpr int kBlazeFaceRegressors = 16;

/// Decodes every anchor scoring at least `minScore`. `rawScores` holds one
/// logit per anchor, `rawBoxes` 16 values per anchor (dx, dy, w, h, then x, y
/// of the 6 keypoints), all in model-input pixels relative to the anchor centre.
/// Result boxes and keypoints are in model-input pixels (continuous: 0 = left
/// edge), unsorted; boxes with non-positive size are dropped.
std::vector<FaceDetection> decodeBlazeFace(const float* rawScores, const float* rawBoxes,
                                           const std::vector<Anchor>& anchors,
                                           const BlazeFaceDecodeOptions& options = {});

} // namespace likeness
