#pragma once
// Per-landmark weights of the dense landmark loss: contours, lips and eyes
// count more than the interior points. The 468 mesh landmarks correspond one to
// one to the base vertices of the face model; the 10 iris points are not used
// (the model's eyes are closed surfaces, so there is no iris vertex to match).
#include <vector>

namespace likeness {

class FaceTopology;

struct LandmarkWeighting {
    float contour = 3.0f;     // silhouette
    float lips = 3.0f;        // outer, inner and semi lip lines
    float eyes = 3.0f;        // eyelids (ring 0) and the first ring around them
    float eyeRings = 1.5f;    // rings 2 and 3 around the eyes
    float brows = 2.0f;
    float nose = 2.0f;        // nose tip, bottom and corners; midway between the eyes
    float other = 1.0f;
};

/// [468] weights of the mesh landmarks from the topology's named regions.
std::vector<float> landmarkWeights(const FaceTopology& topology, const LandmarkWeighting& weighting = {});

} // namespace likeness
