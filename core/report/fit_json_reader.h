#pragma once
// Reads a fit.json (report/fit_json.h, version 2) back into a FaceFit, for the
// exporters: the fitted surface, the neutral, and per image the pose, focal
// length, 52 weights and SH light. Triangles and UVs come from the topology at
// the stored level; each image's posed vertices from the regenerated rig.
// The file is untrusted: its size is bounded, every array is checked against the
// topology, and anything malformed is refused with a message naming the file.
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "fit/coarse_fit.h"

namespace likeness {

class FaceTopology;

constexpr size_t kMaxFitJsonBytes = 256u << 20;   // a level-3 fit is about 4 MiB

/// Throws InputError (malformed, version 1 without a surface, newer version, sizes).
FaceFit faceFitFromJson(const nlohmann::json& json, const FaceTopology& topology, const std::string& sourceName);
/// Reads `path` (a fit.json, or a fit output folder holding one).
FaceFit loadFaceFit(const std::string& path, const FaceTopology& topology);

} // namespace likeness
