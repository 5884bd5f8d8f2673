#include "common/compute_device.h"

#include <algorithm>

#include <ATen/Parallel.h>
#include <ATen/Context.h>
#if defined(LIKENESS_HAVE_CUDA)
#include <ATen/cuda/CUDAContext.h>
#endif

namespace likeness {

int computeThreadCount() { return std::max(1, int(at::get_num_threads())); }

std::string cudaDeviceName(int index) {
#if defined(LIKENESS_HAVE_CUDA)
    try {
        if (!at::globalContext().hasCUDA()) return {};
        if (index < 0 || index >= int(at::cuda::device_count())) return {};
        const auto* properties = at::cuda::getDeviceProperties(index);
        return properties ? std::string(properties->name) : std::string();
    } catch (...) {
        return {};  // a broken driver must not take the status bar down
    }
#else
    (void)index;
    return {};
#endif
}

} // namespace likeness
