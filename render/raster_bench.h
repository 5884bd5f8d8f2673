#pragma once
// Timing of the rasteriser and of differentiable interpolation on a synthetic
// mesh, for likeness-bench (not a test: it only measures).
#include <cstdint>

namespace likeness::render {

struct RasterBenchResult {
    int width = 0, height = 0;
    int64_t triangles = 0;            // triangles in the synthetic mesh
    int64_t coveredPixels = 0;        // pixels the mesh covers
    int threads = 0;                  // LibTorch intra-op threads during the run
    double rasterizeMs = 0;           // median rasterize() time
    double interpolateForwardMs = 0;  // median interpolate() of 3 channels, with autograd recording
    double interpolateBackwardMs = 0; // median backward to the attributes and screen vertices
    double rasterizeBestMs = 0, interpolateForwardBestMs = 0, interpolateBackwardBestMs = 0;   // fastest runs
};

/// Rasterises a `size` x `size` image of a curved grid of about `triangles`
/// triangles covering about a third of the image (CPU, float32), `repetitions`
/// times after a warm-up, and reports median and best wall-clock times.
RasterBenchResult benchRaster(int size = 256, int triangles = 15000, int repetitions = 20);

} // namespace likeness::render
