// The medium and fine stages (S2F2 eq. 5 and 6; weights and annealing of
// supplement B, adapted to per-subject optimisation: an "epoch" is a fixed share
// of the stage's iterations). Loss per iteration, summed over the images' data terms
// (divided by their number) and the regularisers:
//   medium  E_ph + w_s (E_s(D) + E_s(S)) + w_c(e) E_c(D, D_coarse) + w_cs E_c(S, S_coarse)
//           + w_m (E_m(D) + E_m(S)) + w_std L_std(D) + w_lc sum_i E_lc(L_i)
//   fine    E_ph + w_s^f E_s(D') + w_c^f(e) E_c(D', D) + w_m^f (E_m(D') + E_m(N))
//           + w_flat |N|^2 + w_std L_std(D') + w_lc sum_i E_lc(L_i),   D' = D + Delta_d
// with w_c(e) = w_c * 2^-e over the epochs e. Adam on the maps and the light; maps
// are projected onto their valid range after every step.
#include "appearance/appearance_fit.h"

#include <ATen/ATen.h>
#include <chrono>
#include <cmath>
#include <opencv2/imgproc.hpp>
#include <torch/optim/adam.h>

#include "appearance/appearance_losses.h"
#include "appearance/appearance_shading.h"
#include "appearance/displacement_map.h"
#include "appearance/map_pyramid.h"
#include "appearance/self_shadows.h"
#include "appearance/surface_pixels.h"
#include "appearance/uv_layout.h"
#include "common/cancel_token.h"
#include "common/error.h"
#include "export/uv_baker.h"
#include "fit/face_render.h"
#include "fit/fit_render.h"
#include "io/image_io.h"
#include "shading.h"
#include "topology/face_topology.h"

namespace likeness {
namespace {

constexpr int kMetricsMaxSide = 1024;   // as the coarse fit's metrics renders
constexpr int kLightMapSize = 64;
constexpr int kLowSize = 128;        // texels of the low-frequency regularisers' maps


using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

at::Tensor unit(const at::Tensor& v) { return v / v.norm(2, {-1}, true).clamp_min(1e-12); }

std::vector<float> toVector(const at::Tensor& t) {
    const at::Tensor c = t.detach().to(at::kCPU, at::kFloat).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

// [S*S*C] texels (row-major, interleaved) <-> [1,C,S,S].
at::Tensor mapTensor(const std::vector<float>& texels, int size, int channels) {
    return at::tensor(texels).reshape({size, size, channels}).permute({2, 0, 1}).unsqueeze(0).contiguous();
}
std::vector<float> mapTexels(const at::Tensor& map) { return toVector(map.squeeze(0).permute({1, 2, 0})); }

// The coarse light [K0*3] padded with zeros to `bands` (higher bands start dark).
at::Tensor paddedLight(const std::vector<float>& light, int fromBands, int bands) {
    at::Tensor l = at::zeros({bands * bands, 3});
    const int k = std::min(fromBands, bands);
    l.slice(0, 0, k * k).copy_(at::tensor(light).reshape({fromBands * fromBands, 3}).slice(0, 0, k * k));
    return l;
}

// One photo's fitting data.
struct View {
    SurfacePixels pixels;
    std::unique_ptr<SelfShadows> shadows;
    PixelShadowing shadowing;   // for the current normals (refreshed in the fine stage)
    at::Tensor light;           // [K,3] parameter
};

// Vertex normals with the normal map applied (the transfer's refresh).
at::Tensor mappedVertexNormals(const SurfacePixels& s, const at::Tensor& normalXY) {
    if (!normalXY.defined()) return s.vertexNormal;
    const at::Tensor m = tangentNormalsAt(normalXY.detach(), s.vertexGrid);
    return unit(s.vertexTangent * m.slice(1, 0, 1) + s.vertexBitangent * m.slice(1, 1, 2) + s.vertexNormal * m.slice(1, 2, 3));
}

void refreshShadowing(View& v, const at::Tensor& normalXY, int bands) {
    if (!v.shadows) return;
    at::NoGradGuard noGrad;
    v.shadowing = v.shadows->atPixels(v.pixels, mappedVertexNormals(v.pixels, normalXY), bands);
}

// sRGB render of the maps over the photo at `width` x `height`, with its face mask.
FitImageRender renderMaps(const FaceFit& fit, size_t image, int width, int height, const View& view,
                          const AppearanceTextures& maps, int bands, bool shadingOnly, const at::Tensor& normalXYForShadows) {
    at::NoGradGuard noGrad;
    const SurfacePixels s = buildSurfacePixels(fit, image, width, height);
    PixelShadowing shadowing;
    if (view.shadows) shadowing = view.shadows->atPixels(s, mappedVertexNormals(s, normalXYForShadows), bands);
    AppearanceTextures m = maps;
    if (shadingOnly) m.diffuse = at::ones_like(maps.diffuse);
    const ShadedPixels shaded =
        shadeAppearance(s, sampleMaterial(s, m), view.light.detach(), bands, fit.roughness, view.shadows ? &shadowing : nullptr);
    // The shading layer is scaled so its brightest pixel is white (like the light map).
    const at::Tensor linear = shadingOnly ? shaded.color / shaded.color.max().clamp_min(1e-6) : shaded.color;
    const at::Tensor rgb = linearToSrgb(linear).clamp(0, 1).contiguous();
    FitImageRender out;
    out.rgb = cv::Mat::zeros(height, width, CV_32FC3);
    out.mask = cv::Mat::zeros(height, width, CV_8UC1);
    const int64_t* px = s.pixel.data_ptr<int64_t>();
    const float* c = rgb.data_ptr<float>();
    auto* dst = reinterpret_cast<float*>(out.rgb.data);
    for (int64_t p = 0; p < s.count; ++p) {
        for (int k = 0; k < 3; ++k) dst[3 * px[p] + k] = c[3 * p + k];
        out.mask.data[px[p]] = 255;
    }
    return out;
}

void metricsSize(const Image& photo, int& w, int& h) {
    const double s = std::min(1.0, static_cast<double>(kMetricsMaxSide) / std::max(photo.width(), photo.height()));
    w = std::max(1, static_cast<int>(std::lround(photo.width() * s)));
    h = std::max(1, static_cast<int>(std::lround(photo.height() * s)));
}

cv::Mat photoAt(const Image& photo, int w, int h) {
    cv::Mat rgb = toFloatRgb(photo);
    if (w != rgb.cols || h != rgb.rows) cv::resize(rgb, rgb, cv::Size(w, h), 0, 0, cv::INTER_AREA);
    return rgb.isContinuous() ? rgb : rgb.clone();
}

AppearanceMaps mapsOf(const AppearanceTextures& t, const UvLayout& layout) {
    AppearanceMaps m;
    m.size = layout.size;
    m.diffuse = mapTexels(t.diffuse);
    m.specular = mapTexels(t.specular);
    const std::vector<float> cov = toVector(layout.covered);
    m.covered.resize(cov.size());
    for (size_t i = 0; i < cov.size(); ++i) m.covered[i] = cov[i] > 0.5f ? 1 : 0;
    if (t.normalXY.defined()) {
        const at::Tensor xy = t.normalXY.detach().squeeze(0).permute({1, 2, 0}).reshape({-1, 2});
        m.normal = toVector(unit(at::cat({xy, at::ones({xy.size(0), 1})}, 1)));
    }
    return m;
}

} // namespace

void AppearanceOptions::validate() const {
    if (fine && !medium) throw OptionsError("The fine stage needs the medium stage (its diffuse map is the start).");
    if (mapSize != 256 && mapSize != 512 && mapSize != 1024 && mapSize != 2048)
        throw OptionsError("The map size must be 256, 512, 1024 or 2048 texels (not " + std::to_string(mapSize) + ").");
    if (fitSize < 64 || fitSize > 4096) throw OptionsError("The appearance fitting size must be 64..4096 pixels.");
    if (mediumIterations < 1 || fineIterations < 1 || mediumIterations > 100000 || fineIterations > 100000)
        throw OptionsError("Stage iterations must be 1..100000.");
    if (epochs < 1 || epochs > 100) throw OptionsError("Epochs must be 1..100.");
    if (shBands < 1 || shBands > 9) throw OptionsError("The appearance stages' SH bands must be 1..9.");
    if (shadowDirections < 16 || shadowDirections > 4096) throw OptionsError("Shadow directions must be 16..4096.");
    if (shadowRefreshInterval < 1) throw OptionsError("The shadow refresh interval must be at least 1.");
    for (double w : {learningRate, lightLearningRate, symmetryWeight, diffuseConsistencyWeight, specularConsistencyWeight, smoothnessWeight,
                     fineSymmetryWeight, fineConsistencyWeight, skinStdWeight, lightColourWeight, normalFlatnessWeight,
                     blurSigma})
        if (!std::isfinite(w) || w < 0) throw OptionsError("Appearance weights and rates must be finite and non-negative.");
    if (!(learningRate > 0)) throw OptionsError("The appearance learning rate must be positive.");
}

AppearanceResult fitAppearance(const FaceFit& fit, const std::vector<Image>& photos, const AppearanceOptions& o,
                               const LossSink& sink, const CancelToken* cancel) {
    o.validate();
    if (photos.size() != fit.images.size() || photos.empty()) throw InputError("fitAppearance: one photo per fitted image is needed");
    const size_t v = fit.uvs.size() / 2;
    if (v < static_cast<size_t>(FaceTopology::kVertexCount) || fit.diffuseAlbedo.size() != 3 * v || fit.vertices.size() != 3 * v ||
        fit.specularIntensity.size() != v || fit.triangles.empty())
        throw InputError("fitAppearance: inconsistent fit data");
    const auto start = Clock::now();
    at::NoGradGuard setupNoGrad;
    const FaceTopology topology = FaceTopology::load();
    const int64_t vertexCount = static_cast<int64_t>(fit.uvs.size() / 2);
    const at::Tensor base468 = at::tensor(fit.vertices).reshape({vertexCount, 3}).slice(0, 0, FaceTopology::kVertexCount);
    const UvLayout layout = buildUvLayout(topology, base468, o.mapSize);
    const int bands = std::max(o.shBands, fit.shBands);
    // The low-frequency regularisers (symmetry, skin std) run on a kLowSize map.
    const UvLayout low = buildUvLayout(topology, base468, std::min(kLowSize, o.mapSize));
    const double lowSigma = (o.blurSigma > 0 ? o.blurSigma : o.mapSize / 64.0) * low.size / o.mapSize;

    AppearanceResult result;
    result.shBands = bands;
    result.texelMm = layout.texelMm;

    // Start: the coarse per-vertex albedo and specular baked into UV.
    const UvBakeResult coarseDiffuse = bakeVertexData(fit.uvs, fit.triangles, fit.diffuseAlbedo, 3, o.mapSize);
    const UvBakeResult coarseSpecular = bakeVertexData(fit.uvs, fit.triangles, fit.specularIntensity, 1, o.mapSize);
    AppearanceTextures coarse{mapTensor(coarseDiffuse.texels, o.mapSize, 3), mapTensor(coarseSpecular.texels, o.mapSize, 1), {}};
    result.coarse = mapsOf(coarse, layout);

    std::vector<View> views(photos.size());
    for (size_t i = 0; i < photos.size(); ++i) {
        const Image& photo = photos[i];
        const double s = std::min(1.0, static_cast<double>(o.fitSize) / std::max(photo.width(), photo.height()));
        const int w = std::max(1, static_cast<int>(std::lround(photo.width() * s)));
        const int h = std::max(1, static_cast<int>(std::lround(photo.height() * s)));
        const cv::Mat rgb = photoAt(photo, w, h);
        views[i].pixels = buildSurfacePixels(fit, i, w, h, &rgb);
        const auto t0 = Clock::now();
        if (o.selfShadows) views[i].shadows = std::make_unique<SelfShadows>(views[i].pixels, o.shadowDirections);
        result.traceSeconds += secondsSince(t0);
        const std::vector<float>& light = fit.images[i].shLight.empty() ? fit.shLight : fit.images[i].shLight;
        views[i].light = paddedLight(light, fit.shBands, bands);
        refreshShadowing(views[i], {}, bands);
        if (cancel && cancel->isCancelled()) throw CancelledError();
    }

    // The coarse stage's own report (its vertex renderer, as the coarse fit measured it).
    int mw = 0, mh = 0;
    metricsSize(photos[0], mw, mh);
    const cv::Mat metricsPhoto = photoAt(photos[0], mw, mh);
    {
        AppearanceStageReport r;
        r.stage = "coarse";
        r.iterations = fit.iterations;
        const FitImageRender render = renderFitImage(fit, 0, mw, mh);
        measureFit(render, metricsPhoto, r.ssim, r.psnr);
        r.render = compositeOverPhoto(render, metricsPhoto);
        result.stages.push_back(std::move(r));
    }

    // How many map texels one photo pixel spans (the densest view): the visible
    // area in texels (distinct 64-grid cells the pixels land in) over the pixel count.
    double texelsPerPixel = 1e9;
    for (const View& v : views) {
        const at::Tensor cell = ((v.pixels.grid.reshape({-1, 2}) + 1.0) * 32.0).floor().clamp(0, 63).to(at::kLong);
        const int64_t cells = std::get<0>(at::_unique(cell.select(1, 1) * 64 + cell.select(1, 0))).numel();
        const double visibleTexels = static_cast<double>(cells) * (o.mapSize / 64.0) * (o.mapSize / 64.0);
        texelsPerPixel = std::min(texelsPerPixel, std::sqrt(visibleTexels / static_cast<double>(v.pixels.count)));
    }
    result.texelsPerPixel = texelsPerPixel;

    AppearanceTextures current = coarse;
    const int total = o.overallIterations > 0 ? o.overallIterations
                                              : o.firstIteration + (o.medium ? o.mediumIterations : 0) + (o.fine ? o.fineIterations : 0);
    int iteration = o.firstIteration;
    auto runStage = [&](const std::string& name, int iterations) -> bool {
        const auto stageStart = Clock::now();
        const bool fine = name == "fine";
        // Medium: albedo changes up to a quarter of the map's resolution; fine: full
        // resolution diffuse detail and the normal map (map_pyramid.h).
        MapPyramid diffuse(current.diffuse, fine ? o.mapSize : o.mapSize / 4, texelsPerPixel);
        MapPyramid specular(current.specular, o.mapSize / 4, texelsPerPixel);
        MapPyramid normal(at::zeros({1, 2, o.mapSize, o.mapSize}), o.mapSize, texelsPerPixel);
        std::vector<at::Tensor> mapParams = diffuse.levels();
        for (const at::Tensor& t : fine ? normal.levels() : specular.levels()) mapParams.push_back(t);
        std::vector<at::Tensor> lights;
        for (View& v : views) lights.push_back(v.light);
        for (at::Tensor& t : mapParams) t.requires_grad_(true);
        for (at::Tensor& t : lights) t.requires_grad_(true);
        std::vector<torch::optim::OptimizerParamGroup> groups;
        groups.emplace_back(mapParams, std::make_unique<torch::optim::AdamOptions>(o.learningRate));
        groups.emplace_back(lights, std::make_unique<torch::optim::AdamOptions>(o.lightLearningRate));
        torch::optim::Adam adam(groups, torch::optim::AdamOptions(o.learningRate));
        const double n = static_cast<double>(views.size());
        for (int it = 0; it < iterations; ++it) {
            if (cancel && cancel->isCancelled()) return false;
            const auto t0 = Clock::now();
            at::AutoGradMode grad(true);
            const int epoch = it * o.epochs / iterations;
            const double anneal = std::ldexp(1.0, -epoch);
            if (fine && views.front().shadows && it > 0 && it % o.shadowRefreshInterval == 0)
                for (View& v : views) refreshShadowing(v, normal.compose().detach(), bands);
            at::Tensor photometric = at::zeros({}), lightColour = at::zeros({});
            for (View& v : views) {
                PixelMaterial m;
                m.diffuse = diffuse.sample(v.pixels.grid, v.pixels.uvPerPixel);
                m.specular = specular.sample(v.pixels.grid, v.pixels.uvPerPixel);
                if (fine) m.tangentNormal = tangentNormalsFromSlopes(normal.sample(v.pixels.grid, v.pixels.uvPerPixel));
                const ShadedPixels shaded = shadeAppearance(v.pixels, m, v.light, bands, fit.roughness, v.shadows ? &v.shadowing : nullptr);
                photometric = photometric + charbonnierLoss(linearToSrgb(shaded.color), v.pixels.photo) / n;
                lightColour = lightColour + lightColourLoss(v.light) / n;
            }
            // The low-frequency regularisers on kLowSize maps.
            const at::Tensor lowDiffuse = diffuse.atSize(low.size);
            std::vector<std::pair<std::string, at::Tensor>> terms = {{"photometric", photometric}};
            if (fine) {
                terms.emplace_back("symmetry", o.fineSymmetryWeight * symmetryLoss(lowDiffuse, low, lowSigma));
                terms.emplace_back("consistency", o.fineConsistencyWeight * anneal * diffuse.changeEnergy());
                terms.emplace_back("smoothness", o.smoothnessWeight * (diffuse.changeRoughness() + normal.changeRoughness()));
                terms.emplace_back("normal_flatness", o.normalFlatnessWeight * normal.changeEnergy());
            } else {
                terms.emplace_back("symmetry", o.symmetryWeight * (symmetryLoss(lowDiffuse, low, lowSigma) +
                                                                   symmetryLoss(specular.atSize(low.size), low, lowSigma)));
                terms.emplace_back("consistency", o.diffuseConsistencyWeight * anneal * diffuse.changeEnergy() +
                                                      o.specularConsistencyWeight * specular.changeEnergy());
                terms.emplace_back("smoothness", o.smoothnessWeight * (diffuse.changeRoughness() + specular.changeRoughness()));
            }
            terms.emplace_back("skin_std", o.skinStdWeight * skinStdLoss(lowDiffuse, low, lowSigma));
            terms.emplace_back("light_colour", o.lightColourWeight * lightColour);
            at::Tensor totalLoss = terms.front().second;
            for (size_t k = 1; k < terms.size(); ++k) totalLoss = totalLoss + terms[k].second;
            LossSnapshot snap;
            snap.stage = name;
            snap.iteration = iteration;
            snap.totalIterations = total;
            for (const auto& [termName, value] : terms) {
                const double x = value.item<double>();
                if (!std::isfinite(x))
                    throw Error("The " + name + " stage stopped at iteration " + std::to_string(it) + ": the '" + termName +
                                "' loss term is not finite.");
                snap.terms.emplace_back(termName, x);
                snap.total += x;
            }
            snap.forwardMs = 1000 * secondsSince(t0);
            const auto t1 = Clock::now();
            adam.zero_grad();
            totalLoss.backward();
            adam.step();
            snap.backwardMs = 1000 * secondsSince(t1);
            snap.elapsedMs = 1000 * secondsSince(start);
            ++iteration;
            if (sink) sink(snap);
        }
        at::NoGradGuard noGrad;
        for (at::Tensor& t : mapParams) t.requires_grad_(false);
        for (at::Tensor& t : lights) t.requires_grad_(false);
        // Slopes beyond about 60 degrees are folds, not normals.
        current = AppearanceTextures{diffuse.compose().clamp(0, 1), specular.compose().clamp(0, 1),
                                     fine ? normal.compose().clamp(-1.7, 1.7) : at::Tensor()};
        if (fine)
            for (View& v : views) refreshShadowing(v, current.normalXY, bands);
        AppearanceStageReport r;
        r.stage = name;
        r.iterations = iterations;
        r.seconds = secondsSince(stageStart);
        const FitImageRender render = renderMaps(fit, 0, mw, mh, views[0], current, bands, false, current.normalXY);
        measureFit(render, metricsPhoto, r.ssim, r.psnr);
        r.render = compositeOverPhoto(render, metricsPhoto);
        result.stages.push_back(std::move(r));
        return true;
    };

    bool finished = true;
    if (o.medium) {
        finished = runStage("medium", o.mediumIterations);
        if (!finished) throw CancelledError();
        result.medium = mapsOf(current, layout);
    }
    if (o.fine && finished) {
        finished = runStage("fine", o.fineIterations);
        if (finished) {
            result.fine = mapsOf(current, layout);
            result.fine.displacement = integrateNormalMap(result.fine.normal, result.fine.covered, o.mapSize, layout.texelMm);
        }
    }
    result.cancelled = !finished;

    at::NoGradGuard noGrad;
    for (const View& v : views) result.shLight.push_back(toVector(v.light));
    // Image 0's light map: the shadowed irradiance / pi per vertex, baked into UV.
    {
        const View& v = views[0];
        const at::Tensor normals = mappedVertexNormals(v.pixels, current.normalXY);
        const at::Tensor a = perCoefficientKernel(render::lambertKernel(bands), bands);
        const at::Tensor transfer = v.shadows ? v.shadows->vertexTransfer(normals, bands) : render::shBasis(normals, bands) * a;
        const std::vector<float> irradiance = toVector(at::matmul(transfer, v.light).clamp_min(0) / M_PI);
        result.lightMap = bakeVertexData(fit.uvs, fit.triangles, irradiance, 3, kLightMapSize).texels;
        const FitImageRender shading = renderMaps(fit, 0, mw, mh, v, current, bands, true, current.normalXY);
        result.shading = shading.rgb;
        result.shadingMask = shading.mask;
    }
    return result;
}

} // namespace likeness
