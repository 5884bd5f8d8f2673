#include "fit/synthetic_face.h"

#include <ATen/ATen.h>
#include <cmath>
#include <opencv2/core.hpp>
#include <random>

#include "analysis/head_pose.h"
#include "common/error.h"
#include "fit/face_render.h"
#include "fit/fit_view.h"
#include "fit/pose_init.h"
#include "fit/similarity_align.h"
#include "model/expression_rig.h"
#include "model/face_model.h"
#include "shading.h"
#include "topology/face_topology.h"

namespace likeness {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kY00 = 0.28209479177387814;

// Portable random numbers (std distributions differ between standard libraries).
class Random {
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}
    double uniform(double a = 0, double b = 1) { return a + (b - a) * (static_cast<double>(m_engine() >> 11) * 0x1.0p-53); }
    double normal() {
        const double u1 = std::max(1e-300, uniform()), u2 = uniform();
        return std::sqrt(-2 * std::log(u1)) * std::cos(2 * kPi * u2);
    }
    int index(int n) { return std::min(n - 1, static_cast<int>(uniform() * n)); }

private:
    std::mt19937_64 m_engine;
};

std::vector<float> toVector(const at::Tensor& t) {
    const at::Tensor c = t.detach().to(at::kCPU, at::kFloat).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

// Sum of Gaussian bumps over the vertices [V,3] with random centres (rows of `centres`) -> [V,C].
at::Tensor smoothField(Random& rng, const at::Tensor& vertices, const at::Tensor& centres, int bumps, int channels,
                       double minSigma, double maxSigma) {
    at::Tensor field = at::zeros({vertices.size(0), channels});
    for (int k = 0; k < bumps; ++k) {
        const at::Tensor c = centres[rng.index(static_cast<int>(centres.size(0)))];
        const double sigma = rng.uniform(minSigma, maxSigma);
        const at::Tensor w = (-(vertices - c).pow(2).sum(1) / (2 * sigma * sigma)).exp().unsqueeze(1);
        std::vector<float> a(static_cast<size_t>(channels));
        for (float& v : a) v = static_cast<float>(rng.normal());
        field = field + w * at::tensor(a).unsqueeze(0);
    }
    return field;
}

} // namespace

void SyntheticFaceOptions::validate() const {
    if (imageSize < 64 || imageSize > 4096) throw OptionsError("synthetic face: imageSize must be in 64..4096");
    if (!(maxYawDeg >= 0 && maxYawDeg < 90 && maxPitchDeg >= 0 && maxPitchDeg < 90 && maxRollDeg >= 0 && maxRollDeg < 90))
        throw OptionsError("synthetic face: pose ranges must be in [0, 90) degrees");
    if (!(minFovDeg >= 5 && maxFovDeg >= minFovDeg && maxFovDeg <= 120)) throw OptionsError("synthetic face: bad FOV range");
    if (!(faceFill > 0.05 && faceFill <= 1)) throw OptionsError("synthetic face: faceFill must be in (0.05, 1]");
    if (!(offsetAmplitudeMm >= 0 && offsetAmplitudeMm <= 20)) throw OptionsError("synthetic face: offsetAmplitudeMm must be in 0..20");
    if (activeExpressions < 0 || activeExpressions > 52) throw OptionsError("synthetic face: activeExpressions must be in 0..52");
    if (!(minWeight >= 0 && maxWeight <= 1 && minWeight <= maxWeight)) throw OptionsError("synthetic face: bad weight range");
    if (!(landmarkNoisePx >= 0 && depthNoisePx >= 0)) throw OptionsError("synthetic face: noise must be >= 0");
    if (shBands < 1 || shBands > 9) throw OptionsError("synthetic face: shBands must be in 1..9");
}

SyntheticFace makeSyntheticFace(const FaceTopology& topology, const SubdividedTopology& mesh, const at::Tensor& baseNeutral,
                                const SyntheticFaceOptions& o, std::uint64_t seed) {
    o.validate();
    at::NoGradGuard noGrad;
    Random rng(seed * 0x9E3779B97F4A7C15ull + 12345);
    const at::Tensor neutral = baseNeutral.detach().to(at::kCPU, at::kFloat).contiguous();
    const int64_t v = mesh.vertexCount();
    const int s = o.imageSize;
    SyntheticFace out;

    // Identity: the base neutral plus smooth offsets, scaled so the largest is 60..100% of the amplitude.
    const at::Tensor neutralLevel = mesh.fromBase(neutral);
    at::Tensor offsets = smoothField(rng, neutralLevel, neutral, 6, 3, 15, 35);
    const double peak = offsets.norm(2, 1).max().item<double>();
    offsets = peak > 0 ? offsets * (o.offsetAmplitudeMm * rng.uniform(0.6, 1.0) / peak) : offsets;
    const at::Tensor identity = neutralLevel + offsets;

    // Sparse expression (tongueOut excluded: it moves nothing on this topology).
    const ExpressionRig rig = generateArkitRig(topology, neutral);
    std::vector<float> weights(52, 0.f);
    const int tongue = rig.indexOf("tongueOut");
    for (int k = 0; k < o.activeExpressions;) {
        const int j = rng.index(52);
        if (j == tongue || weights[static_cast<size_t>(j)] > 0) continue;
        weights[static_cast<size_t>(j)] = static_cast<float>(rng.uniform(o.minWeight, o.maxWeight));
        ++k;
    }
    const at::Tensor w = at::tensor(weights);
    const at::Tensor posed = mesh.fromBase(rig.apply(neutral, w)) + offsets;

    // Albedo: a random skin tone, darker brows and eyelids, redder lips, smooth variation.
    const double r = rng.uniform(0.3, 0.65);
    const double g = r * rng.uniform(0.62, 0.78), b = g * rng.uniform(0.72, 0.95);
    at::Tensor tint = at::ones({FaceTopology::kVertexCount, 3});
    for (const auto& [name, indices] : topology.regions()) {
        std::array<float, 3> f{1, 1, 1};
        if (name.find("lips") != std::string::npos) f = {1.05f, 0.7f, 0.75f};
        else if (name.find("Eyebrow") != std::string::npos) f = {0.45f, 0.42f, 0.42f};
        else if (name.find("Eye") != std::string::npos && (name.find('0') != std::string::npos)) f = {0.6f, 0.55f, 0.55f};
        else continue;
        for (int i : indices)
            if (i < FaceTopology::kVertexCount) tint[i] = at::tensor(std::vector<float>(f.begin(), f.end()));
    }
    at::Tensor albedo = mesh.fromBase(tint) * at::tensor(std::vector<float>{float(r), float(g), float(b)}).unsqueeze(0);
    albedo = (albedo * (1 + 0.06 * smoothField(rng, neutralLevel, neutral, 5, 3, 15, 30))).clamp(0.01, 1);
    const double specular = rng.uniform(0.03, 0.12);

    // Light: ambient white-ish plus one directional light from the camera's side.
    const double ambient = 1.0 / (render::lambertKernel(o.shBands)[0].item<double>() * kY00);
    const int nc = o.shBands * o.shBands;
    at::Tensor light = at::zeros({nc, 3});
    const double level = rng.uniform(0.75, 1.0);
    for (int c = 0; c < 3; ++c) light[0][c] = ambient * level * (1 + 0.04 * rng.normal());
    if (o.shBands > 1) {
        at::Tensor dir = at::tensor(std::vector<float>{float(rng.normal() * 0.6), float(rng.normal() * 0.5 - 0.3),
                                                       float(-1.0 - std::abs(rng.normal()) * 0.3)});
        dir = dir / dir.norm();
        const at::Tensor y = render::shBasis(dir.unsqueeze(0), o.shBands).squeeze(0);   // [nc]
        const double strength = ambient * level * rng.uniform(0.25, 0.6) / kY00;
        for (int k = 1; k < nc; ++k) light[k] = y[k].item<double>() * strength * (k < 4 ? 1.0 : 0.4);
    }

    // Camera: pose, focal from the FOV, distance from the face's width in the image.
    const double yaw = rng.uniform(-o.maxYawDeg, o.maxYawDeg), pitch = rng.uniform(-o.maxPitchDeg, o.maxPitchDeg),
                 roll = rng.uniform(-o.maxRollDeg, o.maxRollDeg);
    const std::array<float, 9> face = rotationFromHeadPose(float(yaw), float(pitch), float(roll));
    Eigen::Matrix3d rFace;
    for (int i = 0; i < 9; ++i) rFace(i / 3, i % 3) = face[static_cast<size_t>(i)];
    const Eigen::Matrix3d rModel = rFace * Eigen::Vector3d(1, -1, -1).asDiagonal();   // model -> face axes -> camera
    const double fov = rng.uniform(o.minFovDeg, o.maxFovDeg);
    const double focal = focalFromFov(s, s, fov);
    const double width = (neutral.select(1, 0).max() - neutral.select(1, 0).min()).item<double>();
    const double tz = focal * width / (o.faceFill * s);
    const double c = 0.5 * (s - 1);
    const std::array<double, 3> aa = axisAngleFromMatrix(rModel);
    const double tx = rng.uniform(-0.03, 0.03) * s * tz / focal, ty = rng.uniform(-0.03, 0.03) * s * tz / focal;

    FaceRenderInputs in;
    in.vertices = posed;
    in.triangles = mesh.triangles().to(at::kLong);
    in.rotationAxisAngle = at::tensor(std::vector<float>{float(aa[0]), float(aa[1]), float(aa[2])});
    in.translation = at::tensor(std::vector<float>{float(tx), float(ty), float(tz)});
    in.focal = at::scalar_tensor(focal, at::kFloat);
    in.cx = in.cy = c;
    in.width = in.height = s;
    in.diffuseAlbedo = albedo;
    in.specularIntensity = at::full({v, 1}, specular);
    in.light = light;
    in.bands = o.shBands;
    in.roughness = o.roughness;
    in.normalSign = outwardNormalSign(identity, in.triangles);
    const FaceRender render = renderFace(in);

    // Over a gray gradient background, quantised to 8 bit.
    const at::Tensor ys = at::linspace(0, 1, s).view({s, 1, 1});
    const at::Tensor background = (at::tensor(std::vector<float>{0.32f, 0.34f, 0.38f}).view({1, 1, 3}) + 0.2 * ys).expand({s, s, 3});
    const at::Tensor m = render.mask.unsqueeze(-1);
    const at::Tensor rgb = (render.image.clamp(0, 1) * m + background * (1 - m)).mul(255).round().clamp(0, 255).to(at::kByte).contiguous();
    out.image.rgb = cv::Mat(s, s, CV_8UC3);
    std::memcpy(out.image.rgb.data, rgb.data_ptr<uint8_t>(), static_cast<size_t>(rgb.numel()));

    // Landmarks: projected base vertices with noise; irises at the eyelid centroids.
    const at::Tensor base = mesh.baseVertexIndex().to(at::kLong);
    const at::Tensor screen = render.screenVertices.index_select(0, base);
    const at::Tensor camZ = render.cameraVertices.index_select(0, base).select(1, 2);
    const double zRef = camZ.mean().item<double>();
    const double noiseScale = s / 256.0;
    out.face.landmarks.resize(static_cast<size_t>(kRefinedLandmarks));
    for (int k = 0; k < kMeshLandmarks; ++k) {
        Landmark& l = out.face.landmarks[static_cast<size_t>(k)];
        l.x = static_cast<float>(screen[k][0].item<double>() + o.landmarkNoisePx * noiseScale * rng.normal());
        l.y = static_cast<float>(screen[k][1].item<double>() + o.landmarkNoisePx * noiseScale * rng.normal());
        l.z = static_cast<float>((camZ[k].item<double>() - zRef) * focal / zRef + o.depthNoisePx * noiseScale * rng.normal());
    }
    const std::array<std::pair<const char*, const char*>, 2> eyes = {
        std::make_pair("rightEyeUpper0", "rightEyeLower0"), std::make_pair("leftEyeUpper0", "leftEyeLower0")};
    for (size_t e = 0; e < 2; ++e) {
        double x = 0, y = 0, z = 0, x0 = 1e9, x1 = -1e9;
        int count = 0;
        for (const char* region : {eyes[e].first, eyes[e].second})
            for (int i : topology.region(region)) {
                const Landmark& l = out.face.landmarks[static_cast<size_t>(i)];
                x += l.x, y += l.y, z += l.z, ++count;
                x0 = std::min<double>(x0, l.x), x1 = std::max<double>(x1, l.x);
            }
        x /= count, y /= count, z /= count;
        const double radius = 0.2 * (x1 - x0);
        const int first = kMeshLandmarks + static_cast<int>(e) * kIrisLandmarksPerEye;
        const std::array<std::array<double, 2>, 5> pts = {{{0, 0}, {radius, 0}, {0, -radius}, {-radius, 0}, {0, radius}}};
        for (int k = 0; k < kIrisLandmarksPerEye; ++k)
            out.face.landmarks[static_cast<size_t>(first + k)] =
                Landmark{float(x + pts[size_t(k)][0]), float(y + pts[size_t(k)][1]), float(z)};
    }
    out.face.box = landmarkBox(out.face.landmarks);
    out.face.detectionScore = 1;
    out.face.presence = 1;
    out.face.pose = headPoseFromLandmarks(out.face.landmarks);

    out.identityVertices = toVector(identity);
    out.posedVertices = toVector(posed);
    out.expressionWeights = weights;
    out.diffuseAlbedo = toVector(albedo);
    out.specularIntensity = std::vector<float>(static_cast<size_t>(v), static_cast<float>(specular));
    out.shLight = toVector(light);
    out.rotationAxisAngle = {float(aa[0]), float(aa[1]), float(aa[2])};
    out.translationMm = {float(tx), float(ty), float(tz)};
    out.focalPx = static_cast<float>(focal);
    out.yawDeg = static_cast<float>(yaw);
    return out;
}

SyntheticRecovery scoreRecovery(const SyntheticFace& truth, const FaceFit& fit) {
    // A refined fit's first vertices are its geometry level's (linear subdivision keeps them).
    const size_t n = truth.identityVertices.size();
    if (fit.images.empty() || fit.vertices.size() < n || fit.images.front().posedVertices.size() < n)
        throw Error("scoreRecovery: the fit has fewer vertices than the synthetic face");
    const std::vector<float> identity(fit.vertices.begin(), fit.vertices.begin() + static_cast<long>(n));
    const std::vector<float> posed(fit.images.front().posedVertices.begin(),
                                   fit.images.front().posedVertices.begin() + static_cast<long>(n));
    SyntheticRecovery r;
    // Rigid alignment (no scale), as the recovery target is stated: a wrong metric
    // scale counts as error.
    r.identityErrorMm = meanAlignedDistance(identity, truth.identityVertices, false);
    r.posedErrorMm = meanAlignedDistance(posed, truth.posedVertices, false);
    const std::vector<float>& w = fit.images.front().expressionWeights;
    int active = 0;
    for (size_t k = 0; k < truth.expressionWeights.size() && k < w.size(); ++k) {
        const double e = std::abs(w[k] - truth.expressionWeights[k]);
        r.expressionMae += e / static_cast<double>(truth.expressionWeights.size());
        if (truth.expressionWeights[k] > 0) {
            r.activeExpressionMae += e;
            ++active;
        }
    }
    if (active > 0) r.activeExpressionMae /= active;
    r.psnr = fit.images.front().psnrInMask;
    r.ssim = fit.images.front().ssimInMask;
    return r;
}

} // namespace likeness
