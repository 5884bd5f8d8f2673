#include "controllers/fit_job.h"

#include "common/error.h"

namespace likeness::ui {

// The core's fitCoarse is not implemented in this revision yet (core/fit/coarse_fit.cpp):
// until it is, the job reports that clearly instead of failing to link.
FitJob coarseFitJob() {
    return [](const std::vector<likeness::FitInput>&, const likeness::CoarseFitOptions&, const likeness::LossSink&,
              const likeness::CancelToken*, likeness::FaceFit*) -> likeness::FaceFit {
        throw likeness::Error("The coarse fit is not available in this build yet.");
    };
}

bool coarseFitAvailable() { return false; }

} // namespace likeness::ui
