#include "demo_face.h"

#include <stdexcept>

#include <ATen/ATen.h>
#include <opencv2/core.hpp>

#include "analysis/face_analyzer.h"
#include "io/image_io.h"
#include "model/neutral_fusion.h"
#include "support/test_support.h"
#include "topology/face_topology.h"

namespace likeness::test {
namespace {

FaceObservation largestFace(const Image& image) {
    static FaceAnalyzer analyzer;
    const AnalysisResult result = analyzer.analyze(image);
    if (result.faces.empty() || !result.faces.front().hasIris())
        throw std::runtime_error("the demo photo gave no face with 478 landmarks");
    return result.faces.front();
}

} // namespace

const FaceTopology& topology() {
    static const FaceTopology t = FaceTopology::load();
    return t;
}

const Image& demoImage() {
    static const Image image = loadImage(demoPhoto());
    return image;
}

const FaceObservation& demoObservation() {
    static const FaceObservation face = largestFace(demoImage());
    return face;
}

const FaceObservation& flippedDemoObservation() {
    static const FaceObservation face = [] {
        Image flipped = demoImage();
        cv::flip(demoImage().rgb, flipped.rgb, 1);
        return largestFace(flipped);
    }();
    return face;
}

const at::Tensor& demoNeutral() {
    static const at::Tensor n = fuseNeutral({demoObservation()}, topology()).neutral;
    return n;
}

at::Tensor mirroredField(const at::Tensor& field) {
    std::vector<int64_t> mirror;
    for (int i = 0; i < FaceTopology::kVertexCount; ++i)
        mirror.push_back(topology().mirrorOf(i));
    const at::Tensor index = at::tensor(mirror, at::kLong).to(field.device());
    const at::Tensor flip = at::tensor(std::vector<float>{-1.f, 1.f, 1.f}).to(field.device(), field.scalar_type());
    return field.index_select(0, index) * flip;
}

at::Tensor symmetrised(const at::Tensor& points) { return 0.5 * (points + mirroredField(points)); }

const at::Tensor& symmetricDemoNeutral() {
    static const at::Tensor n = symmetrised(demoNeutral()).contiguous();
    return n;
}

} // namespace likeness::test
