#pragma once
// The image formation of the medium and fine stages: UV maps sampled at the
// covered pixels, shaded with the SH light through S2F2's BRDF (supp. eq. 7-9):
//   c = (1 - s) * D(uv) * E + s * G,
//   E = T . L + A (Y(n_fine) - Y(n_base)) . L       diffuse irradiance, shadowed
//   G = V * (S Y(r_fine)) . L                       glossy term, r = reflect(view, n_fine)
// T is the ray-traced, visibility-weighted transfer of the base normals
// (precomputed radiance transfer: S2F2's ray tracer combined with the vertex
// renderer), V the cosine-weighted visible fraction; the second term of E adds the
// normal map's detail (S2F2 sec. 3.4: m = T_i n) on top of the shadowed base.
// Without shadows, T = A Y(n_base) and V = 1: exactly the coarse renderer's shading.
#include <ATen/core/Tensor.h>

namespace likeness {

struct SurfacePixels;

/// The UV maps being fitted ([1,C,S,S], linear; the normal map holds the
/// tangent-space slopes (x, y) of n = normalize(x, y, 1), OpenGL convention).
struct AppearanceTextures {
    at::Tensor diffuse;    // [1,3,S,S] linear RGB albedo
    at::Tensor specular;   // [1,1,S,S] s in [0,1]
    at::Tensor normalXY;   // [1,2,S,S] or undefined (flat)
};

/// What the ray-traced self-shadows contribute per pixel (see header comment).
struct PixelShadowing {
    at::Tensor transfer;     // [P,K] T, or undefined (no shadows)
    at::Tensor baseNormal;   // [P,3] unit normals T was computed with
    at::Tensor detailBase;   // [P,K] T - A Y(baseNormal): what the normal map's A Y(n_fine) adds to
    at::Tensor visibility;   // [P,1] V
};

/// The maps sampled at the covered pixels.
struct PixelMaterial {
    at::Tensor diffuse;         // [P,3]
    at::Tensor specular;        // [P,1]
    at::Tensor tangentNormal;   // [P,3] unit, or undefined (flat)
};

struct ShadedPixels {
    at::Tensor color;        // [P,3] linear radiance
    at::Tensor irradiance;   // [P,3] E (the diffuse shading layer)
    at::Tensor glossy;       // [P,3] G
};

/// Shading normals [P,3] of `s` with tangent-space normals [P,3] applied (unit, camera
/// space; S2F2 sec. 3.4: m_i = T_i n_i); undefined `tangentNormals` = the base normals.
at::Tensor shadingNormals(const SurfacePixels& s, const at::Tensor& tangentNormals);

/// Tangent-space unit normals [N,3] from slopes [N,2]: normalize(x, y, 1).
at::Tensor tangentNormalsFromSlopes(const at::Tensor& slopes);

/// Tangent-space unit normals [N,3] from slopes sampled at grid points [1,1,N,2].
at::Tensor tangentNormalsAt(const at::Tensor& normalXY, const at::Tensor& grid);

/// Samples a [1,C,S,S] map at grid points [1,1,N,2] -> [N,C] (bilinear, border clamped).
at::Tensor sampleMap(const at::Tensor& map, const at::Tensor& grid);

/// `maps` sampled at the pixels of `s`.
PixelMaterial sampleMaterial(const SurfacePixels& s, const AppearanceTextures& maps);

/// Shades the covered pixels of `s` with `material` and SH `light` [bands^2,3].
ShadedPixels shadeAppearance(const SurfacePixels& s, const PixelMaterial& material, const at::Tensor& light, int bands,
                             double roughness, const PixelShadowing* shadowing = nullptr);

/// Per-coefficient SH kernel row [1, bands^2] of a per-band kernel [bands].
at::Tensor perCoefficientKernel(const at::Tensor& perBand, int bands);

} // namespace likeness
