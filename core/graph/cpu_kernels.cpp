#include "graph/cpu_kernels.h"

#include <ATen/Parallel.h>

namespace likeness::graph::kernels {
namespace {

const detail::KernelTable& best() {
    static const detail::KernelTable& t = [] () -> const detail::KernelTable& {
        __builtin_cpu_init();
        if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl")) return detail::avx512Table();
        if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) return detail::avx2Table();
        return detail::baselineTable();
    }();
    return t;
}

// Rows per task so that a task carries roughly `targetFlops` of work: small
// layers stay on one thread (a parallel region costs a few microseconds).
int64_t grainRows(int64_t flopsPerRow, int64_t targetFlops = 400000) {
    return std::max<int64_t>(1, targetFlops / std::max<int64_t>(1, flopsPerRow));
}

} // namespace

const char* kernelIsa() { return best().name; }

void conv2d(const ConvParams& p, const float* in, float* out) {
    const auto& t = best();
    const int64_t rows = p.n * p.oh;
    const int64_t flopsPerRow = 2 * p.ow * p.kh * p.kw * p.c * p.k;
    at::parallel_for(0, rows, grainRows(flopsPerRow), [&](int64_t r0, int64_t r1) { t.convRows(p, in, out, r0, r1); });
}

void depthwiseConv2d(const DepthwiseParams& p, const float* in, float* out) {
    const auto& t = best();
    const int64_t rows = p.n * p.oh;
    const int64_t flopsPerRow = 2 * p.ow * p.kh * p.kw * p.c;
    at::parallel_for(0, rows, grainRows(flopsPerRow), [&](int64_t r0, int64_t r1) { t.depthwiseRows(p, in, out, r0, r1); });
}

} // namespace likeness::graph::kernels
