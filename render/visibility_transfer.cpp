// Per-vertex visibility over a Fibonacci direction set and the shadowed SH
// diffuse transfer built from it (precomputed radiance transfer, Sloan et al. 2002).
#include "visibility_transfer.h"

#include "shading.h"
#include "triangle_bvh.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace likeness::render {
namespace {

constexpr double kPi = 3.14159265358979323846;

void checkVisibility(const VertexVisibility& vis, const at::Tensor& normals, const char* who) {
    const int64_t n = vis.directionCount;
    if (n < 1 || !vis.directions.defined() || vis.directions.dim() != 2 || vis.directions.size(0) != n ||
        vis.directions.size(1) != 3 || !vis.visible.defined() || vis.visible.dim() != 2 || vis.visible.size(1) != n)
        throw std::invalid_argument(std::string(who) + ": malformed VertexVisibility");
    if (!normals.defined() || normals.dim() != 2 || normals.size(1) != 3 || normals.size(0) != vis.visible.size(0))
        throw std::invalid_argument(std::string(who) + ": expected normals [V,3] for the V traced vertices");
}

/// Runs f(begin, end) over [0, count) in chunks of `grain` on at::get_num_threads()
/// threads; f must not throw. at::parallel_for would be the natural choice, but in
/// LibTorch 1.13 it is a header template that only runs in parallel when the calling
/// file is compiled with OpenMP (ParallelOpenMP.h), which our targets are not, so
/// there it silently runs on one thread.
template <typename F>
void parallelChunks(int64_t count, int64_t grain, const F& f) {
#ifdef INTRA_OP_PARALLEL
    at::parallel_for(0, count, grain, f);
#else
    const int64_t chunks = (count + grain - 1) / grain;
    const int threads = int(std::min<int64_t>(at::get_num_threads(), chunks));
    if (threads <= 1 || at::in_parallel_region()) {
        f(int64_t(0), count);
        return;
    }
    std::atomic<int64_t> next{0};   // chunks handed out dynamically: rays per vertex vary
    auto worker = [&] {
        for (int64_t c = next++; c < chunks; c = next++) f(c * grain, std::min(count, (c + 1) * grain));
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
    worker();
    for (std::thread& t : pool) t.join();
#endif
}

/// Clamped cosines max(0, n.w_j) [V,N] for normalised `normals`, on the normals' device.
at::Tensor clampedCosines(const VertexVisibility& vis, const at::Tensor& normals) {
    const at::Tensor n = normals.to(at::kFloat);
    const at::Tensor unit = n / n.norm(2, {1}, /*keepdim=*/true).clamp_min(1e-12);
    return at::matmul(unit, vis.directions.to(unit.device()).t()).clamp_min(0.0);
}

} // namespace

at::Tensor fibonacciDirections(int count) {
    if (count < 1) throw std::invalid_argument("fibonacciDirections: count must be >= 1");
    at::Tensor out = at::empty({count, 3}, at::kFloat);
    float* p = out.data_ptr<float>();
    const double goldenAngle = kPi * (3.0 - std::sqrt(5.0));
    for (int j = 0; j < count; ++j) {
        // Equal-area bands in z (Archimedes) with golden-angle azimuths.
        const double z = 1.0 - (2.0 * j + 1.0) / count;
        const double r = std::sqrt(std::max(0.0, 1.0 - z * z));
        const double phi = goldenAngle * j;
        p[3 * j] = float(r * std::cos(phi));
        p[3 * j + 1] = float(r * std::sin(phi));
        p[3 * j + 2] = float(z);
    }
    return out;
}

VertexVisibility traceVertexVisibility(const at::Tensor& vertices, const at::Tensor& triangles,
                                       const at::Tensor& normals, int directions, double offset) {
    if (directions < 1) throw std::invalid_argument("traceVertexVisibility: directions must be >= 1");
    if (!std::isfinite(offset)) throw std::invalid_argument("traceVertexVisibility: offset must be finite");
    const TriangleBvh bvh(vertices, triangles);   // validates vertices and triangles
    if (!normals.defined() || normals.dim() != 2 || normals.size(1) != 3 || normals.size(0) != vertices.size(0))
        throw std::invalid_argument("traceVertexVisibility: expected normals [V,3], one per vertex");
    if (!at::isFloatingType(normals.scalar_type()))
        throw std::invalid_argument("traceVertexVisibility: normals must be floating point");

    const at::Tensor v = vertices.detach().to(at::kCPU, at::kFloat).contiguous();
    const at::Tensor n = normals.detach().to(at::kCPU, at::kFloat).contiguous();
    if (!at::isfinite(n).all().item<bool>()) throw std::invalid_argument("traceVertexVisibility: normals must be finite");
    const int64_t count = v.size(0);

    VertexVisibility out;
    out.directionCount = directions;
    out.directions = fibonacciDirections(directions);
    out.visible = at::zeros({count, directions}, at::kBool);
    if (count == 0) return out;
    if (offset <= 0.0) {
        const double diagonal = (std::get<0>(v.max(0)) - std::get<0>(v.min(0))).norm().item<double>();
        offset = diagonal > 0.0 ? 1e-3 * diagonal : 1e-6;
    }

    const float* vp = v.data_ptr<float>();
    const float* np = n.data_ptr<float>();
    const float* dp = out.directions.data_ptr<float>();
    bool* visible = out.visible.data_ptr<bool>();
    const float step = float(offset);
    constexpr float kInf = std::numeric_limits<float>::infinity();
    // ~N/2 rays per vertex, ~0.3 us each: 256 vertices make chunks of ~10 ms at N = 256.
    parallelChunks(count, 256, [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i) {
            const float* ni = np + 3 * i;
            const float length = std::sqrt(ni[0] * ni[0] + ni[1] * ni[1] + ni[2] * ni[2]);
            if (!(length > 0.0f)) continue;
            const float unit[3] = {ni[0] / length, ni[1] / length, ni[2] / length};
            const float origin[3] = {vp[3 * i] + step * unit[0], vp[3 * i + 1] + step * unit[1],
                                     vp[3 * i + 2] + step * unit[2]};
            bool* row = visible + i * directions;
            for (int j = 0; j < directions; ++j) {
                const float* w = dp + 3 * j;
                // Below the horizon the cosine weight is zero: not worth a ray.
                if (unit[0] * w[0] + unit[1] * w[1] + unit[2] * w[2] <= 0.0f) continue;
                row[j] = !bvh.occluded(origin, w, 0.0f, kInf);
            }
        }
    });
    return out;
}

at::Tensor shadowedDiffuseTransfer(const VertexVisibility& vis, const at::Tensor& normals, int bands) {
    checkVisibility(vis, normals, "shadowedDiffuseTransfer");
    const at::Tensor cosine = clampedCosines(vis, normals);                      // [V,N]
    const at::Tensor weighted = cosine * vis.visible.to(cosine.device(), at::kFloat);
    const at::Tensor basis = shBasis(vis.directions.to(cosine.device()), bands);  // [N,K]
    // (4 pi / N) sum_j V_j max(0, n.w_j) Y_k(w_j), with the quadrature rescaled per vertex
    // so that the unoccluded cosine integral is exactly pi (the 4 pi / N cancels): an
    // open vertex gets A_0 Y_00 exactly (256 raw Fibonacci directions are off by up to
    // 0.2%), and the DC term is always A_0 Y_00 times visibleFraction. Other terms keep
    // the set's own error (band 1: ~0.3% at 256 directions, ~0.05% at 1024).
    return at::matmul(weighted, basis) * (kPi / cosine.sum(1, /*keepdim=*/true).clamp_min(1e-12));
}

at::Tensor visibleFraction(const VertexVisibility& vis, const at::Tensor& normals) {
    checkVisibility(vis, normals, "visibleFraction");
    const at::Tensor cosine = clampedCosines(vis, normals);
    const at::Tensor weighted = cosine * vis.visible.to(cosine.device(), at::kFloat);
    return weighted.sum(1) / cosine.sum(1).clamp_min(1e-12);
}

} // namespace likeness::render
