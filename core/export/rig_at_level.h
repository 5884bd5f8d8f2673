#pragma once
// The personalised ARKit-52 rig carried to the mesh a fit was written at: the
// generated shapes live on the 468 base vertices (model/expression_rig.h); the
// fit's shape is their Loop subdivision at its geometry level, and a refined
// appearance mesh is one more linear (edge-midpoint) step on top.
#include <vector>

namespace likeness {

class FaceTopology;

struct RigAtLevel {
    int vertexCount = 0;                  // of the target mesh
    std::vector<std::vector<float>> deltas;   // [52][V*3] mm, ARKit order (arkitBlendshapeNames())
};

/// Generates the rig of `neutral468` ([468*3] mm) and maps every shape to the
/// mesh of `meshLevel` whose shape was fitted at `geometryLevel` (meshLevel is
/// geometryLevel or geometryLevel + 1). Throws InputError for inconsistent levels.
RigAtLevel rigAtLevel(const FaceTopology& topology, const std::vector<float>& neutral468, int geometryLevel, int meshLevel);

/// vertices + sum_k weights[k] * deltas[k] (sizes checked; InputError on mismatch).
std::vector<float> applyRig(const RigAtLevel& rig, const std::vector<float>& vertices, const std::vector<float>& weights);

} // namespace likeness
