// likeness-bench: performance figures of the core, printed as a table and one
// JSON line per subcommand. Not a test: targets live in the issues.
#include <ATen/Parallel.h>
#include <cstring>
#include <iostream>
#include <string>
#include <thread>

#include "analyze_bench.h"
#include "common/error.h"
#include "model_bench.h"

namespace {

const char* kUsage = R"(usage: likeness-bench <command> [options]

commands:
  models     time BlazeFace, FaceMesh and Iris inference, side by side with
             TF.js' WASM backend in Node (same run), and print the ratios
  analyze    time the full analysis of a photo and the tracking of video frames
             per stage, and the peak resident memory

options:
  --runs N       timed runs (default 50 for models, 30 for analyze)
  --warmup N     untimed runs first (default 5)
  --no-wasm      models: skip the TF.js WASM comparison
  --torch-ops    models: also time the LibTorch-operator path
  --image FILE   analyze: photo to use (default: the demo photo, 640x480 letterboxed too)
  --threads N    threads for inference (default: all cores)
)";

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
    int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    try {
        for (int i = 2; i < argc; ++i) {
            const std::string a = argv[i];
            auto value = [&]() -> std::string {
                if (i + 1 >= argc) throw OptionsError(a + " needs a value");
                return argv[++i];
            };
            if (a == "--runs") models.runs = analyze.runs = std::stoi(value());
            else if (a == "--warmup") models.warmup = analyze.warmup = std::stoi(value());
            else if (a == "--no-wasm") models.compareWasm = false;
            else if (a == "--torch-ops") models.referenceOps = true;
            else if (a == "--image") analyze.image = value();
            else if (a == "--threads") threads = std::stoi(value());
            else throw OptionsError("unknown option " + a);
        }
        if (models.runs < 1 || models.warmup < 0 || threads < 1) throw OptionsError("--runs, --warmup, --threads must be positive");
        at::set_num_threads(threads);
        if (command == "models") return bench::runModelBench(models);
        if (command == "analyze") return bench::runAnalyzeBench(analyze);
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
