// CoarseFitOptions::validate.
#include <cmath>
#include <string>

#include "common/error.h"
#include "fit/fit_types.h"

namespace likeness {
namespace {

void requireFiniteNonNegative(double value, const char* name) {
    if (!std::isfinite(value) || value < 0)
        throw OptionsError(std::string("coarse fit: ") + name + " must be a finite value >= 0");
}

} // namespace

void CoarseFitOptions::validate() const {
    if (iterations < 1 || iterations > 100000) throw OptionsError("coarse fit: iterations must be in 1..100000");
    if (fitSize < 32 || fitSize > 4096) throw OptionsError("coarse fit: fitSize must be in 32..4096 pixels");
    if (subdivisionLevel < 0 || subdivisionLevel > 3) throw OptionsError("coarse fit: subdivisionLevel must be in 0..3");
    if (shBands < 1 || shBands > 9) throw OptionsError("coarse fit: shBands must be in 1..9");
    if (device != "cpu" && device != "cuda") throw OptionsError("coarse fit: device must be \"cpu\" or \"cuda\"");
    requireFiniteNonNegative(landmarkWeight, "landmarkWeight");
    requireFiniteNonNegative(photometricWeight, "photometricWeight");
    requireFiniteNonNegative(laplacianWeight, "laplacianWeight");
    requireFiniteNonNegative(expressionSparsityWeight, "expressionSparsityWeight");
    requireFiniteNonNegative(albedoSmoothnessWeight, "albedoSmoothnessWeight");
    requireFiniteNonNegative(albedoSymmetryWeight, "albedoSymmetryWeight");
    requireFiniteNonNegative(lightPriorWeight, "lightPriorWeight");
    if (landmarkWeight + photometricWeight <= 0)
        throw OptionsError("coarse fit: landmarkWeight and photometricWeight cannot both be 0");
    if (!(poseFraction >= 0 && geometryFraction >= 0 && poseFraction + geometryFraction <= 1))
        throw OptionsError("coarse fit: poseFraction and geometryFraction must be >= 0 with a sum <= 1");
    if (!(learningRateScale > 0 && learningRateScale <= 100))
        throw OptionsError("coarse fit: learningRateScale must be in (0, 100]");
    if (!(interpupillaryMm >= 30 && interpupillaryMm <= 100))
        throw OptionsError("coarse fit: interpupillaryMm must be in 30..100");
    if (!(fovPriorDeg >= 5 && fovPriorDeg <= 120)) throw OptionsError("coarse fit: fovPriorDeg must be in 5..120");
    if (!(cropScale >= 1 && cropScale <= 4)) throw OptionsError("coarse fit: cropScale must be in 1..4");
    if (!(roughness > 0 && roughness <= 1)) throw OptionsError("coarse fit: roughness must be in (0, 1]");
    if (!(initialSpecular >= 0 && initialSpecular <= 1)) throw OptionsError("coarse fit: initialSpecular must be in [0, 1]");
    if (!(maxYawDeg > 0 && maxYawDeg <= 180)) throw OptionsError("coarse fit: maxYawDeg must be in (0, 180]");
    requireFiniteNonNegative(minFacePx, "minFacePx");
    if (!(minPresence >= 0 && minPresence <= 1)) throw OptionsError("coarse fit: minPresence must be in [0, 1]");
    if (!(maxDarkAlbedoShare >= 0 && maxDarkAlbedoShare <= 1))
        throw OptionsError("coarse fit: maxDarkAlbedoShare must be in [0, 1]");
    if (!(minSsim >= -1 && minSsim <= 1)) throw OptionsError("coarse fit: minSsim must be in [-1, 1]");
    if (injectNanAtIteration < -1) throw OptionsError("coarse fit: injectNanAtIteration must be -1 or an iteration");
}

} // namespace likeness
