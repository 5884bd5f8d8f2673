#include "fit/landmark_weights.h"

#include <algorithm>

#include "topology/face_topology.h"

namespace likeness {

std::vector<float> landmarkWeights(const FaceTopology& topology, const LandmarkWeighting& w) {
    std::vector<float> weights(static_cast<size_t>(FaceTopology::kVertexCount), w.other);
    for (const auto& [name, indices] : topology.regions()) {
        float value = w.other;
        auto has = [&](const char* part) { return name.find(part) != std::string::npos; };
        if (has("Iris")) continue;
        if (name == "silhouette") value = w.contour;
        else if (has("lips")) value = w.lips;
        else if (has("Eyebrow")) value = w.brows;
        else if (has("Eye") && (has("0") || has("1"))) value = w.eyes;
        else if (has("Eye")) value = w.eyeRings;
        else if (has("nose") || name == "midwayBetweenEyes") value = w.nose;
        for (int i : indices)
            if (i >= 0 && i < FaceTopology::kVertexCount)
                weights[static_cast<size_t>(i)] = std::max(weights[static_cast<size_t>(i)], value);
    }
    return weights;
}

} // namespace likeness
