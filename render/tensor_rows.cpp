#include "tensor_rows.h"

#include <ATen/ATen.h>

namespace likeness::render::detail {
namespace {

/// Flat element indices [M*C] of the rows [M] of a row-major [*,C] tensor.
at::Tensor rowMajorIndices(const at::Tensor& rows, int64_t channels) {
    return (rows.unsqueeze(1) * channels + at::arange(channels, rows.options())).reshape({-1});
}

} // namespace

at::Tensor gatherRows(const at::Tensor& table, const at::Tensor& rows) {
    const int64_t channels = table.size(1);
    return table.contiguous().reshape({-1}).index_select(0, rowMajorIndices(rows, channels)).reshape({-1, channels});
}

at::Tensor gatherColumns(const at::Tensor& table, const at::Tensor& rows) {
    const int64_t count = table.size(0), channels = table.size(1);
    const at::Tensor index = (at::arange(channels, rows.options()).unsqueeze(1) * count + rows.unsqueeze(0)).reshape({-1});
    return table.t().contiguous().reshape({-1}).index_select(0, index).reshape({channels, -1});
}

at::Tensor scatterAddRows(const at::Tensor& values, const at::Tensor& rows, int64_t rowCount) {
    const int64_t channels = values.size(1);
    return at::zeros({rowCount * channels}, values.options())
        .index_add(0, rowMajorIndices(rows, channels), values.contiguous().reshape({-1}))
        .reshape({rowCount, channels});
}

at::Tensor scatterColumns(const at::Tensor& values, const at::Tensor& rows, int64_t rowCount) {
    const int64_t channels = values.size(0);
    const at::Tensor index = (rows.unsqueeze(0) * channels + at::arange(channels, rows.options()).unsqueeze(1)).reshape({-1});
    return at::zeros({rowCount * channels}, values.options())
        .index_copy(0, index, values.contiguous().reshape({-1}))
        .reshape({rowCount, channels});
}

} // namespace likeness::render::detail
