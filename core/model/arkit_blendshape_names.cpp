// Apple's ARKit blendshape locations (ARFaceAnchor.BlendShapeLocation), in the
// order of Apple's documentation: eyes (left, then right), jaw, mouth, brows,
// cheeks, nose, tongue. Left/Right is the subject's own side.
#include "model/face_model.h"

namespace likeness {

const std::array<const char*, 52>& arkitBlendshapeNames() {
    static const std::array<const char*, 52> names = {
        "eyeBlinkLeft",      "eyeLookDownLeft",   "eyeLookInLeft",      "eyeLookOutLeft",      "eyeLookUpLeft",
        "eyeSquintLeft",     "eyeWideLeft",       "eyeBlinkRight",      "eyeLookDownRight",    "eyeLookInRight",
        "eyeLookOutRight",   "eyeLookUpRight",    "eyeSquintRight",     "eyeWideRight",        "jawForward",
        "jawLeft",           "jawRight",          "jawOpen",            "mouthClose",          "mouthFunnel",
        "mouthPucker",       "mouthLeft",         "mouthRight",         "mouthSmileLeft",      "mouthSmileRight",
        "mouthFrownLeft",    "mouthFrownRight",   "mouthDimpleLeft",    "mouthDimpleRight",    "mouthStretchLeft",
        "mouthStretchRight", "mouthRollLower",    "mouthRollUpper",     "mouthShrugLower",     "mouthShrugUpper",
        "mouthPressLeft",    "mouthPressRight",   "mouthLowerDownLeft", "mouthLowerDownRight", "mouthUpperUpLeft",
        "mouthUpperUpRight", "browDownLeft",      "browDownRight",      "browInnerUp",         "browOuterUpLeft",
        "browOuterUpRight",  "cheekPuff",         "cheekSquintLeft",    "cheekSquintRight",    "noseSneerLeft",
        "noseSneerRight",    "tongueOut",
    };
    return names;
}

} // namespace likeness
