#include "fit_bench.h"

#include <ATen/Parallel.h>
#include <algorithm>
#include <chrono>
#include <iomanip>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "analysis/face_analyzer.h"
#include "assets/asset_paths.h"
#include "bench_util.h"
#include "photo_input.h"
#include "common/error.h"
#include "fit/coarse_fit.h"
#include "io/image_io.h"
#include "model/face_model.h"
#include "topology/face_topology.h"

namespace likeness::bench {
namespace {

double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double mean(const std::vector<double>& v) {
    double s = 0;
    for (double x : v) s += x;
    return v.empty() ? 0 : s / static_cast<double>(v.size());
}

} // namespace

int runFitBench(const FitBenchOptions& o) {
    const std::string path = o.image.empty() ? assets::samplePhoto("grace_hopper_512x512.jpg") : o.image;
    const std::optional<FitInput> input = loadPhotoInput(path);
    if (!input) return ExitNoFace;
    CoarseFitOptions options;
    options.iterations = o.iterations;
    options.subdivisionLevel = o.level;
    options.fitSize = o.fitSize;
    options.device = o.device;

    std::map<std::string, std::vector<double>> forward, backward;
    std::vector<double> allForward, allBackward;
    double firstSnapshotMs = -1, firstIterationMs = 0;
    auto sink = [&](const LossSnapshot& s) {
        forward[s.stage].push_back(s.forwardMs);
        backward[s.stage].push_back(s.backwardMs);
        allForward.push_back(s.forwardMs);
        allBackward.push_back(s.backwardMs);
        if (firstSnapshotMs < 0) {
            firstSnapshotMs = s.elapsedMs;
            firstIterationMs = s.forwardMs + s.backwardMs;
        }
    };
    const auto t0 = std::chrono::steady_clock::now();
    const FaceFit fit = fitCoarse({*input}, options, sink);
    const double totalS = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const double setupMs = firstSnapshotMs - firstIterationMs;
    double loopMs = 0;
    for (size_t i = 0; i < allForward.size(); ++i) loopMs += allForward[i] + allBackward[i];

    const int geometryVertices = SubdividedTopology(FaceTopology::load(), o.level).vertexCount();
    nlohmann::json j = {{"bench", "fit"},
                        {"image", path},
                        {"iterations", o.iterations},
                        {"level", o.level},
                        {"geometry_vertices", geometryVertices},
                        {"appearance_vertices", fit.vertices.size() / 3},
                        {"fit_size", o.fitSize},
                        {"device", o.device},
                        {"threads", at::get_num_threads()},
                        {"forward_ms_mean", mean(allForward)},
                        {"backward_ms_mean", mean(allBackward)},
                        {"setup_ms", setupMs},
                        {"iterations_ms", loopMs},
                        {"total_s", totalS},
                        {"ssim", fit.images.front().ssimInMask},
                        {"psnr", fit.images.front().psnrInMask},
                        {"status", fit.images.front().status},
                        {"peak_rss_mib", peakRssMiB()}};
    std::cout << std::fixed << std::setprecision(2);
    std::cout << "coarse fit of " << path << ": " << o.iterations << " iterations, level " << o.level << " ("
              << geometryVertices << " vertices; albedo on " << fit.vertices.size() / 3 << "), " << o.fitSize << " px, " << at::get_num_threads() << " threads\n";
    std::cout << "stage        iterations   forward ms (median)   backward ms (median)\n";
    for (const char* stage : {"pose", "geometry", "appearance"}) {
        if (!forward.count(stage)) continue;
        std::cout << std::left << std::setw(13) << stage << std::right << std::setw(10) << forward[stage].size()
                  << std::setw(22) << median(forward[stage]) << std::setw(23) << median(backward[stage]) << "\n";
        j["stages"][stage] = {{"iterations", forward[stage].size()},
                              {"forward_ms_median", median(forward[stage])},
                              {"backward_ms_median", median(backward[stage])}};
    }
    std::cout << "mean per iteration: forward " << mean(allForward) << " ms, backward " << mean(allBackward) << " ms\n"
              << "set-up (fusion, rig, views) " << setupMs << " ms, iterations " << loopMs << " ms, whole fit " << totalS
              << " s (incl. final renders and metrics)\n"
              << "SSIM " << fit.images.front().ssimInMask << ", PSNR " << fit.images.front().psnrInMask << " dB, status "
              << fit.images.front().status << "\n"
              << "peak resident memory: " << peakRssMiB() << " MiB\n"
              << j.dump() << std::endl;
    return 0;
}

} // namespace likeness::bench
