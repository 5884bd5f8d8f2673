#include "analysis/face_landmarker.h"

#include <algorithm>

#include <ATen/ATen.h>

#include "analysis/model_output.h"
#include "analysis/roi_crop.h"
#include "analysis/rotated_roi.h"
#include "common/error.h"
#include "graph/graph_model.h"

namespace likeness {

FaceLandmarker::FaceLandmarker(std::shared_ptr<const graph::GraphModel> model) : m_model(std::move(model)) {
    const auto& shape = m_model->inputShape();
    if (shape.size() != 4 || shape[1] != shape[2] || shape[3] != 3 || shape[1] <= 0)
        throw AssetError("Face landmark model '" + m_model->name() + "' must take N x S x S x 3 images.");
    m_inputSize = static_cast<int>(shape[1]);
    // facemesh.json signature: output_mesh = Identity_2 [N,1404], output_faceflag =
    // Identity_1 [N,1] (after its Sigmoid), output_contours = Identity [N,266] (unused).
    m_mesh = requireModelOutput(*m_model, "Identity_2");
    m_flag = requireModelOutput(*m_model, "Identity_1");
}

std::vector<MeshResult> FaceLandmarker::run(const cv::Mat& rgb, const std::vector<RotatedRoi>& rois) const {
    std::vector<MeshResult> results;
    if (rois.empty()) return results;
    const int n = static_cast<int>(rois.size());
    const int size = m_inputSize;
    at::Tensor input = at::empty({n, size, size, 3}, at::kFloat);
    float* data = input.data_ptr<float>();
    std::vector<RoiTransform> transforms;
    transforms.reserve(n);
    for (int i = 0; i < n; ++i) {
        transforms.emplace_back(rois[i], size);
        cropRoiToFloat(rgb, transforms.back(), RoiCropOptions{}, data + static_cast<size_t>(i) * size * size * 3);
    }
    const std::vector<at::Tensor> outputs = m_model->run(input);
    const at::Tensor& mesh = outputs.at(m_mesh);
    const at::Tensor& flag = outputs.at(m_flag);
    if (mesh.numel() != static_cast<int64_t>(n) * kMeshLandmarks * 3 || flag.numel() != n ||
        mesh.scalar_type() != at::kFloat || flag.scalar_type() != at::kFloat)
        throw AssetError("Model '" + m_model->name() + "' returned outputs of unexpected size.");
    const float* m = mesh.data_ptr<float>();
    const float* f = flag.data_ptr<float>();
    results.resize(n);
    for (int i = 0; i < n; ++i) {
        MeshResult& r = results[i];
        r.presence = f[i];
        r.landmarks.resize(kMeshLandmarks);
        const float* p = m + static_cast<size_t>(i) * kMeshLandmarks * 3;
        for (int k = 0; k < kMeshLandmarks; ++k)
            r.landmarks[k] = transforms[i].toImage(Landmark{p[3 * k], p[3 * k + 1], p[3 * k + 2]});
    }
    return results;
}

} // namespace likeness
