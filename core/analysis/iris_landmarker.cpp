#include "analysis/iris_landmarker.h"

#include <algorithm>

#include <ATen/ATen.h>

#include "analysis/mesh_landmark_indices.h"
#include "analysis/model_output.h"
#include "analysis/roi_crop.h"
#include "analysis/rotated_roi.h"
#include "common/error.h"
#include "graph/graph_model.h"

namespace likeness {

namespace {

// Iris output per eye: 71 contour points then 5 iris points, x y z each
// (Human iris.ts: numCoordinates 76, iris at index 71).
constexpr int kIrisOutputPoints = mesh::kEyeContourPoints + kIrisLandmarksPerEye;

} // namespace

IrisLandmarker::IrisLandmarker(std::shared_ptr<const graph::GraphModel> model) : m_model(std::move(model)) {
    const auto& shape = m_model->inputShape();
    if (shape.size() != 4 || shape[1] != shape[2] || shape[3] != 3 || shape[1] <= 0)
        throw AssetError("Iris model '" + m_model->name() + "' must take N x S x S x 3 images.");
    m_inputSize = static_cast<int>(shape[1]);
    // iris.json has a single sink, Identity [N,228] (eye contours, brows and iris concatenated).
    m_output = requireModelOutput(*m_model, "Identity");
}

IrisResult IrisLandmarker::run(const cv::Mat& rgb, const std::vector<Landmark>& mesh) const {
    if (mesh.size() < static_cast<size_t>(kMeshLandmarks))
        throw Error("Iris refinement needs the 468 FaceMesh landmarks.");
    IrisResult result;
    result.rois[0] = roiFromEyeCorners(mesh[mesh::kEyeAStart], mesh[mesh::kEyeAEnd]);
    result.rois[1] = roiFromEyeCorners(mesh[mesh::kEyeBStart], mesh[mesh::kEyeBEnd]);
    const int size = m_inputSize;
    // The model expects eye A's appearance; eye B is mirrored so it looks like one
    // (MediaPipe iris_landmark_left_and_right: the right eye is flipped).
    const RoiTransform transforms[2] = {RoiTransform(result.rois[0], size, false),
                                        RoiTransform(result.rois[1], size, true)};
    at::Tensor input = at::empty({2, size, size, 3}, at::kFloat);
    float* data = input.data_ptr<float>();
    for (int e = 0; e < 2; ++e)
        cropRoiToFloat(rgb, transforms[e], RoiCropOptions{}, data + static_cast<size_t>(e) * size * size * 3);

    const std::vector<at::Tensor> outputs = m_model->run(input);
    const at::Tensor& out = outputs.at(m_output);
    if (out.numel() != 2 * kIrisOutputPoints * 3 || out.scalar_type() != at::kFloat)
        throw AssetError("Model '" + m_model->name() + "' returned an output of unexpected size.");
    const float* p = out.data_ptr<float>();
    EyeLandmarks* eyes[2] = {&result.eyeA, &result.eyeB};
    for (int e = 0; e < 2; ++e) {
        const float* q = p + static_cast<size_t>(e) * kIrisOutputPoints * 3;
        for (int k = 0; k < mesh::kEyeContourPoints; ++k)
            eyes[e]->contour[k] = transforms[e].toImage(Landmark{q[3 * k], q[3 * k + 1], q[3 * k + 2]});
        for (int k = 0; k < kIrisLandmarksPerEye; ++k) {
            const float* r = q + 3 * (mesh::kEyeContourPoints + k);
            eyes[e]->iris[k] = transforms[e].toImage(Landmark{r[0], r[1], r[2]});
        }
    }
    return result;
}

} // namespace likeness
