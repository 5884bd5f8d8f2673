#include "fit/row_ops.h"

#include <ATen/ATen.h>

namespace likeness {

at::Tensor flatRowIndices(const at::Tensor& rows, int64_t channels) {
    return (rows.unsqueeze(1) * channels + at::arange(channels, rows.options())).reshape({-1});
}

at::Tensor gatherRowsFlat(const at::Tensor& table, const at::Tensor& rows) {
    const int64_t channels = table.size(1);
    return table.contiguous().reshape({-1}).index_select(0, flatRowIndices(rows, channels)).reshape({-1, channels});
}

at::Tensor scatterAddRowsFlat(const at::Tensor& values, const at::Tensor& rows, int64_t rowCount) {
    const int64_t channels = values.size(1);
    return at::zeros({rowCount * channels}, values.options())
        .index_add(0, flatRowIndices(rows, channels), values.contiguous().reshape({-1}))
        .reshape({rowCount, channels});
}

} // namespace likeness
