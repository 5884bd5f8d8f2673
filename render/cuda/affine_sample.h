#pragma once
// Bilinear affine resampling of an interleaved float image, the GPU half of
// "crop a rotated region and resize it" (the CPU path uses OpenCV). Plain CUDA
// over raw pointers with a POD parameter struct; the LibTorch adapter lives in
// affine_sample_torch.cpp, built only when LibTorch has CUDA.
#include <cstdint>

namespace likeness::render::cuda {

/// dst(x, y) = src(m00*x + m01*y + m02, m10*x + m11*y + m12) * scale + offset,
/// bilinear, zero outside the source. Both images are HWC float32, contiguous.
struct AffineSampleParams {
    const float* src;
    float* dst;
    int32_t srcWidth, srcHeight, dstWidth, dstHeight, channels;
    float m[6];          // destination pixel centre -> source pixel coordinates
    float scale, offset; // value mapping, e.g. 1/255 and 0
};

/// Launches the kernel on `stream` (a cudaStream_t, 0 = default). Returns a CUDA
/// error code (0 = success). Declared without CUDA headers so C++ callers need none.
int affineSample(const AffineSampleParams& params, void* stream);

} // namespace likeness::render::cuda
