#pragma once
#include <string>

namespace likeness::bench {

struct ModelBenchOptions {
    int runs = 50;              // timed runs per model
    int warmup = 5;             // untimed runs first
    bool compareWasm = true;    // also run TF.js' WASM backend in Node, in the same run
    bool referenceOps = false;  // also time the LibTorch-operator path
};

/// `likeness-bench models`: per-model inference time (ours on all cores and on
/// one thread, TF.js WASM single-threaded) and the ratios. Returns an exit code.
int runModelBench(const ModelBenchOptions& options);

} // namespace likeness::bench
