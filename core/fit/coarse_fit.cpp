// The coarse fit: staged Adam over pose/focal/expression, identity offsets,
// albedo/specular and SH light (S2F2 coarse stage eq. 1-4 with the irradiance of
// supp. eq. 7-9; the 3DMM-RF fitting protocol's landmark + photometric losses
// inside a face mask from the rendered depth).
//
// Loss (each term's unit in fit_losses.h), summed over the images and divided by
// their number where per image:
//   landmarkWeight           * E_land   dense landmarks, px^2 at 256 px (S2F2 eq. 2)
//   photometricWeight        * E_ph     Charbonnier in the face mask (S2F2 eq. 3-4)
//   laplacianWeight          * |L d|^2  identity offsets, first-ring Laplacian (mm^2)
//   expressionSparsityWeight * mean w   L1 of the 52 weights (w >= 0)
//   albedoSmoothnessWeight   * mean over edges |c_a - c_b|^2 (+ the same for s)
//   albedoSymmetryWeight     * mean over level-0 mirror pairs |c_a - c_b|^2 (+ s)
//   lightPriorWeight         * toward ambient white light (fit_losses.h)
//   kFocalPriorWeight        * (log f / f_prior)^2
// Stages (S2F2 trains coarse-to-fine; here the same order as an optimisation schedule):
//   pose        rotation, translation, focal, expression   landmarks only (no rendering)
//   geometry    + identity offsets, SH light, albedo        every term
//   appearance  albedo, specular intensity, SH light        geometry frozen; albedo and
//               specular move to the next level (linear refinement, options.refineAppearance)
// Learning rates per group are in stageGroups(); each stage decays them along a
// half cosine to 10%. Expression weights and specular intensity are projected
// onto [0,1] after every step (S2F2's soft box E_b as a hard constraint).
#include "fit/coarse_fit.h"

#include <ATen/ATen.h>
#include <chrono>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <torch/optim/adam.h>

#include "analysis/head_pose.h"
#include "common/cancel_token.h"
#include "common/error.h"
#include "common/log.h"
#include "camera_projection.h"
#include "fit/face_render.h"
#include "fit/frozen_view.h"
#include "fit/fit_losses.h"
#include "fit/fit_problem.h"
#include "fit/fit_render.h"
#include "fit/fit_status.h"
#include "fit/pose_init.h"
#include "io/image_io.h"

namespace likeness {
namespace {

constexpr double kFocalPriorWeight = 1.0;
constexpr int kMetricsMaxSide = 1024;   // metrics renders are at most this large (longest side)

enum class Stage { Pose, Geometry, Appearance };

const char* stageName(Stage s) {
    switch (s) {
    case Stage::Pose: return "pose";
    case Stage::Geometry: return "geometry";
    default: return "appearance";
    }
}

/// Every loss term's name, in the order reported to the sink (and losses.csv).
const std::vector<std::string>& termNames() {
    static const std::vector<std::string> names = {"landmarks",         "photometric",     "laplacian",   "expression",
                                                   "albedo_smoothness", "albedo_symmetry", "light_prior", "focal_prior"};
    return names;
}

struct Group {
    std::vector<at::Tensor> params;
    double lr;
};

// Adam groups (learning rates in each parameter's own unit per step) of one stage.
std::vector<Group> stageGroups(Stage stage, const FitParameters& x, double scale) {
    std::vector<at::Tensor> rot, trans, focal, expr, light;
    for (const auto& p : x.images) {
        rot.push_back(p.rotation);
        trans.push_back(p.translation);
        focal.push_back(p.logFocal);
        expr.push_back(p.expression);
        light.push_back(p.light);
    }
    std::vector<Group> g;
    switch (stage) {
    case Stage::Pose:
        g = {{rot, 0.003}, {trans, 0.5}, {focal, 0.005}, {expr, 0.02}};
        break;
    case Stage::Geometry:
        g = {{rot, 0.002}, {trans, 0.3}, {focal, 0.003}, {expr, 0.01}, {{x.offsets}, 0.05}, {light, 0.02}, {{x.albedo}, 0.005}};
        break;
    case Stage::Appearance:
        g = {{{x.albedo}, 0.01}, {{x.specular}, 0.01}, {light, 0.01}};
        break;
    }
    for (Group& group : g) group.lr *= scale;
    return g;
}

struct Evaluation {
    std::vector<at::Tensor> terms;   // weighted, termNames() order
    at::Tensor total;
};

/// What stays fixed during a stage: frozen views and the terms of frozen parameters.
struct StageCache {
    std::vector<FrozenView> frozen;   // appearance: one per image
    at::Tensor landmarks;             // appearance: the (constant) landmark term
};

// Screen positions [468,3] of the base vertices of image i, without rendering
// (the base vertices are mesh vertices at every level: fromBase() interpolates them).
at::Tensor baseScreen(const FitProblem& p, const FitParameters& x, size_t i) {
    const FitImageData& d = p.images[i];
    const at::Tensor base = p.rig.apply(p.neutral, x.images[i].expression) + x.offsets.index_select(0, p.baseIndex);
    const at::Tensor camera = render::rigidTransform(base, render::axisAngleToMatrix(x.images[i].rotation), x.images[i].translation);
    return render::projectPerspective(camera, focalFull(p, x, i) * d.view.scale, d.view.cx, d.view.cy);
}

at::Tensor landmarkTerm(const FitProblem& p, const at::Tensor& screen468, size_t i) {
    const FitImageData& d = p.images[i];
    return landmarkLoss(screen468, p.identity468, d.view.landmarks, p.landmarkWeights, 256.0 / d.view.size);
}

StageCache prepareStage(const FitProblem& p, const FitParameters& x, Stage stage) {
    StageCache c;
    if (stage != Stage::Appearance) return c;
    at::NoGradGuard noGrad;
    c.landmarks = at::zeros({}, at::TensorOptions(p.device).dtype(at::kFloat));
    for (size_t i = 0; i < p.images.size(); ++i) {
        c.frozen.push_back(freezeView(viewRenderInputs(p, x, i, true), p.images[i].view.image));
        c.landmarks = c.landmarks + landmarkTerm(p, baseScreen(p, x, i), i);
    }
    return c;
}

Evaluation evaluate(const FitProblem& p, const FitParameters& x, Stage stage, const StageCache& cache,
                    const CoarseFitOptions& o, int iteration) {
    const auto f = at::TensorOptions(p.device).dtype(at::kFloat);
    at::Tensor lm = at::zeros({}, f), ph = at::zeros({}, f), expr = at::zeros({}, f), light = at::zeros({}, f),
               focal = at::zeros({}, f);
    for (size_t i = 0; i < p.images.size(); ++i) {
        switch (stage) {
        case Stage::Pose:   // landmarks only: no rendering
            lm = lm + landmarkTerm(p, baseScreen(p, x, i), i);
            break;
        case Stage::Geometry: {
            const FaceRender r = renderFace(viewRenderInputs(p, x, i, o.photometricWeight > 0));
            lm = lm + landmarkTerm(p, r.screenVertices.index_select(0, p.baseIndex), i);
            if (o.photometricWeight > 0) ph = ph + photometricLoss(r.image, p.images[i].view.image, r.mask);
            break;
        }
        case Stage::Appearance:   // geometry frozen: linear in albedo and light
            ph = ph + frozenPhotometricLoss(cache.frozen[i], rgbAlbedo(x), x.specular, rgbLight(x, i));
            break;
        }
        expr = expr + x.images[i].expression.mean();
        light = light + lightPriorLoss(x.images[i].light, p.ambient);
        focal = focal + x.images[i].logFocal.pow(2).sum();
    }
    if (stage == Stage::Appearance) lm = cache.landmarks;
    const double n = static_cast<double>(p.images.size());
    const MeshOperators& colourOps = appearanceRefined(p, x) ? p.fine->ops : p.ops;
    if (iteration == o.injectNanAtIteration) ph = ph * std::nan("");
    Evaluation e;
    e.terms = {
        o.landmarkWeight * lm / n,
        o.photometricWeight * ph / n,
        o.laplacianWeight * laplacianLoss(p.ops, x.offsets),
        o.expressionSparsityWeight * expr / n,
        o.albedoSmoothnessWeight * (edgeSmoothnessLoss(colourOps, x.albedo) + edgeSmoothnessLoss(colourOps, x.specular)),
        o.albedoSymmetryWeight *
            (symmetryLoss(p.mirrorA, p.mirrorB, x.albedo) + symmetryLoss(p.mirrorA, p.mirrorB, x.specular)),
        o.lightPriorWeight * light / n,
        kFocalPriorWeight * focal / n,
    };
    e.total = e.terms[0];
    for (size_t k = 1; k < e.terms.size(); ++k) e.total = e.total + e.terms[k];
    return e;
}

std::vector<float> toVector(const at::Tensor& t) {
    const at::Tensor c = t.detach().to(at::kCPU, at::kFloat).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

// Fitted yaw (HeadPose convention: face axes x right, y forehead -> chin, z away = model axes with y, z flipped).
float fittedYawDeg(const std::array<float, 3>& axisAngle) {
    const Eigen::Matrix3d r =
        matrixFromAxisAngle({axisAngle[0], axisAngle[1], axisAngle[2]}) * Eigen::Vector3d(1, -1, -1).asDiagonal();
    std::array<float, 9> m{};
    for (int i = 0; i < 9; ++i) m[static_cast<size_t>(i)] = static_cast<float>(r(i / 3, i % 3));
    return headPoseFromRotation(m).yawDeg;
}

// The plain-data result of the current unknowns, with renders measured against the photos.
FaceFit exportFit(const FitProblem& p, const FitParameters& x, const CoarseFitOptions& o, int iterations, bool cancelled) {
    at::NoGradGuard noGrad;
    FaceFit fit;
    const bool refined = appearanceRefined(p, x);
    // Every per-vertex output at the albedo's level (the shape is the same at both).
    auto atColourLevel = [&](const at::Tensor& v) { return refined ? p.fine->refine(v) : v; };
    const SubdividedTopology& mesh = refined ? *p.fine->mesh : *p.mesh;
    fit.subdivisionLevel = mesh.level();
    fit.geometryLevel = o.subdivisionLevel;
    fit.neutralBase = toVector(p.neutral);
    fit.vertices = toVector(atColourLevel(identityVertices(p, x)));
    const at::Tensor tri = mesh.triangles().to(at::kCPU, at::kInt).contiguous();
    fit.triangles.assign(tri.data_ptr<int>(), tri.data_ptr<int>() + tri.numel());
    fit.uvs = toVector(mesh.uvs());
    fit.diffuseAlbedo = toVector(rgbAlbedo(x));
    fit.specularIntensity = toVector(x.specular);
    fit.shBands = p.bands;
    fit.roughness = p.roughness;
    fit.iterations = iterations;
    fit.cancelled = cancelled;
    for (size_t i = 0; i < p.images.size(); ++i) {
        const FitImageData& d = p.images[i];
        const FitParameters::PerImage& pi = x.images[i];
        ImageFit im;
        im.expressionWeights = toVector(pi.expression);
        const std::vector<float> r = toVector(pi.rotation), t = toVector(pi.translation);
        im.rotationAxisAngle = {r[0], r[1], r[2]};
        im.translationMm = {t[0], t[1], t[2]};
        im.focalPx = focalFull(p, x, i).item<float>();
        im.imageWidth = d.input->image.width();
        im.imageHeight = d.input->image.height();
        im.cx = 0.5f * static_cast<float>(im.imageWidth - 1);
        im.cy = 0.5f * static_cast<float>(im.imageHeight - 1);
        im.shLight = toVector(rgbLight(x, i));
        im.posedVertices = toVector(atColourLevel(posedVertices(p, x, i)));
        im.grayscale = p.grayscale;
        im.yawDeg = fittedYawDeg(im.rotationAxisAngle);
        im.faceSizePx = std::max(d.view.faceBox.width(), d.view.faceBox.height());
        fit.images.push_back(std::move(im));
    }
    fit.posedVertices = fit.images.front().posedVertices;
    fit.shLight = fit.images.front().shLight;

    const double dark = darkAlbedoShare(fit.diffuseAlbedo);   // shared albedo: one value for every image
    // Render vs photo inside the face mask (at most kMetricsMaxSide pixels on the longest side).
    for (size_t i = 0; i < p.images.size(); ++i) {
        ImageFit& im = fit.images[i];
        const double s = std::min(1.0, static_cast<double>(kMetricsMaxSide) / std::max(im.imageWidth, im.imageHeight));
        const int w = std::max(1, static_cast<int>(std::lround(im.imageWidth * s)));
        const int h = std::max(1, static_cast<int>(std::lround(im.imageHeight * s)));
        cv::Mat photo = toFloatRgb(p.images[i].input->image);
        if (w != photo.cols || h != photo.rows) cv::resize(photo, photo, cv::Size(w, h), 0, 0, cv::INTER_AREA);
        measureFit(renderFitImage(fit, i, w, h), photo, im.ssimInMask, im.psnrInMask);
        std::vector<std::string> reasons = lowConfidenceReasons(p.images[i].input->image, p.images[i].input->face, im.yawDeg, o);
        if (dark > o.maxDarkAlbedoShare)
            reasons.push_back(std::to_string(static_cast<int>(std::lround(100 * dark))) +
                              "% of the face's albedo is far darker than skin: something may cover the face "
                              "(hand, card, scarf, thick beard or hair)");
        if (im.ssimInMask < o.minSsim)
            reasons.push_back("the render matches the photo poorly (SSIM " + std::to_string(im.ssimInMask).substr(0, 4) +
                              "): occlusion, glare or a wrong face");
        im.status = statusText(reasons);
    }
    return fit;
}

double msSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

FaceFit fitCoarse(const std::vector<FitInput>& inputs, const CoarseFitOptions& options, const LossSink& sink,
                  const CancelToken* cancel, FaceFit* lastGood) {
    options.validate();
    at::manual_seed(options.seed);   // nothing below draws random numbers; seeded for any op that might
    at::Device device(at::kCPU);
    if (options.device == "cuda") {
        if (at::hasCUDA()) device = at::Device(at::kCUDA);
        else logWarning("Coarse fit: CUDA is not available (no GPU or a CPU-only build); fitting on the CPU.");
    }
    const auto start = std::chrono::steady_clock::now();
    FitParameters x;
    const FitProblem problem = buildFitProblem(inputs, options, device, x);

    const int n = options.iterations;
    const int poseEnd = static_cast<int>(std::lround(n * options.poseFraction));
    const int geometryEnd = std::min(n, poseEnd + static_cast<int>(std::lround(n * options.geometryFraction)));
    auto stageOf = [&](int it) { return it < poseEnd ? Stage::Pose : it < geometryEnd ? Stage::Geometry : Stage::Appearance; };
    auto stageRange = [&](Stage s) {
        return s == Stage::Pose ? std::make_pair(0, poseEnd)
                                : s == Stage::Geometry ? std::make_pair(poseEnd, geometryEnd) : std::make_pair(geometryEnd, n);
    };

    FitParameters good = x.clone();   // the last state whose loss was finite ...
    int goodSteps = 0;                // ... and the number of Adam steps it had
    std::unique_ptr<torch::optim::Adam> adam;
    StageCache cache;
    std::vector<double> baseLr;
    Stage current = Stage::Pose;
    bool first = true;
    for (int it = 0; it < n; ++it) {
        if (cancel && cancel->isCancelled()) {
            const bool finite = x.firstNonFinite().empty();
            if (!finite) x.copyFrom(good);
            if (lastGood) *lastGood = exportFit(problem, x, options, finite ? it : goodSteps, true);
            throw CancelledError();
        }
        const Stage stage = stageOf(it);
        if (first || stage != current) {
            first = false;
            current = stage;
            for (const at::Tensor& t : x.all()) t.requires_grad_(false);
            if (stage == Stage::Appearance && problem.fine && !appearanceRefined(problem, x)) {
                x.albedo = problem.fine->refine(x.albedo).detach();
                x.specular = problem.fine->refine(x.specular).detach();
                good.albedo = problem.fine->refine(good.albedo);   // the last good state, at the new level
                good.specular = problem.fine->refine(good.specular);
            }
            std::vector<torch::optim::OptimizerParamGroup> groups;
            baseLr.clear();
            for (const Group& g : stageGroups(stage, x, options.learningRateScale)) {
                for (const at::Tensor& t : g.params) t.requires_grad_(true);
                groups.emplace_back(g.params, std::make_unique<torch::optim::AdamOptions>(g.lr));
                baseLr.push_back(g.lr);
            }
            adam = std::make_unique<torch::optim::Adam>(groups, torch::optim::AdamOptions(1e-3));
            cache = prepareStage(problem, x, stage);
        }
        // Half-cosine decay of every learning rate to 10% over the stage.
        const auto [s0, s1] = stageRange(stage);
        const double progress = s1 - s0 > 1 ? static_cast<double>(it - s0) / (s1 - s0 - 1) : 0.0;
        const double factor = 0.1 + 0.9 * 0.5 * (1 + std::cos(3.14159265358979323846 * progress));
        for (size_t g = 0; g < adam->param_groups().size(); ++g)
            static_cast<torch::optim::AdamOptions&>(adam->param_groups()[g].options()).lr(baseLr[g] * factor);

        const auto t0 = std::chrono::steady_clock::now();
        const Evaluation e = evaluate(problem, x, stage, cache, options, it);
        LossSnapshot snap;
        snap.stage = stageName(stage);
        snap.iteration = it;
        snap.totalIterations = n;
        for (size_t k = 0; k < e.terms.size(); ++k) {
            const double v = e.terms[k].item<double>();
            if (!std::isfinite(v)) {
                x.copyFrom(good);
                if (lastGood) *lastGood = exportFit(problem, x, options, goodSteps, false);
                throw Error("The coarse fit stopped at iteration " + std::to_string(it) + ": the '" + termNames()[k] +
                            "' loss term is " + (std::isnan(v) ? "NaN" : "infinite") + ". The last good state (after " +
                            std::to_string(goodSteps) + " iterations) was kept.");
            }
            snap.terms.emplace_back(termNames()[k], v);
            snap.total += v;
        }
        good.copyFrom(x);
        goodSteps = it;
        snap.forwardMs = msSince(t0);

        const auto t1 = std::chrono::steady_clock::now();
        adam->zero_grad();
        e.total.backward();
        adam->step();
        {
            at::NoGradGuard noGrad;
            for (auto& pi : x.images) pi.expression.clamp_(0, 1);
            x.specular.clamp_(0, 1);
            x.albedo.clamp_(0, 1);
        }
        snap.backwardMs = msSince(t1);
        snap.elapsedMs = msSince(start);
        if (sink) sink(snap);
    }
    for (const at::Tensor& t : x.all()) t.requires_grad_(false);
    const std::string bad = x.firstNonFinite();
    if (!bad.empty()) {
        x.copyFrom(good);
        if (lastGood) *lastGood = exportFit(problem, x, options, goodSteps, false);
        throw Error("The coarse fit stopped after the last iteration: the " + bad +
                    " became NaN/Inf. The last good state was kept.");
    }
    FaceFit fit = exportFit(problem, x, options, n, false);
    if (lastGood) *lastGood = fit;
    return fit;
}

} // namespace likeness
