#pragma once
// Finite-difference gradient checks for the differentiable render ops: compares
// autograd's gradient of a random projection of an op's output with central
// differences, in double precision.
#include <ATen/ATen.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

namespace likeness::test {

using TensorFunction = std::function<at::Tensor(const std::vector<at::Tensor>&)>;

struct GradCheckResult {
    bool ok = true;
    double maxError = 0;   // max |analytic - numeric| / (atol + rtol * |numeric|), <= 1 passes
    int64_t checked = 0;   // elements compared
    std::string message;   // the worst element, for QVERIFY2
};

/// Checks d/d inputs[which] of sum(weights * f(inputs)) for up to `maxElements`
/// elements of inputs[which] (evenly spread). Inputs should be double tensors.
inline GradCheckResult gradCheck(const TensorFunction& f, const std::vector<at::Tensor>& inputs, size_t which,
                                 double eps = 1e-6, double atol = 1e-7, double rtol = 1e-5,
                                 int64_t maxElements = 300) {
    std::vector<at::Tensor> in;
    for (const at::Tensor& t : inputs) in.push_back(t.detach().clone());
    in[which].set_requires_grad(true);
    const at::Tensor out = f(in);
    const at::Tensor weights = at::randn(out.sizes(), at::TensorOptions().dtype(out.scalar_type()).device(out.device()));
    (out * weights).sum().backward();
    const at::Tensor analytic = in[which].grad().defined() ? in[which].grad().reshape({-1}).clone()
                                                           : at::zeros({in[which].numel()}, in[which].options());

    std::vector<at::Tensor> probe;
    for (const at::Tensor& t : inputs) probe.push_back(t.detach().clone());
    at::Tensor flat = probe[which].view({-1});
    const int64_t n = flat.numel();
    const int64_t step = std::max<int64_t>(1, n / maxElements);
    auto loss = [&] { return (f(probe) * weights).sum().item<double>(); };
    GradCheckResult result;
    for (int64_t k = 0; k < n; k += step) {
        const double x = flat[k].item<double>();
        flat[k].fill_(x + eps);
        const double plus = loss();
        flat[k].fill_(x - eps);
        const double minus = loss();
        flat[k].fill_(x);
        const double numeric = (plus - minus) / (2 * eps);
        const double a = analytic[k].item<double>();
        const double error = std::abs(a - numeric) / (atol + rtol * std::abs(numeric));
        ++result.checked;
        if (error > result.maxError) {
            result.maxError = error;
            std::ostringstream s;
            s << "element " << k << ": autograd " << a << " vs central difference " << numeric;
            result.message = s.str();
        }
    }
    result.ok = result.maxError <= 1.0;
    return result;
}

} // namespace likeness::test
