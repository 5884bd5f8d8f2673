#include "report/fit_json.h"

#include <nlohmann/json.hpp>

#include "model/face_model.h"

namespace likeness {
namespace {

nlohmann::json triples(const std::vector<float>& v) {
    nlohmann::json a = nlohmann::json::array();
    for (size_t i = 0; i + 2 < v.size(); i += 3) a.push_back({v[i], v[i + 1], v[i + 2]});
    return a;
}

} // namespace

nlohmann::json fitToJson(const FaceFit& fit, const CoarseFitOptions& o, const std::vector<std::string>& imagePaths) {
    using nlohmann::json;
    json j = {{"format", "likeness-fit"}, {"version", kFitJsonVersion}, {"cancelled", fit.cancelled}, {"iterations", fit.iterations}};
    j["options"] = {{"iterations", o.iterations},
                    {"fit_size", o.fitSize},
                    {"subdivision_level", o.subdivisionLevel},
                    {"refine_appearance", o.refineAppearance},
                    {"sh_bands", o.shBands},
                    {"device", o.device},
                    {"seed", o.seed},
                    {"weights",
                     {{"landmarks", o.landmarkWeight},
                      {"photometric", o.photometricWeight},
                      {"laplacian", o.laplacianWeight},
                      {"expression_sparsity", o.expressionSparsityWeight},
                      {"albedo_smoothness", o.albedoSmoothnessWeight},
                      {"albedo_symmetry", o.albedoSymmetryWeight},
                      {"light_prior", o.lightPriorWeight}}},
                    {"pose_fraction", o.poseFraction},
                    {"geometry_fraction", o.geometryFraction},
                    {"learning_rate_scale", o.learningRateScale},
                    {"interpupillary_mm", o.interpupillaryMm},
                    {"fov_prior_deg", o.fovPriorDeg},
                    {"crop_scale", o.cropScale},
                    {"roughness", o.roughness},
                    {"initial_specular", o.initialSpecular}};
    j["model"] = {{"subdivision_level", fit.subdivisionLevel},
                  {"geometry_level", fit.geometryLevel},
                  {"vertex_count", fit.vertices.size() / 3},
                  {"triangle_count", fit.triangles.size() / 3},
                  {"units", "mm"},
                  {"axes", "x subject's left, y up, z out of the face"}};
    j["neutral"] = triples(fit.neutralBase);
    // Version 2: the fitted surface itself, so exporters can rebuild the asset without refitting.
    nlohmann::json specular = nlohmann::json::array();
    for (float s : fit.specularIntensity) specular.push_back(s);
    j["surface"] = {{"identity_vertices", triples(fit.vertices)},
                    {"diffuse_albedo", triples(fit.diffuseAlbedo)},
                    {"specular_intensity", specular}};
    j["sh"] = {{"bands", fit.shBands}, {"order", "l = 0..bands-1, m = -l..l (real, orthonormal)"}, {"roughness", fit.roughness}};
    json images = json::array();
    const auto& names = arkitBlendshapeNames();
    for (size_t i = 0; i < fit.images.size(); ++i) {
        const ImageFit& im = fit.images[i];
        json expression = json::object();
        for (size_t k = 0; k < im.expressionWeights.size() && k < names.size(); ++k) expression[names[k]] = im.expressionWeights[k];
        images.push_back({{"path", i < imagePaths.size() ? imagePaths[i] : std::string()},
                          {"width", im.imageWidth},
                          {"height", im.imageHeight},
                          {"status", im.status},
                          {"grayscale", im.grayscale},
                          {"ssim", im.ssimInMask},
                          {"psnr", im.psnrInMask},
                          {"face_size_px", im.faceSizePx},
                          {"pose",
                           {{"rotation_axis_angle", im.rotationAxisAngle},
                            {"translation_mm", im.translationMm},
                            {"yaw_deg", im.yawDeg}}},
                          {"focal_px", im.focalPx},
                          {"principal_point", {im.cx, im.cy}},
                          {"expression", expression},
                          {"sh_light", triples(im.shLight)}});
    }
    j["images"] = images;
    return j;
}

} // namespace likeness
