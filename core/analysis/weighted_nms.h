#pragma once
// Weighted non-maximum suppression (MediaPipe non_max_suppression_calculator,
// algorithm WEIGHTED, overlap INTERSECTION_OVER_UNION): each kept detection is
// the score-weighted average of itself and every lower-scoring detection that
// overlaps it by more than the threshold; it keeps the top score.
#include <vector>

#include "analysis/face_detection.h"

namespace likeness {

/// Intersection over union of two boxes (0 when either is empty).
float intersectionOverUnion(const Box& a, const Box& b);

/// Returns at most `maxDetections` blended detections, highest score first.
std::vector<FaceDetection> weightedNonMaxSuppression(std::vector<FaceDetection> detections,
                                                     float iouThreshold, int maxDetections);

} // namespace likeness
