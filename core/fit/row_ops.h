#pragma once
// Row gathers and scatter-adds through flat element indices: LibTorch 1.13's CPU
// index_add_ (the backward of index_select) is per-slice slow on 2-D tensors and
// fast on 1-D ones, which matters for the fit's per-iteration regularisers.
#include <ATen/core/Tensor.h>

namespace likeness {

/// Flat element indices [M*C] of rows [M] (int64) of a row-major [*,C] tensor.
at::Tensor flatRowIndices(const at::Tensor& rows, int64_t channels);

/// rows [M] of `table` [N,C] -> [M,C], differentiable in `table`.
at::Tensor gatherRowsFlat(const at::Tensor& table, const at::Tensor& rows);

/// Sums `values` [M,C] into `rowCount` rows at `rows` [M] -> [rowCount,C], differentiable.
at::Tensor scatterAddRowsFlat(const at::Tensor& values, const at::Tensor& rows, int64_t rowCount);

} // namespace likeness
