#include "fit/fit_losses.h"

#include <ATen/ATen.h>

#include "fit/row_ops.h"

namespace likeness {

at::Tensor landmarkLoss(const at::Tensor& screen, const at::Tensor& baseIndex, const at::Tensor& landmarks,
                        const at::Tensor& weights, double pixelScale) {
    const at::Tensor projected = screen.index_select(0, baseIndex).slice(1, 0, 2);
    const at::Tensor d2 = ((projected - landmarks) * pixelScale).pow(2).sum(1);
    return (d2 * weights).sum() / weights.sum().clamp_min(1e-12);
}

at::Tensor photometricLoss(const at::Tensor& image, const at::Tensor& photo, const at::Tensor& mask, double eps) {
    const at::Tensor d = image - photo;
    const at::Tensor charbonnier = (d * d + eps * eps).sqrt() - eps;
    return (charbonnier.sum(-1) * mask).sum() / mask.sum().clamp_min(1.0);
}

at::Tensor laplacianLoss(const MeshOperators& ops, const at::Tensor& offsets) {
    return ops.laplacian(offsets).pow(2).sum(1).mean();
}

at::Tensor edgeSmoothnessLoss(const MeshOperators& ops, const at::Tensor& values) {
    const at::Tensor a = gatherRowsFlat(values, ops.edges.select(1, 0));
    const at::Tensor b = gatherRowsFlat(values, ops.edges.select(1, 1));
    return (a - b).pow(2).sum(1).mean();
}

at::Tensor symmetryLoss(const at::Tensor& pairA, const at::Tensor& pairB, const at::Tensor& values) {
    return (gatherRowsFlat(values, pairA) - gatherRowsFlat(values, pairB)).pow(2).sum(1).mean();
}

at::Tensor lightPriorLoss(const at::Tensor& light, double ambient) {
    const at::Tensor dc = light.select(0, 0);   // [C]
    const at::Tensor dcMean = dc.mean();
    at::Tensor higher = light.slice(0, 1).pow(2).sum();
    const at::Tensor colour = (dc - dcMean).pow(2).sum();
    const at::Tensor level = (dcMean - ambient).pow(2);
    return (higher + 10.0 * colour + level) / (ambient * ambient);
}

} // namespace likeness
