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
/// FaceMesh presence, grayscale photo. `yawDeg` is the fitted yaw. (The fit adds
/// one more after rendering: SSIM in the face mask below options.minSsim.)
std::vector<std::string> lowConfidenceReasons(const Image& image, const FaceObservation& face, double yawDeg,
                                              const CoarseFitOptions& options);

/// Share of vertices whose albedo luminance is below a quarter of the median
/// (linear RGB triples): skin is never that dark, so a large share means the
/// photometric fit painted an occluder (a hand, a card, a scarf) onto the face.
double darkAlbedoShare(const std::vector<float>& albedoRgb);

/// "ok" or "low confidence: reason; reason".
std::string statusText(const std::vector<std::string>& reasons);

} // namespace likeness
