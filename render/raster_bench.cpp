#include "raster_bench.h"

#include "camera_projection.h"
#include "rasterizer.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <stdexcept>
#include <vector>

namespace likeness::render {
namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

double best(const std::vector<double>& v) {
    return v.empty() ? 0.0 : *std::min_element(v.begin(), v.end());
}

template <typename Fn>
double timeMs(Fn&& fn) {
    const auto start = std::chrono::steady_clock::now();
    fn();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

RasterBenchResult benchRaster(int size, int triangles, int repetitions) {
    if (size <= 0 || triangles < 2 || repetitions <= 0) throw std::invalid_argument("benchRaster: bad arguments");
    // An n x n grid (2 n^2 triangles) on a sphere cap facing the camera, framed to
    // cover a square of side size / sqrt(3).
    const int n = std::max(1, int(std::lround(std::sqrt(triangles / 2.0))));
    const at::Tensor t = at::linspace(-1.0, 1.0, n + 1, at::kFloat);
    const at::Tensor gx = t.reshape({1, -1}).expand({n + 1, n + 1});
    const at::Tensor gy = t.reshape({-1, 1}).expand({n + 1, n + 1});
    const double distance = 500.0, radius = 120.0, halfWidth = 60.0;
    const at::Tensor x = gx * halfWidth, y = gy * halfWidth;
    const at::Tensor z = distance - at::sqrt(radius * radius - x * x - y * y);
    const at::Tensor camera = at::stack({x, y, z}, -1).reshape({-1, 3});
    const double focal = size / std::sqrt(3.0) / (2 * halfWidth) * (distance - radius);
    const at::Tensor screen =
        projectPerspective(camera, at::scalar_tensor(focal), (size - 1) / 2.0, (size - 1) / 2.0).contiguous();
    std::vector<int32_t> idx;
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            const int32_t a = j * (n + 1) + i, b = a + 1, c = a + n + 1, d = c + 1;
            idx.insert(idx.end(), {a, c, d, a, d, b});
        }
    const at::Tensor faces = at::tensor(idx, at::kInt).reshape({-1, 3});
    const at::Tensor colours = at::rand({screen.size(0), 3});

    RasterBenchResult result;
    result.width = result.height = size;
    result.triangles = faces.size(0);
    result.threads = at::get_num_threads();
    std::vector<double> raster, forward, backward;
    for (int rep = -2; rep < repetitions; ++rep) {
        RasterFragments fragments;
        const double r = timeMs([&] { fragments = rasterize(screen, faces, size, size); });
        const at::Tensor attributes = colours.detach().requires_grad_(true);
        const at::Tensor vertices = screen.detach().requires_grad_(true);
        at::Tensor image;
        const double f = timeMs([&] { image = interpolate(attributes, vertices, faces, fragments); });
        const at::Tensor loss = image.sum();
        const double b = timeMs([&] { loss.backward(); });
        if (rep >= 0) {
            raster.push_back(r);
            forward.push_back(f);
            backward.push_back(b);
        }
        result.coveredPixels = fragments.triangle.ge(0).sum().item<int64_t>();
    }
    result.rasterizeMs = median(raster);
    result.interpolateForwardMs = median(forward);
    result.interpolateBackwardMs = median(backward);
    result.rasterizeBestMs = best(raster);
    result.interpolateForwardBestMs = best(forward);
    result.interpolateBackwardBestMs = best(backward);
    return result;
}

} // namespace likeness::render
