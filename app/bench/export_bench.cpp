#include "export_bench.h"

#include <filesystem>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include "bench_util.h"
#include "photo_input.h"
#include "common/error.h"
#include "export/export_job.h"
#include "export/watertight_mesh.h"
#include "fit/coarse_fit.h"
#include "topology/face_topology.h"

namespace likeness::bench {
namespace fs = std::filesystem;

int runExportBench(const ExportBenchOptions& o) {
    const std::optional<FitInput> input = loadPhotoInput(o.image);
    if (!input) return ExitNoFace;
    std::cerr << "fitting the photo (default settings)\n";
    const FaceFit fit = fitCoarse({*input}, CoarseFitOptions{});
    const FaceTopology topology = FaceTopology::load();
    const fs::path dir = fs::temp_directory_path() / ("likeness-bench-export-" + std::to_string(::getpid()));

    ExportJobOptions job;
    job.formats = {"glb", "fbx", "obj"};
    job.asset.mapResolution = o.mapResolution;
    job.asset.level = o.level;
    ExportJobResult last;
    resetPeakRss();
    const Timing t = timeRuns(0, o.runs, [&] { last = exportFit(fit, topology, dir.string(), job); });
    const double exportPeak = peakRssMiB();
    std::uintmax_t bytes = 0;
    for (const std::string& f : last.files) bytes += fs::file_size(f);

    std::cout << std::fixed << std::setprecision(1);
    std::cout << "export (GLB + FBX + OBJ, " << o.mapResolution << "^2 maps, level " << o.level << "): " << last.vertices
              << " vertices, " << last.triangles << " triangles, " << last.morphTargets << " morph targets\n";
    std::cout << "  total " << t.medianMs << " ms (median of " << t.runs << ", min " << t.minMs << "), asset " << last.buildMs
              << " ms";
    for (const auto& [format, ms] : last.formatMs) std::cout << ", " << format << " " << ms << " ms";
    std::cout << "\n  files " << last.files.size() << ", " << bytes / (1024.0 * 1024.0) << " MiB, peak RSS " << exportPeak
              << " MiB\n";

    nlohmann::json j = {{"bench", "export"},
                        {"vertices", last.vertices},
                        {"triangles", last.triangles},
                        {"map_resolution", o.mapResolution},
                        {"export_ms_median", t.medianMs},
                        {"export_ms_min", t.minMs},
                        {"asset_ms", last.buildMs},
                        {"export_peak_rss_mib", exportPeak},
                        {"files_mib", bytes / (1024.0 * 1024.0)}};
    for (const auto& [format, ms] : last.formatMs) j["format_ms"][format] = ms;

    const ExportMesh surface = posedExportMesh(buildFaceAsset(fit, topology, job.asset).mesh);
    nlohmann::json mc = nlohmann::json::array();
    for (int res : o.mcResolutions) {
        WatertightOptions w;
        w.resolution = res;
        resetPeakRss();
        WatertightStats stats;
        const Timing mt = timeRuns(0, 1, [&] { makeWatertightMesh(surface, w, &stats); });
        const double peak = peakRssMiB();
        std::cout << "watertight " << res << ": " << mt.medianMs << " ms, peak RSS " << peak << " MiB, "
                  << formatWatertightStats(stats) << "\n";
        mc.push_back({{"resolution", res},
                      {"ms", mt.medianMs},
                      {"peak_rss_mib", peak},
                      {"voxel_mm", stats.voxelMm},
                      {"triangles", stats.triangles},
                      {"vertices", stats.vertices},
                      {"watertight", stats.watertight},
                      {"euler", stats.eulerCharacteristic},
                      {"mean_distance_mm", stats.meanDistanceMm},
                      {"max_distance_mm", stats.maxDistanceMm},
                      {"source_mean_distance_mm", stats.sourceMeanDistanceMm},
                      {"source_max_distance_mm", stats.sourceMaxDistanceMm}});
    }
    j["watertight"] = mc;
    std::error_code ec;
    fs::remove_all(dir, ec);
    std::cout << j.dump() << "\n";
    return ExitOk;
}

} // namespace likeness::bench
