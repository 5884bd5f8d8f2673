#pragma once
// The photo a fit benchmark starts from: loaded and analysed, largest face.
#include <optional>
#include <string>

#include <ATen/core/Tensor.h>

#include "fit/coarse_fit.h"

namespace likeness {
class FaceTopology;
}

namespace likeness::bench {

/// `image` (empty = the demo photo) and its largest face; nullopt (after saying
/// so on stderr) when no face is found.
std::optional<FitInput> loadPhotoInput(const std::string& image);

/// The base neutral of the synthetic benchmarks: fused from the demo photo's
/// FaceMesh landmarks ([468,3] mm). Throws Error when the demo shows no face.
at::Tensor demoNeutral(const FaceTopology& topology);

} // namespace likeness::bench
