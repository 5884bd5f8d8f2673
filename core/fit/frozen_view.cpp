#include "fit/frozen_view.h"

#include <ATen/ATen.h>
#include <vector>

#include "camera_projection.h"
#include "fit/row_ops.h"
#include "rasterizer.h"
#include "shading.h"

namespace likeness {
namespace {

at::Tensor normalized(const at::Tensor& v) {
    return v / v.norm(2, {-1}, true).clamp_min(1e-12);
}

// Per-band kernel [bands] -> per-coefficient row [1, bands^2].
at::Tensor perCoefficient(const at::Tensor& kernel, int bands, const at::TensorOptions& options) {
    std::vector<int64_t> band;
    for (int l = 0; l < bands; ++l)
        for (int m = -l; m <= l; ++m) band.push_back(l);
    return kernel.index_select(0, at::tensor(band, at::kLong)).to(options).unsqueeze(0);
}

} // namespace

at::Tensor pixelBarycentrics(const at::Tensor& screen, const at::Tensor& corner, const at::Tensor& pixel, int width) {
    // The edge function opposite each corner divided by the corner's depth, normalised.
    const at::Tensor p = screen.index_select(0, corner.reshape({-1})).reshape({-1, 3, 3});
    const at::Tensor x = p.select(2, 0), y = p.select(2, 1), z = p.select(2, 2);
    const at::Tensor px = at::remainder(pixel, width).to(x.scalar_type()).unsqueeze(1);
    const at::Tensor py = at::div(pixel, width, "floor").to(x.scalar_type()).unsqueeze(1);
    const at::Tensor xa = x.roll(-1, 1), ya = y.roll(-1, 1), xb = x.roll(-2, 1), yb = y.roll(-2, 1);
    const at::Tensor q = ((xb - xa) * (py - ya) - (yb - ya) * (px - xa)) / z;
    return q / q.sum(1, true);
}

FrozenView freezeView(const FaceRenderInputs& in, const at::Tensor& photo) {
    at::NoGradGuard noGrad;
    FaceRenderInputs geometry = in;
    geometry.shade = false;
    const FaceRender r = renderFace(geometry);
    const at::Tensor screen = r.screenVertices.detach();
    const render::RasterFragments fragments = render::rasterize(screen, in.triangles, in.width, in.height);

    FrozenView v;
    const at::Tensor flat = fragments.triangle.reshape({-1});
    const at::Tensor pixel = at::nonzero(flat.ge(0)).reshape({-1});
    v.pixelCount = pixel.size(0);
    const at::Tensor face = flat.index_select(0, pixel).to(at::kLong);
    const at::Tensor corner = in.triangles.to(at::kLong).index_select(0, face);   // [P,3]
    v.bary = pixelBarycentrics(screen, corner, pixel, in.width).unsqueeze(2).contiguous();
    v.cornerIndex = flatRowIndices(corner.reshape({-1}), 3);
    v.photo = gatherRowsFlat(photo.reshape({-1, 3}), pixel);

    // Shading bases (S2F2 supp. eq. 8-9 without the light): normals, view vector, reflection.
    at::Tensor normals = render::vertexNormals(r.cameraVertices, in.triangles);
    if (in.normalSign < 0) normals = -normals;
    const at::Tensor n = normalized(normals);
    const at::Tensor view = normalized(-r.cameraVertices);
    const at::Tensor reflect = 2.0 * (n * view).sum(-1, true) * n - view;
    const auto options = n.options();
    v.diffuseBasis = render::shBasis(n, in.bands) * perCoefficient(render::lambertKernel(in.bands), in.bands, options);
    v.specularBasis = render::shBasis(reflect, in.bands) *
                      perCoefficient(render::specularKernel(in.bands, in.roughness), in.bands, options);
    return v;
}

at::Tensor frozenVertexColors(const FrozenView& v, const at::Tensor& albedo, const at::Tensor& specular,
                              const at::Tensor& light) {
    const at::Tensor diffuse = albedo * at::matmul(v.diffuseBasis, light);   // supp. eq. 8
    const at::Tensor glossy = at::matmul(v.specularBasis, light);            // supp. eq. 9
    return (1.0 - specular) * diffuse + specular * glossy;                   // supp. eq. 7
}

at::Tensor frozenPixels(const FrozenView& v, const at::Tensor& albedo, const at::Tensor& specular, const at::Tensor& light) {
    const at::Tensor colors = frozenVertexColors(v, albedo, specular, light).contiguous();
    const at::Tensor corners = colors.reshape({-1}).index_select(0, v.cornerIndex).reshape({-1, 3, 3});
    return linearToSrgb((corners * v.bary).sum(1));
}

at::Tensor frozenPhotometricLoss(const FrozenView& v, const at::Tensor& albedo, const at::Tensor& specular,
                                 const at::Tensor& light, double eps) {
    const at::Tensor d = frozenPixels(v, albedo, specular, light) - v.photo;
    return ((d * d + eps * eps).sqrt() - eps).sum() / static_cast<double>(std::max<int64_t>(1, v.pixelCount));
}

} // namespace likeness
