// LibTorch adapter for cuda/rasterize_kernel.cu: checks and converts the tensors,
// launches on the current stream. Compiled to nothing unless LibTorch has CUDA.
#include "rasterizer_cuda.h"

#ifdef LIKENESS_HAVE_CUDA

#include "cuda/rasterize_kernel.h"

#include <ATen/ATen.h>
#include <ATen/cuda/CUDAContext.h>

#include <stdexcept>
#include <string>

namespace likeness::render::detail {

RasterFragments rasterizeCuda(const at::Tensor& screenVertices, const at::Tensor& triangles, int width, int height,
                              const RasterOptions& options) {
    const at::Tensor verts = screenVertices.detach().to(at::kDouble).contiguous();
    const at::Tensor tris = triangles.to(at::kLong).contiguous();
    const auto device = screenVertices.device();
    const at::Tensor zbuffer = at::empty({int64_t(height) * width}, at::TensorOptions(device).dtype(at::kLong));

    RasterFragments out;
    out.width = width;
    out.height = height;
    out.triangle = at::empty({height, width}, at::TensorOptions(device).dtype(at::kInt));
    out.depth = at::empty({height, width}, at::TensorOptions(device).dtype(at::kFloat));

    cuda::RasterizeParams p{};
    p.vertices = verts.data_ptr<double>();
    p.triangles = tris.data_ptr<int64_t>();
    p.numVertices = verts.size(0);
    p.numTriangles = tris.size(0);
    p.width = width;
    p.height = height;
    p.nearZ = options.nearZ;
    p.cullBackFaces = options.cullBackFaces ? 1 : 0;
    p.zbuffer = reinterpret_cast<unsigned long long*>(zbuffer.data_ptr<int64_t>());
    p.triangle = out.triangle.data_ptr<int32_t>();
    p.depth = out.depth.data_ptr<float>();
    const int error = cuda::rasterize(p, at::cuda::getCurrentCUDAStream(device.index()).stream());
    if (error != 0) throw std::runtime_error("rasterize: CUDA kernel failed with error " + std::to_string(error));
    return out;
}

} // namespace likeness::render::detail

#endif // LIKENESS_HAVE_CUDA
