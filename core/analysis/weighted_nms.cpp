#include "analysis/weighted_nms.h"

#include <algorithm>

namespace likeness {

float intersectionOverUnion(const Box& a, const Box& b) {
    const Box inter{std::max(a.x0, b.x0), std::max(a.y0, b.y0), std::min(a.x1, b.x1),
                    std::min(a.y1, b.y1)};
    const float i = inter.area();
    const float u = a.area() + b.area() - i;
    return u > 0.f ? i / u : 0.f;
}

std::vector<FaceDetection> weightedNonMaxSuppression(std::vector<FaceDetection> detections,
                                                     float iouThreshold, int maxDetections) {
    std::stable_sort(detections.begin(), detections.end(),
                     [](const FaceDetection& a, const FaceDetection& b) { return a.score > b.score; });
    std::vector<FaceDetection> kept;
    std::vector<FaceDetection> rest;
    while (!detections.empty() && static_cast<int>(kept.size()) < maxDetections) {
        const FaceDetection& top = detections.front();
        // Blend the cluster: top itself (IoU 1) plus everything overlapping it.
        float total = 0.f;
        Box box{0, 0, 0, 0};
        std::array<Landmark, BlazeFaceKeypointCount> kps{};
        rest.clear();
        for (const FaceDetection& d : detections) {
            if (&d != &top && !(intersectionOverUnion(top.box, d.box) > iouThreshold)) {
                rest.push_back(d);
                continue;
            }
            const float w = d.score;
            total += w;
            box.x0 += w * d.box.x0;
            box.y0 += w * d.box.y0;
            box.x1 += w * d.box.x1;
            box.y1 += w * d.box.y1;
            for (int k = 0; k < BlazeFaceKeypointCount; ++k) {
                kps[k].x += w * d.keypoints[k].x;
                kps[k].y += w * d.keypoints[k].y;
            }
        }
        FaceDetection blended = top;
        if (total > 0.f) {
            const float inv = 1.f / total;
            blended.box = {box.x0 * inv, box.y0 * inv, box.x1 * inv, box.y1 * inv};
            for (int k = 0; k < BlazeFaceKeypointCount; ++k)
                blended.keypoints[k] = {kps[k].x * inv, kps[k].y * inv, 0.f};
        }
        kept.push_back(blended);
        detections.swap(rest);
    }
    return kept;
}

} // namespace likeness
