#include "appearance/synthetic_appearance.h"

#include <ATen/ATen.h>
#include <cmath>
#include <random>

#include "appearance/appearance_shading.h"
#include "appearance/self_shadows.h"
#include "appearance/surface_pixels.h"
#include "appearance/uv_layout.h"
#include "common/error.h"
#include "export/uv_baker.h"
#include "fit/face_render.h"
#include "model/face_model.h"
#include "shading.h"
#include "topology/face_topology.h"
#include "visibility_transfer.h"

namespace likeness {
namespace {

constexpr double kPi = 3.14159265358979323846;

std::vector<float> toVector(const at::Tensor& t) {
    const at::Tensor c = t.detach().to(at::kCPU, at::kFloat).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

at::Tensor mapTensor(const std::vector<float>& texels, int size, int channels) {
    return at::tensor(texels).reshape({size, size, channels}).permute({2, 0, 1}).unsqueeze(0).contiguous();
}

// Slopes (x, y) of normalize(x, y, 1) from stored unit tangent-space normals [S*S*3].
at::Tensor slopesOf(const std::vector<float>& normals, int size) {
    const at::Tensor n = at::tensor(normals).reshape({size, size, 3});
    const at::Tensor xy = n.slice(2, 0, 2) / n.slice(2, 2, 3).clamp_min(0.05);
    return xy.permute({2, 0, 1}).unsqueeze(0).contiguous();
}

// The fit data of the synthetic truth (what buildSurfacePixels needs).
FaceFit truthFit(const SyntheticFace& f, const SubdividedTopology& mesh, int imageSize, const std::vector<float>& light, int bands) {
    FaceFit fit;
    fit.subdivisionLevel = fit.geometryLevel = mesh.level();
    fit.vertices = f.identityVertices;
    fit.posedVertices = f.posedVertices;
    const at::Tensor tri = mesh.triangles().to(at::kInt).contiguous();
    fit.triangles.assign(tri.data_ptr<int>(), tri.data_ptr<int>() + tri.numel());
    fit.uvs = toVector(mesh.uvs());
    fit.diffuseAlbedo = f.diffuseAlbedo;
    fit.specularIntensity = f.specularIntensity;
    fit.shBands = bands;
    fit.shLight = light;
    ImageFit im;
    im.expressionWeights = f.expressionWeights;
    im.rotationAxisAngle = f.rotationAxisAngle;
    im.translationMm = f.translationMm;
    im.focalPx = f.focalPx;
    im.imageWidth = im.imageHeight = imageSize;
    im.cx = im.cy = 0.5f * static_cast<float>(imageSize - 1);
    im.shLight = light;
    im.posedVertices = f.posedVertices;
    fit.images.push_back(im);
    return fit;
}

// Rows of `b`'s pixels that `a` also covers: (rows in a, rows in b).
std::pair<at::Tensor, at::Tensor> commonPixels(const SurfacePixels& a, const SurfacePixels& b) {
    const int64_t n = static_cast<int64_t>(a.width) * a.height;
    at::Tensor rowA = at::full({n}, -1, at::kLong), rowB = at::full({n}, -1, at::kLong);
    rowA.index_put_({a.pixel}, at::arange(a.count, at::kLong));
    rowB.index_put_({b.pixel}, at::arange(b.count, at::kLong));
    const at::Tensor both = at::nonzero((rowA >= 0).logical_and(rowB >= 0)).reshape({-1});
    return {rowA.index_select(0, both), rowB.index_select(0, both)};
}

at::Tensor luminance(const at::Tensor& rgb) {
    return rgb.select(1, 0) * 0.2126 + rgb.select(1, 1) * 0.7152 + rgb.select(1, 2) * 0.0722;
}

// |left - right| / mean of `values` [N] split by the UV midline (grid x < 0 = u < 0.5), away from it.
double leftRight(const at::Tensor& values, const at::Tensor& gridX) {
    const at::Tensor left = gridX < -0.1, right = gridX > 0.1;
    const double l = values.masked_select(left).mean().item<double>(), r = values.masked_select(right).mean().item<double>();
    return std::abs(l - r) / std::max(1e-9, 0.5 * (l + r));
}

double angleDeg(const at::Tensor& a, const at::Tensor& b, double& under20) {
    const at::Tensor deg = at::acos((a * b).sum(1).clamp(-1, 1)) * (180.0 / kPi);
    under20 = (deg < 20).to(at::kFloat).mean().item<double>();
    return deg.mean().item<double>();
}

} // namespace

void SyntheticAppearanceOptions::validate() const {
    if (imageSize < 64 || imageSize > 4096) throw OptionsError("Synthetic appearance: image size must be 64..4096.");
    if (mapSize != 256 && mapSize != 512 && mapSize != 1024 && mapSize != 2048)
        throw OptionsError("Synthetic appearance: map size must be 256, 512, 1024 or 2048.");
    if (bands < 1 || bands > 9) throw OptionsError("Synthetic appearance: bands must be 1..9.");
    if (!(lightSharpness > 0) || !(lightIntensity >= 0) || !(ambient >= 0) || bumps < 0 || !(bumpRadiusMm > 0))
        throw OptionsError("Synthetic appearance: bad light or bump settings.");
}

SyntheticAppearance makeSyntheticAppearance(const FaceTopology& topology, const SubdividedTopology& mesh,
                                            const at::Tensor& baseNeutral, const SyntheticAppearanceOptions& o,
                                            std::uint64_t seed) {
    o.validate();
    at::NoGradGuard noGrad;
    SyntheticFaceOptions so;
    so.imageSize = o.imageSize;
    so.maxYawDeg = o.maxYawDeg;
    so.maxRollDeg = 4;
    SyntheticAppearance out;
    out.face = makeSyntheticFace(topology, mesh, baseNeutral, so, seed);
    out.bands = o.bands;

    // The light: ambient plus a hard lobe from the side (camera frame: x right, y down,
    // z forward; a surface facing the camera has normal -z), projected onto SH.
    const double t = o.sideLightDeg * kPi / 180.0;
    const at::Tensor toward = at::tensor(std::vector<float>{float(std::sin(t)), -0.25f, float(-std::cos(t))});
    const at::Tensor d = toward / toward.norm();
    const at::Tensor dirs = render::fibonacciDirections(8192);
    const at::Tensor radiance = o.ambient + o.lightIntensity * at::exp(o.lightSharpness * (at::matmul(dirs, d) - 1.0));
    const at::Tensor coef = at::matmul(render::shBasis(dirs, o.bands).t(), radiance) * (4 * kPi / dirs.size(0));   // [K]
    const at::Tensor tint = at::tensor(std::vector<float>{1.0f, 0.96f, 0.9f});
    out.light = toVector(coef.unsqueeze(1) * tint.unsqueeze(0));
    out.truth = truthFit(out.face, mesh, o.imageSize, out.light, o.bands);

    // Truth maps: the synthetic albedo made exactly symmetric, skin specular, random bumps.
    const int64_t v = mesh.vertexCount();
    const UvLayout layout =
        buildUvLayout(topology, at::tensor(out.face.identityVertices).reshape({v, 3}).slice(0, 0, FaceTopology::kVertexCount), o.mapSize);
    const int s = o.mapSize;
    const at::Tensor baked = mapTensor(bakeVertexData(out.truth.uvs, out.truth.triangles, out.face.diffuseAlbedo, 3, s).texels, s, 3);
    const at::Tensor mirrored = at::grid_sampler(baked, layout.mirrorGrid, 0, 1, false);
    const at::Tensor diffuse = 0.5 * (baked + mirrored);
    std::mt19937_64 rng(seed * 7919 + 17);
    std::vector<float> height(static_cast<size_t>(s) * s, 0.0f);
    const std::vector<float> covered = toVector(layout.covered);
    std::vector<int> coveredTexels;
    for (int i = 0; i < s * s; ++i)
        if (covered[static_cast<size_t>(i)] > 0.5f) coveredTexels.push_back(i);
    const double sigma = o.bumpRadiusMm / layout.texelMm;   // texels
    const int radius = static_cast<int>(std::ceil(3 * sigma));
    std::uniform_int_distribution<size_t> pick(0, coveredTexels.size() - 1);
    std::uniform_real_distribution<double> amp(-o.bumpHeightMm, o.bumpHeightMm);
    for (int b = 0; b < o.bumps && !coveredTexels.empty(); ++b) {
        const int c = coveredTexels[pick(rng)];
        const int cx = c % s, cy = c / s;
        const double a = amp(rng);
        for (int y = std::max(0, cy - radius); y <= std::min(s - 1, cy + radius); ++y)
            for (int x = std::max(0, cx - radius); x <= std::min(s - 1, cx + radius); ++x)
                height[static_cast<size_t>(y) * s + x] +=
                    static_cast<float>(a * std::exp(-0.5 * ((x - cx) * (x - cx) + (y - cy) * (y - cy)) / (sigma * sigma)));
    }
    // Slopes of normalize(-dh/dx, -dh/dy_up, 1): x along +u (columns), y along v up (rows up).
    const at::Tensor h = at::tensor(height).reshape({1, 1, s, s});
    const at::Tensor padded = at::replication_pad2d(h, {1, 1, 1, 1});
    const at::Tensor dhdx = (padded.slice(3, 2, s + 2).slice(2, 1, s + 1) - padded.slice(3, 0, s).slice(2, 1, s + 1)) /
                            (2 * layout.texelMm);
    const at::Tensor dhdrow = (padded.slice(2, 2, s + 2).slice(3, 1, s + 1) - padded.slice(2, 0, s).slice(3, 1, s + 1)) /
                              (2 * layout.texelMm);
    const at::Tensor normalXY = at::cat({-dhdx, dhdrow}, 1) * layout.covered;   // -dh/dy_up = +dh/drow
    const at::Tensor specular = at::full({1, 1, s, s}, 0.04f);

    AppearanceTextures maps{diffuse.contiguous(), specular, normalXY.contiguous()};
    out.maps.size = s;
    out.maps.diffuse = toVector(diffuse.squeeze(0).permute({1, 2, 0}));
    out.maps.specular = toVector(specular.reshape({-1}));
    const at::Tensor xy = normalXY.squeeze(0).permute({1, 2, 0}).reshape({-1, 2});
    out.maps.normal = toVector(tangentNormalsFromSlopes(xy));
    out.maps.covered.resize(covered.size());
    for (size_t i = 0; i < covered.size(); ++i) out.maps.covered[i] = covered[i] > 0.5f ? 1 : 0;

    // The photo: the maps shaded with ray-traced shadows over a gray gradient.
    const SurfacePixels px = buildSurfacePixels(out.truth, 0, o.imageSize, o.imageSize);
    const SelfShadows shadows(px, 512);
    const PixelShadowing shadowing = shadows.atPixels(px, px.vertexNormal, o.bands);
    const ShadedPixels shaded =
        shadeAppearance(px, sampleMaterial(px, maps), at::tensor(out.light).reshape({o.bands * o.bands, 3}), o.bands,
                        out.truth.roughness, &shadowing);
    const at::Tensor rgb = linearToSrgb(shaded.color).clamp(0, 1);
    const at::Tensor rows = at::linspace(0.35, 0.6, o.imageSize).reshape({-1, 1, 1}).expand({o.imageSize, o.imageSize, 3});
    at::Tensor image = rows.contiguous().reshape({-1, 3}).clone();
    image.index_copy_(0, px.pixel, rgb);
    const at::Tensor bytes = (image * 255.0).round().clamp(0, 255).to(at::kByte).reshape({o.imageSize, o.imageSize, 3}).contiguous();
    out.face.image.rgb = cv::Mat(o.imageSize, o.imageSize, CV_8UC3);
    std::memcpy(out.face.image.rgb.data, bytes.data_ptr<uint8_t>(), static_cast<size_t>(bytes.numel()));
    return out;
}

AppearanceRecovery scoreAppearance(const SyntheticAppearance& truth, const FaceFit& fit, const AppearanceResult& result) {
    at::NoGradGuard noGrad;
    const AppearanceMaps& maps = result.final();
    if (maps.normal.empty() || truth.maps.normal.empty()) throw Error("scoreAppearance: the fine stage's normal map is needed");
    const int w = truth.truth.images.front().imageWidth, h = truth.truth.images.front().imageHeight;
    const SurfacePixels st = buildSurfacePixels(truth.truth, 0, w, h);
    const SurfacePixels sf = buildSurfacePixels(fit, 0, w, h);
    const auto [rowsT, rowsF] = commonPixels(st, sf);
    AppearanceRecovery r;
    r.pixels = static_cast<int>(rowsT.numel());
    if (r.pixels == 0) throw Error("scoreAppearance: the fit and the truth share no pixel");

    const at::Tensor truthXY = slopesOf(truth.maps.normal, truth.maps.size), fitXY = slopesOf(maps.normal, maps.size);
    const at::Tensor nt = shadingNormals(st, tangentNormalsAt(truthXY, st.grid)).index_select(0, rowsT);
    const at::Tensor nf = shadingNormals(sf, tangentNormalsAt(fitXY, sf.grid)).index_select(0, rowsF);
    r.normalMeanDeg = angleDeg(nt, nf, r.normalUnder20);
    r.geometryNormalMeanDeg = angleDeg(nt, sf.normal.index_select(0, rowsF), r.geometryNormalUnder20);

    // Albedo at the truth pixels' surface points (same UV layout for both).
    const at::Tensor grid = st.grid.index_select(2, rowsT);
    const at::Tensor dt = sampleMap(mapTensor(truth.maps.diffuse, truth.maps.size, 3), grid);
    const at::Tensor df = sampleMap(mapTensor(maps.diffuse, maps.size, 3), grid);
    r.albedoErrorSrgb = (linearToSrgb(df) - linearToSrgb(dt)).abs().mean().item<double>();
    const at::Tensor scale = (dt * df).sum(0) / (df * df).sum(0).clamp_min(1e-12);
    for (int c = 0; c < 3; ++c) r.albedoScale[c] = scale[c].item<double>();
    r.albedoErrorAlignedSrgb = (linearToSrgb((df * scale).clamp(0, 1)) - linearToSrgb(dt)).abs().mean().item<double>();

    // Light (scale-free), over the bands both have.
    const int k = std::min(truth.bands, result.shBands);
    const at::Tensor lt = at::tensor(truth.light).reshape({truth.bands * truth.bands, 3}).slice(0, 0, k * k).reshape({-1});
    const at::Tensor lf = at::tensor(result.shLight.front()).reshape({result.shBands * result.shBands, 3}).slice(0, 0, k * k).reshape({-1});
    r.lightCosine = ((lt * lf).sum() / (lt.norm() * lf.norm()).clamp_min(1e-12)).item<double>();

    // Shadow removal: left/right luminance asymmetry of the photo and of the recovered albedo.
    const at::Tensor photo = at::from_blob(truth.face.image.rgb.data, {static_cast<int64_t>(w) * h, 3}, at::kByte)
                                 .to(at::kFloat)
                                 .div(255.0)
                                 .index_select(0, st.pixel.index_select(0, rowsT));
    const at::Tensor gridX = grid.reshape({-1, 2}).select(1, 0);
    r.photoLeftRight = leftRight(luminance(srgbToLinear(photo)), gridX);
    r.diffuseLeftRight = leftRight(luminance(df), gridX);
    r.shadowRatio = r.diffuseLeftRight / std::max(1e-9, r.photoLeftRight);
    return r;
}

} // namespace likeness
