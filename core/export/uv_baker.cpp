#include "export/uv_baker.h"

#include <algorithm>
#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "common/error.h"
#include "common/srgb.h"

namespace likeness {

UvBakeResult bakeVertexData(const std::vector<float>& uvs, const std::vector<int>& triangles,
                            const std::vector<float>& values, int channels, int size, int dilation) {
    if (size < 1 || size > 8192 || channels < 1 || channels > 4) throw OptionsError("Texture bake: bad size or channels.");
    const size_t v = uvs.size() / 2;
    if (values.size() != v * static_cast<size_t>(channels)) throw InputError("Texture bake: values do not match the UVs.");
    UvBakeResult r;
    r.size = size;
    r.channels = channels;
    const size_t c = static_cast<size_t>(channels), n = static_cast<size_t>(size) * size;
    r.texels.assign(n * c, 0.0f);
    r.covered.assign(n, 0);
    for (size_t t = 0; t + 2 < triangles.size(); t += 3) {
        const size_t i[3] = {size_t(triangles[t]), size_t(triangles[t + 1]), size_t(triangles[t + 2])};
        double x[3], y[3];
        for (int k = 0; k < 3; ++k) {
            x[k] = uvs[2 * i[k]] * size;
            y[k] = uvs[2 * i[k] + 1] * size;
        }
        const double area = (x[1] - x[0]) * (y[2] - y[0]) - (x[2] - x[0]) * (y[1] - y[0]);
        if (std::abs(area) < 1e-12) continue;
        const int x0 = std::max(0, static_cast<int>(std::floor(std::min({x[0], x[1], x[2]}) - 0.5)));
        const int x1 = std::min(size - 1, static_cast<int>(std::ceil(std::max({x[0], x[1], x[2]}) - 0.5)));
        const int y0 = std::max(0, static_cast<int>(std::floor(std::min({y[0], y[1], y[2]}) - 0.5)));
        const int y1 = std::min(size - 1, static_cast<int>(std::ceil(std::max({y[0], y[1], y[2]}) - 0.5)));
        for (int py = y0; py <= y1; ++py)
            for (int px = x0; px <= x1; ++px) {
                const double sx = px + 0.5, sy = py + 0.5;
                const double w0 = ((x[1] - sx) * (y[2] - sy) - (x[2] - sx) * (y[1] - sy)) / area;
                const double w1 = ((x[2] - sx) * (y[0] - sy) - (x[0] - sx) * (y[2] - sy)) / area;
                const double w2 = 1 - w0 - w1;
                const double eps = -1e-9;   // shared edges: either neighbour may take the texel
                if (w0 < eps || w1 < eps || w2 < eps) continue;
                const size_t p = static_cast<size_t>(py) * size + static_cast<size_t>(px);
                for (size_t k = 0; k < c; ++k)
                    r.texels[p * c + k] = static_cast<float>(w0 * values[i[0] * c + k] + w1 * values[i[1] * c + k] +
                                                             w2 * values[i[2] * c + k]);
                r.covered[p] = 1;
            }
    }
    // Dilation: an empty texel takes the mean of its filled 8-neighbours, one ring per
    // pass. Only the frontier (empty texels next to filled ones) is visited, so the
    // cost follows the UV borders' length, not the texture's area.
    std::vector<unsigned char> filled = r.covered;
    std::vector<size_t> frontier;
    std::vector<unsigned char> queued(n, 0);
    auto enqueueNeighbours = [&](size_t p) {
        const int px = static_cast<int>(p % static_cast<size_t>(size)), py = static_cast<int>(p / static_cast<size_t>(size));
        for (int dy = -1; dy <= 1; ++dy)
            for (int dx = -1; dx <= 1; ++dx) {
                const int qx = px + dx, qy = py + dy;
                if (qx < 0 || qy < 0 || qx >= size || qy >= size) continue;
                const size_t q = static_cast<size_t>(qy) * size + static_cast<size_t>(qx);
                if (!filled[q] && !queued[q]) {
                    queued[q] = 1;
                    frontier.push_back(q);
                }
            }
    };
    for (size_t p = 0; p < n; ++p)
        if (filled[p]) enqueueNeighbours(p);
    for (int pass = 0; pass < dilation && !frontier.empty(); ++pass) {
        const std::vector<size_t> ring = std::move(frontier);
        frontier.clear();
        for (size_t p : ring) {   // every texel of the ring sees only the rings before it
            const int px = static_cast<int>(p % static_cast<size_t>(size)), py = static_cast<int>(p / static_cast<size_t>(size));
            double sum[4] = {0, 0, 0, 0};
            int count = 0;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    const int qx = px + dx, qy = py + dy;
                    if (qx < 0 || qy < 0 || qx >= size || qy >= size) continue;
                    const size_t q = static_cast<size_t>(qy) * size + static_cast<size_t>(qx);
                    if (!filled[q]) continue;
                    for (size_t k = 0; k < c; ++k) sum[k] += r.texels[q * c + k];
                    ++count;
                }
            for (size_t k = 0; k < c; ++k) r.texels[p * c + k] = count ? static_cast<float>(sum[k] / count) : 0.0f;
        }
        for (size_t p : ring) filled[p] = 1;   // readable from the next pass on
        for (size_t p : ring) enqueueNeighbours(p);
    }
    double mean[4] = {0, 0, 0, 0};
    size_t count = 0;
    for (size_t p = 0; p < n; ++p)
        if (r.covered[p]) {
            for (size_t k = 0; k < c; ++k) mean[k] += r.texels[p * c + k];
            ++count;
        }
    for (size_t p = 0; p < n; ++p)
        if (!filled[p])
            for (size_t k = 0; k < c; ++k) r.texels[p * c + k] = count ? static_cast<float>(mean[k] / count) : 0.0f;
    return r;
}

namespace {

cv::Mat toMat(const UvBakeResult& t, int depth, double scale, bool srgb) {
    if (t.channels != 1 && t.channels != 3) throw InputError("PNG textures need 1 or 3 channels.");
    cv::Mat m(t.size, t.size, CV_MAKETYPE(depth, t.channels));
    const size_t n = static_cast<size_t>(t.size) * t.size * t.channels;
    for (size_t i = 0; i < n; ++i) {
        double x = std::clamp(static_cast<double>(t.texels[i]), 0.0, 1.0);
        if (srgb) x = srgbFromLinear(x);
        const double q = std::round(x * scale);
        if (depth == CV_8U) m.ptr<unsigned char>()[i] = static_cast<unsigned char>(q);
        else m.ptr<unsigned short>()[i] = static_cast<unsigned short>(q);
    }
    if (t.channels == 3) cv::cvtColor(m, m, cv::COLOR_RGB2BGR);   // OpenCV writes BGR
    return m;
}

std::vector<unsigned char> encode(const cv::Mat& m) {
    std::vector<unsigned char> png;
    if (!cv::imencode(".png", m, png)) throw Error("Could not encode a PNG texture.");
    return png;
}

} // namespace

std::vector<unsigned char> encodePng8(const UvBakeResult& texture, bool srgb) {
    return encode(toMat(texture, CV_8U, 255.0, srgb));
}

std::vector<unsigned char> encodePng16(const UvBakeResult& texture) {
    return encode(toMat(texture, CV_16U, 65535.0, false));
}

} // namespace likeness
