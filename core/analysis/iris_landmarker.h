#pragma once
// Iris stage: eye ROIs from the mesh's eye corners, both eyes in one model run
// (batch 2, eye B mirrored as MediaPipe feeds the right eye), results mapped
// back to image pixels.
#include <array>
#include <memory>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "analysis/face_analysis_types.h"
#include "analysis/iris_refinement.h"

namespace likeness {
namespace graph {
class GraphModel;
}

struct IrisResult {
    EyeLandmarks eyeA, eyeB;          // image pixels
    std::array<RotatedRoi, 2> rois{}; // eye A, eye B
};

class IrisLandmarker {
public:
    /// Takes Iris (N x 64 x 64 x 3 in [0, 1], 228 outputs per eye); throws
    /// AssetError when its input or output is not the expected one.
    explicit IrisLandmarker(std::shared_ptr<const graph::GraphModel> model);

    /// Runs both eyes of one face given its 468 (or 478) landmarks.
    IrisResult run(const cv::Mat& rgb, const std::vector<Landmark>& mesh) const;

    int inputSize() const { return m_inputSize; }

private:
    std::shared_ptr<const graph::GraphModel> m_model;
    int m_inputSize = 64;
    int m_output = -1;
};

} // namespace likeness
