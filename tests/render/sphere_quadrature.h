#pragma once
// Product quadrature on the unit sphere for render tests: Gauss-Legendre in
// z = cos(theta) times uniform phi; exact for polynomials of degree < min(2 nz, nphi).
#include <ATen/ATen.h>

#include <cmath>
#include <vector>

namespace likeness::test {

struct SphereQuadrature {
    at::Tensor directions;   // [N,3] double, unit
    at::Tensor weights;      // [N] double, summing to 4 pi
};

/// Gauss-Legendre nodes and weights on [-1, 1].
inline void gaussLegendre(int n, std::vector<double>& x, std::vector<double>& w) {
    const double pi = 3.14159265358979323846;
    x.assign(n, 0);
    w.assign(n, 0);
    for (int i = 0; i < n; ++i) {
        double z = std::cos(pi * (i + 0.75) / (n + 0.5)), dp = 0;
        for (int it = 0; it < 100; ++it) {
            double p0 = 1, p1 = z;
            for (int k = 2; k <= n; ++k) {
                const double p2 = ((2 * k - 1) * z * p1 - (k - 1) * p0) / k;
                p0 = p1;
                p1 = p2;
            }
            dp = n * (z * p1 - p0) / (z * z - 1);
            const double dz = p1 / dp;
            z -= dz;
            if (std::abs(dz) < 1e-16) break;
        }
        x[i] = z;
        w[i] = 2 / ((1 - z * z) * dp * dp);
    }
}

inline SphereQuadrature sphereQuadrature(int nz, int nphi) {
    const double pi = 3.14159265358979323846;
    std::vector<double> z, wz, dirs, weights;
    gaussLegendre(nz, z, wz);
    for (int i = 0; i < nz; ++i)
        for (int j = 0; j < nphi; ++j) {
            const double phi = 2 * pi * (j + 0.5) / nphi, s = std::sqrt(1 - z[i] * z[i]);
            dirs.insert(dirs.end(), {s * std::cos(phi), s * std::sin(phi), z[i]});
            weights.push_back(wz[i] * 2 * pi / nphi);
        }
    return {at::tensor(dirs, at::kDouble).reshape({-1, 3}), at::tensor(weights, at::kDouble)};
}

} // namespace likeness::test
