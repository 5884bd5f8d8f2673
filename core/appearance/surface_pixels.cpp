#include "appearance/surface_pixels.h"

#include <ATen/ATen.h>
#include <cstring>

#include "camera_projection.h"
#include "common/error.h"
#include "export/mesh_attributes.h"
#include "fit/fit_render.h"
#include "fit/frozen_view.h"
#include "rasterizer.h"
#include "shading.h"

namespace likeness {
namespace {

at::Tensor unit(const at::Tensor& v) { return v / v.norm(2, {-1}, true).clamp_min(1e-12); }

} // namespace

at::Tensor uvToGrid(const at::Tensor& uv) { return (uv * 2.0 - 1.0).reshape({1, 1, -1, 2}).contiguous(); }

at::Tensor interpolateAtPixels(const SurfacePixels& s, const at::Tensor& vertexData) {
    const int64_t c = vertexData.size(1);
    const at::Tensor rows = vertexData.index_select(0, s.corners.reshape({-1})).reshape({-1, 3, c});
    return (rows * s.bary.unsqueeze(2)).sum(1);
}

SurfacePixels buildSurfacePixels(const FaceFit& fit, size_t imageIndex, int width, int height, const cv::Mat* photo) {
    at::NoGradGuard noGrad;
    FaceRenderInputs in = fitRenderInputs(fit, imageIndex, width, height);
    in.shade = false;
    const FaceRender r = renderFace(in);
    const render::RasterFragments fragments = render::rasterize(r.screenVertices, in.triangles, width, height);

    SurfacePixels s;
    s.width = width;
    s.height = height;
    const at::Tensor flat = fragments.triangle.reshape({-1});
    s.pixel = at::nonzero(flat.ge(0)).reshape({-1});
    s.count = s.pixel.size(0);
    if (s.count == 0) throw InputError("The fitted face covers no pixel of the image: nothing to fit the maps to.");
    s.corners = in.triangles.index_select(0, flat.index_select(0, s.pixel).to(at::kLong)).contiguous();
    s.bary = pixelBarycentrics(r.screenVertices, s.corners, s.pixel, width).contiguous();

    // Vertex frames in model space (the export's conventions, so the normal map is
    // the one glTF and FBX expect), then rotated into the camera.
    const ImageFit& im = fit.images[imageIndex];
    std::vector<float> normals = vertexNormals(im.posedVertices, fit.triangles);
    if (in.normalSign < 0)
        for (float& n : normals) n = -n;
    const std::vector<float> tangents = vertexTangents(im.posedVertices, normals, fit.uvs, fit.triangles);
    const int64_t v = static_cast<int64_t>(normals.size() / 3);
    const at::Tensor n = at::tensor(normals).reshape({v, 3});
    const at::Tensor t4 = at::tensor(tangents).reshape({v, 4});
    const at::Tensor t = t4.slice(1, 0, 3);
    const at::Tensor b = at::cross(n, t, 1) * t4.slice(1, 3, 4);
    const at::Tensor rt = render::axisAngleToMatrix(in.rotationAxisAngle).t();
    s.vertexNormal = at::matmul(n, rt).contiguous();
    s.vertexTangent = at::matmul(t, rt).contiguous();
    s.vertexBitangent = at::matmul(b, rt).contiguous();
    s.cameraVertices = r.cameraVertices.contiguous();
    s.triangles = in.triangles.contiguous();
    s.vertexGrid = uvToGrid(at::tensor(fit.uvs).reshape({v, 2}));

    s.normal = unit(interpolateAtPixels(s, s.vertexNormal));
    const at::Tensor tp = interpolateAtPixels(s, s.vertexTangent);
    s.tangent = unit(tp - (tp * s.normal).sum(1, true) * s.normal);
    const at::Tensor bp = interpolateAtPixels(s, s.vertexBitangent);
    // Keep the interpolated handedness, orthogonal to both.
    s.bitangent = unit(at::cross(s.normal, s.tangent, 1) * at::sign((at::cross(s.normal, s.tangent, 1) * bp).sum(1, true) + 1e-12));
    s.view = unit(-interpolateAtPixels(s, s.cameraVertices));
    const at::Tensor uvs = at::tensor(fit.uvs).reshape({v, 2});
    s.grid = uvToGrid(interpolateAtPixels(s, uvs));
    {
        // The affine screen-to-UV map of each pixel's triangle: J = dUV * dXY^-1.
        const at::Tensor xy = r.screenVertices.slice(1, 0, 2).index_select(0, s.corners.reshape({-1})).reshape({-1, 3, 2});
        const at::Tensor uv = uvs.index_select(0, s.corners.reshape({-1})).reshape({-1, 3, 2});
        const at::Tensor dxy = at::stack({xy.select(1, 1) - xy.select(1, 0), xy.select(1, 2) - xy.select(1, 0)}, 2);   // [P,2,2]
        const at::Tensor duv = at::stack({uv.select(1, 1) - uv.select(1, 0), uv.select(1, 2) - uv.select(1, 0)}, 2);
        const at::Tensor det = dxy.select(1, 0).select(1, 0) * dxy.select(1, 1).select(1, 1) -
                               dxy.select(1, 0).select(1, 1) * dxy.select(1, 1).select(1, 0);
        const at::Tensor ok = det.abs() > 1e-6;
        const at::Tensor safe = at::where(ok, det, at::ones_like(det));
        // inverse of [[a b][c d]] = [[d -b][-c a]] / det
        const at::Tensor a = dxy.select(1, 0).select(1, 0), b = dxy.select(1, 0).select(1, 1);
        const at::Tensor c = dxy.select(1, 1).select(1, 0), d = dxy.select(1, 1).select(1, 1);
        const at::Tensor inv = at::stack({at::stack({d, -b}, 1), at::stack({-c, a}, 1)}, 1) / safe.reshape({-1, 1, 1});
        const at::Tensor jac = at::matmul(duv, inv);
        const at::Tensor rms = (jac * jac).sum({1, 2}).div(2).sqrt();
        s.uvPerPixel = at::where(ok, rms, at::zeros_like(rms)).reshape({-1, 1}).contiguous();
    }

    if (photo) {
        if (photo->cols != width || photo->rows != height || photo->type() != CV_32FC3 || !photo->isContinuous())
            throw Error("buildSurfacePixels: the photo must be CV_32FC3 of the render size");
        const at::Tensor image = at::from_blob(photo->data, {static_cast<int64_t>(width) * height, 3}, at::kFloat);
        s.photo = image.index_select(0, s.pixel).contiguous();
    }
    return s;
}

} // namespace likeness
