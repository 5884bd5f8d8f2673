#pragma once
// The job ExportController runs: a seam over likeness::exportFit so that tests
// can substitute a scripted or gated job.
#include <functional>
#include <string>

#include "export/export_job.h"

namespace likeness {
class CancelToken;
class FaceTopology;
}

namespace likeness::ui {

/// Same contract as likeness::exportFit (core/export/export_job.h): calls
/// `progress` from the calling (worker) thread, throws CancelledError when
/// `cancel` fires, OptionsError/InputError/AssetError for unusable input.
using ExportJob = std::function<likeness::ExportJobResult(
    const likeness::FaceFit& fit, const likeness::FaceTopology& topology, const std::string& folder,
    const likeness::ExportJobOptions& options, const likeness::ExportProgress& progress,
    const likeness::CancelToken* cancel)>;

/// The real export of the core (likeness::exportFit).
ExportJob coreExportJob();

} // namespace likeness::ui
