#include "lighting/sh_projection.h"

#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "common/error.h"
#include "gauss_legendre.h"

namespace likeness {
namespace {

constexpr double kPi = 3.14159265358979323846;

} // namespace

const SphereQuadrature& sphereQuadrature(int n) {
    if (n < 1 || n > 256) throw OptionsError("sphereQuadrature: n must be in 1..256.");
    static std::mutex mutex;
    static std::map<int, std::unique_ptr<SphereQuadrature>> cache;
    std::lock_guard<std::mutex> lock(mutex);
    auto& slot = cache[n];
    if (!slot) {
        auto q = std::make_unique<SphereQuadrature>();
        std::vector<double> z, w;
        gaussLegendre(n, z, w);
        const int longitudes = 2 * n;
        for (int i = 0; i < n; ++i) {
            const double r = std::sqrt(std::max(0.0, 1.0 - z[size_t(i)] * z[size_t(i)]));
            for (int j = 0; j < longitudes; ++j) {
                const double phi = 2.0 * kPi * (j + 0.5) / longitudes;
                q->directions.push_back({float(r * std::cos(phi)), float(r * std::sin(phi)), float(z[size_t(i)])});
                q->weights.push_back(w[size_t(i)] * 2.0 * kPi / longitudes);
            }
        }
        slot = std::move(q);
    }
    return *slot;
}

std::vector<float> shProjectFunction(const std::function<Vec3f(const Vec3f&)>& radiance, int bands, int n) {
    checkLightBands(bands);
    const SphereQuadrature& q = sphereQuadrature(n);
    const int K = bands * bands;
    std::vector<double> acc(size_t(K * 3), 0.0);
    double y[kMaxLightBands * kMaxLightBands];
    for (size_t p = 0; p < q.directions.size(); ++p) {
        const Vec3f& d = q.directions[p];
        const Vec3f value = radiance(d);
        shBasisAt(d[0], d[1], d[2], bands, y);
        for (int i = 0; i < K; ++i)
            for (int c = 0; c < 3; ++c) acc[size_t(i * 3 + c)] += q.weights[p] * y[i] * value[size_t(c)];
    }
    return std::vector<float>(acc.begin(), acc.end());
}

Vec3f equirectDirection(double u, double v) {
    const double phi = 2.0 * kPi * (u - 0.5), theta = kPi * (0.5 - v);
    return {float(-std::cos(theta) * std::sin(phi)), float(-std::sin(theta)), float(-std::cos(theta) * std::cos(phi))};
}

std::vector<float> shProjectEquirect(const float* rgb, int width, int height, int bands) {
    checkLightBands(bands);
    if (!rgb || width < 1 || height < 1 || width > 16384 || height > 16384)
        throw OptionsError("shProjectEquirect: the image must be 1..16384 pixels on each side.");
    const int K = bands * bands;
    std::vector<double> acc(size_t(K * 3), 0.0);
    std::vector<double> rowSum(size_t(K * 3));
    double y[kMaxLightBands * kMaxLightBands];
    for (int j = 0; j < height; ++j) {
        const double top = kPi * (0.5 - double(j) / height), bottom = kPi * (0.5 - double(j + 1) / height);
        const double solidAngle = (2.0 * kPi / width) * (std::sin(top) - std::sin(bottom));
        std::fill(rowSum.begin(), rowSum.end(), 0.0);
        const float* row = rgb + size_t(j) * size_t(width) * 3;
        for (int i = 0; i < width; ++i) {
            const Vec3f d = equirectDirection((i + 0.5) / width, (j + 0.5) / height);
            shBasisAt(d[0], d[1], d[2], bands, y);
            const float* px = row + size_t(i) * 3;
            for (int k = 0; k < K; ++k)
                for (int c = 0; c < 3; ++c) rowSum[size_t(k * 3 + c)] += y[k] * px[c];
        }
        for (size_t k = 0; k < acc.size(); ++k) acc[k] += solidAngle * rowSum[k];
    }
    return std::vector<float>(acc.begin(), acc.end());
}

std::vector<float> shRenderEquirect(const std::vector<float>& sh, int bands, int width, int height) {
    if (width < 1 || height < 1 || width > 16384 || height > 16384)
        throw OptionsError("shRenderEquirect: the image must be 1..16384 pixels on each side.");
    std::vector<float> out(size_t(width) * size_t(height) * 3);
    for (int j = 0; j < height; ++j)
        for (int i = 0; i < width; ++i) {
            const Vec3f v = shRadiance(sh, bands, equirectDirection((i + 0.5) / width, (j + 0.5) / height));
            float* px = out.data() + (size_t(j) * size_t(width) + size_t(i)) * 3;
            px[0] = v[0], px[1] = v[1], px[2] = v[2];
        }
    return out;
}

} // namespace likeness
