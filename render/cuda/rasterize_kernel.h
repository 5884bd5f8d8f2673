#pragma once
// Z-buffered triangle rasterisation on the GPU: the same coverage, depth and
// tie-breaking as the CPU rasteriser (both use raster_triangle.h). One thread per
// triangle walks its clipped bounding box and resolves visibility with a 64-bit
// atomicMin on (depth bits << 32 | triangle index). Plain CUDA over raw pointers
// with a POD parameter struct; the LibTorch adapter is rasterizer_cuda.cpp, built
// only when LibTorch has CUDA.
#include <cstdint>

namespace likeness::render::cuda {

struct RasterizeParams {
    const double* vertices;        // [numVertices,3] x, y (pixels), z (depth), contiguous
    const int64_t* triangles;      // [numTriangles,3] vertex indices (already range-checked)
    int64_t numVertices, numTriangles;
    int32_t width, height;
    double nearZ;                  // triangles with a vertex at z <= nearZ are skipped
    int32_t cullBackFaces;         // 1: skip triangles clockwise on screen (y down)
    unsigned long long* zbuffer;   // [height*width] scratch
    int32_t* triangle;             // [height*width] out: nearest triangle or -1
    float* depth;                  // [height*width] out: its depth or +inf
};

/// Clears the scratch buffer, rasterises and resolves into `triangle`/`depth` on
/// `stream` (a cudaStream_t, 0 = default). Returns a CUDA error code (0 = success).
/// Declared without CUDA headers so C++ callers need none.
int rasterize(const RasterizeParams& params, void* stream);

} // namespace likeness::render::cuda
