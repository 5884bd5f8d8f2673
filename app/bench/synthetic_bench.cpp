#include "synthetic_bench.h"

#include <ATen/ATen.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "analysis/face_analyzer.h"
#include "assets/asset_paths.h"
#include "bench_util.h"
#include "photo_input.h"
#include "common/error.h"
#include "fit/coarse_fit.h"
#include "fit/synthetic_face.h"
#include "io/image_io.h"
#include "model/face_model.h"
#include "model/neutral_fusion.h"
#include "topology/face_topology.h"

namespace likeness::bench {
namespace {

struct Distribution {
    double min = 0, median = 0, p90 = 0, max = 0, mean = 0;
};

Distribution distribution(std::vector<double> v) {
    Distribution d;
    if (v.empty()) return d;
    std::sort(v.begin(), v.end());
    auto at = [&](double q) { return v[std::min(v.size() - 1, static_cast<size_t>(q * static_cast<double>(v.size() - 1) + 0.5))]; };
    d.min = v.front();
    d.median = at(0.5);
    d.p90 = at(0.9);
    d.max = v.back();
    for (double x : v) d.mean += x / static_cast<double>(v.size());
    return d;
}

nlohmann::json toJson(const Distribution& d) {
    return {{"min", d.min}, {"median", d.median}, {"p90", d.p90}, {"max", d.max}, {"mean", d.mean}};
}

} // namespace

int runSyntheticBench(const SyntheticBenchOptions& o) {
    if (o.faces < 1) throw OptionsError("--faces must be at least 1");
    if (o.landmarks != "projected" && o.landmarks != "analyzer") throw OptionsError("--landmarks must be projected or analyzer");
    // The base neutral: fused from the demo photo's FaceMesh landmarks.
    const FaceTopology topology = FaceTopology::load();
    const at::Tensor neutral = demoNeutral(topology);
    FaceAnalyzer analyzer;   // --landmarks analyzer
    const SubdividedTopology mesh(topology, o.level);

    SyntheticFaceOptions synth;
    synth.imageSize = o.fitSize;
    synth.landmarkNoisePx = o.landmarkNoisePx;
    synth.depthNoisePx = 2 * o.landmarkNoisePx;
    synth.activeExpressions = o.expressions;
    synth.offsetAmplitudeMm = o.offsetMm;
    CoarseFitOptions fit;
    fit.iterations = o.iterations;
    fit.subdivisionLevel = o.level;
    fit.fitSize = o.fitSize;
    if (o.sparsityWeight >= 0) fit.expressionSparsityWeight = o.sparsityWeight;
    if (o.laplacianWeight >= 0) fit.laplacianWeight = o.laplacianWeight;

    std::vector<double> identity, posed, mae, activeMae, psnr, ssim, seconds, yaw;
    int analyzerMisses = 0;
    if (o.verbose)
        std::printf("face   yaw   identity mm  posed mm  expr MAE  active MAE  PSNR dB   SSIM   time s\n");
    for (int i = 0; i < o.faces; ++i) {
        const SyntheticFace truth = makeSyntheticFace(topology, mesh, neutral, synth, static_cast<std::uint64_t>(i + 1));
        FitInput input{truth.image, truth.face};
        if (o.landmarks == "analyzer") {
            const AnalysisResult r = analyzer.analyze(truth.image);
            if (r.faces.empty()) {
                ++analyzerMisses;
                if (o.verbose) std::printf("%4d  %5.1f   FaceAnalyzer found no face: skipped\n", i, truth.yawDeg);
                continue;
            }
            input.face = r.faces.front();
        }
        const auto t0 = std::chrono::steady_clock::now();
        const FaceFit result = fitCoarse({input}, fit);
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        const SyntheticRecovery r = scoreRecovery(truth, result);
        identity.push_back(r.identityErrorMm);
        posed.push_back(r.posedErrorMm);
        mae.push_back(r.expressionMae);
        activeMae.push_back(r.activeExpressionMae);
        psnr.push_back(r.psnr);
        ssim.push_back(r.ssim);
        seconds.push_back(s);
        yaw.push_back(truth.yawDeg);
        if (o.verbose)
            std::printf("%4d  %5.1f   %10.3f  %8.3f  %8.4f  %10.4f  %7.2f  %6.3f  %6.2f\n", i, truth.yawDeg, r.identityErrorMm,
                        r.posedErrorMm, r.expressionMae, r.activeExpressionMae, r.psnr, r.ssim, s);
        if (o.printWeights) {
            const auto& names = arkitBlendshapeNames();
            std::printf("      truth:");
            for (size_t k = 0; k < 52; ++k)
                if (truth.expressionWeights[k] > 0) std::printf(" %s %.2f (fit %.2f)", names[k], truth.expressionWeights[k], result.images[0].expressionWeights[k]);
            std::printf("\n      fit:");
            for (size_t k = 0; k < 52; ++k)
                if (result.images[0].expressionWeights[k] > 0.05 && truth.expressionWeights[k] == 0) std::printf(" %s %.2f", names[k], result.images[0].expressionWeights[k]);
            std::printf("\n");
        }
        std::fflush(stdout);
    }
    const Distribution di = distribution(identity), dp = distribution(posed), dm = distribution(mae),
                       da = distribution(activeMae), dq = distribution(psnr), ds = distribution(ssim), dt = distribution(seconds);
    std::printf("\n%-24s %8s %8s %8s %8s %8s   target\n", "metric", "min", "median", "p90", "max", "mean");
    auto row = [](const char* name, const Distribution& d, const char* target) {
        std::printf("%-24s %8.3f %8.3f %8.3f %8.3f %8.3f   %s\n", name, d.min, d.median, d.p90, d.max, d.mean, target);
    };
    row("identity error (mm)", di, "mean <= 1.5");
    row("posed error (mm)", dp, "mean <= 1.5");
    row("expression MAE", dm, "<= 0.1");
    row("active-weight MAE", da, "");
    row("PSNR in mask (dB)", dq, ">= 30");
    row("SSIM in mask", ds, "");
    row("fit time (s)", dt, "");
    nlohmann::json j = {{"bench", "synthetic"},
                        {"faces", identity.size()},
                        {"landmarks", o.landmarks == "analyzer" ? "FaceAnalyzer on the render" : "projected model vertices + noise"},
                        {"analyzer_misses", analyzerMisses},
                        {"landmark_noise_px", synth.landmarkNoisePx},
                        {"depth_noise_px", synth.depthNoisePx},
                        {"active_expressions", synth.activeExpressions},
                        {"offset_amplitude_mm", synth.offsetAmplitudeMm},
                        {"iterations", o.iterations},
                        {"expression_sparsity_weight", fit.expressionSparsityWeight},
                        {"laplacian_weight", fit.laplacianWeight},
                        {"level", o.level},
                        {"image_size", o.fitSize},
                        {"identity_error_mm", toJson(di)},
                        {"posed_error_mm", toJson(dp)},
                        {"expression_mae", toJson(dm)},
                        {"active_expression_mae", toJson(da)},
                        {"psnr_db", toJson(dq)},
                        {"ssim", toJson(ds)},
                        {"fit_s", toJson(dt)},
                        {"targets_met",
                         {{"posed_vertex_error", dp.mean <= 1.5},   // the reconstructed mesh
                          {"identity_vertex_error", di.mean <= 1.5}, // its neutral + offsets part alone
                          {"expression_mae", dm.mean <= 0.1},
                          {"psnr", dq.mean >= 30}}},
                        {"peak_rss_mib", peakRssMiB()}};
    std::cout << j.dump() << std::endl;
    return 0;
}

} // namespace likeness::bench
