#pragma once
// Row gathers and scatters for autograd-heavy render code. LibTorch 1.13's CPU
// index_add_ (the backward of index_select) loops per slice for 2-D tensors,
// ~10x slower than on a flat tensor, so these go through flat element indices.
// The "Columns" variants work channel-major ([C,M]), which keeps per-channel
// arithmetic on contiguous memory. Internal to likeness_render.
#include <ATen/core/Tensor.h>

namespace likeness::render::detail {

/// rows [M] (int64) of `table` [N,C] -> [M,C]; differentiable in `table`.
at::Tensor gatherRows(const at::Tensor& table, const at::Tensor& rows);

/// rows [M] (int64) of `table` [N,C], channel-major -> [C,M]; differentiable in `table`.
at::Tensor gatherColumns(const at::Tensor& table, const at::Tensor& rows);

/// Sums `values` [M,C] into `rowCount` rows at `rows` [M] (int64) -> [rowCount,C];
/// differentiable in `values`.
at::Tensor scatterAddRows(const at::Tensor& values, const at::Tensor& rows, int64_t rowCount);

/// [rowCount,C] zeros with the channel-major `values` [C,M] written at the
/// distinct `rows` [M]; differentiable in `values`.
at::Tensor scatterColumns(const at::Tensor& values, const at::Tensor& rows, int64_t rowCount);

} // namespace likeness::render::detail
