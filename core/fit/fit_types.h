#pragma once
// Options, progress reports and results of the analysis-by-synthesis fit.
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace likeness {

/// One iteration's loss terms, sent to a sink (GUI live plot, losses.csv).
struct LossSnapshot {
    std::string stage;                                   // "pose", "geometry", "appearance"
    int iteration = 0;                                   // 0-based, over the whole fit
    int totalIterations = 0;
    std::vector<std::pair<std::string, double>> terms;   // weighted terms, e.g. {"landmarks", 12.3}
    double total = 0;
    double elapsedMs = 0;
};
using LossSink = std::function<void(const LossSnapshot&)>;

struct CoarseFitOptions {
    int iterations = 300;          // total Adam iterations over the three stages
    int fitSize = 256;             // the longest side of the fitting image (pixels)
    int subdivisionLevel = 2;      // 0..3: 468, ~1.8k, ~7.4k, ~29k vertices
    int shBands = 3;               // 1..9 spherical-harmonics bands
    std::string device = "cpu";    // "cpu" or "cuda" (falls back to CPU with a warning)
    std::uint64_t seed = 1;        // determinism
    double landmarkWeight = 1.0;   // weights of the loss terms (see coarse_fit.cpp for their meaning)
    double photometricWeight = 1.0;
    double laplacianWeight = 1.0;
    double expressionSparsityWeight = 0.01;
    double albedoSmoothnessWeight = 0.1;
    double albedoSymmetryWeight = 0.1;
    double lightPriorWeight = 0.01;
    void validate() const;         // throws OptionsError
};

} // namespace likeness
