#include "affine_sample.h"

#include <cuda_runtime.h>

namespace likeness::render::cuda {
namespace {

__global__ void affineSampleKernel(AffineSampleParams p) {
    const int x = blockIdx.x * blockDim.x + threadIdx.x;
    const int y = blockIdx.y * blockDim.y + threadIdx.y;
    if (x >= p.dstWidth || y >= p.dstHeight) return;
    const float sx = p.m[0] * x + p.m[1] * y + p.m[2];
    const float sy = p.m[3] * x + p.m[4] * y + p.m[5];
    const int x0 = static_cast<int>(floorf(sx)), y0 = static_cast<int>(floorf(sy));
    const float fx = sx - x0, fy = sy - y0;
    float* out = p.dst + (static_cast<int64_t>(y) * p.dstWidth + x) * p.channels;
    for (int c = 0; c < p.channels; ++c) {
        float v = 0.f;
        for (int dy = 0; dy < 2; ++dy)
            for (int dx = 0; dx < 2; ++dx) {
                const int xx = x0 + dx, yy = y0 + dy;
                if (xx < 0 || yy < 0 || xx >= p.srcWidth || yy >= p.srcHeight) continue;   // zero outside
                const float w = (dx ? fx : 1.f - fx) * (dy ? fy : 1.f - fy);
                v += w * p.src[(static_cast<int64_t>(yy) * p.srcWidth + xx) * p.channels + c];
            }
        out[c] = v * p.scale + p.offset;
    }
}

} // namespace

int affineSample(const AffineSampleParams& params, void* stream) {
    if (!params.src || !params.dst || params.dstWidth <= 0 || params.dstHeight <= 0 || params.channels <= 0)
        return static_cast<int>(cudaErrorInvalidValue);
    const dim3 block(16, 16);
    const dim3 grid((params.dstWidth + 15) / 16, (params.dstHeight + 15) / 16);
    affineSampleKernel<<<grid, block, 0, static_cast<cudaStream_t>(stream)>>>(params);
    return static_cast<int>(cudaGetLastError());
}

} // namespace likeness::render::cuda
