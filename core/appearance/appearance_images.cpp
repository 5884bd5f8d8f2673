#include "appearance/appearance_images.h"

#include <algorithm>
#include <cmath>

#include "common/error.h"
#include "export/light_maps.h"
#include "export/uv_baker.h"

namespace likeness {
namespace {

UvBakeResult texture(const AppearanceMaps& maps, const std::vector<float>& texels, int channels) {
    const size_t n = static_cast<size_t>(maps.size) * static_cast<size_t>(maps.size);
    if (maps.size < 1 || texels.size() != n * static_cast<size_t>(channels)) throw Error("The appearance map is missing or inconsistent.");
    UvBakeResult t;
    t.size = maps.size;
    t.channels = channels;
    t.texels = texels;
    t.covered = maps.covered;
    return t;
}

} // namespace

std::vector<unsigned char> diffusePng(const AppearanceMaps& maps) { return encodePng8(texture(maps, maps.diffuse, 3), true); }

std::vector<unsigned char> specularPng(const AppearanceMaps& maps) { return encodePng8(texture(maps, maps.specular, 1), false); }

std::vector<unsigned char> normalPng(const AppearanceMaps& maps) {
    UvBakeResult t = texture(maps, maps.normal, 3);
    for (float& v : t.texels) v = 0.5f * v + 0.5f;
    return encodePng16(t);
}

std::vector<unsigned char> displacementPng(const AppearanceMaps& maps, double& rangeMm) {
    UvBakeResult t = texture(maps, maps.displacement, 1);
    float range = 0;
    for (float h : t.texels) range = std::max(range, std::abs(h));
    range = std::max(range, 1e-6f);
    for (float& h : t.texels) h = 0.5f + h / (2 * range);
    rangeMm = range;
    return encodePng16(t);
}

std::vector<unsigned char> lightMapPng(const AppearanceResult& result) {
    UvBakeResult t;
    t.size = static_cast<int>(std::lround(std::sqrt(result.lightMap.size() / 3.0)));
    t.channels = 3;
    t.texels = result.lightMap;
    t.covered.assign(static_cast<size_t>(t.size) * static_cast<size_t>(t.size), 1);
    if (t.texels.size() != t.covered.size() * 3 || t.size < 1) throw Error("The light map is missing.");
    return encodeNormalisedPng(t);
}

} // namespace likeness
