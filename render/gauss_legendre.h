#pragma once
// Gauss-Legendre quadrature on [-1, 1], the z-axis factor of the sphere quadratures
// that project light onto SH (core/lighting) and check the basis (tests/render).
#include <vector>

namespace likeness {

/// The n nodes and weights (sum 2) of the n-point rule, exact for polynomials of
/// degree <= 2n - 1, by Newton's iteration on the Legendre polynomial P_n. n >= 1.
void gaussLegendre(int n, std::vector<double>& nodes, std::vector<double>& weights);

} // namespace likeness
