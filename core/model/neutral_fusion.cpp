#include "model/neutral_fusion.h"

#include <cmath>

#include <ATen/ATen.h>

#include "common/error.h"
#include "model/expression_removal.h"
#include "model/expression_rig.h"
#include "model/face_frame.h"
#include "model/landmark_alignment.h"
#include "topology/face_topology.h"

namespace likeness {

namespace {

using model::AlignedShape;
using model::Mat3;
using model::Vec3;

bool usable(const FaceObservation& face) {
    if (face.landmarks.size() < std::size_t(kMeshLandmarks))
        return false;
    for (const Landmark& l : face.landmarks)
        if (!std::isfinite(l.x) || !std::isfinite(l.y) || !std::isfinite(l.z))
            return false;
    return true;
}

at::Tensor toTensor(const std::vector<Vec3>& points) {
    at::Tensor t = at::empty({int64_t(points.size()), 3}, at::kFloat);
    float* p = t.data_ptr<float>();
    for (const Vec3& v : points) {
        *p++ = float(v.x);
        *p++ = float(v.y);
        *p++ = float(v.z);
    }
    return t;
}

at::Tensor toTensor(const Mat3& m) {
    at::Tensor t = at::empty({3, 3}, at::kFloat);
    for (int i = 0; i < 9; ++i)
        t.data_ptr<float>()[i] = float(m[std::size_t(i)]);
    return t;
}

void rotate(AlignedShape& s, const Mat3& q) {
    for (Vec3& p : s.points)
        p = q * p;
    for (Vec3& e : s.eyes)
        e = q * e;
    // camera = R x = R q^T (q x)
    s.modelToCamera = model::multiply(s.modelToCamera, model::transposed(q));
}

// Rigid alignment weights: the upper face (above the nose base) counts fully,
// the expressive lower face a little.
std::vector<double> alignmentWeights(const std::vector<Vec3>& mean, int noseBottom) {
    std::vector<double> w(mean.size());
    const double limit = mean[std::size_t(noseBottom)].y;
    for (std::size_t i = 0; i < mean.size(); ++i)
        w[i] = mean[i].y > limit ? 1.0 : 0.2;
    return w;
}

} // namespace

void NeutralFusionOptions::validate() const {
    if (!(interpupillaryMm >= 40.0 && interpupillaryMm <= 90.0))
        throw OptionsError("The interpupillary distance must be between 40 and 90 mm (adults: about 54 to 74 mm).");
    if (iterations < 1 || iterations > 10)
        throw OptionsError("Neutral fusion iterations must be between 1 and 10.");
    if (!(huberMm > 0.0 && huberMm <= 50.0))
        throw OptionsError("The robust averaging scale must be between 0 and 50 mm.");
}

FusedNeutral fuseNeutral(const std::vector<FaceObservation>& observations, const FaceTopology& topology,
                         const NeutralFusionOptions& options) {
    options.validate();
    FusedNeutral out;
    std::vector<AlignedShape> shapes;
    for (std::size_t i = 0; i < observations.size(); ++i)
        if (usable(observations[i])) {
            shapes.push_back(model::alignObservation(observations[i], topology, options.interpupillaryMm));
            out.used.push_back(int(i));
        }
    if (shapes.empty())
        throw InputError(observations.empty()
                             ? "No face to build the neutral from: there is no observation."
                             : "No face to build the neutral from: no observation has the 468 FaceMesh landmarks.");

    const int noseBottom = topology.region("noseBottom").front();
    const std::size_t k = shapes.size();
    std::vector<std::vector<double>> weights(k, std::vector<double>(52, 0.0));
    const auto expressionFree = [&](std::size_t j, const ExpressionRig* rig) {
        std::vector<Vec3> y = shapes[j].points;
        if (rig == nullptr)
            return y;
        const at::Tensor d = rig->deltas.to(at::kDouble).contiguous();
        const double* p = d.data_ptr<double>();
        const std::size_t n = y.size();
        for (std::size_t s = 0; s < weights[j].size(); ++s) {
            const double w = weights[j][s];
            if (w == 0)
                continue;
            for (std::size_t v = 0; v < n; ++v)
                y[v] -= Vec3{p[(s * n + v) * 3], p[(s * n + v) * 3 + 1], p[(s * n + v) * 3 + 2]} * w;
        }
        return y;
    };

    std::vector<Vec3> mean;
    ExpressionRig rig;
    bool haveRig = false;
    for (int round = 0; round < options.iterations; ++round) {
        std::vector<std::vector<Vec3>> free(k);
        for (std::size_t j = 0; j < k; ++j)
            free[j] = expressionFree(j, haveRig ? &rig : nullptr);
        mean = model::robustMean(free, options.huberMm);
        if (k > 1) {   // rotate each view onto the mean, then re-average
            const std::vector<double> w = alignmentWeights(mean, noseBottom);
            for (std::size_t j = 0; j < k; ++j)
                rotate(shapes[j], model::rotationAligning(free[j], mean, w));
            for (std::size_t j = 0; j < k; ++j)
                free[j] = expressionFree(j, haveRig ? &rig : nullptr);
            mean = model::robustMean(free, options.huberMm);
        }
        if (!options.removeExpression)
            break;
        rig = generateArkitRig(topology, toTensor(mean));
        haveRig = true;
        for (std::size_t j = 0; j < k; ++j)
            weights[j] = model::estimateExpression(rig, topology, shapes[j].points, k > 1 ? &mean : nullptr);
    }
    if (haveRig) {
        std::vector<std::vector<Vec3>> free(k);
        for (std::size_t j = 0; j < k; ++j)
            free[j] = expressionFree(j, &rig);
        mean = model::robustMean(free, options.huberMm);
    }

    // Into the mean's own face frame, eye midpoint at the origin, exact eye distance.
    std::vector<std::vector<Vec3>> eyes(k);
    for (std::size_t j = 0; j < k; ++j)
        eyes[j] = {shapes[j].eyes[0], shapes[j].eyes[1]};
    std::vector<Vec3> eye = model::robustMean(eyes, options.huberMm);
    const Vec3 origin = (eye[0] + eye[1]) * 0.5;
    const model::FaceFrame frame = model::estimateFaceFrame(topology, mean, origin);
    const Mat3 toFrame = {frame.x.x, frame.x.y, frame.x.z, frame.y.x, frame.y.y,
                          frame.y.z, frame.z.x, frame.z.y, frame.z.z};
    for (Vec3& p : mean)
        p = toFrame * (p - origin);
    for (Vec3& e : eye)
        e = toFrame * (e - origin);
    const double distance = model::norm(eye[1] - eye[0]);
    const double scale = distance > 0 ? options.interpupillaryMm / distance : 1.0;
    for (Vec3& p : mean)
        p *= scale;
    for (Vec3& e : eye)
        e *= scale;

    out.neutral = toTensor(mean);
    out.eyeCentres = toTensor(eye);
    out.mmPerPixel = shapes.front().mmPerPixel * scale;
    out.expressions.assign(observations.size(), at::zeros({52}, at::kFloat));
    out.rotations.assign(observations.size(), at::eye(3, at::kFloat));
    for (std::size_t j = 0; j < k; ++j) {
        at::Tensor w = at::empty({52}, at::kFloat);
        for (int s = 0; s < 52; ++s)
            w.data_ptr<float>()[s] = float(weights[j][std::size_t(s)]);
        const std::size_t index = std::size_t(out.used[j]);
        out.expressions[index] = w;
        // model (fused frame) -> view's model frame is toFrame^T, then its camera rotation.
        out.rotations[index] = toTensor(model::multiply(shapes[j].modelToCamera, model::transposed(toFrame)));
    }
    return out;
}

} // namespace likeness
