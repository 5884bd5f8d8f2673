#pragma once
#include <string>
#include <vector>

#include "appearance/appearance_fit.h"
#include "export/export_job.h"

namespace likeness::cli {

struct FitCommandOptions {
    std::vector<std::string> images;   // photos of one person
    std::string outputDir;             // -o DIR
    int face = 0;                      // --face N: which detected face (0 = largest) in every image
    std::string device = "cpu";        // --device cpu|cuda
    int iterations = 300;              // --iterations N
    int level = 2;                     // --level L (subdivision 0..3)
    int fitSize = 256;                 // --size S (fitting image side)
    unsigned long long seed = 1;       // --seed N
    bool coarseOnly = true;            // --stages coarse (default) | coarse,medium | coarse,medium,fine
    AppearanceOptions appearance;      // --map-size, --map-fit-size, --medium-iterations, --fine-iterations, --no-shadows
    bool exportAssets = false;         // --export FORMATS: also export into DIR/export
    ExportJobOptions exportJob;        // its formats and the shared export flags
};

/// Parses `fit` arguments (argv[first..argc)); throws OptionsError.
FitCommandOptions parseFitCommand(int argc, char** argv, int first);

/// Runs `likeness-cli fit`; returns a documented exit code (see common/error.h).
/// Ctrl+C (SIGINT) cancels at the next iteration; the last good state is written.
int runFitCommand(const FitCommandOptions& options);

} // namespace likeness::cli
