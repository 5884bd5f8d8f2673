#include "export/light_maps.h"

#include <ATen/ATen.h>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "camera_projection.h"
#include "common/error.h"
#include "export/mesh_attributes.h"
#include "shading.h"

namespace likeness {
namespace {

constexpr double kPi = 3.14159265358979323846;

at::Tensor lightTensor(const std::vector<float>& shLight, int bands) {
    if (bands < 1 || bands > 9 || shLight.size() != static_cast<size_t>(3 * bands * bands))
        throw InputError("The fit's SH light does not match its band count.");
    return at::tensor(shLight, at::kFloat).reshape({bands * bands, 3});
}

UvBakeResult fromTensor(const at::Tensor& rgb, int width, int height) {
    UvBakeResult r;
    r.size = width;   // square images only (the writers encode size x size)
    r.channels = 3;
    const at::Tensor c = rgb.to(at::kFloat).contiguous();
    r.texels.assign(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
    r.covered.assign(static_cast<size_t>(width) * height, 1);
    return r;
}

cv::Mat toMat(const UvBakeResult& image) {
    cv::Mat m(image.size, image.size, CV_32FC3);
    std::memcpy(m.data, image.texels.data(), image.texels.size() * sizeof(float));
    return m;
}

} // namespace

UvBakeResult environmentMap(const std::vector<float>& shLight, int bands, int width, int height) {
    if (width < 4 || width != height || width > 4096) throw OptionsError("The environment map must be square, 4..4096 texels.");
    at::NoGradGuard noGrad;
    // Directions in the camera frame (x right, y down, z forward): up = -y, toward the camera = -z.
    std::vector<float> dirs;
    dirs.reserve(static_cast<size_t>(3 * width * height));
    for (int r = 0; r < height; ++r) {
        const double theta = kPi * (r + 0.5) / height;   // from straight up
        for (int c = 0; c < width; ++c) {
            const double phi = 2 * kPi * (c + 0.5) / width - kPi;   // 0 = toward the camera, + = right
            const double s = std::sin(theta);
            dirs.insert(dirs.end(), {static_cast<float>(s * std::sin(phi)), static_cast<float>(-std::cos(theta)),
                                     static_cast<float>(-s * std::cos(phi))});
        }
    }
    const at::Tensor w = at::tensor(dirs, at::kFloat).reshape({height * width, 3});
    const at::Tensor radiance = at::matmul(render::shBasis(w, bands), lightTensor(shLight, bands));   // [N,3]
    return fromTensor(radiance, width, height);
}

UvBakeResult lightMap(const FaceFit& fit, size_t imageIndex, int size) {
    if (imageIndex >= fit.images.size()) throw InputError("The fit has no photo " + std::to_string(imageIndex) + ".");
    const ImageFit& im = fit.images[imageIndex];
    const std::vector<float>& light = im.shLight.empty() ? fit.shLight : im.shLight;
    at::NoGradGuard noGrad;
    std::vector<int> triangles = fit.triangles;
    std::vector<float> normals = vertexNormals(im.posedVertices, triangles);
    orientTowardPlusZ(triangles, normals);
    const int64_t v = static_cast<int64_t>(normals.size() / 3);
    const at::Tensor rotation = render::axisAngleToMatrix(
        at::tensor(std::vector<float>(im.rotationAxisAngle.begin(), im.rotationAxisAngle.end()), at::kFloat));
    const at::Tensor n = at::matmul(at::tensor(normals, at::kFloat).reshape({v, 3}), rotation.t());   // model -> camera
    const at::Tensor kernel = render::lambertKernel(fit.shBands).to(at::kFloat);
    std::vector<float> perCoefficient;
    for (int l = 0; l < fit.shBands; ++l)
        for (int m = -l; m <= l; ++m) perCoefficient.push_back(kernel[l].item<float>());
    const at::Tensor basis = render::shBasis(n, fit.shBands) * at::tensor(perCoefficient, at::kFloat);
    const at::Tensor irradiance = (at::matmul(basis, lightTensor(light, fit.shBands)) / kPi).contiguous();   // [V,3]
    const std::vector<float> values(irradiance.data_ptr<float>(), irradiance.data_ptr<float>() + irradiance.numel());
    return bakeVertexData(fit.uvs, fit.triangles, values, 3, size, 4);
}

std::vector<unsigned char> encodeNormalisedPng(const UvBakeResult& image, float* scale) {
    float peak = 0;
    for (float x : image.texels) peak = std::max(peak, x);
    const float k = peak > 1e-12f ? 1.0f / peak : 1.0f;
    UvBakeResult scaled = image;
    for (float& x : scaled.texels) x = std::max(0.0f, x * k);
    if (scale) *scale = k;
    return encodePng8(scaled, true);
}

std::vector<unsigned char> encodeRadianceHdr(const UvBakeResult& image) {
    cv::Mat m = toMat(image);
    cv::max(m, 0.0, m);
    cv::cvtColor(m, m, cv::COLOR_RGB2BGR);
    std::vector<unsigned char> bytes;
    if (!cv::imencode(".hdr", m, bytes)) throw Error("Could not encode the environment map as .hdr.");
    return bytes;
}

} // namespace likeness
