// Real SH on doubles, by the same polynomial recurrence as render/sh_basis.cpp
// (so both agree to rounding): sin^m(theta) {cos, sin}(m phi) = {Re, Im} (x + iy)^m and
// the associated Legendre recurrence in l for P_l^m / (1 - z^2)^(m/2).
#include "lighting/sh_eval.h"

#include <cmath>
#include <string>

#include "common/error.h"

namespace likeness {
namespace {

constexpr double kPi = 3.14159265358979323846;

// sqrt((2l + 1) / 4pi * (l - m)! / (l + m)!) for l, m < kMaxLightBands.
double normalisation(int l, int m) {
    double ratio = 1.0;
    for (int k = l - m + 1; k <= l + m; ++k) ratio /= k;
    return std::sqrt((2 * l + 1) / (4 * kPi) * ratio);
}

void checkSize(const std::vector<float>& sh, int bands) {
    checkLightBands(bands);
    if (sh.size() != size_t(bands * bands * 3))
        throw OptionsError("SH light: expected " + std::to_string(bands * bands * 3) + " coefficients for " +
                           std::to_string(bands) + " bands, got " + std::to_string(sh.size()) + ".");
}

} // namespace

void checkLightBands(int bands) {
    if (bands < 1 || bands > kMaxLightBands)
        throw OptionsError("SH light: bands must be between 1 and " + std::to_string(kMaxLightBands) + ", got " +
                           std::to_string(bands) + ".");
}

void shBasisAt(double x, double y, double z, int bands, double* out) {
    checkLightBands(bands);
    double cosM[kMaxLightBands], sinM[kMaxLightBands];
    cosM[0] = 1.0;
    sinM[0] = 0.0;
    for (int m = 1; m < bands; ++m) {
        cosM[m] = x * cosM[m - 1] - y * sinM[m - 1];
        sinM[m] = x * sinM[m - 1] + y * cosM[m - 1];
    }
    for (int m = 0; m < bands; ++m) {
        double pmm = 1.0;   // (2m - 1)!!
        for (int k = 1; k <= 2 * m - 1; k += 2) pmm *= k;
        double prev2 = 0.0, prev1 = 0.0;
        for (int l = m; l < bands; ++l) {
            double p;
            if (l == m)
                p = pmm;
            else if (l == m + 1)
                p = z * (2 * m + 1) * pmm;
            else
                p = ((2 * l - 1) * z * prev1 - (l + m - 1) * prev2) / double(l - m);
            prev2 = prev1;
            prev1 = p;
            const double k = normalisation(l, m);
            if (m == 0) {
                out[l * l + l] = p * k;
            } else {
                const double pk = p * std::sqrt(2.0) * k;
                out[l * l + l + m] = pk * cosM[m];
                out[l * l + l - m] = pk * sinM[m];
            }
        }
    }
}

double lambertFactor(int l) {
    // Ramamoorthi & Hanrahan's clamped-cosine factors, as render::lambertKernel.
    switch (l) {
    case 0: return kPi;
    case 1: return 2.0 * kPi / 3.0;
    case 2: return kPi / 4.0;
    case 3: return 0.0;
    case 4: return -kPi / 24.0;
    default: throw OptionsError("lambertFactor: l must be in 0..4.");
    }
}

Vec3f shRadiance(const std::vector<float>& sh, int bands, const Vec3f& d) {
    checkSize(sh, bands);
    double y[kMaxLightBands * kMaxLightBands];
    shBasisAt(d[0], d[1], d[2], bands, y);
    double rgb[3] = {0, 0, 0};
    for (int i = 0; i < bands * bands; ++i)
        for (int c = 0; c < 3; ++c) rgb[c] += y[i] * sh[size_t(i * 3 + c)];
    return {float(rgb[0]), float(rgb[1]), float(rgb[2])};
}

Vec3f shIrradiance(const std::vector<float>& sh, int bands, const Vec3f& n) {
    checkSize(sh, bands);
    double y[kMaxLightBands * kMaxLightBands];
    shBasisAt(n[0], n[1], n[2], bands, y);
    double rgb[3] = {0, 0, 0};
    for (int l = 0; l < bands; ++l) {
        const double a = lambertFactor(l);
        for (int i = l * l; i < (l + 1) * (l + 1); ++i)
            for (int c = 0; c < 3; ++c) rgb[c] += a * y[i] * sh[size_t(i * 3 + c)];
    }
    return {float(rgb[0]), float(rgb[1]), float(rgb[2])};
}

Vec3f shBandEnergy(const std::vector<float>& sh, int bands, int l) {
    checkSize(sh, bands);
    if (l < 0 || l >= bands) throw OptionsError("shBandEnergy: band out of range.");
    double e[3] = {0, 0, 0};
    for (int i = l * l; i < (l + 1) * (l + 1); ++i)
        for (int c = 0; c < 3; ++c) e[c] += double(sh[size_t(i * 3 + c)]) * sh[size_t(i * 3 + c)];
    return {float(e[0]), float(e[1]), float(e[2])};
}

} // namespace likeness
