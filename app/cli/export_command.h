#pragma once
#include <filesystem>
#include <string>

#include "export/export_job.h"

namespace likeness::cli {

struct ExportCommandOptions {
    std::string fit;            // a fit output folder (or its fit.json)
    std::string outputDir;      // -o DIR (default: <fit folder>/export)
    ExportJobOptions job;
};

/// Parses `export` arguments (argv[first..argc)); throws OptionsError.
ExportCommandOptions parseExportCommand(int argc, char** argv, int first);

/// Parses one export flag shared with `fit --export` (--maps-res, --units, ...)
/// at argv[i]; advances i past its value. Returns false when argv[i] is not one.
bool parseExportFlag(int argc, char** argv, int& i, ExportJobOptions& job);

/// Runs `likeness-cli export`; returns a documented exit code.
int runExportCommand(const ExportCommandOptions& options);

/// Writes the export of an in-memory fit (`fit --export`) and prints the files.
/// `cancel` is the caller's token (flipped by its InterruptGuard): one token for
/// the whole command, so a Ctrl+C between two steps is never lost.
void runExport(const FaceFit& fit, const std::string& folder, const ExportJobOptions& job, const CancelToken& cancel);

/// When `dir` holds the medium/fine stages' maps (appearance.json with diffuse.png,
/// specular.png, normal.png), puts them into `asset` so the export carries them;
/// throws InputError for a damaged or foreign map file.
void loadFittedMaps(const std::filesystem::path& dir, FaceAssetOptions& asset);

} // namespace likeness::cli
