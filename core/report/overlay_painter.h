#pragma once
// Draws analysis results over a photo (for `likeness-cli analyze --overlay`).
#include <opencv2/core/mat.hpp>

#include "analysis/face_analysis_types.h"

namespace likeness {

class FaceTopology;

struct OverlayStyle {
    bool boxes = true;        // detector boxes with index and score
    bool points = true;       // the 468/478 landmarks
    bool wireframe = true;    // mesh triangles (needs a topology)
    bool contours = true;     // lips, eyes, brows, silhouette, irises (needs a topology)
    void validate() const {}
};

/// Returns an 8-bit RGB copy of `rgb8` with the faces drawn; `topology` may be null.
cv::Mat paintOverlay(const cv::Mat& rgb8, const AnalysisResult& result, const FaceTopology* topology,
                     const OverlayStyle& style = {});

} // namespace likeness
