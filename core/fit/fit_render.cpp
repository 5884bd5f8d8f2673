#include "fit/fit_render.h"

#include <ATen/ATen.h>
#include <opencv2/core.hpp>

#include "common/error.h"
#include "fit/face_render.h"
#include "fit/image_metrics.h"

namespace likeness {
namespace {

at::Tensor tensorOf(const std::vector<float>& v, at::IntArrayRef shape) {
    if (static_cast<int64_t>(v.size()) != c10::multiply_integers(shape)) throw Error("renderFitImage: inconsistent fit data");
    return at::from_blob(const_cast<float*>(v.data()), shape, at::kFloat).clone();
}

} // namespace

FaceRenderInputs fitRenderInputs(const FaceFit& fit, size_t imageIndex, int width, int height) {
    if (imageIndex >= fit.images.size()) throw Error("renderFitImage: no such image");
    const ImageFit& im = fit.images[imageIndex];
    if (width < 1 || height < 1 || im.imageWidth < 1) throw Error("renderFitImage: bad size");
    const int64_t v = static_cast<int64_t>(im.posedVertices.size() / 3);
    const double s = static_cast<double>(width) / im.imageWidth;
    FaceRenderInputs in;
    in.vertices = tensorOf(im.posedVertices, {v, 3});
    in.triangles = at::from_blob(const_cast<int*>(fit.triangles.data()), {static_cast<int64_t>(fit.triangles.size() / 3), 3},
                                 at::kInt).to(at::kLong);
    in.rotationAxisAngle = tensorOf({im.rotationAxisAngle.begin(), im.rotationAxisAngle.end()}, {3});
    in.translation = tensorOf({im.translationMm.begin(), im.translationMm.end()}, {3});
    in.focal = at::scalar_tensor(im.focalPx * s, at::kFloat);
    // Pixel centres: full-resolution pixel u maps to (u + 0.5) * s - 0.5.
    in.cx = (im.cx + 0.5) * s - 0.5;
    in.cy = (im.cy + 0.5) * s - 0.5;
    in.width = width;
    in.height = height;
    in.diffuseAlbedo = tensorOf(fit.diffuseAlbedo, {v, 3});
    in.specularIntensity = tensorOf(fit.specularIntensity, {v, 1});
    const std::vector<float>& light = im.shLight.empty() ? fit.shLight : im.shLight;
    in.light = tensorOf(light, {fit.shBands * fit.shBands, 3});
    in.bands = fit.shBands;
    in.roughness = fit.roughness;
    in.normalSign = outwardNormalSign(tensorOf(fit.vertices, {v, 3}), in.triangles);
    return in;
}

FitImageRender renderFitImage(const FaceFit& fit, size_t imageIndex, int width, int height) {
    at::NoGradGuard noGrad;
    const FaceRenderInputs in = fitRenderInputs(fit, imageIndex, width, height);
    const FaceRender r = renderFace(in);

    FitImageRender out;
    const at::Tensor rgb = r.image.clamp(0, 1).contiguous();
    out.rgb = cv::Mat(height, width, CV_32FC3);
    std::memcpy(out.rgb.data, rgb.data_ptr<float>(), sizeof(float) * static_cast<size_t>(rgb.numel()));
    const at::Tensor mask = (r.mask > 0.5).to(at::kByte).mul(255).contiguous();
    out.mask = cv::Mat(height, width, CV_8UC1);
    std::memcpy(out.mask.data, mask.data_ptr<uint8_t>(), static_cast<size_t>(mask.numel()));
    return out;
}

cv::Mat compositeOverPhoto(const FitImageRender& render, const cv::Mat& photo, float opacity) {
    if (photo.size() != render.rgb.size() || photo.type() != CV_32FC3) throw Error("compositeOverPhoto: photo size/type mismatch");
    cv::Mat alpha;
    render.mask.convertTo(alpha, CV_32F, opacity / 255.0);
    cv::Mat alpha3;
    cv::merge(std::vector<cv::Mat>{alpha, alpha, alpha}, alpha3);
    cv::Mat out = render.rgb.mul(alpha3) + photo.mul(cv::Scalar::all(1.0) - alpha3);
    return out;
}

void measureFit(const FitImageRender& render, const cv::Mat& photo, float& ssim, float& psnr) {
    const cv::Mat composite = compositeOverPhoto(render, photo);
    ssim = static_cast<float>(ssimInMask(composite, photo, render.mask));
    psnr = static_cast<float>(psnrInMask(composite, photo, render.mask));
}

} // namespace likeness
