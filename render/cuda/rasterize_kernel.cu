#include "rasterize_kernel.h"

#include "raster_triangle.h"

#include <cuda_runtime.h>

namespace likeness::render::cuda {
namespace {

constexpr unsigned long long kEmpty = ~0ull;

__global__ void clearKernel(unsigned long long* zbuffer, int64_t count) {
    const int64_t i = int64_t(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i < count) zbuffer[i] = kEmpty;
}

__global__ void rasterizeKernel(RasterizeParams p) {
    const int64_t t = int64_t(blockIdx.x) * blockDim.x + threadIdx.x;
    if (t >= p.numTriangles) return;
    const int64_t* idx = p.triangles + 3 * t;
    detail::RasterTriangle tri;
    if (!detail::setupRasterTriangle(p.vertices + 3 * idx[0], p.vertices + 3 * idx[1], p.vertices + 3 * idx[2],
                                     p.width, p.height, p.nearZ, p.cullBackFaces != 0, tri))
        return;
    for (int y = tri.y0; y <= tri.y1; ++y)
        for (int x = tri.x0; x <= tri.x1; ++x) {
            double w[3];
            if (!detail::coverPixel(tri, x, y, w)) continue;
            const float z = detail::pixelDepth(tri, w);
            if (!(z < INFINITY)) continue;
            // Positive floats order like their bit patterns; the low word breaks
            // ties towards the lower triangle index, as the CPU path does.
            const unsigned long long key =
                (static_cast<unsigned long long>(__float_as_uint(z)) << 32) | static_cast<unsigned int>(t);
            unsigned long long* slot = p.zbuffer + int64_t(y) * p.width + x;
            if (key < *slot) atomicMin(slot, key);
        }
}

__global__ void resolveKernel(RasterizeParams p) {
    const int64_t i = int64_t(blockIdx.x) * blockDim.x + threadIdx.x;
    if (i >= int64_t(p.width) * p.height) return;
    const unsigned long long key = p.zbuffer[i];
    if (key == kEmpty) {
        p.triangle[i] = -1;
        p.depth[i] = INFINITY;
    } else {
        p.triangle[i] = static_cast<int32_t>(key & 0xffffffffull);
        p.depth[i] = __uint_as_float(static_cast<unsigned int>(key >> 32));
    }
}

} // namespace

int rasterize(const RasterizeParams& params, void* stream) {
    if (params.width <= 0 || params.height <= 0 || !params.zbuffer || !params.triangle || !params.depth ||
        params.numTriangles < 0 || params.numTriangles > 0x7fffffffll ||
        (params.numTriangles > 0 && (!params.vertices || !params.triangles)))
        return static_cast<int>(cudaErrorInvalidValue);
    const cudaStream_t s = static_cast<cudaStream_t>(stream);
    const int64_t pixels = int64_t(params.width) * params.height;
    const int block = 256;
    clearKernel<<<unsigned((pixels + block - 1) / block), block, 0, s>>>(params.zbuffer, pixels);
    if (params.numTriangles > 0)
        rasterizeKernel<<<unsigned((params.numTriangles + block - 1) / block), block, 0, s>>>(params);
    resolveKernel<<<unsigned((pixels + block - 1) / block), block, 0, s>>>(params);
    return static_cast<int>(cudaGetLastError());
}

} // namespace likeness::render::cuda
