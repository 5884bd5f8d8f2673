#pragma once
#include <string>
#include <vector>

namespace likeness::bench {

struct ExportBenchOptions {
    std::string image;                 // photo to fit first (default: the demo photo)
    int runs = 3;                      // timed export runs (median reported)
    int mapResolution = 1024;          // side of every map
    std::vector<int> mcResolutions = {250, 400};   // watertight marching-cubes resolutions to time
    std::string level = "working";     // export level
};

/// `likeness-bench export`: fits the photo once (default settings), then times
/// the export of a full asset set (GLB + FBX + OBJ with maps) and the watertight
/// mesh at each marching-cubes resolution: ms, peak resident memory of that step,
/// triangle count and the mean distance from the face's surface. Table + JSON line.
int runExportBench(const ExportBenchOptions& options);

} // namespace likeness::bench
