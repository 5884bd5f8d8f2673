#pragma once
// LibTorch adapter of the CUDA rasteriser (cuda/rasterize_kernel.h); defined only
// when LibTorch has CUDA (LIKENESS_HAVE_CUDA). Internal to likeness_render.
#include "rasterizer.h"

namespace likeness::render::detail {

#ifdef LIKENESS_HAVE_CUDA
/// Same contract as rasterize() for CUDA tensors; the fragments live on the same device.
RasterFragments rasterizeCuda(const at::Tensor& screenVertices, const at::Tensor& triangles, int width, int height,
                              const RasterOptions& options);
#endif

} // namespace likeness::render::detail
