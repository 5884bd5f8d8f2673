#include "analysis/ssd_anchors.h"

#include "common/error.h"

namespace likeness {

void SsdAnchorOptions::validate() const {
    if (inputSize <= 0 || inputSize > 4096)
        throw OptionsError("SSD anchors: input size must be in 1..4096.");
    if (strides.empty())
        throw OptionsError("SSD anchors: at least one layer stride is needed.");
    for (int s : strides)
        if (s <= 0 || s > inputSize)
            throw OptionsError("SSD anchors: every stride must be in 1..input size.");
    if (anchorOffset < 0.f || anchorOffset > 1.f)
        throw OptionsError("SSD anchors: anchor offset must be in [0, 1].");
    if (anchorsPerLayer <= 0 || anchorsPerLayer > 64)
        throw OptionsError("SSD anchors: anchors per layer must be in 1..64.");
}

std::vector<Anchor> generateSsdAnchors(const SsdAnchorOptions& options) {
    options.validate();
    std::vector<Anchor> anchors;
    const size_t layers = options.strides.size();
    for (size_t layer = 0; layer < layers;) {
        // Layers with the same stride share one feature map (ssd_anchors_calculator.cc).
        size_t last = layer;
        int perCell = 0;
        while (last < layers && options.strides[last] == options.strides[layer]) {
            perCell += options.anchorsPerLayer;
            ++last;
        }
        const int stride = options.strides[layer];
        const int grid = (options.inputSize + stride - 1) / stride;
        for (int gy = 0; gy < grid; ++gy) {
            const float y = stride * (gy + options.anchorOffset);
            for (int gx = 0; gx < grid; ++gx) {
                const float x = stride * (gx + options.anchorOffset);
                for (int n = 0; n < perCell; ++n) anchors.push_back({x, y});
            }
        }
        layer = last;
    }
    return anchors;
}

} // namespace likeness
