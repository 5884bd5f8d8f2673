#include "appearance/self_shadows.h"

#include <ATen/ATen.h>

#include "appearance/surface_pixels.h"
#include "shading.h"
#include "visibility_transfer.h"

namespace likeness {

struct SelfShadows::Data {
    render::VertexVisibility visibility;
};

SelfShadows::SelfShadows(const SurfacePixels& s, int directions) : m_data(std::make_unique<Data>()) {
    m_data->visibility = render::traceVertexVisibility(s.cameraVertices, s.triangles, s.vertexNormal, directions);
}
SelfShadows::~SelfShadows() = default;
SelfShadows::SelfShadows(SelfShadows&&) noexcept = default;
SelfShadows& SelfShadows::operator=(SelfShadows&&) noexcept = default;

at::Tensor SelfShadows::vertexTransfer(const at::Tensor& vertexNormals, int bands) const {
    return render::shadowedDiffuseTransfer(m_data->visibility, vertexNormals, bands);
}

PixelShadowing SelfShadows::atPixels(const SurfacePixels& pixels, const at::Tensor& vertexNormals, int bands) const {
    PixelShadowing out;
    out.transfer = interpolateAtPixels(pixels, vertexTransfer(vertexNormals, bands)).contiguous();
    const at::Tensor n = interpolateAtPixels(pixels, vertexNormals);
    out.baseNormal = (n / n.norm(2, {1}, true).clamp_min(1e-12)).contiguous();
    out.detailBase =
        (out.transfer - render::shBasis(out.baseNormal, bands) * perCoefficientKernel(render::lambertKernel(bands), bands)).contiguous();
    out.visibility = interpolateAtPixels(pixels, render::visibleFraction(m_data->visibility, vertexNormals).reshape({-1, 1}))
                         .contiguous();
    return out;
}

} // namespace likeness
