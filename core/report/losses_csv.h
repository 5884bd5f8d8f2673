#pragma once
// CSV form of a fit's per-iteration loss terms (losses.csv):
//   iteration,stage,<term>...,total,forward_ms,backward_ms
// The term columns are those of the first snapshot, in its order; a later
// snapshot missing a term leaves that cell empty.
#include <string>
#include <vector>

#include "fit/fit_types.h"

namespace likeness {

std::string lossesToCsv(const std::vector<LossSnapshot>& snapshots);

} // namespace likeness
