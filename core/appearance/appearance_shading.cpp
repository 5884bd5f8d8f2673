#include "appearance/appearance_shading.h"

#include <ATen/ATen.h>
#include <vector>

#include "appearance/surface_pixels.h"
#include "shading.h"

namespace likeness {
namespace {

at::Tensor unit(const at::Tensor& v) { return v / v.norm(2, {-1}, true).clamp_min(1e-12); }

} // namespace

at::Tensor perCoefficientKernel(const at::Tensor& perBand, int bands) {
    std::vector<int64_t> band;
    for (int l = 0; l < bands; ++l)
        for (int m = -l; m <= l; ++m) band.push_back(l);
    return perBand.index_select(0, at::tensor(band, at::kLong)).to(at::kFloat).unsqueeze(0);
}

at::Tensor sampleMap(const at::Tensor& map, const at::Tensor& grid) {
    const at::Tensor sampled = at::grid_sampler(map, grid, /*bilinear*/ 0, /*border*/ 1, /*align_corners=*/false);
    return sampled.reshape({map.size(1), -1}).t();   // [1,C,1,N] -> [N,C]
}

at::Tensor tangentNormalsFromSlopes(const at::Tensor& slopes) {
    return unit(at::cat({slopes, at::ones({slopes.size(0), 1}, slopes.options())}, 1));
}

at::Tensor tangentNormalsAt(const at::Tensor& normalXY, const at::Tensor& grid) {
    return tangentNormalsFromSlopes(sampleMap(normalXY, grid));
}

at::Tensor shadingNormals(const SurfacePixels& s, const at::Tensor& m) {
    if (!m.defined()) return s.normal;
    return unit(s.tangent * m.slice(1, 0, 1) + s.bitangent * m.slice(1, 1, 2) + s.normal * m.slice(1, 2, 3));
}

PixelMaterial sampleMaterial(const SurfacePixels& s, const AppearanceTextures& maps) {
    PixelMaterial m;
    m.diffuse = sampleMap(maps.diffuse, s.grid);
    m.specular = sampleMap(maps.specular, s.grid);
    if (maps.normalXY.defined()) m.tangentNormal = tangentNormalsAt(maps.normalXY, s.grid);
    return m;
}

ShadedPixels shadeAppearance(const SurfacePixels& s, const PixelMaterial& material, const at::Tensor& light, int bands,
                             double roughness, const PixelShadowing* shadowing) {
    const at::Tensor a = perCoefficientKernel(render::lambertKernel(bands), bands);
    const at::Tensor sk = perCoefficientKernel(render::specularKernel(bands, roughness), bands);
    const at::Tensor n = shadingNormals(s, material.tangentNormal);
    ShadedPixels out;
    if (shadowing && shadowing->transfer.defined()) {
        const at::Tensor basis = !material.tangentNormal.defined() ? shadowing->transfer
                                 : shadowing->detailBase.defined()
                                     ? shadowing->detailBase + render::shBasis(n, bands) * a
                                     : shadowing->transfer + (render::shBasis(n, bands) - render::shBasis(shadowing->baseNormal, bands)) * a;
        out.irradiance = at::matmul(basis, light);
    } else {
        out.irradiance = at::matmul(render::shBasis(n, bands) * a, light);   // supp. eq. 8
    }
    const at::Tensor r = 2.0 * (n * s.view).sum(1, true) * n - s.view;
    out.glossy = at::matmul(render::shBasis(r, bands) * sk, light);     // supp. eq. 9
    if (shadowing && shadowing->visibility.defined()) out.glossy = out.glossy * shadowing->visibility;
    const at::Tensor spec = material.specular.clamp(0, 1), d = material.diffuse.clamp(0, 1);
    out.color = (1.0 - spec) * d * out.irradiance + spec * out.glossy;   // supp. eq. 7
    return out;
}

} // namespace likeness
