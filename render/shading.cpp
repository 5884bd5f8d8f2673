// Final irradiance of S2F2 supp. eq. 7-9: SH light, Lambertian diffuse and the
// constant-roughness specular lobe around the reflection vector.
#include "shading.h"

#include <ATen/ATen.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace likeness::render {
namespace {

at::Tensor normalized(const at::Tensor& v) {
    return v / v.norm(2, {-1}, /*keepdim=*/true).clamp_min(1e-12);
}

/// Per-band kernel [bands] -> per-coefficient column [bands^2, 1] (band l repeated 2l+1 times).
at::Tensor perCoefficient(const at::Tensor& kernel, int bands, const at::Tensor& like) {
    std::vector<int64_t> band;
    for (int l = 0; l < bands; ++l)
        for (int m = -l; m <= l; ++m) band.push_back(l);
    return kernel.index_select(0, at::tensor(band, at::kLong)).to(like.options()).unsqueeze(1);
}

} // namespace

at::Tensor shadeSH(const ShadingInputs& in) {
    const int K = in.bands * in.bands;
    if (!in.light.defined() || in.light.dim() != 2 || in.light.size(0) != K || in.light.size(1) != 3)
        throw std::invalid_argument("shadeSH: light must be [bands^2, 3], bands^2 = " + std::to_string(K));
    for (const at::Tensor* t : {&in.normals, &in.viewDirections, &in.diffuseAlbedo})
        if (!t->defined() || t->dim() < 1 || t->size(-1) != 3)
            throw std::invalid_argument("shadeSH: normals, view directions and albedo must be [...,3]");
    if (!in.specularIntensity.defined() || in.specularIntensity.size(-1) != 1)
        throw std::invalid_argument("shadeSH: specular intensity must be [...,1]");

    // Inputs are normalised here, so interpolated (shortened) normals are fine.
    const at::Tensor n = normalized(in.normals);
    const at::Tensor v = normalized(in.viewDirections);
    const at::Tensor r = 2.0 * (n * v).sum(-1, /*keepdim=*/true) * n - v;   // reflection of the view vector

    const at::Tensor diffuseLight = in.light * perCoefficient(lambertKernel(in.bands), in.bands, in.light);
    const at::Tensor specularLight =
        in.light * perCoefficient(specularKernel(in.bands, in.roughness), in.bands, in.light);
    // S2F2 supp. eq. 8: B_d = c * sum_lm A_l B_lm Y_lm(n)
    const at::Tensor diffuse = in.diffuseAlbedo * at::matmul(shBasis(n, in.bands), diffuseLight);
    // S2F2 supp. eq. 9: B_s = sum_lm S_l B_lm Y_lm(r)
    const at::Tensor specular = at::matmul(shBasis(r, in.bands), specularLight);
    // S2F2 supp. eq. 7: B = (1 - s) B_d + s B_s
    const at::Tensor& s = in.specularIntensity;
    return (1.0 - s) * diffuse + s * specular;
}

} // namespace likeness::render
