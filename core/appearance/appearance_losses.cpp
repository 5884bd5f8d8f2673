#include "appearance/appearance_losses.h"

#include <ATen/ATen.h>
#include <algorithm>
#include <cmath>
#include <vector>

#include "appearance/uv_layout.h"
#include "common/error.h"

namespace likeness {
namespace {

at::Tensor maskedMean(const at::Tensor& perTexel, const at::Tensor& mask) {
    return (perTexel * mask).sum() / mask.sum().clamp_min(1.0);
}

} // namespace

at::Tensor gaussianBlurMap(const at::Tensor& map, double sigma) {
    if (sigma <= 0) return map;
    // Separable blur as two matrix products (BLAS is far faster here than LibTorch's
    // CPU depthwise convolution): rows of `b` hold the normalised Gaussian weights,
    // with the taps beyond the border folded onto the edge texel (edge replication).
    const int64_t n = map.size(3);
    if (map.size(2) != n) throw Error("gaussianBlurMap: expected a square map");
    const int radius = std::max(1, static_cast<int>(std::ceil(3 * sigma)));
    std::vector<float> b(static_cast<size_t>(n * n), 0.0f);
    for (int64_t i = 0; i < n; ++i) {
        float sum = 0;
        for (int k = -radius; k <= radius; ++k) {
            const int64_t j = std::clamp<int64_t>(i + k, 0, n - 1);
            const float w = std::exp(-0.5f * static_cast<float>(k * k) / static_cast<float>(sigma * sigma));
            b[static_cast<size_t>(i * n + j)] += w;
            sum += w;
        }
        for (int64_t j = 0; j < n; ++j) b[static_cast<size_t>(i * n + j)] /= sum;
    }
    const at::Tensor blur = at::from_blob(b.data(), {n, n}, at::kFloat).to(map.device(), /*non_blocking=*/false, /*copy=*/true);
    return at::matmul(at::matmul(blur, map), blur.t());   // B X B^T per channel
}

at::Tensor downsampleMap(const at::Tensor& map, int size) {
    const int64_t s = map.size(3);
    if (size >= s) return map;
    if (s % size != 0) throw Error("downsampleMap: the map size must be a multiple of the target size");
    return at::avg_pool2d(map, {s / size, s / size});
}

at::Tensor symmetryLoss(const at::Tensor& map, const UvLayout& layout, double sigma) {
    const at::Tensor blurred = gaussianBlurMap(map, sigma);
    const at::Tensor mirrored = at::grid_sampler(blurred, layout.mirrorGrid, 0, 1, false);
    return maskedMean((blurred - mirrored).pow(2).sum(1, true), layout.covered);
}

at::Tensor consistencyLoss(const at::Tensor& map, const at::Tensor& reference, const UvLayout& layout) {
    return maskedMean((map - reference).pow(2).sum(1, true), layout.covered);
}

at::Tensor smoothnessLoss(const at::Tensor& map, const UvLayout& layout) {
    const int64_t s = map.size(3);
    const at::Tensor dx = map.narrow(3, 1, s - 1) - map.narrow(3, 0, s - 1);
    const at::Tensor dy = map.narrow(2, 1, s - 1) - map.narrow(2, 0, s - 1);
    const at::Tensor mx = layout.covered.narrow(3, 1, s - 1) * layout.covered.narrow(3, 0, s - 1);
    const at::Tensor my = layout.covered.narrow(2, 1, s - 1) * layout.covered.narrow(2, 0, s - 1);
    return maskedMean(dx.pow(2).sum(1, true), mx) + maskedMean(dy.pow(2).sum(1, true), my);
}

at::Tensor skinStdLoss(const at::Tensor& map, const UvLayout& layout, double sigma) {
    const at::Tensor blurred = gaussianBlurMap(map, sigma);
    const at::Tensor count = layout.skin.sum().clamp_min(1.0);
    const at::Tensor mean = (blurred * layout.skin).sum({2, 3}, true) / count;   // [1,C,1,1]
    const at::Tensor var = ((blurred - mean).pow(2).sum(1, true) * layout.skin).sum() / count;
    return (var + 1e-12).sqrt();   // AffUNet eq. 7
}

at::Tensor lightColourLoss(const at::Tensor& light) {
    const at::Tensor gray = light.mean(1, true);
    return (light - gray).pow(2).sum() / light.select(0, 0).pow(2).sum().clamp_min(1e-8);
}

at::Tensor charbonnierLoss(const at::Tensor& rendered, const at::Tensor& photo, double eps) {
    const at::Tensor d = rendered - photo;
    return ((d * d + eps * eps).sqrt() - eps).sum() / static_cast<double>(std::max<int64_t>(1, rendered.size(0)));
}

} // namespace likeness
