#pragma once
#include <string>
#include <vector>

namespace likeness::bench {

struct AppearanceBenchOptions {
    std::string image;                 // real photo (default: the demo photo)
    std::vector<int> mapSizes = {512}; // map sides to time on the photo
    int faces = 3;                     // synthetic faces for the recovery figures (0 = none)
    int mediumIterations = 150, fineIterations = 150;
    bool selfShadows = true;
    bool photo = true;                 // false: the synthetic figures only
    double lightLearningRate = -1;     // tuning: AppearanceOptions::lightLearningRate (-1 = default)
    double normalFlatness = -1;        // tuning: AppearanceOptions::normalFlatnessWeight (-1 = default)
};

/// `likeness-bench appearance`: the coarse fit of the photo, then the medium and
/// fine stages at each map size (seconds per stage, ray tracing, SSIM/PSNR per stage,
/// peak resident memory), then recovery on synthetic photos with known maps and a
/// hard side light (normal angular error, albedo error in sRGB, light cosine, the
/// left/right shadow ratio). Table + JSON line.
int runAppearanceBench(const AppearanceBenchOptions& options);

} // namespace likeness::bench
