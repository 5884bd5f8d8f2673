#include "analysis/face_detector.h"

#include <algorithm>
#include <cstring>

#include <ATen/ATen.h>

#include "analysis/blazeface_decoder.h"
#include "analysis/model_output.h"
#include "analysis/roi_crop.h"
#include "analysis/rotated_roi.h"
#include "analysis/weighted_nms.h"
#include "common/error.h"
#include "graph/graph_model.h"

namespace likeness {

namespace {

const float* outputData(const std::vector<at::Tensor>& outputs, int index, int64_t expected,
                        const std::string& model) {
    const at::Tensor& t = outputs.at(index);
    if (t.numel() != expected || t.scalar_type() != at::kFloat || !t.is_contiguous())
        throw AssetError("Model '" + model + "' returned an output of unexpected size (" +
                         std::to_string(t.numel()) + " values, expected " +
                         std::to_string(expected) + ").");
    return t.data_ptr<float>();
}

} // namespace

FaceDetector::FaceDetector(std::shared_ptr<const graph::GraphModel> model) : m_model(std::move(model)) {
    const auto& shape = m_model->inputShape();
    if (shape.size() != 4 || shape[1] != shape[2] || shape[3] != 3 || shape[1] <= 0)
        throw AssetError("Face detector '" + m_model->name() + "' must take N x S x S x 3 images.");
    m_inputSize = static_cast<int>(shape[1]);
    SsdAnchorOptions anchorOptions;
    anchorOptions.inputSize = m_inputSize;
    m_anchors = generateSsdAnchors(anchorOptions);
    // blazeface.json sinks (Reshape shapes in blazeface.bin): Identity = classificators_1
    // [1,512,1], Identity_1 = classificators_2 [1,384,1], Identity_2 = regressors_1
    // [1,512,16], Identity_3 = regressors_2 [1,384,16]. Human concatenates 512 then 384,
    // the order of the anchors.
    m_scores16 = requireModelOutput(*m_model, "Identity");
    m_scores8 = requireModelOutput(*m_model, "Identity_1");
    m_boxes16 = requireModelOutput(*m_model, "Identity_2");
    m_boxes8 = requireModelOutput(*m_model, "Identity_3");
}

std::vector<FaceDetection> FaceDetector::detect(const cv::Mat& rgb, float minScore,
                                                float iouThreshold, int maxFaces) const {
    const int size = m_inputSize;
    const RoiTransform transform(letterboxRoi(rgb.cols, rgb.rows), size);
    at::Tensor input = at::empty({1, size, size, 3}, at::kFloat);
    RoiCropOptions crop;
    crop.rangeMin = -1.f;           // BlazeFace input range [-1, 1] (Human: x / 127.5 - 1)
    crop.replicateBorder = false;   // letterbox bars are black (MediaPipe BORDER_ZERO)
    cropRoiToFloat(rgb, transform, crop, input.data_ptr<float>());

    const std::vector<at::Tensor> outputs = m_model->run(input);
    const int64_t n16 = static_cast<int64_t>(size / 16) * (size / 16) * 2;
    const int64_t n8 = static_cast<int64_t>(m_anchors.size()) - n16;
    const std::string& name = m_model->name();
    std::vector<float> scores(m_anchors.size());
    std::vector<float> boxes(m_anchors.size() * kBlazeFaceRegressors);
    std::memcpy(scores.data(), outputData(outputs, m_scores16, n16, name), n16 * sizeof(float));
    std::memcpy(scores.data() + n16, outputData(outputs, m_scores8, n8, name), n8 * sizeof(float));
    std::memcpy(boxes.data(), outputData(outputs, m_boxes16, n16 * kBlazeFaceRegressors, name),
                n16 * kBlazeFaceRegressors * sizeof(float));
    std::memcpy(boxes.data() + n16 * kBlazeFaceRegressors,
                outputData(outputs, m_boxes8, n8 * kBlazeFaceRegressors, name),
                n8 * kBlazeFaceRegressors * sizeof(float));

    BlazeFaceDecodeOptions decode;
    decode.minScore = minScore;
    std::vector<FaceDetection> detections =
        weightedNonMaxSuppression(decodeBlazeFace(scores.data(), boxes.data(), m_anchors, decode),
                                  iouThreshold, maxFaces);
    // Model-input pixels -> image pixels (the letterbox has no rotation, so boxes stay boxes).
    for (FaceDetection& d : detections) {
        const cv::Point2f a = transform.toImage(d.box.x0, d.box.y0);
        const cv::Point2f b = transform.toImage(d.box.x1, d.box.y1);
        d.box = {a.x, a.y, b.x, b.y};
        for (Landmark& k : d.keypoints) k = transform.toImage(k);
    }
    std::stable_sort(detections.begin(), detections.end(),
                     [](const FaceDetection& a, const FaceDetection& b) {
                         return a.box.area() > b.box.area();
                     });
    return detections;
}

} // namespace likeness
