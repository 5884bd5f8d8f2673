#pragma once
// The job FitController runs: a seam over likeness::fitCoarse so that tests
// can substitute a scripted job (failures, slow iterations).
#include <functional>
#include <vector>

#include "fit/coarse_fit.h"
#include "fit/fit_types.h"

namespace likeness {
class CancelToken;
}

namespace likeness::ui {

/// Same contract as likeness::fitCoarse (core/fit/coarse_fit.h): calls `sink` once
/// per iteration from the calling (worker) thread, throws CancelledError when
/// `cancel` fires, OptionsError/InputError for unusable input, and fills
/// `lastGood` (when not null) before throwing for a NaN/Inf loss.
using FitJob = std::function<likeness::FaceFit(const std::vector<likeness::FitInput>& inputs,
                                               const likeness::CoarseFitOptions& options,
                                               const likeness::LossSink& sink,
                                               const likeness::CancelToken* cancel,
                                               likeness::FaceFit* lastGood)>;

/// The real coarse fit of the core (likeness::fitCoarse).
FitJob coarseFitJob();

} // namespace likeness::ui
