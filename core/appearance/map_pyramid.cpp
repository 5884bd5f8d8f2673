#include "appearance/map_pyramid.h"

#include <ATen/ATen.h>

#include "appearance/appearance_shading.h"

namespace likeness {
namespace {

constexpr int kMaxTaps = 3;   // per axis; levels with texels finer than a third of a pixel are left out

at::Tensor resized(const at::Tensor& map, int size) {
    const int64_t s = map.size(3);
    if (s == size) return map;
    if (s > size && s % size == 0) return at::avg_pool2d(map, {s / size, s / size});
    return at::upsample_bilinear2d(map, {size, size}, /*align_corners=*/false);
}

} // namespace

MapPyramid::MapPyramid(const at::Tensor& start, int finest, double texelsPerPixel, int coarsest) : m_start(start.detach()) {
    const int64_t c = start.size(1);
    const double full = static_cast<double>(start.size(3));
    for (int s = std::min<int>(finest, static_cast<int>(start.size(3))); s >= coarsest; s /= 2) {
        const double footprint = texelsPerPixel * s / full;
        if (footprint > kMaxTaps && s > coarsest) continue;
        m_levels.push_back(at::zeros({1, c, s, s}, start.options()));
        m_footprint.push_back(footprint);
    }
}

at::Tensor MapPyramid::sample(const at::Tensor& grid, const at::Tensor& uvPerPixel) const {
    at::Tensor out = sampleMap(m_start, grid);
    for (size_t k = 0; k < m_levels.size(); ++k) {
        const at::Tensor& level = m_levels[k];
        if (m_footprint[k] <= 1.0) {
            out = out + sampleMap(level, grid);
            continue;
        }
        // n x n taps spread over the pixel's footprint (n = ceil(footprint)): every
        // texel under the pixel gets its share of the gradient.
        const int n = uvPerPixel.defined() ? kMaxTaps : std::min(kMaxTaps, static_cast<int>(std::ceil(m_footprint[k])));
        const double texel = 2.0 / static_cast<double>(level.size(3));   // one texel in grid units
        // Footprint in grid units: the point's own (at least one texel, at most kMaxTaps) or the level's.
        const at::Tensor span = uvPerPixel.defined()
                                    ? (uvPerPixel.reshape({1, 1, -1, 1}) * 2.0).clamp(texel, kMaxTaps * texel)
                                    : at::full({1, 1, 1, 1}, m_footprint[k] * texel, grid.options());
        at::Tensor sum;
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j) {
                const at::Tensor step = at::tensor({static_cast<float>((i + 0.5) / n - 0.5), static_cast<float>((j + 0.5) / n - 0.5)})
                                            .to(grid.device());
                const at::Tensor tap = sampleMap(level, grid + span * step);
                sum = sum.defined() ? sum + tap : tap;
            }
        out = out + sum / static_cast<double>(n * n);
    }
    return out;
}

at::Tensor MapPyramid::atSize(int size) const {
    at::Tensor out = resized(m_start, size);
    for (const at::Tensor& level : m_levels) out = out + resized(level, size);
    return out;
}

at::Tensor MapPyramid::compose() const { return atSize(static_cast<int>(m_start.size(3))); }

at::Tensor MapPyramid::changeEnergy() const {
    at::Tensor e = at::zeros({}, m_start.options());
    for (const at::Tensor& level : m_levels) e = e + (level * level).sum() / static_cast<double>(level.size(2) * level.size(3));
    return e;
}

at::Tensor MapPyramid::changeRoughness() const {
    // Neighbour differences through roll (wrapping at the map border, which is off
    // the face): its backward is a roll too, where narrow()'s would allocate and fill
    // a full-size zero tensor per call.
    at::Tensor e = at::zeros({}, m_start.options());
    for (const at::Tensor& level : m_levels) {
        const at::Tensor dx = level - level.roll(1, 3), dy = level - level.roll(1, 2);
        e = e + ((dx * dx).sum() + (dy * dy).sum()) / static_cast<double>(level.size(2) * level.size(3));
    }
    return e;
}

} // namespace likeness
