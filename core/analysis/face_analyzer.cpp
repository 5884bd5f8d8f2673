#include "analysis/face_analyzer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

#include "analysis/face_detector.h"
#include "analysis/face_landmarker.h"
#include "analysis/head_pose.h"
#include "analysis/iris_landmarker.h"
#include "analysis/iris_refinement.h"
#include "analysis/mesh_landmark_indices.h"
#include "analysis/rotated_roi.h"
#include "analysis/weighted_nms.h"
#include "assets/asset_paths.h"
#include "common/cancel_token.h"
#include "common/error.h"
#include "graph/graph_model.h"

namespace likeness {

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/// Adds `ms` to the stage's entry (stages repeat once per face).
void addTiming(AnalysisResult& result, const char* stage, double ms) {
    for (StageTiming& t : result.timings)
        if (t.stage == stage) {
            t.ms += ms;
            return;
        }
    result.timings.push_back({stage, ms});
}

Box landmarkBox(const std::vector<Landmark>& landmarks) {
    Box b{std::numeric_limits<float>::max(), std::numeric_limits<float>::max(),
          std::numeric_limits<float>::lowest(), std::numeric_limits<float>::lowest()};
    for (const Landmark& p : landmarks) {
        b.x0 = std::min(b.x0, p.x);
        b.y0 = std::min(b.y0, p.y);
        b.x1 = std::max(b.x1, p.x);
        b.y1 = std::max(b.y1, p.y);
    }
    return landmarks.empty() ? Box{} : b;
}

// Tracked faces overlapping more than this are one face (MediaPipe
// AssociationNormRectCalculator min_similarity_threshold: 0.5).
constexpr float kTrackMergeIou = 0.5f;

} // namespace

void AnalyzerOptions::validate() const {
    if (device != "cpu" && device != "cuda")
        throw OptionsError("Face analysis: device must be \"cpu\" or \"cuda\", not \"" + device + "\".");
    if (!(minDetectionScore >= 0.f && minDetectionScore <= 1.f))
        throw OptionsError("Face analysis: the minimum detection score must be in [0, 1].");
    if (!(nmsIouThreshold > 0.f && nmsIouThreshold <= 1.f))
        throw OptionsError("Face analysis: the NMS overlap threshold must be in (0, 1].");
    if (maxFaces < 1 || maxFaces > 256)
        throw OptionsError("Face analysis: the maximum number of faces must be in 1..256.");
    if (!(minPresence >= 0.f && minPresence <= 1.f))
        throw OptionsError("Face analysis: the minimum face presence must be in [0, 1].");
    if (photoMeshPasses < 1 || photoMeshPasses > 4)
        throw OptionsError("Face analysis: FaceMesh passes per photo must be in 1..4.");
    if (trackRedetectInterval < 0)
        throw OptionsError("Face analysis: the re-detection interval must not be negative.");
}

class FaceAnalyzerImpl {
public:
    explicit FaceAnalyzerImpl(const AnalyzerOptions& options) : m_options(options) {
        m_options.validate();
        if (m_options.modelDir.empty()) m_options.modelDir = assets::modelDir();
        graph::GraphModelOptions modelOptions;
        modelOptions.device = m_options.device;
        m_detector = std::make_unique<FaceDetector>(loadModel("blazeface", modelOptions));
        m_landmarker = std::make_unique<FaceLandmarker>(loadModel("facemesh", modelOptions));
        if (m_options.refineIris)
            m_iris = std::make_unique<IrisLandmarker>(loadModel("iris", modelOptions));
    }

    AnalysisResult analyze(const Image& image, const CancelToken* cancel) {
        const Clock::time_point start = Clock::now();
        AnalysisResult result = beginResult(image);
        if (cancel) cancel->throwIfCancelled();
        detectAndMesh(image.rgb, result, cancel);
        addTiming(result, "total", msSince(start));
        return result;
    }

    AnalysisResult track(const Image& frame) {
        const Clock::time_point start = Clock::now();
        AnalysisResult result = beginResult(frame);
        bool lost = m_tracked.empty();
        if (!lost) {
            result.detectorRan = false;
            for (const FaceObservation& previous : m_tracked) {
                FaceObservation face;
                const RotatedRoi roi = roiFromLandmarks(previous.landmarks, kMeshLandmarks,
                                                        mesh::kRoiRotationStart, mesh::kRoiRotationEnd);
                if (!meshFace(frame.rgb, face, roi, 1, result)) {
                    lost = true;  // one face gone: find them all again on this frame
                    break;
                }
                face.box = landmarkBox(face.landmarks);
                result.faces.push_back(std::move(face));
            }
            if (!lost) sortAndMergeTracked(result.faces);
        }
        if (lost) {
            result.faces.clear();
            result.detectorRan = true;
            detectAndMesh(frame.rgb, result, nullptr);
            m_framesSinceDetection = 0;
        } else if (m_options.trackRedetectInterval > 0 &&
                   ++m_framesSinceDetection >= m_options.trackRedetectInterval) {
            m_framesSinceDetection = 0;
            if (static_cast<int>(result.faces.size()) < m_options.maxFaces) {
                result.detectorRan = true;
                addNewFaces(frame.rgb, result);
            }
        }
        m_tracked = result.faces;
        addTiming(result, "total", msSince(start));
        return result;
    }

    void resetTracking() { m_tracked.clear(); }
    const AnalyzerOptions& options() const { return m_options; }
    std::string deviceName() const { return m_deviceName; }

private:
    std::shared_ptr<const graph::GraphModel> loadModel(const std::string& stem,
                                                       const graph::GraphModelOptions& modelOptions) {
        const std::string json = m_options.modelDir + "/" + stem + ".json";
        if (m_options.verifyModelChecksums) {
            assets::verifyPinnedAsset(json, stem + ".json");
            assets::verifyPinnedAsset(m_options.modelDir + "/" + stem + ".bin", stem + ".bin");
        }
        std::shared_ptr<graph::GraphModel> model = graph::GraphModel::load(json, modelOptions);
        m_deviceName = model->deviceName();
        return model;
    }

    static AnalysisResult beginResult(const Image& image) {
        if (image.empty()) throw InputError("Face analysis got an empty image.");
        if (image.rgb.type() != CV_8UC3 && image.rgb.type() != CV_16UC3)
            throw InputError("Face analysis needs an 8- or 16-bit RGB image.");
        AnalysisResult result;
        result.imageWidth = image.width();
        result.imageHeight = image.height();
        return result;
    }

    /// Detector on the whole image, then FaceMesh (+ Iris, pose) per face.
    void detectAndMesh(const cv::Mat& rgb, AnalysisResult& result, const CancelToken* cancel) {
        Clock::time_point t = Clock::now();
        const std::vector<FaceDetection> detections = m_detector->detect(
            rgb, m_options.minDetectionScore, m_options.nmsIouThreshold, m_options.maxFaces);
        addTiming(result, "detect", msSince(t));
        for (const FaceDetection& d : detections) {
            if (cancel) cancel->throwIfCancelled();
            addDetectedFace(rgb, d, result);
        }
    }

    /// FaceMesh (+ Iris, pose) on one detection; keeps the face if present.
    void addDetectedFace(const cv::Mat& rgb, const FaceDetection& d, AnalysisResult& result) {
        FaceObservation face;
        face.box = d.box;
        face.detectionScore = d.score;
        face.detectorKeypoints = d.keypoints;
        if (meshFace(rgb, face, roiFromDetection(d), m_options.photoMeshPasses, result))
            result.faces.push_back(std::move(face));
    }

    /// Tracking: detects faces not already tracked (detection centre outside
    /// every tracked face's landmark box) and adds them.
    void addNewFaces(const cv::Mat& rgb, AnalysisResult& result) {
        const Clock::time_point t = Clock::now();
        const std::vector<FaceDetection> detections = m_detector->detect(
            rgb, m_options.minDetectionScore, m_options.nmsIouThreshold, m_options.maxFaces);
        addTiming(result, "detect", msSince(t));
        const size_t tracked = result.faces.size();
        for (const FaceDetection& d : detections) {
            const float cx = 0.5f * (d.box.x0 + d.box.x1), cy = 0.5f * (d.box.y0 + d.box.y1);
            bool known = false;
            for (size_t i = 0; i < tracked; ++i) {
                const Box& b = result.faces[i].box;
                known = known || (cx >= b.x0 && cx <= b.x1 && cy >= b.y0 && cy <= b.y1);
            }
            if (!known) addDetectedFace(rgb, d, result);
        }
        sortAndMergeTracked(result.faces);
        if (static_cast<int>(result.faces.size()) > m_options.maxFaces) result.faces.resize(m_options.maxFaces);
    }

    /// FaceMesh on `roi` (then `passes - 1` times on the ROI of its own
    /// landmarks), Iris and head pose. False when the face is not there.
    bool meshFace(const cv::Mat& rgb, FaceObservation& face, RotatedRoi roi, int passes,
                  AnalysisResult& result) {
        if (!roiIsUsable(roi)) return false;
        Clock::time_point t = Clock::now();
        MeshResult mesh = std::move(m_landmarker->run(rgb, {roi}).front());
        for (int pass = 1; pass < passes && mesh.presence >= m_options.minPresence; ++pass) {
            const RotatedRoi next = roiFromLandmarks(mesh.landmarks, kMeshLandmarks,
                                                     mesh::kRoiRotationStart, mesh::kRoiRotationEnd);
            if (!roiIsUsable(next)) break;
            MeshResult again = std::move(m_landmarker->run(rgb, {next}).front());
            if (again.presence < m_options.minPresence) break;
            mesh = std::move(again);
            roi = next;
        }
        addTiming(result, "mesh", msSince(t));
        if (!(mesh.presence >= m_options.minPresence)) return false;
        face.roi = roi;
        face.presence = mesh.presence;
        if (m_iris) {
            t = Clock::now();
            const IrisResult iris = m_iris->run(rgb, mesh.landmarks);
            face.eyeRois = iris.rois;
            face.landmarks = mergeIrisLandmarks(mesh.landmarks, iris.eyeA, iris.eyeB,
                                                kIrisMergeDepthFraction * roi.size);
            addTiming(result, "iris", msSince(t));
        } else {
            face.landmarks = std::move(mesh.landmarks);
        }
        t = Clock::now();
        face.pose = headPoseFromLandmarks(face.landmarks);
        addTiming(result, "pose", msSince(t));
        return true;
    }

    /// Largest first; a face overlapping a larger one by more than kTrackMergeIou is dropped.
    static void sortAndMergeTracked(std::vector<FaceObservation>& faces) {
        std::stable_sort(faces.begin(), faces.end(), [](const FaceObservation& a, const FaceObservation& b) {
            return a.box.area() > b.box.area();
        });
        std::vector<FaceObservation> kept;
        for (FaceObservation& f : faces) {
            bool duplicate = false;
            for (const FaceObservation& k : kept)
                duplicate = duplicate || intersectionOverUnion(k.box, f.box) > kTrackMergeIou;
            if (!duplicate) kept.push_back(std::move(f));
        }
        faces.swap(kept);
    }

    AnalyzerOptions m_options;
    std::string m_deviceName = "cpu";
    std::unique_ptr<FaceDetector> m_detector;
    std::unique_ptr<FaceLandmarker> m_landmarker;
    std::unique_ptr<IrisLandmarker> m_iris;
    std::vector<FaceObservation> m_tracked;
    int m_framesSinceDetection = 0;
};

FaceAnalyzer::FaceAnalyzer(const AnalyzerOptions& options)
    : m_impl(std::make_unique<FaceAnalyzerImpl>(options)) {}
FaceAnalyzer::~FaceAnalyzer() = default;
FaceAnalyzer::FaceAnalyzer(FaceAnalyzer&&) noexcept = default;
FaceAnalyzer& FaceAnalyzer::operator=(FaceAnalyzer&&) noexcept = default;

AnalysisResult FaceAnalyzer::analyze(const Image& image, const CancelToken* cancel) {
    return m_impl->analyze(image, cancel);
}
AnalysisResult FaceAnalyzer::track(const Image& frame) { return m_impl->track(frame); }
void FaceAnalyzer::resetTracking() { m_impl->resetTracking(); }
const AnalyzerOptions& FaceAnalyzer::options() const { return m_impl->options(); }
std::string FaceAnalyzer::deviceName() const { return m_impl->deviceName(); }

} // namespace likeness
