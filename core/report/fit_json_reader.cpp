#include "report/fit_json_reader.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "export/rig_at_level.h"
#include "model/face_model.h"
#include "report/fit_json.h"
#include "topology/face_topology.h"

namespace likeness {
namespace fs = std::filesystem;
namespace {

using nlohmann::json;

struct Reader {
    std::string source;

    [[noreturn]] void fail(const std::string& what) const {
        throw InputError(source + ": " + what + " (not a fit.json written by likeness-cli fit, or damaged).");
    }
    const json& member(const json& j, const char* key) const {
        if (!j.is_object() || !j.contains(key)) fail(std::string("missing \"") + key + "\"");
        return j.at(key);
    }
    double number(const json& j, const char* key) const {
        const json& v = member(j, key);
        if (!v.is_number() || !std::isfinite(v.get<double>())) fail(std::string("\"") + key + "\" is not a finite number");
        return v.get<double>();
    }
    int integer(const json& j, const char* key, int lo, int hi) const {
        const json& v = member(j, key);
        if (!v.is_number_integer() || v.get<long long>() < lo || v.get<long long>() > hi)
            fail(std::string("\"") + key + "\" must be a whole number in " + std::to_string(lo) + ".." + std::to_string(hi));
        return v.get<int>();
    }
    // A flat list of `count` rows of `width` finite numbers ("[[x,y,z],...]" or "[s,...]" for width 1).
    std::vector<float> rows(const json& j, const char* key, size_t count, size_t width) const {
        const json& a = member(j, key);
        if (!a.is_array() || a.size() != count)
            fail(std::string("\"") + key + "\" must hold " + std::to_string(count) + " entries");
        std::vector<float> out;
        out.reserve(count * width);
        for (const json& r : a) {
            if (width == 1) {
                if (!r.is_number()) fail(std::string("\"") + key + "\" holds a non-number");
                out.push_back(r.get<float>());
                continue;
            }
            if (!r.is_array() || r.size() != width) fail(std::string("\"") + key + "\" has a malformed row");
            for (const json& x : r) {
                if (!x.is_number()) fail(std::string("\"") + key + "\" holds a non-number");
                out.push_back(x.get<float>());
            }
        }
        for (float v : out)
            if (!std::isfinite(v)) fail(std::string("\"") + key + "\" holds a value that is not finite");
        return out;
    }
    std::array<float, 3> triple(const json& j, const char* key) const {
        const std::vector<float> v = rows(json{{key, json::array({member(j, key)})}}, key, 1, 3);
        return {v[0], v[1], v[2]};
    }
};

} // namespace

FaceFit faceFitFromJson(const json& j, const FaceTopology& topology, const std::string& sourceName) {
    const Reader r{sourceName};
    if (!j.is_object() || j.value("format", std::string()) != "likeness-fit") r.fail("not a Likeness fit");
    const int version = r.integer(j, "version", 1, 1 << 20);
    if (version > kFitJsonVersion)
        throw InputError(sourceName + " was written by a newer Likeness (fit format version " + std::to_string(version) +
                         "; this one reads up to " + std::to_string(kFitJsonVersion) + "). Update Likeness to open it.");
    if (!j.contains("surface"))
        throw InputError(sourceName + " is a version 1 fit without the fitted surface; run likeness-cli fit again to export it.");

    FaceFit fit;
    const json& model = r.member(j, "model");
    fit.subdivisionLevel = r.integer(model, "subdivision_level", 0, SubdividedTopology::kMaxLevel);
    fit.geometryLevel = r.integer(model, "geometry_level", 0, fit.subdivisionLevel);
    if (fit.subdivisionLevel > fit.geometryLevel + 1) r.fail("the mesh level is more than one above the geometry level");
    const SubdividedTopology mesh(topology, fit.subdivisionLevel);
    const size_t v = static_cast<size_t>(mesh.vertexCount());
    fit.neutralBase = r.rows(j, "neutral", FaceTopology::kVertexCount, 3);
    const json& surface = r.member(j, "surface");
    fit.vertices = r.rows(surface, "identity_vertices", v, 3);
    fit.diffuseAlbedo = r.rows(surface, "diffuse_albedo", v, 3);
    fit.specularIntensity = r.rows(surface, "specular_intensity", v, 1);
    const at::Tensor tri = mesh.triangles().to(at::kInt).contiguous();
    fit.triangles.assign(tri.data_ptr<int>(), tri.data_ptr<int>() + tri.numel());
    const at::Tensor uv = mesh.uvs().to(at::kFloat).contiguous();
    fit.uvs.assign(uv.data_ptr<float>(), uv.data_ptr<float>() + uv.numel());
    const json& sh = r.member(j, "sh");
    fit.shBands = r.integer(sh, "bands", 1, 9);
    fit.roughness = r.number(sh, "roughness");
    fit.iterations = r.integer(j, "iterations", 0, 1 << 30);
    fit.cancelled = j.value("cancelled", false);

    const json& images = r.member(j, "images");
    if (!images.is_array() || images.empty() || images.size() > 100000) r.fail("\"images\" must list the fitted photos");
    const RigAtLevel rig = rigAtLevel(topology, fit.neutralBase, fit.geometryLevel, fit.subdivisionLevel);
    const auto& names = arkitBlendshapeNames();
    for (const json& im : images) {
        ImageFit f;
        f.imageWidth = r.integer(im, "width", 1, 1 << 20);
        f.imageHeight = r.integer(im, "height", 1, 1 << 20);
        f.status = im.value("status", std::string("ok"));
        f.grayscale = im.value("grayscale", false);
        f.ssimInMask = static_cast<float>(r.number(im, "ssim"));
        f.psnrInMask = static_cast<float>(r.number(im, "psnr"));
        const json& pose = r.member(im, "pose");
        f.rotationAxisAngle = r.triple(pose, "rotation_axis_angle");
        f.translationMm = r.triple(pose, "translation_mm");
        f.yawDeg = static_cast<float>(r.number(pose, "yaw_deg"));
        f.focalPx = static_cast<float>(r.number(im, "focal_px"));
        if (!(f.focalPx > 0)) r.fail("\"focal_px\" must be positive");
        const std::vector<float> pp = r.rows(im, "principal_point", 2, 1);
        f.cx = pp[0];
        f.cy = pp[1];
        const json& expression = r.member(im, "expression");
        for (const char* name : names) {
            const double w = r.number(expression, name);
            if (w < 0 || w > 1) r.fail(std::string("the weight of ") + name + " is outside [0, 1]");
            f.expressionWeights.push_back(static_cast<float>(w));
        }
        f.shLight = r.rows(im, "sh_light", static_cast<size_t>(fit.shBands * fit.shBands), 3);
        f.posedVertices = applyRig(rig, fit.vertices, f.expressionWeights);
        fit.images.push_back(std::move(f));
    }
    fit.posedVertices = fit.images.front().posedVertices;
    fit.shLight = fit.images.front().shLight;
    return fit;
}

FaceFit loadFaceFit(const std::string& path, const FaceTopology& topology) {
    fs::path file(path);
    std::error_code ec;
    if (fs::is_directory(file, ec)) file /= "fit.json";
    if (!fs::is_regular_file(file, ec)) throw InputError("No fit found at " + path + " (expected a fit.json or its folder).");
    const auto size = fs::file_size(file, ec);
    if (ec || size > kMaxFitJsonBytes)
        throw InputError(file.string() + " is larger than " + std::to_string(kMaxFitJsonBytes >> 20) + " MiB: not a fit.json.");
    std::ifstream in(file, std::ios::binary);
    std::string text(static_cast<size_t>(size), '\0');
    if (!in.read(text.data(), static_cast<std::streamsize>(size))) throw InputError("Cannot read " + file.string() + ".");
    const json j = json::parse(text, nullptr, false);
    if (j.is_discarded()) throw InputError(file.string() + " is not valid JSON (damaged or not a fit.json).");
    return faceFitFromJson(j, topology, file.string());
}

} // namespace likeness
