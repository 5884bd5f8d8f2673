#include "export/rig_at_level.h"

#include <ATen/ATen.h>

#include "common/error.h"
#include "fit/fit_problem.h"
#include "model/expression_rig.h"
#include "model/face_model.h"
#include "topology/face_topology.h"

namespace likeness {

RigAtLevel rigAtLevel(const FaceTopology& topology, const std::vector<float>& neutral468, int geometryLevel, int meshLevel) {
    if (geometryLevel < 0 || geometryLevel > SubdividedTopology::kMaxLevel || meshLevel < geometryLevel ||
        meshLevel > geometryLevel + 1 || meshLevel > SubdividedTopology::kMaxLevel)
        throw InputError("The fit's mesh levels are inconsistent (geometry level " + std::to_string(geometryLevel) +
                         ", mesh level " + std::to_string(meshLevel) + ").");
    if (neutral468.size() != 3u * FaceTopology::kVertexCount)
        throw InputError("The fit's neutral must have 468 vertices.");
    at::NoGradGuard noGrad;
    const at::Tensor neutral = at::tensor(neutral468, at::kFloat).reshape({FaceTopology::kVertexCount, 3});
    const ExpressionRig rig = generateArkitRig(topology, neutral);
    const SubdividedTopology geometry(topology, geometryLevel);
    std::unique_ptr<AppearanceMesh> fine;
    if (meshLevel > geometryLevel) fine = buildAppearanceMesh(topology, geometry, at::Device(at::kCPU));
    RigAtLevel out;
    for (int64_t k = 0; k < rig.deltas.size(0); ++k) {
        at::Tensor d = geometry.fromBase(rig.deltas[k]);
        if (fine) d = fine->refine(d);
        d = d.to(at::kFloat).contiguous();
        out.vertexCount = static_cast<int>(d.size(0));
        out.deltas.emplace_back(d.data_ptr<float>(), d.data_ptr<float>() + d.numel());
    }
    return out;
}

std::vector<float> applyRig(const RigAtLevel& rig, const std::vector<float>& vertices, const std::vector<float>& weights) {
    if (vertices.size() != 3u * static_cast<size_t>(rig.vertexCount) || weights.size() != rig.deltas.size())
        throw InputError("The expression weights or vertices do not match the rig.");
    std::vector<float> out = vertices;
    for (size_t k = 0; k < weights.size(); ++k) {
        if (weights[k] == 0) continue;
        const std::vector<float>& d = rig.deltas[k];
        for (size_t i = 0; i < out.size(); ++i) out[i] += weights[k] * d[i];
    }
    return out;
}

} // namespace likeness
