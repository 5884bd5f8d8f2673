#include "export/photo_depth_surface.h"

#include <ATen/ATen.h>
#include <algorithm>
#include <cmath>

#include "camera_projection.h"
#include "common/error.h"
#include "export/mesh_attributes.h"
#include "rasterizer.h"

namespace likeness {
namespace {

at::Tensor tensorOf(const std::vector<float>& v, at::IntArrayRef shape) {
    if (static_cast<int64_t>(v.size()) != c10::multiply_integers(shape)) throw InputError("The fit's arrays are inconsistent.");
    return at::from_blob(const_cast<float*>(v.data()), shape, at::kFloat).clone();
}

int findRoot(std::vector<int>& parent, int i) {
    while (parent[size_t(i)] != i) i = parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
    return i;
}

// Keeps the largest connected piece (specks at the silhouette would otherwise
// become separate solids) and drops vertices no triangle uses.
void keepLargestComponent(ExportMesh& m) {
    std::vector<int> parent(static_cast<size_t>(m.vertexCount()));
    for (size_t i = 0; i < parent.size(); ++i) parent[i] = static_cast<int>(i);
    for (size_t t = 0; t + 2 < m.triangles.size(); t += 3)
        for (size_t k = 1; k < 3; ++k) parent[size_t(findRoot(parent, m.triangles[t]))] = findRoot(parent, m.triangles[t + k]);
    std::vector<int> size(parent.size(), 0);
    for (size_t t = 0; t < m.triangles.size(); t += 3) ++size[size_t(findRoot(parent, m.triangles[t]))];
    const int best = static_cast<int>(std::max_element(size.begin(), size.end()) - size.begin());
    std::vector<int> remap(parent.size(), -1);
    ExportMesh out;
    out.name = m.name;
    for (size_t t = 0; t + 2 < m.triangles.size(); t += 3) {
        if (findRoot(parent, m.triangles[t]) != best) continue;
        for (size_t k = 0; k < 3; ++k) {
            const size_t old = static_cast<size_t>(m.triangles[t + k]);
            if (remap[old] < 0) {
                remap[old] = out.vertexCount();
                out.positions.insert(out.positions.end(), m.positions.begin() + long(3 * old), m.positions.begin() + long(3 * old + 3));
                if (!m.colors.empty()) out.colors.insert(out.colors.end(), m.colors.begin() + long(3 * old), m.colors.begin() + long(3 * old + 3));
                if (!m.uvs.empty()) out.uvs.insert(out.uvs.end(), m.uvs.begin() + long(2 * old), m.uvs.begin() + long(2 * old + 2));
            }
            out.triangles.push_back(remap[old]);
        }
    }
    m = std::move(out);
}

} // namespace

ExportMesh photoDepthSurface(const FaceFit& fit, size_t imageIndex, int maxSide) {
    if (imageIndex >= fit.images.size()) throw InputError("The fit has no photo " + std::to_string(imageIndex) + ".");
    const ImageFit& im = fit.images[imageIndex];
    if (im.imageWidth < 1 || im.imageHeight < 1 || maxSide < 16) throw InputError("The fit's photo size is unknown.");
    at::NoGradGuard noGrad;
    const double s = std::min(1.0, static_cast<double>(maxSide) / std::max(im.imageWidth, im.imageHeight));
    const int w = std::max(1, static_cast<int>(std::lround(im.imageWidth * s)));
    const int h = std::max(1, static_cast<int>(std::lround(im.imageHeight * s)));
    const int64_t v = static_cast<int64_t>(im.posedVertices.size() / 3);
    const at::Tensor model = tensorOf(im.posedVertices, {v, 3});
    const at::Tensor tri = at::from_blob(const_cast<int*>(fit.triangles.data()),
                                         {static_cast<int64_t>(fit.triangles.size() / 3), 3}, at::kInt).to(at::kLong);
    const at::Tensor rotation = render::axisAngleToMatrix(tensorOf({im.rotationAxisAngle.begin(), im.rotationAxisAngle.end()}, {3}));
    const at::Tensor translation = tensorOf({im.translationMm.begin(), im.translationMm.end()}, {3});
    const at::Tensor camera = render::rigidTransform(model, rotation, translation);
    const double focal = im.focalPx * s;
    const at::Tensor screen = render::projectPerspective(camera, at::scalar_tensor(focal, at::kFloat), (im.cx + 0.5) * s - 0.5,
                                                         (im.cy + 0.5) * s - 0.5);
    const render::RasterFragments frags = render::rasterize(screen, tri, w, h);
    // Exact surface points, colours and UVs at every covered pixel.
    std::vector<at::Tensor> attributes = {model};
    const bool colors = fit.diffuseAlbedo.size() == static_cast<size_t>(3 * v), uvs = fit.uvs.size() == static_cast<size_t>(2 * v);
    if (colors) attributes.push_back(tensorOf(fit.diffuseAlbedo, {v, 3}));
    if (uvs) attributes.push_back(tensorOf(fit.uvs, {v, 2}));
    const at::Tensor values = render::interpolate(at::cat(attributes, 1), screen, tri, frags).contiguous();
    const at::Tensor ids = frags.triangle.contiguous(), depth = frags.depth.contiguous();
    const int* id = ids.data_ptr<int>();
    const float* z = depth.data_ptr<float>();
    const float* val = values.data_ptr<float>();
    const int64_t channels = values.size(2);

    ExportMesh m;
    m.name = "FacePhotoDepth";
    std::vector<int> index(static_cast<size_t>(w) * h, -1);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const size_t p = static_cast<size_t>(y) * w + x;
            if (id[p] < 0) continue;
            index[p] = m.vertexCount();
            const float* a = val + static_cast<int64_t>(p) * channels;
            m.positions.insert(m.positions.end(), {a[0], a[1], a[2]});
            if (colors) m.colors.insert(m.colors.end(), {a[3], a[4], a[5]});
            if (uvs) m.uvs.insert(m.uvs.end(), {a[colors ? 6 : 3], a[colors ? 7 : 4]});
        }
    if (m.vertexCount() < 64) throw InputError("The face covers too few pixels of the photo for a depth surface.");
    // A block is one surface when its depths agree to a few pixel footprints (depth / focal per pixel).
    auto agree = [&](std::initializer_list<size_t> ps) {
        float lo = 1e30f, hi = -1e30f;
        for (size_t p : ps) {
            if (index[p] < 0) return false;
            lo = std::min(lo, z[p]);
            hi = std::max(hi, z[p]);
        }
        return hi - lo < 4.0f * hi / static_cast<float>(focal) + 0.5f;
    };
    for (int y = 0; y + 1 < h; ++y)
        for (int x = 0; x + 1 < w; ++x) {
            const size_t p00 = static_cast<size_t>(y) * w + x, p10 = p00 + 1, p01 = p00 + static_cast<size_t>(w), p11 = p01 + 1;
            // Screen y runs down: (p00, p01, p10) is counter-clockwise seen from the camera.
            if (agree({p00, p01, p10})) m.triangles.insert(m.triangles.end(), {index[p00], index[p01], index[p10]});
            if (agree({p10, p01, p11})) m.triangles.insert(m.triangles.end(), {index[p10], index[p01], index[p11]});
        }
    if (m.triangles.empty()) throw InputError("The photo's depth map holds no surface.");
    keepLargestComponent(m);
    // Outward = toward the face's front (+z in model space), whatever the screen winding gave.
    m.normals = vertexNormals(m.positions, m.triangles);
    orientTowardPlusZ(m.triangles, m.normals);
    return m;
}

} // namespace likeness
