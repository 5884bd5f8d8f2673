#include "appearance_bench.h"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "appearance/appearance_fit.h"
#include "appearance/synthetic_appearance.h"
#include "bench_util.h"
#include "common/error.h"
#include "fit/coarse_fit.h"
#include "model/face_model.h"
#include "photo_input.h"
#include "topology/face_topology.h"

namespace likeness::bench {
namespace {

double secondsSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

AppearanceOptions stageOptions(const AppearanceBenchOptions& o, int mapSize) {
    AppearanceOptions a;
    a.mapSize = mapSize;
    a.mediumIterations = o.mediumIterations;
    a.fineIterations = o.fineIterations;
    a.selfShadows = o.selfShadows;
    if (o.lightLearningRate >= 0) a.lightLearningRate = o.lightLearningRate;
    if (o.normalFlatness >= 0) a.normalFlatnessWeight = o.normalFlatness;
    return a;
}

} // namespace

int runAppearanceBench(const AppearanceBenchOptions& o) {
    if (o.faces < 0) throw OptionsError("--faces must be 0 or more");
    nlohmann::json report = {{"bench", "appearance"}};
    const std::optional<FitInput> input = o.photo ? loadPhotoInput(o.image) : std::optional<FitInput>();
    if (o.photo && !input) return ExitNoFace;
    auto t0 = std::chrono::steady_clock::now();
    if (o.photo) {
    const FaceFit coarse = fitCoarse({*input}, CoarseFitOptions{});
    const double coarseSeconds = secondsSince(t0);
    std::printf("photo: coarse fit %.2f s (SSIM %.3f, PSNR %.2f dB)\n", coarseSeconds, coarse.images[0].ssimInMask,
                coarse.images[0].psnrInMask);
    std::printf("map    medium s  fine s  trace s  total s  peak MiB  SSIM coarse/medium/fine   PSNR coarse/medium/fine\n");
    nlohmann::json sizes = nlohmann::json::array();
    for (int size : o.mapSizes) {
        resetPeakRss();
        t0 = std::chrono::steady_clock::now();
        const AppearanceResult r = fitAppearance(coarse, {input->image}, stageOptions(o, size));
        const double seconds = secondsSince(t0);
        const double peak = peakRssMiB();
        const auto& s = r.stages;
        std::printf("%4d  %8.2f  %6.2f  %7.2f  %7.2f  %8.0f  %.3f / %.3f / %.3f      %.2f / %.2f / %.2f\n", size, s[1].seconds,
                    s[2].seconds, r.traceSeconds, coarseSeconds + seconds, peak, s[0].ssim, s[1].ssim, s[2].ssim, s[0].psnr,
                    s[1].psnr, s[2].psnr);
        nlohmann::json j = {{"map_size", size}, {"coarse_s", coarseSeconds}, {"maps_s", seconds}, {"trace_s", r.traceSeconds},
                            {"peak_rss_mib", peak}};
        for (const AppearanceStageReport& st : s) j[st.stage] = {{"ssim", st.ssim}, {"psnr", st.psnr}, {"seconds", st.seconds}};
        sizes.push_back(j);
    }
    report["photo"] = sizes;
    }

    if (o.faces > 0) {
        const FaceTopology topology = FaceTopology::load();
        const at::Tensor neutral = demoNeutral(topology);
        const SubdividedTopology mesh(topology, 2);
        std::printf("\nsynthetic (hard side light, known maps)\n");
        std::printf("face  normal deg  <20deg  geometry-only deg  <20deg  albedo sRGB  aligned  light cos  L/R photo  L/R diffuse  ratio\n");
        nlohmann::json faces = nlohmann::json::array();
        double meanNormal = 0, meanUnder = 0, meanRatio = 0, meanAlbedo = 0;
        for (int i = 0; i < o.faces; ++i) {
            const SyntheticAppearance truth = makeSyntheticAppearance(topology, mesh, neutral, SyntheticAppearanceOptions{},
                                                                      static_cast<std::uint64_t>(i + 1));
            const FaceFit fit = fitCoarse({FitInput{truth.face.image, truth.face.face}}, CoarseFitOptions{});
            const AppearanceResult r = fitAppearance(fit, {truth.face.image}, stageOptions(o, 512));
            const AppearanceRecovery s = scoreAppearance(truth, fit, r);
            std::printf("%4d  %10.2f  %6.1f%%  %17.2f  %5.1f%%  %11.4f  %7.4f  %9.3f  %9.3f  %11.3f  %5.2f\n", i, s.normalMeanDeg,
                        100 * s.normalUnder20, s.geometryNormalMeanDeg, 100 * s.geometryNormalUnder20, s.albedoErrorSrgb,
                        s.albedoErrorAlignedSrgb, s.lightCosine, s.photoLeftRight, s.diffuseLeftRight, s.shadowRatio);
            faces.push_back({{"normal_mean_deg", s.normalMeanDeg}, {"normal_under_20", s.normalUnder20},
                             {"geometry_normal_mean_deg", s.geometryNormalMeanDeg}, {"albedo_error_srgb", s.albedoErrorSrgb},
                             {"albedo_error_aligned_srgb", s.albedoErrorAlignedSrgb}, {"light_cosine", s.lightCosine},
                             {"photo_left_right", s.photoLeftRight}, {"diffuse_left_right", s.diffuseLeftRight},
                             {"shadow_ratio", s.shadowRatio}, {"fine_ssim", r.stages.back().ssim}});
            meanNormal += s.normalMeanDeg / o.faces;
            meanUnder += s.normalUnder20 / o.faces;
            meanRatio += s.shadowRatio / o.faces;
            meanAlbedo += s.albedoErrorAlignedSrgb / o.faces;
        }
        std::printf("mean  %10.2f  %6.1f%%  albedo (aligned) %.4f  shadow ratio %.2f\n", meanNormal, 100 * meanUnder, meanAlbedo,
                    meanRatio);
        report["synthetic"] = faces;
    }
    std::cout << report.dump() << "\n";
    return ExitOk;
}

} // namespace likeness::bench
