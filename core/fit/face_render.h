#pragma once
// The coarse fit's forward model (S2F2 coarse stage, vertex-based renderer of
// eq. 4 with the irradiance of supp. eq. 7-9): model-space vertices are posed
// (rigid transform), projected (pinhole, principal point fixed), shaded per
// vertex with SH light (Lambert diffuse + constant-roughness Cook-Torrance
// specular), rasterised and interpolated, then encoded to sRGB. The same
// function renders synthetic faces, the fit's iterations and its final images.
#include <ATen/core/Tensor.h>

namespace likeness {

struct FaceRenderInputs {
    at::Tensor vertices;           // [V,3] mm, model space (face_model.h)
    at::Tensor triangles;          // [F,3] int64
    at::Tensor rotationAxisAngle;  // [3] model -> camera
    at::Tensor translation;        // [3] mm
    at::Tensor focal;              // scalar, pixels of the rendered image
    double cx = 0, cy = 0;         // principal point, pixels of the rendered image
    int width = 0, height = 0;
    at::Tensor diffuseAlbedo;      // [V,3] linear RGB
    at::Tensor specularIntensity;  // [V,1] in [0,1]
    at::Tensor light;              // [bands^2, 3]
    int bands = 3;
    double roughness = 0.4;
    double normalSign = 1;         // +1 when vertexNormals() of the topology's winding points out of the face
    bool shade = true;             // false: only the geometry (screen vertices) is computed
};

struct FaceRender {
    at::Tensor cameraVertices;     // [V,3] mm, camera space
    at::Tensor screenVertices;     // [V,3] x, y pixels, z depth
    at::Tensor vertexColors;       // [V,3] linear radiance per vertex
    at::Tensor image;              // [H,W,3] sRGB encoded (not clamped), 0 on background
    at::Tensor mask;               // [H,W] float: 1 where the face covers the pixel (the face mask)
};

/// Renders the face (differentiable in every tensor input except through the
/// coverage mask, which is the rasteriser's and has no gradient).
FaceRender renderFace(const FaceRenderInputs& in);

/// sRGB encoding of linear values (IEC 61966-2-1), differentiable, safe at and below 0.
at::Tensor linearToSrgb(const at::Tensor& linear);
/// sRGB decoding to linear values.
at::Tensor srgbToLinear(const at::Tensor& srgb);

/// +1 or -1: the sign that makes vertexNormals() of `vertices` (model space,
/// z out of the face) point out of the face on average.
double outwardNormalSign(const at::Tensor& vertices, const at::Tensor& triangles);

} // namespace likeness
