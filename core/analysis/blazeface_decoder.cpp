#include "analysis/blazeface_decoder.h"

#include <algorithm>
#include <cmath>

#include "common/error.h"

namespace likeness {

void BlazeFaceDecodeOptions::validate() const {
    if (!(minScore >= 0.f && minScore <= 1.f))
        throw OptionsError("BlazeFace decoding: the minimum score must be in [0, 1].");
    if (!(scoreClip > 0.f))
        throw OptionsError("BlazeFace decoding: the score clip must be positive.");
}

std::vector<FaceDetection> decodeBlazeFace(const float* rawScores, const float* rawBoxes,
                                           const std::vector<Anchor>& anchors,
                                           const BlazeFaceDecodeOptions& options) {
    options.validate();
    std::vector<FaceDetection> out;
    // Compare logits instead of taking 896 sigmoids: sigmoid(x) >= s <=> x >= logit(s).
    const float minLogit = options.minScore <= 0.f ? -INFINITY
                          : options.minScore >= 1.f ? INFINITY
                          : std::log(options.minScore / (1.f - options.minScore));
    for (size_t i = 0; i < anchors.size(); ++i) {
        const float logit = std::clamp(rawScores[i], -options.scoreClip, options.scoreClip);
        if (!(logit >= minLogit)) continue;  // also drops NaN
        const float* r = rawBoxes + i * kBlazeFaceRegressors;
        const Anchor& a = anchors[i];
        const float cx = a.x + r[0], cy = a.y + r[1];
        const float w = r[2], h = r[3];
        if (!(w > 0.f && h > 0.f)) continue;
        FaceDetection d;
        d.score = 1.f / (1.f + std::exp(-logit));
        d.box = {cx - 0.5f * w, cy - 0.5f * h, cx + 0.5f * w, cy + 0.5f * h};
        for (int k = 0; k < BlazeFaceKeypointCount; ++k)
            d.keypoints[k] = {a.x + r[4 + 2 * k], a.y + r[5 + 2 * k], 0.f};
        out.push_back(d);
    }
    return out;
}

} // namespace likeness
