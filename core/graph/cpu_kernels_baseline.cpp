// The NHWC kernels built for the baseline instruction set (compile flags in core/CMakeLists.txt).
#define LK_NS isa_baseline
#define LK_VEC 4
#define LK_NAME "baseline"
#include "graph/cpu_kernels_impl.inc"

namespace likeness::graph::kernels::detail {
const KernelTable& baselineTable() { return isa_baseline::table(); }
} // namespace likeness::graph::kernels::detail
