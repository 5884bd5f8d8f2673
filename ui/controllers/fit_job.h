#pragma once
// The jobs FitController runs: seams over likeness::fitCoarse and
// likeness::fitAppearance so that tests can substitute scripted jobs (failures,
// slow iterations).
#include <functional>
#include <vector>

#include "appearance/appearance_fit.h"
#include "fit/coarse_fit.h"
#include "fit/fit_types.h"
#include "io/image.h"

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

/// Same contract as likeness::fitAppearance (core/appearance/appearance_fit.h): the
/// medium and fine stages on a finished coarse fit and its photos; throws
/// CancelledError when cancelled before the medium stage finished, returns the
/// finished stages with `cancelled` set when cancelled later.
using AppearanceJob = std::function<likeness::AppearanceResult(const likeness::FaceFit& fit,
                                                               const std::vector<likeness::Image>& photos,
                                                               const likeness::AppearanceOptions& options,
                                                               const likeness::LossSink& sink,
                                                               const likeness::CancelToken* cancel)>;

/// The real coarse fit of the core (likeness::fitCoarse).
FitJob coarseFitJob();
/// The real medium and fine stages of the core (likeness::fitAppearance).
AppearanceJob appearanceFitJob();

} // namespace likeness::ui
