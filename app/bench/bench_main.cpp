// likeness-bench: performance figures of the core, printed as a table and one
// JSON line per subcommand. Not a test: targets live in the issues.
#include <ATen/Parallel.h>
#include <algorithm>
#include <cstring>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "analyze_bench.h"
#include "appearance_bench.h"
#include "common/error.h"
#include "export_bench.h"
#include "fit_bench.h"
#include "model_bench.h"
#include "synthetic_bench.h"
#ifdef LIKENESS_BENCH_VIEWPORT
#include "viewport_bench.h"
#endif

namespace {

const char* kUsage = R"(usage: likeness-bench <command> [options]

commands:
  models     time BlazeFace, FaceMesh and Iris inference, side by side with
             TF.js' WASM backend in Node (same run), and print the ratios
  analyze    time the full analysis of a photo and the tracking of video frames
             per stage, and the peak resident memory
  fit        one coarse fit of a photo: forward/backward ms per iteration,
             set-up and total seconds, SSIM/PSNR, peak resident memory
  export     fits the photo once, then times the export of GLB + FBX + OBJ
             with maps and the watertight mesh by marching cubes (ms, peak
             memory, triangles, mean distance from the face in mm)
  appearance the medium and fine stages (UV maps) after a coarse fit of the photo:
             seconds per stage, peak memory and SSIM/PSNR per stage at each map
             size, then recovery on synthetic photos with known maps under a hard
             side light (normal error, albedo error, shadow ratio)
  synthetic  recovery on synthetic faces rendered by the fit's forward model:
             vertex error (mm, after rigid alignment), expression MAE,
             PSNR/SSIM in the face mask, as min/median/p90/max
  viewport   the studio's 3D view during an expression drag (needs a display;
             headless: xvfb-run -a -s "-screen 0 1920x1200x24"): frames
             presented per second per viewport size, with read-back, the
             re-pose's CPU time, and the same drag in the whole studio window
             through the Expression slider (built with the GUI only)

options:
  --runs N       timed runs (default 50 for models, 30 for analyze)
  --warmup N     untimed runs first (default 5)
  --no-wasm      models: skip the TF.js WASM comparison
  --torch-ops    models: also time the LibTorch-operator path
  --image FILE   analyze: photo to use (default: the demo photo, 640x480 letterboxed too)
  --threads N    threads for inference (default: all cores)
  --iterations N fit, synthetic: coarse-fit iterations (default 300)
  --level L      fit, synthetic: subdivision level (default 2)
  --size S       fit, synthetic: fitting image side in pixels (default 256)
  --device D     fit: cpu (default) or cuda
  --faces N      synthetic: number of faces (default 20)
  --landmarks M  synthetic: projected (model vertices + noise, default) or analyzer
  --noise PX     synthetic: landmark x/y noise sigma at 256 px (default 0.5; z gets twice it)
  --expressions N synthetic: non-zero ARKit weights per face (default 3)
  --offsets MM   synthetic: largest identity offset in mm (default 3)
  --sparsity W   synthetic: the fit's expression-sparsity weight (tuning)
  --laplacian W  synthetic: the fit's identity Laplacian weight (tuning)
  --weights      synthetic: list the true and fitted expression weights per face
  --maps-res N   export: map resolution (default 1024); viewport: baked maps (default 512)
  --frames N     viewport: timed frames per size (default 120)
  --viewport-sizes L  viewport: width,height pairs (default 640,480,800,600,1024,768)
  --studio-size W,H   viewport: the studio window for the in-studio drag (default 1600,900)
  --map-sizes L  appearance: map sides, comma-separated (default 512)
  --stage-iterations N  appearance: medium and fine iterations each (default 150)
  --no-shadows   appearance: without ray-traced self-shadows
  --no-photo     appearance: the synthetic figures only
  --light-lr R, --normal-flatness W   appearance: tuning of the stages' options
  --mc-res LIST  export: marching-cubes resolutions, comma-separated (default 250,400)
  --export-level L export: working (default), high or neutral
)";

// "250,400" -> {250, 400}
std::vector<int> intList(const std::string& list) {
    std::vector<int> out;
    for (size_t start = 0; start <= list.size();) {
        const size_t end = std::min(list.find(',', start), list.size());
        out.push_back(std::stoi(list.substr(start, end - start)));
        start = end + 1;
    }
    return out;
}

} // namespace

int main(int argc, char** argv) {
    using namespace likeness;
    if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
        std::cout << kUsage;
        return argc < 2 ? ExitUsage : ExitOk;
    }
    const std::string command = argv[1];
    bench::ModelBenchOptions models;
    bench::AnalyzeBenchOptions analyze;
    bench::FitBenchOptions fit;
    bench::SyntheticBenchOptions synthetic;
    bench::ExportBenchOptions exporting;
    bench::AppearanceBenchOptions appearance;
#ifdef LIKENESS_BENCH_VIEWPORT
    bench::ViewportBenchOptions viewportOptions;
#else
    struct {
        std::string image;
        int iterations = 0, level = 0, mapSize = 0, frames = 0;
        std::vector<int> sizes, studioSize;
    } viewportOptions;   // parsed and unused: a build without the GUI refuses the command
#endif
    int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    try {
        for (int i = 2; i < argc; ++i) {
            const std::string a = argv[i];
            auto value = [&]() -> std::string {
                if (i + 1 >= argc) throw OptionsError(a + " needs a value");
                return argv[++i];
            };
            if (a == "--runs") models.runs = analyze.runs = exporting.runs = std::stoi(value());
            else if (a == "--warmup") models.warmup = analyze.warmup = std::stoi(value());
            else if (a == "--no-wasm") models.compareWasm = false;
            else if (a == "--torch-ops") models.referenceOps = true;
            else if (a == "--image") analyze.image = fit.image = exporting.image = appearance.image = viewportOptions.image = value();
            else if (a == "--maps-res") exporting.mapResolution = viewportOptions.mapSize = std::stoi(value());
            else if (a == "--export-level") exporting.level = value();
            else if (a == "--mc-res") exporting.mcResolutions = intList(value());
            else if (a == "--map-sizes") appearance.mapSizes = intList(value());
            else if (a == "--stage-iterations") appearance.mediumIterations = appearance.fineIterations = std::stoi(value());
            else if (a == "--no-shadows") appearance.selfShadows = false;
            else if (a == "--no-photo") appearance.photo = false;
            else if (a == "--light-lr") appearance.lightLearningRate = std::stod(value());
            else if (a == "--normal-flatness") appearance.normalFlatness = std::stod(value());
            else if (a == "--iterations") fit.iterations = synthetic.iterations = viewportOptions.iterations = std::stoi(value());
            else if (a == "--level") fit.level = synthetic.level = viewportOptions.level = std::stoi(value());
            else if (a == "--size") fit.fitSize = synthetic.fitSize = std::stoi(value());
            else if (a == "--device") fit.device = value();
            else if (a == "--faces") synthetic.faces = appearance.faces = std::stoi(value());
            else if (a == "--landmarks") synthetic.landmarks = value();
            else if (a == "--noise") synthetic.landmarkNoisePx = std::stod(value());
            else if (a == "--expressions") synthetic.expressions = std::stoi(value());
            else if (a == "--offsets") synthetic.offsetMm = std::stod(value());
            else if (a == "--sparsity") synthetic.sparsityWeight = std::stod(value());
            else if (a == "--laplacian") synthetic.laplacianWeight = std::stod(value());
            else if (a == "--weights") synthetic.printWeights = true;
            else if (a == "--threads") threads = std::stoi(value());
            else if (a == "--frames") viewportOptions.frames = std::stoi(value());
            else if (a == "--viewport-sizes") viewportOptions.sizes = intList(value());
            else if (a == "--studio-size") viewportOptions.studioSize = intList(value());
            else throw OptionsError("unknown option " + a);
        }
        if (models.runs < 1 || models.warmup < 0 || threads < 1) throw OptionsError("--runs, --warmup, --threads must be positive");
        at::set_num_threads(threads);
        if (command == "models") return bench::runModelBench(models);
        if (command == "analyze") return bench::runAnalyzeBench(analyze);
        if (command == "fit") return bench::runFitBench(fit);
        if (command == "synthetic") return bench::runSyntheticBench(synthetic);
        if (command == "export") return bench::runExportBench(exporting);
        if (command == "appearance") return bench::runAppearanceBench(appearance);
#ifdef LIKENESS_BENCH_VIEWPORT
        if (command == "viewport") return bench::runViewportBench(argc, argv, viewportOptions);
#else
        if (command == "viewport") throw OptionsError("viewport: this build has no GUI (LIKENESS_BUILD_GUI=OFF)");
#endif
        std::cerr << "likeness-bench: unknown command '" << command << "'\n" << kUsage;
        return ExitUsage;
    } catch (const OptionsError& e) {
        std::cerr << "likeness-bench: " << e.what() << "\n";
        return ExitUsage;
    } catch (const AssetError& e) {
        std::cerr << "likeness-bench: " << e.what() << "\n";
        return ExitAssetError;
    } catch (const std::exception& e) {
        std::cerr << "likeness-bench: " << e.what() << "\n";
        return ExitInternal;
    }
}
