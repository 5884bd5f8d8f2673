#include "model/expression_rig.h"

#include <ATen/ATen.h>

#include "common/error.h"
#include "model/blendshape_builders.h"
#include "model/face_model.h"
#include "topology/face_topology.h"

namespace likeness {

namespace {

std::vector<model::Vec3> toPoints(const at::Tensor& neutral) {
    if (!neutral.defined() || neutral.dim() != 2 || neutral.size(0) != FaceTopology::kVertexCount ||
        neutral.size(1) != 3)
        throw InputError("The neutral face must be a [468, 3] tensor of model-space millimetres.");
    const at::Tensor c = neutral.detach().to(at::kCPU, at::kDouble).contiguous();
    const double* p = c.data_ptr<double>();
    std::vector<model::Vec3> points(FaceTopology::kVertexCount);
    for (std::size_t i = 0; i < points.size(); ++i) {
        points[i] = {p[3 * i], p[3 * i + 1], p[3 * i + 2]};
        if (!std::isfinite(points[i].x) || !std::isfinite(points[i].y) || !std::isfinite(points[i].z))
            throw InputError("The neutral face has a coordinate that is not finite.");
    }
    return points;
}

} // namespace

at::Tensor ExpressionRig::apply(const at::Tensor& neutral, const at::Tensor& weights) const {
    if (!deltas.defined() || !weights.defined() || weights.dim() != 1 || weights.size(0) != deltas.size(0))
        throw InputError("Expression weights must be a vector of " +
                         std::to_string(deltas.defined() ? deltas.size(0) : 52) + " values.");
    const at::Tensor d = deltas.to(weights.device(), weights.scalar_type());
    return neutral + at::tensordot(weights, d, {0}, {0});
}

int ExpressionRig::indexOf(const std::string& name) const {
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == name)
            return int(i);
    return -1;
}

ExpressionRig generateArkitRig(const FaceTopology& topology, const at::Tensor& neutral) {
    return generateArkitRig(topology, neutral, nullptr);
}

ExpressionRig generateArkitRig(const FaceTopology& topology, const at::Tensor& neutral,
                               std::vector<ArkitShapeSupport>* supports) {
    const model::RigContext rig(topology, toPoints(neutral));
    model::ShapeMap shapes;
    model::addEyeShapes(rig, shapes);
    model::addBrowShapes(rig, shapes);
    model::addJawShapes(rig, shapes);
    model::addMouthShapes(rig, shapes);
    model::addCheekNoseShapes(rig, shapes);

    ExpressionRig out;
    const auto& names = arkitBlendshapeNames();
    const int64_t n = topology.vertexCount();
    at::Tensor deltas = at::zeros({int64_t(names.size()), n, 3}, at::kFloat);
    float* p = deltas.data_ptr<float>();
    if (supports != nullptr)
        supports->assign(names.size(), {});
    for (std::size_t k = 0; k < names.size(); ++k) {
        out.names.emplace_back(names[k]);
        const auto it = shapes.find(names[k]);
        if (it == shapes.end())
            continue;   // tongueOut: no tongue in the FaceMesh topology
        if (supports != nullptr)
            (*supports)[k] = {it->second.core, it->second.radius};
        for (int64_t v = 0; v < n; ++v) {
            const model::Vec3& d = it->second.delta[std::size_t(v)];
            float* q = p + (int64_t(k) * n + v) * 3;
            q[0] = float(d.x);
            q[1] = float(d.y);
            q[2] = float(d.z);
        }
    }
    out.deltas = deltas;
    return out;
}

} // namespace likeness
