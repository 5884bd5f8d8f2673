#include "fit_outputs.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>

#include "atomic_file.h"
#include "common/atomic_file.h"
#include "export/light_maps.h"
#include "fit/fit_render.h"
#include "io/image_io.h"
#include "model/obj_writer.h"
#include "report/fit_json.h"
#include "report/losses_csv.h"

namespace likeness::cli {
namespace fs = std::filesystem;

namespace {

cv::Mat floatToRgb8(const cv::Mat& rgbFloat) {
    cv::Mat out;
    rgbFloat.convertTo(out, CV_8UC3, 255.0);
    return out;
}

std::string suffixed(const std::string& stem, size_t index) {
    return index == 0 ? stem + ".png" : stem + "_" + std::to_string(index) + ".png";
}

} // namespace

void writeFitOutputs(const std::string& dir, const FaceFit& fit, const CoarseFitOptions& options,
                     const std::vector<std::string>& imagePaths, const std::vector<Image>& images,
                     const std::vector<LossSnapshot>& losses) {
    fs::create_directories(dir);
    const fs::path d(dir);
    writeObj((d / "mesh.obj").string(), fit.posedVertices, fit.uvs, fit.triangles);
    writeObj((d / "neutral.obj").string(), fit.vertices, fit.uvs, fit.triangles);
    likeness::writeFileAtomically((d / "fit.json").string(), fitToJson(fit, options, imagePaths).dump(1) + "\n");
    likeness::writeFileAtomically((d / "losses.csv").string(), lossesToCsv(losses));
    // The first photo's light: where it fell on the face, and where it came from.
    const std::vector<unsigned char> lightmap = encodeNormalisedPng(lightMap(fit, 0, 64));
    likeness::writeFileAtomically((d / "lightmap.png").string(), lightmap.data(), lightmap.size());
    const UvBakeResult env = environmentMap(fit.images.front().shLight.empty() ? fit.shLight : fit.images.front().shLight,
                                            fit.shBands);
    const std::vector<unsigned char> envPng = encodeNormalisedPng(env), envHdr = encodeRadianceHdr(env);
    likeness::writeFileAtomically((d / "envmap.png").string(), envPng.data(), envPng.size());
    likeness::writeFileAtomically((d / "envmap.hdr").string(), envHdr.data(), envHdr.size());
    for (size_t i = 0; i < fit.images.size() && i < images.size(); ++i) {
        const cv::Mat photo = likeness::toFloatRgb(images[i]);
        const FitImageRender render = renderFitImage(fit, i, photo.cols, photo.rows);
        writePngAtomically((d / suffixed("render_overlay", i)).string(), floatToRgb8(compositeOverPhoto(render, photo, 0.75f)));
        cv::Mat pair;
        cv::hconcat(render.rgb, photo, pair);
        writePngAtomically((d / suffixed("side_by_side", i)).string(), floatToRgb8(pair));
    }
}

} // namespace likeness::cli
