#pragma once
// FaceMesh stage: crops face ROIs (batched), runs the model and maps the 468
// landmarks back to image pixels.
#include <memory>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "analysis/face_analysis_types.h"

namespace likeness {
namespace graph {
class GraphModel;
}

struct MeshResult {
    std::vector<Landmark> landmarks;  // 468, image pixels, z scaled like x
    float presence = 0;               // face flag (the model applies the sigmoid itself)
};

class FaceLandmarker {
public:
    /// Takes FaceMesh (N x 192 x 192 x 3 in [0, 1]); throws AssetError when its
    /// input or outputs are not the expected ones.
    explicit FaceLandmarker(std::shared_ptr<const graph::GraphModel> model);

    /// One model run over all `rois` (batch N); results in the same order.
    std::vector<MeshResult> run(const cv::Mat& rgb, const std::vector<RotatedRoi>& rois) const;

    int inputSize() const { return m_inputSize; }

private:
    std::shared_ptr<const graph::GraphModel> m_model;
    int m_inputSize = 192;
    int m_mesh = -1, m_flag = -1;  // output indices
};

} // namespace likeness
