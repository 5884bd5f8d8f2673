#pragma once
// PNG encodings of the appearance maps (what `fit --stages` writes and the map
// inspector shows):
//   diffuse       8-bit sRGB
//   specular      8-bit gray, linear s
//   normal        16-bit RGB tangent-space, OpenGL convention (+X = +u, +Y = v up,
//                 +Z out of the surface): rgb = 0.5 n + 0.5
//   displacement  16-bit gray: 0.5 + h / (2 range) (mid-gray = no displacement;
//                 `range` mm = full black/white, reported alongside)
//   light map     8-bit sRGB irradiance / pi, scaled so the brightest texel is white
#include <vector>

#include "appearance/appearance_fit.h"

namespace likeness {

std::vector<unsigned char> diffusePng(const AppearanceMaps& maps);
std::vector<unsigned char> specularPng(const AppearanceMaps& maps);
std::vector<unsigned char> normalPng(const AppearanceMaps& maps);   // needs maps.normal
/// `rangeMm` receives the displacement that maps to white (and its negative to black).
std::vector<unsigned char> displacementPng(const AppearanceMaps& maps, double& rangeMm);   // needs maps.displacement
std::vector<unsigned char> lightMapPng(const AppearanceResult& result);

} // namespace likeness
