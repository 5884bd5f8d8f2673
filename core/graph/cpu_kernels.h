#pragma once
// Likeness' own float32 NHWC inference kernels over raw pointers. LibTorch
// 1.13's CPU depthwise convolution costs ~4.7 ms per 32-channel layer at 96^2,
// far too slow for real-time landmarks, so the CPU path of the graph executor
// runs these. Each kernel exists in AVX-512, AVX2+FMA and baseline builds of the
// same source (cpu_kernels_impl.inc); the best one the CPU supports is chosen
// once at run time. Kernels split their work over LibTorch's thread pool.
#include <cstdint>

namespace likeness::graph::kernels {

enum class Activation { None, Relu, Prelu, Sigmoid };

/// Padded column count used for prepared conv weights, bias and alpha.
constexpr int64_t kColumnAlign = 32;
inline int64_t alignColumns(int64_t k) { return (k + kColumnAlign - 1) / kColumnAlign * kColumnAlign; }

/// Convolution (any kernel size, stride, zero padding) fused with bias, an
/// optional residual add and an activation:
///   out = act(conv(in, w) + bias + residual)
struct ConvParams {
    int64_t n = 1, h = 0, w = 0, c = 0;      // input NHWC
    int64_t kh = 1, kw = 1, strideH = 1, strideW = 1, padTop = 0, padLeft = 0;
    int64_t oh = 0, ow = 0, k = 0;           // output NHWC (k = output channels)
    const float* weights = nullptr;          // [kh*kw*c][alignColumns(k)], TF's HWIO order flattened
    const float* bias = nullptr;             // [alignColumns(k)]
    const float* alpha = nullptr;            // [alignColumns(k)] PReLU slopes, when act == Prelu
    const float* residual = nullptr;         // NHWC [n,oh,ow,residualC] added before the activation, or null
    int64_t residualC = 0;                   // <= k; channels beyond it get nothing added (channel padding)
    Activation act = Activation::None;
};

/// Depthwise convolution with channel multiplier 1: out[..., c] = sum w[ky,kx,c] * in[...].
struct DepthwiseParams {
    int64_t n = 1, h = 0, w = 0, c = 0;
    int64_t kh = 3, kw = 3, strideH = 1, strideW = 1, padTop = 0, padLeft = 0;
    int64_t oh = 0, ow = 0;
    const float* weights = nullptr;          // [kh][kw][c]
    const float* bias = nullptr;             // [c] or null
};

void conv2d(const ConvParams& p, const float* in, float* out);
void depthwiseConv2d(const DepthwiseParams& p, const float* in, float* out);

/// Name of the instruction set the kernels were dispatched to ("avx512", "avx2", "baseline").
const char* kernelIsa();

namespace detail {
// One instruction-set build of the kernels, each computing output rows [row0, row1)
// where a row is one (batch, output y) pair.
struct KernelTable {
    const char* name;
    void (*convRows)(const ConvParams&, const float*, float*, int64_t, int64_t);
    void (*depthwiseRows)(const DepthwiseParams&, const float*, float*, int64_t, int64_t);
};
const KernelTable& avx512Table();
const KernelTable& avx2Table();
const KernelTable& baselineTable();
} // namespace detail

} // namespace likeness::graph::kernels
