#pragma once
// Z-buffered triangle rasterisation and differentiable attribute interpolation.
// Screen space: x right, y down, in pixels; pixel (col, row) has its centre at
// (col, row) (the OpenCV convention the landmarks use); z = camera depth (> 0).
//
// Coverage: a pixel is covered when its centre lies inside the triangle; a centre
// exactly on an edge belongs to the triangle for which that edge is a top edge
// (horizontal, interior below) or a left edge (interior to its right) - the
// top-left fill rule - so a mesh covers every pixel once, without gaps or double
// cover along shared edges. Both windings are rasterised unless cullBackFaces.
// Depth is perspective-correct (1/z affine in screen space); equal depths go to
// the lower triangle index. CPU and CUDA paths produce identical fragments.
#include <ATen/core/Tensor.h>

namespace likeness::render {

/// What the rasteriser found at every pixel.
struct RasterFragments {
    at::Tensor triangle;   // [H,W] int32: index of the nearest triangle, -1 = background
    at::Tensor depth;      // [H,W] float32: camera depth of that surface point, +inf for background
    int width = 0, height = 0;
};

struct RasterOptions {
    bool cullBackFaces = false;   // drop triangles whose screen winding is clockwise (y down); with
                                  // OpenCV camera axes these are the ones whose normal
                                  // (v1 - v0) x (v2 - v0) points away from the camera
    double nearZ = 1e-3;          // triangles with any vertex at depth <= nearZ are skipped (not clipped)
    void validate() const;
};

/// Rasterises `triangles` ([F,3] int32/int64) over `screenVertices` ([V,3]: x, y pixels, z depth)
/// into a `width` x `height` image. CPU: multithreaded over image tiles; CUDA
/// tensors use the CUDA kernel when built with CUDA. Not differentiable (ids only).
RasterFragments rasterize(const at::Tensor& screenVertices, const at::Tensor& triangles, int width, int height,
                          const RasterOptions& options = {});

/// Interpolates per-vertex `attributes` ([V,C]) at every covered pixel -> [H,W,C]
/// (zeros on background). Barycentrics are recomputed with LibTorch ops from
/// `screenVertices`, perspective-correct, so gradients flow to both the
/// attributes and the vertex positions.
at::Tensor interpolate(const at::Tensor& attributes, const at::Tensor& screenVertices, const at::Tensor& triangles,
                       const RasterFragments& fragments);

/// [H,W] float: 1 where a triangle covers the pixel, else 0.
at::Tensor coverage(const RasterFragments& fragments);

} // namespace likeness::render
