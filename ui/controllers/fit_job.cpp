#include "controllers/fit_job.h"

namespace likeness::ui {

FitJob coarseFitJob() {
    return [](const std::vector<likeness::FitInput>& inputs, const likeness::CoarseFitOptions& options,
              const likeness::LossSink& sink, const likeness::CancelToken* cancel,
              likeness::FaceFit* lastGood) { return likeness::fitCoarse(inputs, options, sink, cancel, lastGood); };
}

} // namespace likeness::ui
