#pragma once
#include <string>

namespace likeness::bench {

struct AnalyzeBenchOptions {
    int runs = 30;           // timed runs
    int warmup = 5;          // untimed runs first
    std::string image;       // photo to analyse (default: the demo photo)
};

/// `likeness-bench analyze`: full photo analysis and tracked frames, per stage.
int runAnalyzeBench(const AnalyzeBenchOptions& options);

} // namespace likeness::bench
