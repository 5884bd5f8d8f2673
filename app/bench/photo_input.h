#pragma once
// The photo a fit benchmark starts from: loaded and analysed, largest face.
#include <optional>
#include <string>

#include "fit/coarse_fit.h"

namespace likeness::bench {

/// `image` (empty = the demo photo) and its largest face; nullopt (after saying
/// so on stderr) when no face is found.
std::optional<FitInput> loadPhotoInput(const std::string& image);

} // namespace likeness::bench
