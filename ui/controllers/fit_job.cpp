#include "controllers/fit_job.h"

namespace likeness::ui {

FitJob coarseFitJob() {
    return [](const std::vector<likeness::FitInput>& inputs, const likeness::CoarseFitOptions& options,
              const likeness::LossSink& sink, const likeness::CancelToken* cancel,
              likeness::FaceFit* lastGood) { return likeness::fitCoarse(inputs, options, sink, cancel, lastGood); };
}

AppearanceJob appearanceFitJob() {
    return [](const likeness::FaceFit& fit, const std::vector<likeness::Image>& photos,
              const likeness::AppearanceOptions& options, const likeness::LossSink& sink,
              const likeness::CancelToken* cancel) { return likeness::fitAppearance(fit, photos, options, sink, cancel); };
}

} // namespace likeness::ui
