#pragma once
// Low-confidence checks of a fit's input: the fit still runs, but its status
// says why the result may be poor instead of returning garbage silently.
#include <string>
#include <vector>

#include "analysis/face_analysis_types.h"
#include "io/image.h"

namespace likeness {

struct CoarseFitOptions;

/// True when the photo carries no colour: a grayscale file, or RGB whose
/// channels agree everywhere (within 2/255 on at least 99.5% of the pixels).
bool isGrayscalePhoto(const Image& image);

/// The reasons (empty = none) for low confidence: profile view (|yaw| above
/// options.maxYawDeg), tiny face (landmark box below options.minFacePx), low
/// FaceMesh presence, grayscale photo. `yawDeg` is the fitted yaw.
std::vector<std::string> lowConfidenceReasons(const Image& image, const FaceObservation& face, double yawDeg,
                                              const CoarseFitOptions& options);

/// "ok" or "low confidence: reason; reason".
std::string statusText(const std::vector<std::string>& reasons);

} // namespace likeness
