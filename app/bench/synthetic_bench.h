#pragma once
#include <string>

namespace likeness::bench {

struct SyntheticBenchOptions {
    int faces = 20;                   // synthetic faces to render and fit
    int iterations = 300;             // coarse-fit iterations per face
    int level = 2;                    // subdivision level
    int fitSize = 256;                // fitting image side (= the synthetic image side)
    std::string landmarks = "projected";   // "projected": model landmark vertices + noise; "analyzer": FaceAnalyzer on the render
    bool verbose = true;              // one line per face
    double landmarkNoisePx = 0.5;     // --noise: x, y sigma (z gets twice this), pixels of a 256-pixel image
    int expressions = 3;              // --expressions: non-zero ARKit weights per face
    double offsetMm = 3;              // --offsets: largest identity offset
    bool printWeights = false;        // --weights: list true and fitted expression weights per face
    double sparsityWeight = -1;       // --sparsity: the fit's expressionSparsityWeight (-1 = the default)
    double laplacianWeight = -1;      // --laplacian: the fit's laplacianWeight (-1 = the default)
};

/// `likeness-bench synthetic`: renders faces with known parameters by the fit's
/// own forward model, fits them from the image (+ landmarks) alone and prints
/// the recovery figures (vertex error after rigid alignment, expression
/// MAE, PSNR/SSIM in the mask) as min / median / p90 / max and one JSON line.
int runSyntheticBench(const SyntheticBenchOptions& options);

} // namespace likeness::bench
