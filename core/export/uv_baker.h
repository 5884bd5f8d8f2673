#pragma once
// Bakes per-vertex data into a UV-space texture: each triangle is rasterised in
// its UV layout and the vertex values interpolated barycentrically at the texel
// centres; texels outside every triangle are filled by dilation (so mip-mapping
// and bilinear filtering never pull in a background colour across UV seams).
#include <vector>

namespace likeness {

struct UvBakeResult {
    int size = 0, channels = 0;
    std::vector<float> texels;          // [size*size*channels], row 0 = v 0 (top: Likeness/glTF v down)
    std::vector<unsigned char> covered; // [size*size] 1 where a triangle covers the texel centre
};

/// uvs [V*2] (u right, v down in [0,1]), values [V*channels], triangles [F*3].
/// `dilation` passes grow the covered area by one texel each; the rest is set to
/// the mean of the covered texels.
UvBakeResult bakeVertexData(const std::vector<float>& uvs, const std::vector<int>& triangles,
                            const std::vector<float>& values, int channels, int size, int dilation = 16);

/// 8-bit PNG bytes of a baked texture (1 or 3 channels, values clamped to [0,1]);
/// `srgb` encodes linear values with the sRGB curve (IEC 61966-2-1) first.
std::vector<unsigned char> encodePng8(const UvBakeResult& texture, bool srgb);
/// 16-bit PNG bytes (for normal maps: finer than 8-bit steps).
std::vector<unsigned char> encodePng16(const UvBakeResult& texture);

} // namespace likeness
