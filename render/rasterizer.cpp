#include "rasterizer.h"

#include "raster_triangle.h"
#include "rasterizer_cuda.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

namespace likeness::render {
namespace {

constexpr int kBandRows = 8;   // image rows per parallel work item

void checkInputs(const at::Tensor& screenVertices, const at::Tensor& triangles, int width, int height) {
    if (width <= 0 || height <= 0) throw std::invalid_argument("rasterize: image size must be positive");
    if (screenVertices.dim() != 2 || screenVertices.size(1) != 3)
        throw std::invalid_argument("rasterize: expected screen vertices [V,3]");
    if (triangles.dim() != 2 || triangles.size(1) != 3)
        throw std::invalid_argument("rasterize: expected triangles [F,3]");
    if (triangles.scalar_type() != at::kInt && triangles.scalar_type() != at::kLong)
        throw std::invalid_argument("rasterize: triangles must be int32 or int64");
    if (!at::isFloatingType(screenVertices.scalar_type()))
        throw std::invalid_argument("rasterize: screen vertices must be floating point");
    if (screenVertices.device() != triangles.device())
        throw std::invalid_argument("rasterize: screen vertices and triangles must be on the same device");
    if (triangles.size(0) > std::numeric_limits<int32_t>::max())
        throw std::invalid_argument("rasterize: too many triangles for int32 ids");
    if (triangles.numel() > 0) {
        const auto [lo, hi] = at::aminmax(triangles);
        if (lo.item<int64_t>() < 0 || hi.item<int64_t>() >= screenVertices.size(0))
            throw std::invalid_argument("rasterize: triangle index out of range");
    }
}

RasterFragments rasterizeCpu(const at::Tensor& screenVertices, const at::Tensor& triangles, int width, int height,
                             const RasterOptions& options) {
    const at::Tensor verts = screenVertices.detach().to(at::kDouble).contiguous();
    const at::Tensor tris = triangles.to(at::kLong).contiguous();
    const double* v = verts.data_ptr<double>();
    const int64_t* f = tris.data_ptr<int64_t>();
    const int64_t numTriangles = tris.size(0);

    RasterFragments out;
    out.width = width;
    out.height = height;
    out.triangle = at::empty({height, width}, at::kInt);
    out.depth = at::empty({height, width}, at::kFloat);
    int32_t* outTriangle = out.triangle.data_ptr<int32_t>();
    float* outDepth = out.depth.data_ptr<float>();

    // 1. Set up every triangle (parallel).
    std::vector<detail::RasterTriangle> setup(static_cast<size_t>(numTriangles));
    std::vector<uint8_t> valid(static_cast<size_t>(numTriangles), 0);
    at::parallel_for(0, numTriangles, 2048, [&](int64_t begin, int64_t end) {
        for (int64_t t = begin; t < end; ++t) {
            const int64_t* idx = f + 3 * t;
            valid[t] = detail::setupRasterTriangle(v + 3 * idx[0], v + 3 * idx[1], v + 3 * idx[2], width, height,
                                                   options.nearZ, options.cullBackFaces, setup[t]);
        }
    });

    // 2. Bin triangles into bands of rows, keeping triangle order inside each bin
    //    (ties in depth go to the lower triangle index, as on the GPU).
    const int numBands = (height + kBandRows - 1) / kBandRows;
    std::vector<int64_t> binStart(static_cast<size_t>(numBands) + 1, 0);
    for (int64_t t = 0; t < numTriangles; ++t)
        if (valid[t])
            for (int b = setup[t].y0 / kBandRows; b <= setup[t].y1 / kBandRows; ++b) ++binStart[b + 1];
    for (int b = 0; b < numBands; ++b) binStart[b + 1] += binStart[b];
    std::vector<int32_t> binned(static_cast<size_t>(binStart[numBands]));
    {
        std::vector<int64_t> cursor(binStart.begin(), binStart.end() - 1);
        for (int64_t t = 0; t < numTriangles; ++t)
            if (valid[t])
                for (int b = setup[t].y0 / kBandRows; b <= setup[t].y1 / kBandRows; ++b)
                    binned[cursor[b]++] = static_cast<int32_t>(t);
    }

    // 3. Rasterise each band (parallel); a band owns its rows of the z-buffer.
    at::parallel_for(0, numBands, 1, [&](int64_t bandBegin, int64_t bandEnd) {
        for (int64_t band = bandBegin; band < bandEnd; ++band) {
            const int rowBegin = static_cast<int>(band) * kBandRows;
            const int rowEnd = std::min(height, rowBegin + kBandRows);
            std::fill(outTriangle + int64_t(rowBegin) * width, outTriangle + int64_t(rowEnd) * width, -1);
            std::fill(outDepth + int64_t(rowBegin) * width, outDepth + int64_t(rowEnd) * width,
                      std::numeric_limits<float>::infinity());
            for (int64_t k = binStart[band]; k < binStart[band + 1]; ++k) {
                const int32_t t = binned[k];
                const detail::RasterTriangle& tri = setup[t];
                const int y0 = std::max(tri.y0, rowBegin), y1 = std::min(tri.y1, rowEnd - 1);
                for (int y = y0; y <= y1; ++y) {
                    int32_t* rowTriangle = outTriangle + int64_t(y) * width;
                    float* rowDepth = outDepth + int64_t(y) * width;
                    for (int x = tri.x0; x <= tri.x1; ++x) {
                        double w[3];
                        if (!detail::coverPixel(tri, x, y, w)) continue;
                        const float z = detail::pixelDepth(tri, w);
                        if (z < rowDepth[x]) {
                            rowDepth[x] = z;
                            rowTriangle[x] = t;
                        }
                    }
                }
            }
        }
    });
    return out;
}

} // namespace

void RasterOptions::validate() const {
    if (!(nearZ >= 0.0) || !std::isfinite(nearZ))
        throw std::invalid_argument("RasterOptions: nearZ must be finite and >= 0");
}

RasterFragments rasterize(const at::Tensor& screenVertices, const at::Tensor& triangles, int width, int height,
                          const RasterOptions& options) {
    options.validate();
    checkInputs(screenVertices, triangles, width, height);
    if (screenVertices.is_cuda()) {
#ifdef LIKENESS_HAVE_CUDA
        return detail::rasterizeCuda(screenVertices, triangles, width, height, options);
#else
        throw std::runtime_error("rasterize: Likeness was built without CUDA; pass CPU tensors");
#endif
    }
    if (!screenVertices.is_cpu()) throw std::invalid_argument("rasterize: unsupported device");
    return rasterizeCpu(screenVertices, triangles, width, height, options);
}

at::Tensor coverage(const RasterFragments& fragments) {
    return fragments.triangle.ge(0).to(at::kFloat);
}

} // namespace likeness::render
