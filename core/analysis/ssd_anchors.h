#pragma once
// SSD anchor centres for BlazeFace (MediaPipe ssd_anchors_calculator.cc with
// fixed_anchor_size: only the centres matter).
#include <vector>

namespace likeness {

/// Centre of one anchor in model-input pixels (continuous: 0 = left edge).
struct Anchor {
    float x = 0, y = 0;
};

struct SsdAnchorOptions {
    int inputSize = 256;                       // square model input (BlazeFace "back" model: 256)
    std::vector<int> strides{16, 32, 32, 32};  // per layer (MediaPipe face_detection_back: 16,32,32,32)
    float anchorOffset = 0.5f;                 // anchor centre within its cell (MediaPipe: 0.5)
    int anchorsPerLayer = 2;                   // aspect ratio 1.0 + interpolated scale (MediaPipe: 2)
    void validate() const;                     // throws OptionsError
};

/// Anchors in model output order: layer by layer (consecutive layers with the
/// same stride share one grid and stack their anchors), rows, columns, then the
/// anchors of one cell. For the defaults: 16x16x2 = 512 then 8x8x6 = 384.
std::vector<Anchor> generateSsdAnchors(const SsdAnchorOptions& options = {});

} // namespace likeness
