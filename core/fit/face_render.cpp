#include "fit/face_render.h"

#include <ATen/ATen.h>

#include "camera_projection.h"
#include "rasterizer.h"
#include "shading.h"

namespace likeness {

at::Tensor linearToSrgb(const at::Tensor& linear) {
    // The pow branch sees only positive values, so its gradient stays finite where it is not selected.
    const at::Tensor curved = 1.055 * at::pow(linear.clamp_min(0.0031308), 1.0 / 2.4) - 0.055;
    return at::where(linear <= 0.0031308, 12.92 * linear, curved);
}

at::Tensor srgbToLinear(const at::Tensor& srgb) {
    const at::Tensor curved = at::pow((srgb.clamp_min(0.04045) + 0.055) / 1.055, 2.4);
    return at::where(srgb <= 0.04045, srgb / 12.92, curved);
}

double outwardNormalSign(const at::Tensor& vertices, const at::Tensor& triangles) {
    const at::Tensor n = render::vertexNormals(vertices.to(at::kFloat), triangles);
    return n.select(1, 2).sum().item<double>() >= 0 ? 1.0 : -1.0;
}

FaceRender renderFace(const FaceRenderInputs& in) {
    FaceRender out;
    const at::Tensor rotation = render::axisAngleToMatrix(in.rotationAxisAngle);
    out.cameraVertices = render::rigidTransform(in.vertices, rotation, in.translation);
    out.screenVertices = render::projectPerspective(out.cameraVertices, in.focal, in.cx, in.cy);
    if (!in.shade) return out;

    // Per-vertex irradiance B (S2F2 supp. eq. 7-9) with camera-space normals and view directions.
    at::Tensor normals = render::vertexNormals(out.cameraVertices, in.triangles);
    if (in.normalSign < 0) normals = -normals;
    const at::Tensor view = -out.cameraVertices / out.cameraVertices.norm(2, 1, true).clamp_min(1e-6);
    render::ShadingInputs s;
    s.normals = normals;
    s.viewDirections = view;
    s.diffuseAlbedo = in.diffuseAlbedo;
    s.specularIntensity = in.specularIntensity;
    s.light = in.light;
    s.bands = in.bands;
    s.roughness = in.roughness;
    out.vertexColors = render::shadeSH(s);

    // Vertex-based rendering (S2F2 eq. 4): the rasteriser picks the visible triangle, the
    // interpolation carries gradients to the colours and the vertex positions.
    const render::RasterFragments fragments =
        render::rasterize(out.screenVertices.detach(), in.triangles, in.width, in.height);
    const at::Tensor linear = render::interpolate(out.vertexColors, out.screenVertices, in.triangles, fragments);
    out.mask = render::coverage(fragments).to(linear.scalar_type());
    out.image = linearToSrgb(linear) * out.mask.unsqueeze(-1);
    return out;
}

} // namespace likeness
