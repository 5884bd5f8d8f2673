// The NHWC kernels built for the avx512 instruction set (compile flags in core/CMakeLists.txt).
#define LK_NS isa_avx512
#define LK_VEC 16
#define LK_NAME "avx512"
#include "graph/cpu_kernels_impl.inc"

namespace likeness::graph::kernels::detail {
const KernelTable& avx512Table() { return isa_avx512::table(); }
} // namespace likeness::graph::kernels::detail
