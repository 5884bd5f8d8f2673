// Bilinear, border-clamped texture lookup (differentiable in texture and uv).
#include "shading.h"

#include <ATen/ATen.h>

#include <stdexcept>
#include <vector>

namespace likeness::render {

at::Tensor sampleTexture(const at::Tensor& texture, const at::Tensor& uv) {
    if (texture.dim() != 3) throw std::invalid_argument("sampleTexture: expected a texture [H,W,C]");
    if (uv.dim() < 1 || uv.size(-1) != 2) throw std::invalid_argument("sampleTexture: expected uv [...,2]");
    const auto dtype = at::promote_types(texture.scalar_type(), uv.scalar_type());
    const int64_t channels = texture.size(2);
    const at::Tensor input = texture.to(dtype).permute({2, 0, 1}).unsqueeze(0);   // [1,C,H,W]
    // grid_sample with align_corners=false puts texel i's centre at
    // (i + 0.5) / size * 2 - 1, i.e. uv = (i + 0.5) / size maps through 2 uv - 1.
    const at::Tensor grid = (uv.to(dtype).reshape({1, 1, -1, 2}) * 2.0 - 1.0);
    const at::Tensor sampled = at::grid_sampler(input, grid, /*bilinear*/ 0, /*border*/ 1, /*align_corners=*/false);
    std::vector<int64_t> shape = uv.sizes().vec();
    shape.back() = channels;
    return sampled.reshape({channels, -1}).t().reshape(shape);   // [1,C,1,N] -> [...,C]
}

} // namespace likeness::render
