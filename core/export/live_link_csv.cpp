#include "export/live_link_csv.h"

#include <cmath>
#include <cstdio>

namespace likeness {
namespace {

// Live Link Face's column order (it differs from Apple's documentation order in
// the jaw and mouth left/right pairs).
const char* const kLiveLinkOrder[52] = {
    "eyeBlinkLeft",     "eyeLookDownLeft",   "eyeLookInLeft",     "eyeLookOutLeft",    "eyeLookUpLeft",
    "eyeSquintLeft",    "eyeWideLeft",       "eyeBlinkRight",     "eyeLookDownRight",  "eyeLookInRight",
    "eyeLookOutRight",  "eyeLookUpRight",    "eyeSquintRight",    "eyeWideRight",      "jawForward",
    "jawRight",         "jawLeft",           "jawOpen",           "mouthClose",        "mouthFunnel",
    "mouthPucker",      "mouthRight",        "mouthLeft",         "mouthSmileLeft",    "mouthSmileRight",
    "mouthFrownLeft",   "mouthFrownRight",   "mouthDimpleLeft",   "mouthDimpleRight",  "mouthStretchLeft",
    "mouthStretchRight", "mouthRollLower",   "mouthRollUpper",    "mouthShrugLower",   "mouthShrugUpper",
    "mouthPressLeft",   "mouthPressRight",   "mouthLowerDownLeft", "mouthLowerDownRight", "mouthUpperUpLeft",
    "mouthUpperUpRight", "browDownLeft",     "browDownRight",     "browInnerUp",       "browOuterUpLeft",
    "browOuterUpRight", "cheekPuff",         "cheekSquintLeft",   "cheekSquintRight",  "noseSneerLeft",
    "noseSneerRight",   "tongueOut",
};

std::string pascal(std::string name) {
    if (!name.empty()) name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    return name;
}

} // namespace

std::string liveLinkCsv(const ExportAnimation& a, const std::vector<std::string>& targetNames) {
    std::string out = "Timecode,BlendShapeCount";
    std::vector<int> column(52, -1);
    for (int c = 0; c < 52; ++c) {
        out += "," + pascal(kLiveLinkOrder[c]);
        for (size_t k = 0; k < targetNames.size(); ++k)
            if (targetNames[k] == kLiveLinkOrder[c]) column[size_t(c)] = static_cast<int>(k);
    }
    out += ",HeadYaw,HeadPitch,HeadRoll,LeftEyeYaw,LeftEyePitch,LeftEyeRoll,RightEyeYaw,RightEyePitch,RightEyeRoll\n";
    const double fps = a.framesPerSecond;
    const double degToRad = 3.14159265358979323846 / 180.0;
    for (size_t f = 0; f < a.weights.size(); ++f) {
        const double t = static_cast<double>(f) / fps;
        const long whole = static_cast<long>(std::floor(t));
        const double frameInSecond = (t - static_cast<double>(whole)) * fps;
        const long frame = static_cast<long>(std::floor(frameInSecond + 1e-9));
        char line[96];
        std::snprintf(line, sizeof line, "%02ld:%02ld:%02ld:%02ld.%03ld,61", whole / 3600, (whole / 60) % 60, whole % 60,
                      frame, std::lround((frameInSecond - static_cast<double>(frame)) * 1000) % 1000);
        out += line;
        for (int c = 0; c < 52; ++c) {
            const float w = column[size_t(c)] >= 0 ? a.weights[f][size_t(column[size_t(c)])] : 0.0f;
            std::snprintf(line, sizeof line, ",%.6f", w);
            out += line;
        }
        const std::array<float, 3> head = f < a.headYawPitchRollDeg.size() ? a.headYawPitchRollDeg[f] : std::array<float, 3>{};
        std::snprintf(line, sizeof line, ",%.6f,%.6f,%.6f", head[0] * degToRad, head[1] * degToRad, head[2] * degToRad);
        out += line;
        out += ",0,0,0,0,0,0\n";
    }
    return out;
}

} // namespace likeness
