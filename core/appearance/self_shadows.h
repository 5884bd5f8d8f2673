#pragma once
// Ray-traced self-shadows of the SH light for one fitted photo: the visibility of
// a fixed set of directions from every vertex (camera space), traced once, and
// the shadowed transfer and visible fraction for any normals (the normal map's
// normals at the vertices as the fine stage refines them).
#include <ATen/core/Tensor.h>
#include <memory>

#include "appearance/appearance_shading.h"

namespace likeness {

struct SurfacePixels;

class SelfShadows {
public:
    /// Traces `directions` rays from each vertex of `s` (its camera-space mesh).
    SelfShadows(const SurfacePixels& s, int directions);
    ~SelfShadows();
    SelfShadows(SelfShadows&&) noexcept;
    SelfShadows& operator=(SelfShadows&&) noexcept;

    /// Per-pixel shadowing of `pixels` (any resolution of the same view) for vertex
    /// normals `vertexNormals` [V,3] (unit, camera space).
    PixelShadowing atPixels(const SurfacePixels& pixels, const at::Tensor& vertexNormals, int bands) const;
    /// Shadowed transfer [V,K] (diffuse irradiance = transfer . light).
    at::Tensor vertexTransfer(const at::Tensor& vertexNormals, int bands) const;

private:
    struct Data;
    std::unique_ptr<Data> m_data;
};

} // namespace likeness
