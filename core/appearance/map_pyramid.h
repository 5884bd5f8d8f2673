#pragma once
// A UV map parameterised as a fixed start map plus a pyramid of change levels
// (finest, finest/2, ... down to 32 texels), each sampled bilinearly: every
// pixel's gradient reaches the coarse levels, so texels no pixel samples follow
// their neighbourhood instead of keeping their start value (which leaves a dot
// pattern where the map is finer than the photo), and broad changes converge in
// few iterations. `finest` caps the detail a stage may add (the medium stage's
// albedo stops at a quarter of the map size: S2F2's medium albedo is the blurry one).
// Everything per iteration is computed per level at the level's own size (sampling
// at the pixels, regularisers), so the cost follows the pixels, not the map size.
#include <ATen/core/Tensor.h>
#include <vector>

namespace likeness {

class MapPyramid {
public:
    /// `start` [1,C,S,S]: the map before any change; change levels from `finest`
    /// (<= S) down to `coarsest` texels, all zero. `texelsPerPixel` is how many
    /// full-size texels one photo pixel spans (linear): a level whose texels are
    /// smaller than a pixel is sampled with up to 3x3 taps over the pixel's footprint
    /// (so every texel between the pixels moves), one whose texels are under a third
    /// of a pixel is left out (the photo holds no detail that fine).
    MapPyramid(const at::Tensor& start, int finest, double texelsPerPixel = 1.0, int coarsest = 32);

    /// The map at grid points [1,1,N,2] -> [N,C] (start + every level; differentiable in
    /// the levels). `uvPerPixel` [N,1] (SurfacePixels::uvPerPixel), when given, sets each
    /// point's own tap footprint (grazing parts of the face span more texels per pixel).
    at::Tensor sample(const at::Tensor& grid, const at::Tensor& uvPerPixel = {}) const;
    /// The map box-filtered / upsampled to `size` texels -> [1,C,size,size] (differentiable).
    at::Tensor atSize(int size) const;
    /// The whole map at its full size (for the results).
    at::Tensor compose() const;
    /// sum over levels of the mean squared change (consistency with the start map, per band).
    at::Tensor changeEnergy() const;
    /// sum over levels of the mean squared difference between neighbouring texels.
    at::Tensor changeRoughness() const;

    std::vector<at::Tensor>& levels() { return m_levels; }
    const at::Tensor& start() const { return m_start; }

private:
    at::Tensor m_start;
    std::vector<at::Tensor> m_levels;
    std::vector<double> m_footprint;   // per level: texels of that level per pixel
};

} // namespace likeness
