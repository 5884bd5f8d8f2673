#pragma once
#include <string>
#include <vector>

namespace likeness::cli {

struct AnalyzeCommandOptions {
    std::vector<std::string> images;   // input photos
    std::string jsonPath;              // --json: write results here ("-" = stdout)
    std::string overlayDir;            // --overlay: write <stem>_overlay.png here
    int face = -1;                     // --face N: keep only face N (0 = largest)
    std::string device = "cpu";        // --device cpu|cuda
    bool iris = true;                  // --no-iris: stop at 468 points
};

/// Runs `likeness-cli analyze`; returns a documented exit code (see common/error.h).
int runAnalyzeCommand(const AnalyzeCommandOptions& options);

} // namespace likeness::cli
