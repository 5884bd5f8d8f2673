#pragma once
// Landmark indices of the MediaPipe face mesh (468 points, 478 with irises)
// that the analyser needs. Sources:
//  - eye contours: @vladmandic/human@3.3.6 src/face/constants.ts
//    (LANDMARKS_REFINEMENT_LEFT/RIGHT_EYE_CONFIG, copied there from MediaPipe's
//    face_landmark attention-model refinement), identical to Human's
//    facemeshcoords.ts meshAnnotations mapped through its `irisIndices` table;
//  - ROI rotation keypoints 33 -> 263: MediaPipe face_landmark_landmarks_to_roi.pbtxt;
//  - eye boundaries 33/133 and 362/263: MediaPipe iris_tracking_cpu.pbtxt;
//  - pose keypoints 10/152/234/454: Human src/face/angles.ts.
//
// "Eye A" is the subject's right eye (the image's left one in a frontal photo),
// "eye B" the subject's left eye. Index 468..472 is eye A's iris and 473..477
// eye B's (MediaPipe's order; Human 3.3.6 stores them the other way round).
#include <array>

namespace likeness::mesh {

// Face ROI rotation for tracking: outer corner of eye A -> outer corner of eye B.
constexpr int kRoiRotationStart = 33;
constexpr int kRoiRotationEnd = 263;

// Eye boundaries for the Iris crop (start -> end gives the crop's x axis).
constexpr int kEyeAStart = 33;   // outer corner, subject's right eye
constexpr int kEyeAEnd = 133;    // inner corner
constexpr int kEyeBStart = 362;  // inner corner, subject's left eye
constexpr int kEyeBEnd = 263;    // outer corner

// First landmark of each eye's iris (centre, then 4 edge points).
constexpr int kIrisAFirst = 468;
constexpr int kIrisBFirst = 473;

// Head pose keypoints (Human angles.ts): forehead top, chin, right and left cheek side.
constexpr int kPoseTop = 10;
constexpr int kPoseBottom = 152;
constexpr int kPoseImageLeft = 234;
constexpr int kPoseImageRight = 454;

/// Number of eye-contour points the Iris model predicts per eye.
constexpr int kEyeContourPoints = 71;

/// Mesh index of each Iris contour output (model output order). For eye B the
/// crop is mirrored, so the same model index means the mirrored mesh point.
constexpr std::array<int, kEyeContourPoints> kEyeAContour = {
    33, 7, 163, 144, 145, 153, 154, 155, 133,        // lower contour (0..8)
    246, 161, 160, 159, 158, 157, 173,               // upper contour without corners (9..15)
    130, 25, 110, 24, 23, 22, 26, 112, 243,          // halo x2 lower (16..24)
    247, 30, 29, 27, 28, 56, 190,                    // halo x2 upper (25..31)
    226, 31, 228, 229, 230, 231, 232, 233, 244,      // halo x3 lower (32..40)
    113, 225, 224, 223, 222, 221, 189,               // halo x3 upper (41..47)
    35, 124, 46, 53, 52, 65,                         // eyebrow inner contour (48..53)
    143, 111, 117, 118, 119, 120, 121, 128, 245,     // halo x5 lower (54..62)
    156, 70, 63, 105, 66, 107, 55, 193,              // eyebrow outer contour (63..70)
};
constexpr std::array<int, kEyeContourPoints> kEyeBContour = {
    263, 249, 390, 373, 374, 380, 381, 382, 362,
    466, 388, 387, 386, 385, 384, 398,
    359, 255, 339, 254, 253, 252, 256, 341, 463,
    467, 260, 259, 257, 258, 286, 414,
    446, 261, 448, 449, 450, 451, 452, 453, 464,
    342, 445, 444, 443, 442, 441, 413,
    265, 353, 276, 283, 282, 295,
    372, 340, 346, 347, 348, 349, 350, 357, 465,
    383, 300, 293, 334, 296, 336, 285, 417,
};

// Contour sub-ranges in model output order (Human facemeshcoords.ts `irisIndices`).
constexpr int kLowerLidBegin = 0, kLowerLidEnd = 9;    // EyeLower0
constexpr int kUpperLidBegin = 9, kUpperLidEnd = 16;   // EyeUpper0
/// The eyelid contour (lower + upper lid, 16 points) whose mean depth becomes
/// the iris depth (MediaPipe's iris z refinement, Human constants.ts).
constexpr int kLidContourPoints = 16;

} // namespace likeness::mesh
