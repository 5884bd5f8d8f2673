#pragma once
// BlazeFace stage: letterboxes the image to the model input, runs the model,
// decodes and blends the detections and maps them back to image pixels.
#include <memory>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "analysis/face_detection.h"
#include "analysis/ssd_anchors.h"

namespace likeness {
namespace graph {
class GraphModel;
}

class FaceDetector {
public:
    /// Takes BlazeFace ("back" model, 1x256x256x3 in [-1, 1]); throws AssetError
    /// when its input or outputs are not the expected ones.
    explicit FaceDetector(std::shared_ptr<const graph::GraphModel> model);

    /// Faces in image pixels (OpenCV pixel convention), largest box first.
    std::vector<FaceDetection> detect(const cv::Mat& rgb, float minScore, float iouThreshold,
                                      int maxFaces) const;

    int inputSize() const { return m_inputSize; }

private:
    std::shared_ptr<const graph::GraphModel> m_model;
    std::vector<Anchor> m_anchors;
    int m_inputSize = 256;
    // Output indices: scores and regressors of the 16x16 (512 anchors) and 8x8 (384) grids.
    int m_scores16 = -1, m_scores8 = -1, m_boxes16 = -1, m_boxes8 = -1;
};

} // namespace likeness
