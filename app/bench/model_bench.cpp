#include "model_bench.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "assets/asset_paths.h"
#include "bench_util.h"
#include "graph/cpu_kernels.h"
#include "graph/graph_model.h"

namespace likeness::bench {
namespace {

struct ModelCase {
    const char* name;
    std::vector<int64_t> shape;
};

nlohmann::json wasmTimings(int runs) {
    const std::string script = std::string(LIKENESS_SOURCE_DIR) + "/tests/reference/bench_wasm.mjs";
    const std::string out = captureCommand("node '" + script + "' --cache '" + assets::cacheRoot() +
                                           "' --runs " + std::to_string(runs) + " 2>/dev/null");
    try {
        return nlohmann::json::parse(out.substr(out.find('{')));
    } catch (...) {
        return nullptr;
    }
}

} // namespace

int runModelBench(const ModelBenchOptions& o) {
    const std::vector<ModelCase> cases = {
        {"blazeface", {1, 256, 256, 3}}, {"facemesh", {1, 192, 192, 3}}, {"iris", {1, 64, 64, 3}}};
    const int threads = at::get_num_threads();
    nlohmann::json result = {{"bench", "models"}, {"kernel_isa", graph::kernels::kernelIsa()}, {"threads", threads}};
    const nlohmann::json wasm = o.compareWasm ? wasmTimings(o.runs) : nlohmann::json();

    std::cout << std::fixed << std::setprecision(2);
    std::cout << "model        ours(" << threads << " thr) ms   ours(1 thr) ms   wasm(1 thr) ms   ratio   ratio(1 thr)\n";
    for (const auto& c : cases) {
        auto model = graph::GraphModel::load(assets::modelDir() + "/" + c.name + ".json");
        at::manual_seed(1);
        const at::Tensor input = at::rand(c.shape);
        at::set_num_threads(threads);
        const Timing all = timeRuns(o.warmup, o.runs, [&] { model->run(input); });
        at::set_num_threads(1);
        const Timing one = timeRuns(o.warmup, o.runs, [&] { model->run(input); });
        at::set_num_threads(threads);
        nlohmann::json m = {{"ms_median", all.medianMs}, {"ms_min", all.minMs}, {"ms_median_1thread", one.medianMs}};
        if (o.referenceOps) {
            graph::GraphModelOptions ref;
            ref.referenceOps = true;
            auto torchModel = graph::GraphModel::load(assets::modelDir() + "/" + c.name + ".json", ref);
            m["ms_median_torch_ops"] = timeRuns(2, std::max(3, o.runs / 5), [&] { torchModel->run(input); }).medianMs;
        }
        double wasmMs = 0;
        if (wasm.is_object() && wasm["models"].contains(c.name)) wasmMs = wasm["models"][c.name]["ms_median"].get<double>();
        std::cout << std::left << std::setw(12) << c.name << std::right << std::setw(12) << all.medianMs << std::setw(17)
                  << one.medianMs << std::setw(17) << wasmMs;
        if (wasmMs > 0) {
            m["wasm_ms_median"] = wasmMs;
            m["ratio"] = all.medianMs / wasmMs;
            m["ratio_1thread"] = one.medianMs / wasmMs;
            std::cout << std::setw(8) << all.medianMs / wasmMs << std::setw(15) << one.medianMs / wasmMs;
        }
        if (m.contains("ms_median_torch_ops")) std::cout << "   (LibTorch ops: " << m["ms_median_torch_ops"].get<double>() << " ms)";
        std::cout << "\n";
        result["models"][c.name] = m;
    }
    if (o.compareWasm && !wasm.is_object())
        std::cout << "(TF.js WASM comparison unavailable: run scripts/fetch_assets.sh to install the reference tool)\n";
    std::cout << result.dump() << std::endl;
    return 0;
}

} // namespace likeness::bench
