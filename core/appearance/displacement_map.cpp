#include "appearance/displacement_map.h"

#include <Eigen/IterativeLinearSolvers>
#include <Eigen/SparseCore>
#include <algorithm>
#include <cmath>

#include "common/error.h"

namespace likeness {

std::vector<float> integrateNormalMap(const std::vector<float>& normals, const std::vector<unsigned char>& covered, int size,
                                      double texelMm, const DisplacementOptions& o) {
    const size_t n = static_cast<size_t>(size) * static_cast<size_t>(size);
    if (size < 2 || normals.size() != 3 * n || covered.size() != n || !(texelMm > 0))
        throw InputError("integrateNormalMap: inconsistent map sizes");
    // Unknowns: the covered texels.
    std::vector<int> index(n, -1);
    int unknowns = 0;
    for (size_t t = 0; t < n; ++t)
        if (covered[t]) index[t] = unknowns++;
    std::vector<float> height(n, 0.0f);
    if (unknowns == 0) return height;
    // Slopes in mm per texel; rows grow downward = OpenGL -v, hence the sign of gy.
    auto slope = [&](size_t t, int axis) {
        const double nz = std::max(0.05, static_cast<double>(normals[3 * t + 2]));
        const double g = -normals[3 * t + static_cast<size_t>(axis)] / nz * texelMm;
        return axis == 0 ? g : -g;
    };
    std::vector<Eigen::Triplet<double>> entries;
    entries.reserve(static_cast<size_t>(unknowns) * 5);
    Eigen::VectorXd rhs = Eigen::VectorXd::Zero(unknowns);
    std::vector<double> diagonal(static_cast<size_t>(unknowns), o.screening);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            const size_t a = static_cast<size_t>(y) * size + x;
            if (index[a] < 0) continue;
            for (int axis = 0; axis < 2; ++axis) {
                const int nx = x + (axis == 0), ny = y + (axis == 1);
                if (nx >= size || ny >= size) continue;
                const size_t b = static_cast<size_t>(ny) * size + nx;
                if (index[b] < 0) continue;
                // (h_b - h_a - g)^2 with g the mean slope of the two texels.
                const double g = 0.5 * (slope(a, axis) + slope(b, axis));
                const int ia = index[a], ib = index[b];
                diagonal[static_cast<size_t>(ia)] += 1;
                diagonal[static_cast<size_t>(ib)] += 1;
                entries.emplace_back(ia, ib, -1.0);
                entries.emplace_back(ib, ia, -1.0);
                rhs[ia] -= g;
                rhs[ib] += g;
            }
        }
    for (int i = 0; i < unknowns; ++i) entries.emplace_back(i, i, diagonal[static_cast<size_t>(i)]);
    Eigen::SparseMatrix<double> system(unknowns, unknowns);
    system.setFromTriplets(entries.begin(), entries.end());
    Eigen::ConjugateGradient<Eigen::SparseMatrix<double>, Eigen::Lower | Eigen::Upper> cg;
    cg.setMaxIterations(o.maxIterations);
    cg.setTolerance(o.tolerance);
    cg.compute(system);
    const Eigen::VectorXd h = cg.solve(rhs);
    for (size_t t = 0; t < n; ++t)
        if (index[t] >= 0) height[t] = static_cast<float>(h[index[t]]);
    return height;
}

} // namespace likeness
