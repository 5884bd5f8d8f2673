#include "appearance_outputs.h"

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>

#include "appearance/appearance_images.h"
#include "atomic_file.h"
#include "common/atomic_file.h"
#include "export/light_maps.h"

namespace likeness::cli {
namespace fs = std::filesystem;
namespace {

void writeBytes(const fs::path& path, const std::vector<unsigned char>& bytes) {
    likeness::writeFileAtomically(path.string(), bytes.data(), bytes.size());
}

// Writes a stage's maps into `dir`; returns the displacement range (0 when none).
double writeMaps(const fs::path& dir, const AppearanceMaps& maps) {
    fs::create_directories(dir);
    writeBytes(dir / "diffuse.png", diffusePng(maps));
    writeBytes(dir / "specular.png", specularPng(maps));
    double range = 0;
    if (!maps.normal.empty()) writeBytes(dir / "normal.png", normalPng(maps));
    if (!maps.displacement.empty()) writeBytes(dir / "displacement.png", displacementPng(maps, range));
    return range;
}

} // namespace

void writeAppearanceOutputs(const std::string& dirName, const AppearanceResult& r, const AppearanceOptions& o) {
    const fs::path dir(dirName);
    const double range = writeMaps(dir, r.final());
    writeMaps(dir / "stages" / "coarse", r.coarse);
    if (r.medium.size) writeMaps(dir / "stages" / "medium", r.medium);
    if (r.fine.size) writeMaps(dir / "stages" / "fine", r.fine);
    writeBytes(dir / "lightmap.png", lightMapPng(r));
    if (!r.shLight.empty()) {
        const UvBakeResult env = environmentMap(r.shLight.front(), r.shBands);
        writeBytes(dir / "envmap.png", encodeNormalisedPng(env));
        writeBytes(dir / "envmap.hdr", encodeRadianceHdr(env));
    }
    cv::Mat shading8;
    r.shading.convertTo(shading8, CV_8UC3, 255.0);
    writePngAtomically((dir / "shading.png").string(), shading8);
    nlohmann::json stages = nlohmann::json::array();
    for (const AppearanceStageReport& s : r.stages) {
        cv::Mat render8;
        s.render.convertTo(render8, CV_8UC3, 255.0);
        writePngAtomically((dir / ("render_" + s.stage + ".png")).string(), render8);
        stages.push_back({{"stage", s.stage}, {"ssim", s.ssim}, {"psnr", s.psnr}, {"seconds", s.seconds}, {"iterations", s.iterations}});
    }
    nlohmann::json j = {
        {"format", "likeness-appearance"},
        {"version", 1},
        {"stages", stages},
        {"map_size", r.final().size},
        {"texel_mm", r.texelMm},
        {"texels_per_pixel", r.texelsPerPixel},
        {"displacement_range_mm", range},
        {"normal_map", "tangent space, OpenGL convention: +X along u, +Y along v up, +Z out; rgb = 0.5 n + 0.5, 16-bit"},
        {"displacement_map", "16-bit gray: mid-gray = 0, white = +displacement_range_mm along the normal"},
        {"sh_bands", r.shBands},
        {"sh_light", r.shLight},
        {"self_shadows", o.selfShadows},
        {"ray_trace_seconds", r.traceSeconds},
        {"cancelled", r.cancelled},
    };
    likeness::writeFileAtomically((dir / "appearance.json").string(), j.dump(1) + "\n");
}

void printAppearanceReport(const AppearanceResult& r) {
    std::fprintf(stderr, "  stage report (image 0, inside the face mask):\n");
    for (const AppearanceStageReport& s : r.stages)
        std::fprintf(stderr, "    %-7s SSIM %.3f  PSNR %.2f dB  %d iterations  %.1f s\n", s.stage.c_str(), s.ssim, s.psnr,
                     s.iterations, s.seconds);
    if (r.traceSeconds > 0) std::fprintf(stderr, "    self-shadow ray tracing %.2f s\n", r.traceSeconds);
}

} // namespace likeness::cli
