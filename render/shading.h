#pragma once
// Spherical-harmonics lighting with Lambertian diffuse and the simplified
// Cook-Torrance specular evaluated through SH (S2F2 supplement eq. 7-9).
#include <ATen/core/Tensor.h>

namespace likeness::render {

/// Real SH basis Y_lm for unit directions [...,3] -> [..., bands^2], bands in 1..9,
/// ordered (l=0), (l=1, m=-1..1), ... with the standard orthonormal normalisation.
at::Tensor shBasis(const at::Tensor& directions, int bands);

/// Lambertian convolution factors A_l, l < bands (S2F2 supp. eq. 8) -> [bands].
at::Tensor lambertKernel(int bands);

/// Specular convolution factors S_l of the constant-roughness Cook-Torrance lobe
/// (S2F2 supp. eq. 9) -> [bands]. roughness in (0, 1].
at::Tensor specularKernel(int bands, double roughness);

struct ShadingInputs {
    at::Tensor normals;            // [...,3] unit normals (camera space)
    at::Tensor viewDirections;     // [...,3] unit vectors from the surface to the camera
    at::Tensor diffuseAlbedo;      // [...,3] linear RGB
    at::Tensor specularIntensity;  // [...,1] s in [0,1]
    at::Tensor light;              // [bands^2, 3] SH coefficients per colour channel
    int bands = 3;
    double roughness = 0.4;
};

/// B = (1 - s) * c * sum A_l B_lm Y_lm(n) + s * sum S_l B_lm Y_lm(r), r = reflect(-v, n)
/// (S2F2 supp. eq. 7-9) -> [...,3]. Differentiable in every tensor input.
at::Tensor shadeSH(const ShadingInputs& in);

/// Per-vertex unit normals [V,3] of a triangle mesh (area-weighted), differentiable.
at::Tensor vertexNormals(const at::Tensor& vertices, const at::Tensor& triangles);

/// Bilinear texture lookup: texture [H,W,C], uv [...,2] with u right, v down in
/// [0,1] (texel centres at (i + 0.5) / size), clamped at the border -> [...,C].
/// Differentiable with respect to the texture and the uv.
at::Tensor sampleTexture(const at::Tensor& texture, const at::Tensor& uv);

} // namespace likeness::render
