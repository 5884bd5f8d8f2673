#pragma once
// Spherical-harmonics lighting with Lambertian diffuse and the simplified
// Cook-Torrance specular evaluated through SH (S2F2 supplement eq. 7-9).
#include <ATen/core/Tensor.h>

namespace likeness::render {

/// Real SH basis Y_lm for unit directions [...,3] -> [..., bands^2], bands in 1..9,
/// ordered (l=0), (l=1, m=-1..1), ... (index l*l + l + m) with the standard
/// orthonormal normalisation and no Condon-Shortley phase (Ramamoorthi & Hanrahan's
/// convention: Y_1,-1 = c y, Y_10 = c z, Y_11 = c x, c = sqrt(3 / 4pi)), in whatever
/// frame the directions are given (camera space in the fit). Evaluated as
/// polynomials in x, y, z: smooth everywhere, differentiable, directions not normalised.
at::Tensor shBasis(const at::Tensor& directions, int bands);

/// Lambertian convolution factors A_l, l < bands (S2F2 supp. eq. 8) -> [bands] float64:
/// pi, 2pi/3, pi/4, 0, -pi/24, 0, pi/64, 0, -pi/128 (Ramamoorthi & Hanrahan), so a
/// constant radiance L (L_00 = L / Y_00) gives the irradiance A_0 L_00 Y_00 = pi L.
at::Tensor lambertKernel(int bands);

/// Specular convolution factors S_l of the constant-roughness Cook-Torrance lobe
/// (S2F2 supp. eq. 9) -> [bands] float64, roughness in (0, 1]:
/// S_l = pi * exp(-(roughness * l)^2), Ramamoorthi & Hanrahan's (2001) SH form of a
/// microfacet lobe of RMS slope `roughness` around the reflection vector (the same
/// as a normalised Phong lobe of exponent 1 / (2 roughness^2)), without Fresnel or
/// masking. The factor pi (= A_0) makes a white diffuse and a purely specular
/// surface reflect the same under constant light, so s in eq. 7 is a pure mix.
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

/// B = (1 - s) * c * sum A_l B_lm Y_lm(n) + s * sum S_l B_lm Y_lm(r), r = 2 (n.v) n - v
/// (S2F2 supp. eq. 7-9) -> [...,3]. Normals and view directions are normalised
/// here (interpolated normals are fine); inputs broadcast against each other.
/// As in eq. 8 the albedo multiplies the irradiance directly (no 1/pi).
/// Differentiable in every tensor input.
at::Tensor shadeSH(const ShadingInputs& in);

/// Per-vertex unit normals [V,3] of a triangle mesh: the sum of the incident face
/// normals (v1 - v0) x (v2 - v0) (area-weighted, right-handed in the vertices'
/// frame), normalised; zero for unused vertices. Differentiable in `vertices`.
at::Tensor vertexNormals(const at::Tensor& vertices, const at::Tensor& triangles);

/// Bilinear texture lookup: texture [H,W,C], uv [...,2] with u right, v down in
/// [0,1] (texel centres at (i + 0.5) / size), clamped at the border -> [...,C].
/// Differentiable with respect to the texture and the uv.
at::Tensor sampleTexture(const at::Tensor& texture, const at::Tensor& uv);

} // namespace likeness::render
