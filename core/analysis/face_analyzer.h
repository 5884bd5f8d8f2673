#pragma once
// The face analyser: BlazeFace detection -> FaceMesh (468 points with depth) ->
// Iris refinement (478 points) -> head pose, for photos and for video frames.
#include <memory>
#include <string>

#include "analysis/face_analysis_types.h"
#include "io/image.h"

namespace likeness {

class CancelToken;

struct AnalyzerOptions {
    std::string modelDir;              // folder with blazeface/facemesh/iris .json+.bin (default: asset cache)
    std::string device = "cpu";        // "cpu" or "cuda" (falls back to CPU with a warning)
    float minDetectionScore = 0.5f;    // BlazeFace score threshold
    float nmsIouThreshold = 0.3f;      // weighted-NMS overlap threshold
    int maxFaces = 16;                 // faces reported per image at most
    float minPresence = 0.5f;          // FaceMesh presence below this = face lost / rejected
    bool refineIris = true;            // run Iris on both eyes (478 points) or stop at 468
    int photoMeshPasses = 2;           // analyze(): 1 = FaceMesh on the detector's ROI only
                                       // (MediaPipe IMAGE mode); 2 = re-crop once from the
                                       // landmarks, as tracking would (tighter, eye-aligned)
    int trackRedetectInterval = 0;     // track(): also run the detector every N tracked frames to
                                       // pick up faces that came into view (0 = only when a face
                                       // is lost, like MediaPipe with one face)
    bool verifyModelChecksums = true;  // check the model files against scripts/assets.lock at load
    void validate() const;             // throws OptionsError
};

class FaceAnalyzerImpl;

/// Loads the three models once; `analyze` may then be called repeatedly.
/// Not thread-safe: use one analyser per thread.
class FaceAnalyzer {
public:
    explicit FaceAnalyzer(const AnalyzerOptions& options = {});  // throws AssetError
    ~FaceAnalyzer();
    FaceAnalyzer(FaceAnalyzer&&) noexcept;
    FaceAnalyzer& operator=(FaceAnalyzer&&) noexcept;

    /// Detects every face in a photo (largest first) and computes its landmarks.
    /// The detector sees the whole image letterboxed (padded to a square, black
    /// bars) to its 256x256 input; every later crop comes from the full-resolution
    /// image. `cancel` is checked before detection and before each face.
    /// Throws InputError for an empty or non-RGB image, CancelledError.
    AnalysisResult analyze(const Image& image, const CancelToken* cancel = nullptr);

    /// Video: tracks from the previous frame's landmarks (the ROI of frame t+1
    /// comes from the landmarks of frame t); runs the detector only on the first
    /// frame or when the face was lost (presence below `minPresence`).
    /// Tracked faces whose landmark boxes overlap (IoU > 0.5) are merged, keeping
    /// the larger. Faces that come into view are found when a tracked face is
    /// lost, or every `trackRedetectInterval` frames when that is set.
    AnalysisResult track(const Image& frame);
    /// Forgets the tracked faces: the next track() runs the detector.
    void resetTracking();

    const AnalyzerOptions& options() const;
    std::string deviceName() const;

private:
    std::unique_ptr<FaceAnalyzerImpl> m_impl;
};

} // namespace likeness
