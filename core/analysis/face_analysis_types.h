#pragma once
// Plain result types of face analysis (no LibTorch, no Qt): what the CLI writes
// as JSON, the GUI draws, and the fitting stages consume.
#include <array>
#include <string>
#include <vector>

namespace likeness {

/// One landmark: x, y in pixels of the full-resolution (orientation-corrected)
/// image, z relative depth in the same pixel scale (MediaPipe convention:
/// smaller = closer to the camera, roughly zero at the face centre).
/// Pixel coordinates follow OpenCV: (0, 0) is the centre of the top-left pixel.
struct Landmark {
    float x = 0, y = 0, z = 0;
};

/// Head rotation in degrees, camera convention (x right, y down, z forward):
/// yaw > 0 turns the face toward the image's right, pitch > 0 tilts the chin
/// down, roll > 0 rotates the face clockwise in the image.
/// The angles decompose `rotation` as R = Rz(roll) * Ry(-yaw) * Rx(pitch).
struct HeadPose {
    float yawDeg = 0, pitchDeg = 0, rollDeg = 0;
    /// Row-major rotation from face axes (x toward the image's right, y from
    /// forehead to chin, z away from the camera) to camera axes.
    std::array<float, 9> rotation{1, 0, 0, 0, 1, 0, 0, 0, 1};
};

/// An oriented square region of the image (centre, side, rotation in radians,
/// clockwise in image coordinates) used to crop a face or an eye.
struct RotatedRoi {
    float cx = 0, cy = 0, size = 0, angle = 0;
};

/// Axis-aligned box in image pixels.
struct Box {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    float width() const { return x1 - x0; }
    float height() const { return y1 - y0; }
    float area() const { return width() > 0 && height() > 0 ? width() * height() : 0.f; }
};

/// Number of landmarks in the MediaPipe convention with irises.
constexpr int kMeshLandmarks = 468;
constexpr int kIrisLandmarksPerEye = 5;
constexpr int kRefinedLandmarks = kMeshLandmarks + 2 * kIrisLandmarksPerEye; // 478

/// Everything known about one face in one image.
struct FaceObservation {
    Box box;                              // detector box (image pixels); on tracked frames
                                          // without detection, the landmarks' bounding box
    float detectionScore = 0;             // BlazeFace score in [0,1] (0 when tracked without detection)
    std::array<Landmark, 6> detectorKeypoints{}; // eyes, nose, mouth, ears (BlazeFace order)
    RotatedRoi roi;                       // crop that FaceMesh saw
    std::array<RotatedRoi, 2> eyeRois{};  // crops that Iris saw: [0] subject's right eye
                                          // (landmarks 33/133, iris 468..472), [1] left eye
                                          // (362/263, iris 473..477, fed mirrored)
    float presence = 0;                   // FaceMesh face-presence score in [0,1]
    std::vector<Landmark> landmarks;      // 468 (mesh) or 478 (mesh + irises, MediaPipe order:
                                          // 468..472 subject's right iris, 473..477 left; each
                                          // centre first, then 4 edge points)
    HeadPose pose;
    bool hasIris() const { return landmarks.size() == static_cast<size_t>(kRefinedLandmarks); }
};

/// Wall-clock time of one stage of the analysis.
struct StageTiming {
    std::string stage;   // "decode", "detect", "mesh", "iris", "pose", ...
    double ms = 0;
};

/// Result of analysing one image or video frame.
struct AnalysisResult {
    int imageWidth = 0, imageHeight = 0;
    std::vector<FaceObservation> faces;   // largest first; empty = no face (not an error)
    std::vector<StageTiming> timings;
    bool detectorRan = true;              // false when a tracked frame skipped detection
};

} // namespace likeness
