// Real spherical harmonics up to 9 bands and the SH convolution kernels of the
// Lambertian and the constant-roughness specular lobe (S2F2 supp. eq. 8-9).
#include "shading.h"

#include <ATen/ATen.h>

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

namespace likeness::render {
namespace {

constexpr double kPi = 3.14159265358979323846;

void checkBands(int bands, const char* who) {
    if (bands < 1 || bands > 9) throw std::invalid_argument(std::string(who) + ": bands must be in 1..9");
}

double factorial(int n) {
    double f = 1.0;
    for (int i = 2; i <= n; ++i) f *= i;
    return f;
}

} // namespace

at::Tensor shBasis(const at::Tensor& directions, int bands) {
    checkBands(bands, "shBasis");
    if (directions.dim() < 1 || directions.size(-1) != 3)
        throw std::invalid_argument("shBasis: expected directions [...,3]");
    // Y_lm = N_lm * P~_l^|m|(z) * {cos, sin}(|m| phi) sin^|m|(theta), written as
    // polynomials in (x, y, z) so it is smooth everywhere (no atan2 at the poles):
    // sin^m(theta) cos(m phi) = Re (x + iy)^m,  sin^m(theta) sin(m phi) = Im (x + iy)^m,
    // P~_l^m = P_l^m / (1 - z^2)^(m/2) by the associated Legendre recurrence in l.
    // No Condon-Shortley phase: Y_1,-1 = c y, Y_10 = c z, Y_11 = c x (c = sqrt(3/4pi)),
    // the convention of Ramamoorthi & Hanrahan's irradiance environment maps.
    const at::Tensor x = directions.select(-1, 0), y = directions.select(-1, 1), z = directions.select(-1, 2);
    const int L = bands;
    std::vector<at::Tensor> cosM(L), sinM(L);   // Re / Im (x + iy)^m
    cosM[0] = at::ones_like(x);
    sinM[0] = at::zeros_like(x);
    for (int m = 1; m < L; ++m) {
        cosM[m] = x * cosM[m - 1] - y * sinM[m - 1];
        sinM[m] = x * sinM[m - 1] + y * cosM[m - 1];
    }
    std::vector<at::Tensor> out(static_cast<size_t>(L * L));
    for (int m = 0; m < L; ++m) {
        // P~_m^m = (2m - 1)!! (a constant), P~_{m+1}^m = (2m + 1) z P~_m^m,
        // P~_l^m = ((2l - 1) z P~_{l-1}^m - (l + m - 1) P~_{l-2}^m) / (l - m).
        double pmm = 1.0;
        for (int k = 1; k <= 2 * m - 1; k += 2) pmm *= k;
        at::Tensor prev2, prev1;
        for (int l = m; l < L; ++l) {
            at::Tensor p;
            if (l == m)
                p = at::full_like(z, pmm);
            else if (l == m + 1)
                p = z * ((2 * m + 1) * pmm);
            else
                p = ((2 * l - 1) * z * prev1 - (l + m - 1) * prev2) / double(l - m);
            prev2 = prev1;
            prev1 = p;
            const double k = std::sqrt((2 * l + 1) / (4 * kPi) * factorial(l - m) / factorial(l + m));
            if (m == 0) {
                out[l * l + l] = p * k;
            } else {
                const at::Tensor pk = p * (std::sqrt(2.0) * k);
                out[l * l + l + m] = pk * cosM[m];
                out[l * l + l - m] = pk * sinM[m];
            }
        }
    }
    return at::stack(out, -1);
}

at::Tensor lambertKernel(int bands) {
    checkBands(bands, "lambertKernel");
    // Ramamoorthi & Hanrahan, "An efficient representation for irradiance
    // environment maps": the clamped cosine's SH convolution factors (S2F2 supp. eq. 8).
    std::vector<double> a(bands, 0.0);
    for (int l = 0; l < bands; ++l) {
        if (l == 0)
            a[l] = kPi;
        else if (l == 1)
            a[l] = 2.0 * kPi / 3.0;
        else if (l % 2 == 0) {
            const int h = l / 2;
            const double sign = (h - 1) % 2 == 0 ? 1.0 : -1.0;
            a[l] = 2.0 * kPi * sign / ((l + 2) * (l - 1)) * factorial(l) /
                   (std::pow(2.0, l) * factorial(h) * factorial(h));
        }
    }
    return at::tensor(a, at::kDouble);
}

at::Tensor specularKernel(int bands, double roughness) {
    checkBands(bands, "specularKernel");
    if (!(roughness > 0.0 && roughness <= 1.0)) throw std::invalid_argument("specularKernel: roughness must be in (0, 1]");
    // S2F2 supp. eq. 9 convolves the light with the SH coefficients of a constant
    // roughness lobe around the reflection vector. For a microfacet
    // (Torrance-Sparrow / simplified Cook-Torrance) lobe of RMS slope sigma,
    // Ramamoorthi & Hanrahan ("A signal-processing framework for inverse
    // rendering", 2001) give Lambda_l rho_l ~= exp(-(sigma l)^2) (the Phong lobe of
    // exponent 1/(2 sigma^2) has the same form); we use sigma = roughness and scale by
    // A_0 = pi so that under constant light a white diffuse surface and a purely
    // specular one reflect the same amount and s in eq. 7 is a pure mix.
    std::vector<double> s(bands);
    for (int l = 0; l < bands; ++l) s[l] = kPi * std::exp(-(roughness * l) * (roughness * l));
    return at::tensor(s, at::kDouble);
}

} // namespace likeness::render
