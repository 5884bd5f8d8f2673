#pragma once
// JSON form of analysis results, as written by `likeness-cli analyze --json`.
// Format (version 1), one entry per input image:
//   {"format":"likeness-analysis","version":1,"images":[{"path","width","height",
//     "faces":[{"index","box":[x0,y0,x1,y1],"score","presence","pose":{"yaw","pitch","roll"},
//               "roi":{"cx","cy","size","angle"},"landmarks":[[x,y,z]...478]}],
//     "timings_ms":{"decode":..,"detect":..,...},"error":"..." (only when the image failed)}]}
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "analysis/face_analysis_types.h"

namespace likeness {

/// One image's result; `faceFilter` >= 0 keeps only that face (by index).
nlohmann::json analysisToJson(const std::string& path, const AnalysisResult& result, int faceFilter = -1);

} // namespace likeness
