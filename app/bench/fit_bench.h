#pragma once
#include <string>

namespace likeness::bench {

struct FitBenchOptions {
    std::string image;        // photo to fit (default: the demo photo)
    int iterations = 300;     // coarse-fit iterations
    int level = 2;            // subdivision level
    int fitSize = 256;        // fitting image side
    std::string device = "cpu";
};

/// `likeness-bench fit`: one coarse fit of a photo; forward and backward ms per
/// iteration (median per stage and overall), set-up and total seconds, peak RSS.
int runFitBench(const FitBenchOptions& options);

} // namespace likeness::bench
