#include "gauss_legendre.h"

#include <cmath>

namespace likeness {

void gaussLegendre(int n, std::vector<double>& nodes, std::vector<double>& weights) {
    constexpr double kPi = 3.14159265358979323846;
    nodes.assign(size_t(n), 0.0);
    weights.assign(size_t(n), 0.0);
    for (int i = 0; i < n; ++i) {
        double x = std::cos(kPi * (i + 0.75) / (n + 0.5));   // Tricomi's initial guess
        double dp = 1.0;
        for (int iter = 0; iter < 100; ++iter) {
            double p0 = 1.0, p1 = x;
            for (int k = 2; k <= n; ++k) {
                const double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
                p0 = p1;
                p1 = p2;
            }
            dp = n * (x * p1 - p0) / (x * x - 1.0);
            const double dx = p1 / dp;
            x -= dx;
            if (std::abs(dx) < 1e-16) break;
        }
        nodes[size_t(i)] = x;
        weights[size_t(i)] = 2.0 / ((1.0 - x * x) * dp * dp);
    }
}

} // namespace likeness
