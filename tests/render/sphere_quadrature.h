#pragma once
// Product quadrature on the unit sphere for render tests: Gauss-Legendre in
// z = cos(theta) times uniform phi; exact for polynomials of degree < min(2 nz, nphi).
#include <ATen/ATen.h>

#include <cmath>
#include <vector>

#include "gauss_legendre.h"

namespace likeness::test {

struct SphereQuadrature {
    at::Tensor directions;   // [N,3] double, unit
    at::Tensor weights;      // [N] double, summing to 4 pi
};

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
