// The NHWC kernels built for the avx2 instruction set (compile flags in core/CMakeLists.txt).
#define LK_NS isa_avx2
#define LK_VEC 8
#define LK_NAME "avx2"
#include "graph/cpu_kernels_impl.inc"

namespace likeness::graph::kernels::detail {
const KernelTable& avx2Table() { return isa_avx2::table(); }
} // namespace likeness::graph::kernels::detail
