#include "export/export_job.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <system_error>

#include "common/atomic_file.h"
#include "common/cancel_token.h"
#include "common/error.h"
#include "export/fbx_writer.h"
#include "export/gltf_writer.h"
#include "export/live_link_csv.h"
#include "export/obj_ply_writers.h"
#include "export/photo_depth_surface.h"
#include "export/watertight_mesh.h"

namespace likeness {
namespace fs = std::filesystem;
namespace {

const std::vector<std::string>& knownFormats() {
    static const std::vector<std::string> f = {"obj", "gltf", "glb", "fbx", "ply", "csv"};
    return f;
}

double unitScaleOf(const std::string& units) {
    if (units == "mm") return 1.0;
    if (units == "cm") return 0.1;
    if (units == "m") return 0.001;
    throw OptionsError("Units must be mm, cm or m (not '" + units + "').");
}

double msSince(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

std::vector<std::string> parseExportFormats(const std::string& list) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= list.size()) {
        const size_t end = std::min(list.find(',', start), list.size());
        const std::string f = list.substr(start, end - start);
        bool known = false;
        for (const std::string& k : knownFormats()) known = known || k == f;
        if (!known) throw OptionsError("Unknown export format '" + f + "' (use obj, gltf, glb, fbx, ply or csv).");
        bool seen = false;
        for (const std::string& o : out) seen = seen || o == f;
        if (!seen) out.push_back(f);
        start = end + 1;
    }
    return out;
}

void ExportJobOptions::validate() const {
    if (formats.empty()) throw OptionsError("Choose at least one export format.");
    for (const std::string& f : formats) parseExportFormats(f);
    if (baseName.empty() || baseName.size() > 100 || baseName.find_first_of("/\\:") != std::string::npos || baseName == "." ||
        baseName == "..")
        throw OptionsError("The export name must be a plain file name without folders.");
    unitScaleOf(units);
    asset.validate();
    if (!asset.rig && std::find(formats.begin(), formats.end(), "csv") != formats.end())
        throw OptionsError("The Live Link CSV holds the 52 blendshape weights: it needs the rig (drop --no-rig).");
    if (watertight) {
        if (watertightSource != "views" && watertightSource != "photo")
            throw OptionsError("The watertight source must be views or photo (not '" + watertightSource + "').");
        watertightOptions.validate();
    }
}

ExportJobResult writeAsset(const ExportAsset& asset, const std::string& folder, const ExportJobOptions& o,
                           const ExportProgress& progress, const CancelToken* cancel) {
    o.validate();
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (!fs::is_directory(folder, ec)) throw InputError("Cannot create the export folder " + folder + ".");
    ExportJobResult r;
    r.vertices = asset.mesh.vertexCount();
    r.triangles = asset.mesh.triangleCount();
    r.morphTargets = static_cast<int>(asset.mesh.morphTargets.size());
    const fs::path dir(folder);
    auto stem = [&](const char* ext) { return (dir / (o.baseName + ext)).string(); };
    ObjPlyWriteOptions objPly;
    objPly.unitScale = unitScaleOf(o.units);
    objPly.vertexColors = o.vertexColors;
    for (size_t i = 0; i < o.formats.size(); ++i) {
        if (cancel && cancel->isCancelled()) throw CancelledError();
        const std::string& f = o.formats[i];
        if (progress) progress("writing " + f, static_cast<double>(i) / o.formats.size());
        const auto t0 = std::chrono::steady_clock::now();
        if (f == "obj") {
            writeObjAsset(stem(".obj"), asset, objPly);
            r.files.push_back(stem(".obj"));
            r.files.push_back(stem(".mtl"));
        } else if (f == "gltf" || f == "glb") {
            GltfWriteOptions g;
            g.binary = f == "glb";
            writeGltf(stem(g.binary ? ".glb" : ".gltf"), asset, g);
            r.files.push_back(stem(g.binary ? ".glb" : ".gltf"));
            if (!g.binary) r.files.push_back(stem(".bin"));
        } else if (f == "fbx") {
            writeFbx(stem(".fbx"), asset);
            r.files.push_back(stem(".fbx"));
        } else if (f == "ply") {
            writePly(stem(".ply"), asset, objPly);
            r.files.push_back(stem(".ply"));
        } else if (f == "csv") {
            std::vector<std::string> names;
            for (const auto& t : asset.mesh.morphTargets) names.push_back(t.name);
            // Several photos: one frame each; a single photo still gives a one-line take (its expression).
            ExportAnimation still;
            still.weights.push_back(asset.mesh.morphWeights);
            const ExportAnimation& take = asset.animations.empty() ? still : asset.animations.front();
            writeFileAtomically(stem("_animation.csv"), liveLinkCsv(take, names));
            r.files.push_back(stem("_animation.csv"));
        }
        r.formatMs.emplace_back(f, msSince(t0));
    }
    const bool textured = std::any_of(o.formats.begin(), o.formats.end(),
                                      [](const std::string& f) { return f == "obj" || f == "gltf" || f == "fbx"; });
    if (textured)
        for (const ExportImage& im : asset.images) r.files.push_back((dir / im.fileName).string());
    if (progress) progress("done", 1.0);
    return r;
}

ExportJobResult exportFit(const FaceFit& fit, const FaceTopology& topology, const std::string& folder,
                          const ExportJobOptions& o, const ExportProgress& progress, const CancelToken* cancel) {
    o.validate();
    if (progress) progress("building the asset", 0.0);
    const auto t0 = std::chrono::steady_clock::now();
    const ExportAsset asset = buildFaceAsset(fit, topology, o.asset, cancel);
    const double buildMs = msSince(t0);
    if (cancel && cancel->isCancelled()) throw CancelledError();
    ExportJobResult r = writeAsset(asset, folder, o, progress, cancel);
    r.buildMs = buildMs;
    if (!o.watertight) return r;

    // The closed solid: the reconstructed surface (or what the photo sees) by marching cubes.
    if (progress) progress("watertight mesh (marching cubes)", 0.9);
    const auto t1 = std::chrono::steady_clock::now();
    const ExportMesh surface =
        o.watertightSource == "photo" ? photoDepthSurface(fit, static_cast<size_t>(o.asset.image)) : posedExportMesh(asset.mesh);
    ExportAsset solid;
    solid.mesh = makeWatertightMesh(surface, o.watertightOptions, &r.watertightStats, cancel);
    solid.mesh.name = "FaceWatertight";
    solid.mesh.uvs.clear();   // meaningful on the face part only: the solid carries its colours per vertex
    solid.material.name = "SkinVertexColour";
    r.watertightMs = msSince(t1);
    ExportJobOptions so = o;
    so.baseName = o.baseName + "_watertight";
    so.vertexColors = true;
    so.formats.clear();
    for (const std::string& f : o.formats)
        if (f != "csv") so.formats.push_back(f);
    if (so.formats.empty()) so.formats = {"ply"};
    const ExportJobResult w = writeAsset(solid, folder, so, {}, cancel);
    r.files.insert(r.files.end(), w.files.begin(), w.files.end());
    for (const auto& [format, ms] : w.formatMs) r.formatMs.emplace_back(format + " (watertight)", ms);
    r.watertight = true;
    if (progress) progress("done", 1.0);
    return r;
}

} // namespace likeness
