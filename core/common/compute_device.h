#pragma once
// What the process computes on, for status displays: LibTorch's CPU thread count
// and the name of a CUDA device. Plain types, so Qt code can include it without
// pulling in LibTorch.
#include <string>

namespace likeness {

/// Threads LibTorch's CPU kernels use (at::get_num_threads()); at least 1.
int computeThreadCount();

/// The CUDA device's marketing name ("NVIDIA H200"); empty when Likeness was
/// built without CUDA, no GPU is present or `index` is out of range.
std::string cudaDeviceName(int index = 0);

} // namespace likeness
