#pragma once
// One BlazeFace detection, before it becomes a FaceObservation.
#include <array>

#include "analysis/face_analysis_types.h"

namespace likeness {

/// BlazeFace keypoint order (MediaPipe face_detection): eyes, nose tip, mouth
/// centre, ear tragions. "Right" is the subject's right (the image's left).
enum BlazeFaceKeypoint : int {
    KeypointRightEye = 0,
    KeypointLeftEye = 1,
    KeypointNoseTip = 2,
    KeypointMouth = 3,
    KeypointRightEar = 4,
    KeypointLeftEar = 5,
    BlazeFaceKeypointCount = 6,
};

/// A face box with its keypoints and score, in whichever pixel frame the
/// producer documents (model input or image).
struct FaceDetection {
    Box box;
    std::array<Landmark, BlazeFaceKeypointCount> keypoints{};  // z unused (0)
    float score = 0;
};

} // namespace likeness
