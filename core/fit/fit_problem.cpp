#include "fit/fit_problem.h"

#include <ATen/ATen.h>
#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <opencv2/core.hpp>

#include "common/error.h"
#include "fit/fit_status.h"
#include "fit/landmark_weights.h"
#include "fit/pose_init.h"
#include "io/image_io.h"
#include "model/loop_subdivision.h"
#include "model/neutral_fusion.h"
#include "shading.h"

namespace likeness {
namespace {

constexpr double kY00 = 0.28209479177387814;   // real SH basis, l = 0

std::vector<float> toVector(const at::Tensor& t) {
    const at::Tensor c = t.detach().to(at::kCPU, at::kFloat).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

at::Tensor fromVector(const std::vector<float>& v, at::IntArrayRef shape, const at::Device& device) {
    return at::from_blob(const_cast<float*>(v.data()), shape, at::kFloat).clone().to(device);
}

bool isRotation(const at::Tensor& r) {
    if (!r.defined() || r.numel() != 9) return false;
    const std::vector<float> v = toVector(r);
    Eigen::Matrix3d m;
    for (int i = 0; i < 9; ++i) m(i / 3, i % 3) = v[static_cast<size_t>(i)];
    return m.allFinite() && (m.transpose() * m - Eigen::Matrix3d::Identity()).norm() < 1e-2 && m.determinant() > 0;
}

Eigen::Matrix3d toMatrix3(const at::Tensor& r) {
    const std::vector<float> v = toVector(r);
    Eigen::Matrix3d m;
    for (int i = 0; i < 9; ++i) m(i / 3, i % 3) = v[static_cast<size_t>(i)];
    return m;
}

// Skin points: every mesh landmark outside the eyes, brows and lips.
std::vector<int> skinLandmarks(const FaceTopology& topology) {
    std::vector<char> excluded(static_cast<size_t>(FaceTopology::kVertexCount), 0);
    for (const auto& [name, indices] : topology.regions()) {
        if (name.find("lips") == std::string::npos && name.find("Eye") == std::string::npos) continue;
        for (int i : indices)
            if (i >= 0 && i < FaceTopology::kVertexCount) excluded[static_cast<size_t>(i)] = 1;
    }
    std::vector<int> skin;
    for (int i = 0; i < FaceTopology::kVertexCount; ++i)
        if (!excluded[static_cast<size_t>(i)]) skin.push_back(i);
    return skin;
}

// Median sRGB colour of the photos at the skin landmarks (3x3 pixel means), decoded to linear.
std::array<float, 3> meanSkinColour(const std::vector<FitInput>& inputs, const std::vector<int>& skin) {
    std::array<std::vector<float>, 3> samples;
    for (const FitInput& in : inputs) {
        const cv::Mat rgb = toFloatRgb(in.image);
        for (int i : skin) {
            const Landmark& l = in.face.landmarks[static_cast<size_t>(i)];
            const int x = static_cast<int>(std::lround(l.x)), y = static_cast<int>(std::lround(l.y));
            if (x < 1 || y < 1 || x >= rgb.cols - 1 || y >= rgb.rows - 1) continue;
            const cv::Scalar m = cv::mean(rgb(cv::Rect(x - 1, y - 1, 3, 3)));
            for (int c = 0; c < 3; ++c) samples[static_cast<size_t>(c)].push_back(static_cast<float>(m[c]));
        }
    }
    std::array<float, 3> colour{0.6f, 0.45f, 0.38f};   // no sample at all: a neutral skin tone
    for (size_t c = 0; c < 3; ++c) {
        auto& s = samples[c];
        if (s.empty()) continue;
        std::nth_element(s.begin(), s.begin() + static_cast<long>(s.size() / 2), s.end());
        const double v = s[s.size() / 2];
        colour[c] = static_cast<float>(v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4));
    }
    return colour;
}

} // namespace

std::unique_ptr<AppearanceMesh> buildAppearanceMesh(const FaceTopology& topology, const SubdividedTopology& coarse,
                                                    const at::Device& device) {
    auto m = std::make_unique<AppearanceMesh>();
    m->mesh = std::make_unique<SubdividedTopology>(topology, coarse.level() + 1);
    const at::Tensor tri = coarse.triangles().to(at::kCPU, at::kLong).contiguous();
    std::vector<std::array<int, 3>> triangles(static_cast<size_t>(tri.size(0)));
    for (size_t t = 0; t < triangles.size(); ++t)
        for (size_t k = 0; k < 3; ++k) triangles[t][k] = static_cast<int>(tri.data_ptr<int64_t>()[3 * t + k]);
    const LoopSubdivisionResult lin = linearSubdivide(coarse.vertexCount(), triangles, 1);
    const at::Tensor fineTri = m->mesh->triangles().to(at::kCPU, at::kLong).contiguous();
    bool same = lin.vertexCount == m->mesh->vertexCount() && static_cast<int64_t>(lin.triangles.size()) == fineTri.size(0);
    for (size_t t = 0; same && t < lin.triangles.size(); ++t)
        for (size_t k = 0; k < 3; ++k) same = same && lin.triangles[t][k] == fineTri.data_ptr<int64_t>()[3 * t + k];
    if (!same) throw Error("Internal error: the linear refinement of the fitting mesh does not match the next subdivision level.");
    std::vector<int64_t> a(static_cast<size_t>(lin.vertexCount)), b(a.size());
    for (int r = 0; r < lin.vertexCount; ++r) {
        const int64_t k0 = lin.fromControl.rowStart[static_cast<size_t>(r)], k1 = lin.fromControl.rowStart[static_cast<size_t>(r) + 1];
        if (k1 - k0 < 1 || k1 - k0 > 2) throw Error("Internal error: unexpected linear refinement row.");
        a[static_cast<size_t>(r)] = lin.fromControl.col[static_cast<size_t>(k0)];
        b[static_cast<size_t>(r)] = lin.fromControl.col[static_cast<size_t>(k1 - 1)];
    }
    m->edgeA = at::tensor(a, at::kLong).to(device);
    m->edgeB = at::tensor(b, at::kLong).to(device);
    m->triangles = fineTri.to(device);
    m->ops = buildMeshOperators(m->mesh->triangles(), m->mesh->vertexCount()).to(device);
    m->vertexCount = m->mesh->vertexCount();
    return m;
}

at::Tensor AppearanceMesh::refine(const at::Tensor& coarse) const {
    return 0.5 * (coarse.index_select(0, edgeA) + coarse.index_select(0, edgeB));
}

bool appearanceRefined(const FitProblem& p, const FitParameters& x) {
    return p.fine && x.albedo.defined() && x.albedo.size(0) == p.fine->vertexCount;
}

std::vector<at::Tensor> FitParameters::all() const {
    std::vector<at::Tensor> v = {offsets, albedo, specular};
    for (const PerImage& p : images) v.insert(v.end(), {p.rotation, p.translation, p.logFocal, p.expression, p.light});
    return v;
}

FitParameters FitParameters::clone() const {
    auto c = [](const at::Tensor& t) { return t.detach().clone(); };
    FitParameters x;
    x.offsets = c(offsets);
    x.albedo = c(albedo);
    x.specular = c(specular);
    for (const PerImage& p : images)
        x.images.push_back({c(p.rotation), c(p.translation), c(p.logFocal), c(p.expression), c(p.light)});
    return x;
}

void FitParameters::copyFrom(const FitParameters& other) {
    at::NoGradGuard noGrad;
    const std::vector<at::Tensor> dst = all(), src = other.all();
    for (size_t i = 0; i < dst.size(); ++i) dst[i].copy_(src[i]);
}

std::string FitParameters::firstNonFinite() const {
    auto bad = [](const at::Tensor& t) { return !at::isfinite(t.detach()).all().item<bool>(); };
    if (bad(offsets)) return "identity offsets";
    if (bad(albedo)) return "diffuse albedo";
    if (bad(specular)) return "specular intensity";
    for (const PerImage& p : images) {
        if (bad(p.rotation) || bad(p.translation)) return "pose";
        if (bad(p.logFocal)) return "focal length";
        if (bad(p.expression)) return "expression weights";
        if (bad(p.light)) return "SH light";
    }
    return "";
}

FitProblem buildFitProblem(const std::vector<FitInput>& inputs, const CoarseFitOptions& o, const at::Device& device,
                           FitParameters& x) {
    if (inputs.empty()) throw InputError("Nothing to fit: no image.");
    for (size_t i = 0; i < inputs.size(); ++i) {
        if (inputs[i].image.empty()) throw InputError("Image " + std::to_string(i + 1) + " to fit is empty.");
        if (inputs[i].face.landmarks.size() < static_cast<size_t>(kMeshLandmarks))
            throw InputError("Image " + std::to_string(i + 1) + ": the face has fewer than 468 landmarks.");
    }
    FitProblem p;
    p.device = device;
    p.bands = o.shBands;
    p.roughness = o.roughness;
    p.topology = std::make_unique<FaceTopology>(FaceTopology::load());
    p.mesh = std::make_unique<SubdividedTopology>(*p.topology, o.subdivisionLevel);

    // Neutral from every observation (FaceMesh landmarks -> mm), its rig.
    // (perspective removed with the focal-length prior: fusion treats landmarks as a scaled shape)
    std::vector<FaceObservation> observations;
    for (const FitInput& in : inputs)
        observations.push_back(orthographicLandmarks(in.face, focalFromFov(in.image.width(), in.image.height(), o.fovPriorDeg),
                                                     0.5 * (in.image.width() - 1), 0.5 * (in.image.height() - 1)));
    NeutralFusionOptions fusionOptions;
    fusionOptions.interpupillaryMm = o.interpupillaryMm;
    const FusedNeutral fused = fuseNeutral(observations, *p.topology, fusionOptions);
    const at::Tensor neutralCpu = fused.neutral.detach().to(at::kCPU, at::kFloat).contiguous();
    p.rig = generateArkitRig(*p.topology, neutralCpu);
    p.rig.deltas = p.rig.deltas.to(device, at::kFloat);
    p.neutral = neutralCpu.to(device);

    p.triangles = p.mesh->triangles().to(device, at::kLong);
    p.baseIndex = p.mesh->baseVertexIndex().to(device, at::kLong);
    p.identity468 = at::arange(FaceTopology::kVertexCount, at::TensorOptions(device).dtype(at::kLong));
    p.ops = buildMeshOperators(p.mesh->triangles(), p.mesh->vertexCount()).to(device);
    if (o.refineAppearance && o.subdivisionLevel < SubdividedTopology::kMaxLevel)
        p.fine = buildAppearanceMesh(*p.topology, *p.mesh, device);
    {
        const at::Tensor base = p.mesh->baseVertexIndex().to(at::kCPU, at::kLong).contiguous();
        std::vector<int64_t> a, b;
        for (int i = 0; i < FaceTopology::kVertexCount; ++i) {
            const int m = p.topology->mirrorOf(i);
            if (m > i) {
                a.push_back(base.data_ptr<int64_t>()[i]);
                b.push_back(base.data_ptr<int64_t>()[m]);
            }
        }
        p.mirrorA = at::tensor(a, at::kLong).to(device);
        p.mirrorB = at::tensor(b, at::kLong).to(device);
    }
    const std::vector<float> lw = landmarkWeights(*p.topology);
    p.landmarkWeights = fromVector(lw, {kMeshLandmarks}, device);
    p.normalSign = outwardNormalSign(p.mesh->fromBase(neutralCpu), p.mesh->triangles());
    p.ambient = 1.0 / (render::lambertKernel(o.shBands)[0].item<double>() * kY00);
    p.grayscale = std::all_of(inputs.begin(), inputs.end(), [](const FitInput& in) { return isGrayscalePhoto(in.image); });
    const int64_t channels = p.grayscale ? 1 : 3;

    // Shared unknowns: offsets 0, albedo = the photo's median skin colour, constant specular.
    const int64_t v = p.mesh->vertexCount();
    x.offsets = at::zeros({v, 3}, at::TensorOptions(device).dtype(at::kFloat));
    std::array<float, 3> skin = meanSkinColour(inputs, skinLandmarks(*p.topology));
    if (p.grayscale) skin[0] = (skin[0] + skin[1] + skin[2]) / 3;
    x.albedo = fromVector(std::vector<float>(skin.begin(), skin.begin() + channels), {1, channels}, device).repeat({v, 1});
    x.specular = at::full({v, 1}, o.initialSpecular, at::TensorOptions(device).dtype(at::kFloat));

    // Per image: the view, the starting expression (fusion's), pose and focal (PnP-like), ambient light.
    for (size_t i = 0; i < inputs.size(); ++i) {
        const FitInput& in = inputs[i];
        FitImageData d;
        d.input = &in;
        d.view = makeFitView(in.image, in.face, o.fitSize, o.cropScale, device);
        d.focalPrior = focalFromFov(in.image.width(), in.image.height(), o.fovPriorDeg);

        at::Tensor expression = at::zeros({52}, at::kFloat);
        if (i < fused.expressions.size() && fused.expressions[i].defined() && fused.expressions[i].numel() == 52)
            expression = fused.expressions[i].detach().to(at::kCPU, at::kFloat).clamp(0, 1);
        const std::vector<float> model = toVector(p.rig.apply(p.neutral, expression.to(device)));
        const std::vector<float> pixels = toVector(d.view.landmarks);
        std::vector<float> xyz;
        for (int k = 0; k < kMeshLandmarks; ++k) {
            const Landmark& l = in.face.landmarks[static_cast<size_t>(k)];
            xyz.insert(xyz.end(), {l.x, l.y, l.z});
        }
        std::vector<Eigen::Matrix3d> candidates = {rotationFromLandmarks3d(model, xyz)};
        if (i < fused.rotations.size() && isRotation(fused.rotations[i])) candidates.insert(candidates.begin(), toMatrix3(fused.rotations[i]));
        InitialPose best;
        best.rmsPx = INFINITY;
        for (const Eigen::Matrix3d& r : candidates) {
            const InitialPose pose =
                initialPose(model, pixels, lw, r, d.focalPrior * d.view.scale, d.view.cx, d.view.cy);
            if (pose.rmsPx < best.rmsPx && pose.translation[2] > 0) best = pose;
        }
        if (!std::isfinite(best.rmsPx)) throw InputError("Image " + std::to_string(i + 1) + ": the landmarks give no usable pose.");

        FitParameters::PerImage pi;
        const auto f = at::TensorOptions(device).dtype(at::kFloat);
        pi.rotation = at::tensor(std::vector<float>(best.axisAngle.begin(), best.axisAngle.end()), at::kFloat).to(device);
        pi.translation = at::tensor(std::vector<float>(best.translation.begin(), best.translation.end()), at::kFloat).to(device);
        pi.logFocal = at::zeros({1}, f);
        pi.expression = expression.to(device);
        pi.light = at::zeros({o.shBands * o.shBands, channels}, f);
        pi.light[0].fill_(p.ambient);
        x.images.push_back(pi);
        p.images.push_back(std::move(d));
    }
    return p;
}

at::Tensor identityVertices(const FitProblem& p, const FitParameters& x) {
    return p.mesh->fromBase(p.neutral) + x.offsets;
}

at::Tensor posedVertices(const FitProblem& p, const FitParameters& x, size_t image) {
    return p.mesh->fromBase(p.rig.apply(p.neutral, x.images[image].expression)) + x.offsets;
}

at::Tensor rgbAlbedo(const FitParameters& x) {
    return x.albedo.size(1) == 3 ? x.albedo : x.albedo.expand({x.albedo.size(0), 3});
}

at::Tensor rgbLight(const FitParameters& x, size_t image) {
    const at::Tensor& l = x.images[image].light;
    return l.size(1) == 3 ? l : l.expand({l.size(0), 3});
}

at::Tensor focalFull(const FitProblem& p, const FitParameters& x, size_t image) {
    return p.images[image].focalPrior * x.images[image].logFocal.exp().squeeze(0);
}

FaceRenderInputs viewRenderInputs(const FitProblem& p, const FitParameters& x, size_t image, bool shade) {
    const FitImageData& d = p.images[image];
    FaceRenderInputs in;
    const bool refined = appearanceRefined(p, x);
    in.vertices = refined ? p.fine->refine(posedVertices(p, x, image)) : posedVertices(p, x, image);
    in.triangles = refined ? p.fine->triangles : p.triangles;
    in.rotationAxisAngle = x.images[image].rotation;
    in.translation = x.images[image].translation;
    in.focal = focalFull(p, x, image) * d.view.scale;
    in.cx = d.view.cx;
    in.cy = d.view.cy;
    in.width = in.height = d.view.size;
    in.shade = shade;
    if (shade) {
        in.diffuseAlbedo = rgbAlbedo(x);
        in.specularIntensity = x.specular;
        in.light = rgbLight(x, image);
        in.bands = p.bands;
        in.roughness = p.roughness;
        in.normalSign = p.normalSign;
    }
    return in;
}

} // namespace likeness
