#include "controllers/export_job.h"

namespace likeness::ui {

ExportJob coreExportJob() {
    return [](const likeness::FaceFit& fit, const likeness::FaceTopology& topology, const std::string& folder,
              const likeness::ExportJobOptions& options, const likeness::ExportProgress& progress,
              const likeness::CancelToken* cancel) {
        return likeness::exportFit(fit, topology, folder, options, progress, cancel);
    };
}

} // namespace likeness::ui
