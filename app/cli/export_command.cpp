#include "export_command.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <opencv2/imgcodecs.hpp>

#include "common/cancel_token.h"
#include "common/error.h"
#include "interrupt_guard.h"
#include "report/fit_json_reader.h"
#include "topology/face_topology.h"

namespace likeness::cli {

namespace fs = std::filesystem;
namespace {

constexpr std::uintmax_t kMaxMapFileBytes = 64u << 20;   // a 2048^2 16-bit RGB PNG is at most ~25 MiB

int parseCount(const std::string& name, const std::string& v, int lo, int hi) {
    if (v.empty() || v.size() > 7 || v.find_first_not_of("0123456789") != std::string::npos)
        throw OptionsError(name + " needs a whole number");
    const int n = std::stoi(v);
    if (n < lo || n > hi) throw OptionsError(name + " must be in " + std::to_string(lo) + ".." + std::to_string(hi));
    return n;
}

/// A finite decimal number (the range is checked by the options' validate()).
float parseNumber(const std::string& name, const std::string& v) {
    size_t used = 0;
    float x = 0;
    try {
        x = std::stof(v, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (v.empty() || used != v.size() || !std::isfinite(x)) throw OptionsError(name + " needs a number");
    return x;
}

} // namespace

bool parseExportFlag(int argc, char** argv, int& i, ExportJobOptions& job) {
    const std::string a = argv[i];
    auto value = [&]() -> std::string {
        if (i + 1 >= argc) throw OptionsError(a + " needs a value");
        return argv[++i];
    };
    if (a == "--maps-res") job.asset.mapResolution = parseCount(a, value(), 256, 2048);
    else if (a == "--units") job.units = value();
    else if (a == "--no-rig") job.asset.rig = false;
    else if (a == "--vertex-colors") job.vertexColors = true;
    else if (a == "--name") job.baseName = value();
    else if (a == "--fps") job.asset.framesPerSecond = parseCount(a, value(), 1, 1000);
    else if (a == "--watertight") job.watertight = true;
    else if (a == "--mc-res") job.watertightOptions.resolution = parseCount(a, value(), 32, 1024);
    else if (a == "--mc-source") job.watertightSource = value();
    else if (a == "--mc-triangles") job.watertightOptions.targetTriangles = parseCount(a, value(), 0, 50000000);
    else if (a == "--mc-back") job.watertightOptions.backDepthMm = parseCount(a, value(), 1, 1000);
    else if (a == "--albedo-exposure") job.asset.edits.diffuseExposure = parseNumber(a, value());
    else if (a == "--albedo-saturation") job.asset.edits.diffuseSaturation = parseNumber(a, value());
    else if (a == "--specular-strength") job.asset.edits.specularStrength = parseNumber(a, value());
    else if (a == "--normal-strength") job.asset.edits.normalStrength = parseNumber(a, value());
    else return false;
    return true;
}

ExportCommandOptions parseExportCommand(int argc, char** argv, int first) {
    ExportCommandOptions o;
    bool formats = false;
    for (int i = first; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) throw OptionsError(a + " needs a value");
            return argv[++i];
        };
        if (a == "-f" || a == "--format") {
            o.job.formats = parseExportFormats(value());
            formats = true;
        } else if (a == "-o" || a == "--output") o.outputDir = value();
        else if (a == "--level") o.job.asset.level = value();
        else if (a == "--image") o.job.asset.image = parseCount(a, value(), 0, 99999);
        else if (parseExportFlag(argc, argv, i, o.job)) continue;
        else if (a.rfind("-", 0) == 0) throw OptionsError("unknown option " + a);
        else if (o.fit.empty()) o.fit = a;
        else throw OptionsError("export takes one fit folder (got '" + o.fit + "' and '" + a + "')");
    }
    if (o.fit.empty()) throw OptionsError("export needs a fit folder (the -o DIR of likeness-cli fit)");
    if (!formats) throw OptionsError("export needs formats: -f obj|gltf|glb|fbx|ply|csv (comma-separated)");
    if (o.outputDir.empty()) {
        const fs::path p(o.fit);
        o.outputDir = ((p.filename() == "fit.json" ? p.parent_path() : p) / "export").string();
    }
    o.job.validate();
    return o;
}

/// The medium/fine stages' maps in a fit folder (written by `fit --stages`), checked.
void loadFittedMaps(const fs::path& dir, FaceAssetOptions& asset) {
    if (!fs::is_regular_file(dir / "appearance.json")) return;   // a coarse-only fit: bake the maps
    auto read = [&](const char* name, int type, std::vector<unsigned char>& out) {
        const fs::path path = dir / name;
        if (!fs::is_regular_file(path)) return;
        if (fs::file_size(path) > kMaxMapFileBytes) throw InputError(path.string() + " is too large for a map");
        std::ifstream in(path, std::ios::binary);
        std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        // Decoded here once so a damaged or foreign file never reaches the asset.
        const cv::Mat image = cv::imdecode(bytes, cv::IMREAD_UNCHANGED);
        if (image.empty() || image.type() != type || image.rows != image.cols || image.rows < 256 || image.rows > 2048)
            throw InputError(path.string() + " is not a map the appearance stages wrote (damaged or replaced?)");
        out = std::move(bytes);
    };
    read("diffuse.png", CV_8UC3, asset.fittedDiffusePng);
    read("specular.png", CV_8UC1, asset.fittedSpecularPng);
    read("normal.png", CV_16UC3, asset.fittedNormalPng);
    std::cerr << "  using the fitted maps of " << dir.string() << "\n";
}

void runExport(const FaceFit& fit, const std::string& folder, const ExportJobOptions& job, const CancelToken& cancel) {
    const FaceTopology topology = FaceTopology::load();   // AssetError -> exit code 5
    cancel.throwIfCancelled();
    auto progress = [](const std::string& stage, double) { std::cerr << "  " << stage << "\n"; };
    const ExportJobResult r = exportFit(fit, topology, folder, job, progress, &cancel);
    std::fprintf(stderr, "exported %d vertices, %d triangles, %d morph targets (asset %.0f ms", r.vertices, r.triangles,
                 r.morphTargets, r.buildMs);
    for (const auto& [format, ms] : r.formatMs) std::fprintf(stderr, ", %s %.0f ms", format.c_str(), ms);
    std::fprintf(stderr, ")\n");
    if (r.watertight)
        std::fprintf(stderr, "watertight (%.0f ms): %s\n", r.watertightMs, formatWatertightStats(r.watertightStats).c_str());
    for (const std::string& f : r.files) std::cout << f << "\n";
}

int runExportCommand(const ExportCommandOptions& o) {
    // One token from the first step to the last: Ctrl+C while the fit and maps load
    // (a few seconds on a busy machine) or at any moment of the export ends with
    // exit code 6 (CancelledError), the files written so far complete.
    CancelToken cancel;
    InterruptGuard guard(cancel);
    const FaceFit fit = loadFaceFit(o.fit, FaceTopology::load());   // InputError -> 3, AssetError -> 5
    ExportJobOptions job = o.job;
    const fs::path p(o.fit);
    loadFittedMaps(p.filename() == "fit.json" ? p.parent_path() : p, job.asset);
    cancel.throwIfCancelled();
    runExport(fit, o.outputDir, job, cancel);
    return ExitOk;
}

} // namespace likeness::cli
