#pragma once
// Triangle set-up and pixel coverage shared by the CPU rasteriser and the CUDA
// kernel (plain C++, no LibTorch, host/device), so both paths cover exactly the
// same pixels with the same depths.
//
// Conventions (see rasterizer.h): pixel (col, row) has its centre at (col, row);
// screen x right, y down. Edge functions are evaluated directly (not
// incrementally) in double precision, each edge from a canonical endpoint
// (the lexicographically smaller one by (y, x)), so two triangles sharing an edge
// evaluate bit-identical values of opposite sign; ties (a pixel centre exactly on
// an edge) follow the top-left rule, so a shared edge is owned by exactly one side.
#include <cmath>
#include <cstdint>

#if defined(__CUDACC__)
#define LIKENESS_HD __host__ __device__ __forceinline__
#else
#define LIKENESS_HD inline
#endif

namespace likeness::render::detail {

// Round-to-nearest products and differences without FMA contraction on the
// device, so the CUDA kernel reproduces the CPU's values bit for bit.
LIKENESS_HD double rnMul(double a, double b) {
#if defined(__CUDA_ARCH__)
    return __dmul_rn(a, b);
#else
    return a * b;
#endif
}
LIKENESS_HD double rnSub(double a, double b) {
#if defined(__CUDA_ARCH__)
    return __dsub_rn(a, b);
#else
    return a - b;
#endif
}
LIKENESS_HD double rnAdd(double a, double b) {
#if defined(__CUDA_ARCH__)
    return __dadd_rn(a, b);
#else
    return a + b;
#endif
}

LIKENESS_HD bool isFiniteValue(double x) {
#if defined(__CUDA_ARCH__)
    return isfinite(x);
#else
    return std::isfinite(x);
#endif
}

/// One screen-space triangle ready for coverage tests. Edge i is opposite vertex i.
struct RasterTriangle {
    double ox[3], oy[3];   // canonical origin of edge i
    double dx[3], dy[3];   // canonical direction of edge i
    double sign[3];        // +-1: canonical edge value -> barycentric weight of vertex i (>= 0 inside)
    bool topLeft[3];       // a pixel centre exactly on edge i belongs to this triangle
    double invZ[3];        // 1 / depth of each vertex
    int x0, x1, y0, y1;    // inclusive pixel bounding box, clipped to the image
};

LIKENESS_HD bool lexLess(double ax, double ay, double bx, double by) {
    return ay < by || (ay == by && ax < bx);
}

/// Sets up the triangle (v0, v1, v2), each {x, y, z}. Returns false when it covers
/// no pixel: a vertex with z <= nearZ or non-finite coordinates, zero area,
/// off-screen, or back-facing (clockwise on screen, y down) with cullBackFaces.
LIKENESS_HD bool setupRasterTriangle(const double* v0, const double* v1, const double* v2, int width, int height,
                                     double nearZ, bool cullBackFaces, RasterTriangle& t) {
    const double* v[3] = {v0, v1, v2};
    for (int i = 0; i < 3; ++i) {
        for (int k = 0; k < 3; ++k)
            if (!isFiniteValue(v[i][k])) return false;
        if (!(v[i][2] > nearZ)) return false;
    }
    // Twice the signed area; > 0 means clockwise on screen (y down).
    const double area = rnSub(rnMul(rnSub(v1[0], v0[0]), rnSub(v2[1], v0[1])),
                              rnMul(rnSub(v1[1], v0[1]), rnSub(v2[0], v0[0])));
    if (!(area != 0.0) || !isFiniteValue(area)) return false;
    if (cullBackFaces && area > 0.0) return false;
    const double orient = area > 0.0 ? 1.0 : -1.0;

    double minX = v0[0], maxX = v0[0], minY = v0[1], maxY = v0[1];
    for (int i = 1; i < 3; ++i) {
        minX = ::fmin(minX, v[i][0]);
        maxX = ::fmax(maxX, v[i][0]);
        minY = ::fmin(minY, v[i][1]);
        maxY = ::fmax(maxY, v[i][1]);
    }
    // Pixel centres inside [min, max], clipped to the image (clamped in double
    // first so huge coordinates cannot overflow int).
    const double cx0 = ::fmax(::ceil(minX), 0.0), cx1 = ::fmin(::floor(maxX), double(width - 1));
    const double cy0 = ::fmax(::ceil(minY), 0.0), cy1 = ::fmin(::floor(maxY), double(height - 1));
    if (cx0 > cx1 || cy0 > cy1) return false;
    t.x0 = int(cx0);
    t.x1 = int(cx1);
    t.y0 = int(cy0);
    t.y1 = int(cy1);

    for (int i = 0; i < 3; ++i) {
        const double* a = v[(i + 1) % 3];
        const double* b = v[(i + 2) % 3];
        const bool aFirst = lexLess(a[0], a[1], b[0], b[1]);
        const double* p = aFirst ? a : b;
        const double* q = aFirst ? b : a;
        t.ox[i] = p[0];
        t.oy[i] = p[1];
        t.dx[i] = rnSub(q[0], p[0]);
        t.dy[i] = rnSub(q[1], p[1]);
        // Canonical value = cross(q - p, c - p); the raw edge a->b gives cross(b - a, c - a).
        t.sign[i] = aFirst ? orient : -orient;
        // Traversed with positive orientation the edge runs along sign * (dx, dy);
        // "top" = horizontal running right, "left" = running up (y down).
        const double ex = t.sign[i] * t.dx[i], ey = t.sign[i] * t.dy[i];
        t.topLeft[i] = ey < 0.0 || (ey == 0.0 && ex > 0.0);
        t.invZ[i] = 1.0 / v[i][2];
    }
    return true;
}

/// Barycentric weights (unnormalised, summing to twice the area) of pixel centre
/// (x, y); returns false when the pixel is not covered.
LIKENESS_HD bool coverPixel(const RasterTriangle& t, int x, int y, double w[3]) {
    const double px = double(x), py = double(y);
    for (int i = 0; i < 3; ++i) {
        const double e = rnSub(rnMul(t.dx[i], rnSub(py, t.oy[i])), rnMul(t.dy[i], rnSub(px, t.ox[i])));
        const double wi = t.sign[i] * e;
        if (wi < 0.0 || (wi == 0.0 && !t.topLeft[i])) return false;
        w[i] = wi;
    }
    return true;
}

/// Perspective-correct camera depth at a covered pixel from its weights: 1/z is
/// affine in screen space. Returns +inf for a degenerate weight sum.
LIKENESS_HD float pixelDepth(const RasterTriangle& t, const double w[3]) {
    const double sum = rnAdd(rnAdd(w[0], w[1]), w[2]);
    const double invZ = rnAdd(rnAdd(rnMul(w[0], t.invZ[0]), rnMul(w[1], t.invZ[1])), rnMul(w[2], t.invZ[2]));
    if (!(sum > 0.0) || !(invZ > 0.0)) return INFINITY;
    return float(sum / invZ);
}

} // namespace likeness::render::detail
