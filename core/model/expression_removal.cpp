#include "model/expression_removal.h"

#include <algorithm>

#include <ATen/ATen.h>
#include <Eigen/Dense>

#include "topology/face_topology.h"

namespace likeness::model {
namespace {

// A linear residual r(y) = A y (y flattened [468*3]) given as rows of (index, coefficient).
struct LinearTerm {
    double weight = 1;
    std::vector<std::vector<std::pair<int, double>>> rows;
    std::vector<double> target;   // r(y) should equal target (zero unless set)
};

double applyRow(const std::vector<std::pair<int, double>>& row, const double* y) {
    double s = 0;
    for (const auto& [i, c] : row)
        s += c * y[i];
    return s;
}

} // namespace

std::vector<double> estimateExpression(const ExpressionRig& rig, const FaceTopology& topology,
                                       const std::vector<Vec3>& shape, const std::vector<Vec3>* mean,
                                       const ExpressionRemovalWeights& w) {
    const int n = topology.vertexCount();
    const int k = int(rig.names.size());
    const at::Tensor deltas = rig.deltas.detach().to(at::kCPU, at::kDouble).contiguous();
    const double* d = deltas.data_ptr<double>();
    std::vector<double> y(std::size_t(3 * n));
    for (int i = 0; i < n; ++i) {
        y[std::size_t(3 * i)] = shape[std::size_t(i)].x;
        y[std::size_t(3 * i + 1)] = shape[std::size_t(i)].y;
        y[std::size_t(3 * i + 2)] = shape[std::size_t(i)].z;
    }

    std::vector<LinearTerm> terms;
    {   // symmetry: y_i - diag(-1, 1, 1) y_mirror(i)
        LinearTerm t;
        t.weight = w.symmetry;
        for (int i = 0; i < n; ++i) {
            const int m = topology.mirrorOf(i);
            for (int c = 0; c < 3; ++c) {
                const double s = c == 0 ? -1.0 : 1.0;
                if (m == i)
                    t.rows.push_back({{3 * i + c, 1.0 - s}});
                else
                    t.rows.push_back({{3 * i + c, 1.0}, {3 * m + c, -s}});
            }
        }
        t.target.assign(t.rows.size(), 0.0);
        terms.push_back(std::move(t));
    }
    {   // closed lips: vertical gap of matching inner-lip vertices (corners excluded)
        LinearTerm t;
        t.weight = w.lipGap;
        const std::vector<int>& upper = topology.region("lipsUpperInner");
        const std::vector<int>& lower = topology.region("lipsLowerInner");
        const std::size_t offset = lower.size() > upper.size() ? (lower.size() - upper.size()) / 2 : 0;
        for (std::size_t j = 0; j < upper.size() && j + offset < lower.size(); ++j)
            t.rows.push_back({{3 * upper[j] + 1, 1.0}, {3 * lower[j + offset] + 1, -1.0}});
        t.target.assign(t.rows.size(), 0.0);
        terms.push_back(std::move(t));
    }
    if (mean != nullptr) {
        LinearTerm t;
        t.weight = w.agreement;
        for (int i = 0; i < n; ++i)
            for (int c = 0; c < 3; ++c) {
                t.rows.push_back({{3 * i + c, 1.0}});
                const Vec3& p = (*mean)[std::size_t(i)];
                t.target.push_back(c == 0 ? p.x : (c == 1 ? p.y : p.z));
            }
        terms.push_back(std::move(t));
    }

    // Normal equations of sum_t weight_t |A_t (y - D w) - target_t|^2.
    Eigen::MatrixXd h = Eigen::MatrixXd::Zero(k, k);
    Eigen::VectorXd g = Eigen::VectorXd::Zero(k);
    for (const LinearTerm& t : terms) {
        const std::size_t rows = t.rows.size();
        Eigen::MatrixXd a(rows, k);
        Eigen::VectorXd r(rows);
        for (std::size_t row = 0; row < rows; ++row) {
            r(Eigen::Index(row)) = applyRow(t.rows[row], y.data()) - t.target[row];
            for (int j = 0; j < k; ++j)
                a(Eigen::Index(row), j) = applyRow(t.rows[row], d + std::size_t(j) * std::size_t(3 * n));
        }
        h += t.weight * a.transpose() * a;
        g += t.weight * a.transpose() * r;
    }
    // minimise 1/2 w'Hw - g'w + mu sum(w), 0 <= w <= 1
    std::vector<double> weights(std::size_t(k), 0.0);
    for (int sweep = 0; sweep < 500; ++sweep) {
        double change = 0;
        for (int j = 0; j < k; ++j) {
            if (!(h(j, j) > 1e-9))
                continue;
            double s = g(j) - w.sparsity;
            for (int i = 0; i < k; ++i)
                if (i != j)
                    s -= h(j, i) * weights[std::size_t(i)];
            const double next = std::clamp(s / h(j, j), 0.0, 1.0);
            change = std::max(change, std::abs(next - weights[std::size_t(j)]));
            weights[std::size_t(j)] = next;
        }
        if (change < 1e-7)
            break;
    }
    return weights;
}

} // namespace likeness::model
