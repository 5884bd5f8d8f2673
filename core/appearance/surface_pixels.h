#pragma once
// The frozen geometry of one fitted photo as the UV-map stages need it: for every
// pixel the face covers, the surface point's UV coordinate, its tangent frame
// (normal, tangent, bitangent in camera space: S2F2 sec. 3.4's T_i) and the
// direction to the camera; for every vertex, its camera-space position and frame
// (ray-traced visibility and its refresh work per vertex). The coarse fit's
// pose and mesh do not change in the medium and fine stages, so this is built once.
#include <ATen/core/Tensor.h>
#include <opencv2/core/mat.hpp>

#include "fit/coarse_fit.h"

namespace likeness {

struct SurfacePixels {
    int width = 0, height = 0;
    int64_t count = 0;            // covered pixels P
    at::Tensor pixel;             // [P] int64 flat index (row-major)
    at::Tensor corners;           // [P,3] int64 vertex indices of the pixel's triangle
    at::Tensor bary;              // [P,3] perspective-correct barycentric weights
    at::Tensor grid;              // [1,1,P,2] grid_sampler coordinates of the pixel's UV
    at::Tensor normal;            // [P,3] unit interpolated outward normal (camera space)
    at::Tensor tangent;           // [P,3] unit, orthogonal to the normal, along +u
    at::Tensor bitangent;         // [P,3] unit, along OpenGL +v (v up): the normal map's +Y
    at::Tensor view;              // [P,3] unit, from the surface to the camera
    at::Tensor uvPerPixel;        // [P,1] UV units one pixel spans on the surface (RMS of the screen-to-UV
                                  // Jacobian's singular values; times a map's size = texels per pixel)
    at::Tensor photo;             // [P,3] the photo (sRGB) at the pixels; undefined when rendering only
    // Per vertex (camera space):
    at::Tensor cameraVertices;    // [V,3] mm
    at::Tensor triangles;         // [F,3] int64, outward winding as in the fit
    at::Tensor vertexNormal, vertexTangent, vertexBitangent;   // [V,3] unit frames
    at::Tensor vertexGrid;        // [1,1,V,2] grid_sampler coordinates of the vertex UVs
};

/// Builds image `imageIndex` of `fit` at `width` x `height` (the photo's size or
/// a uniformly scaled version). `photo`, when not null, is CV_32FC3 sRGB [0,1] of
/// that size and fills SurfacePixels::photo.
SurfacePixels buildSurfacePixels(const FaceFit& fit, size_t imageIndex, int width, int height,
                                 const cv::Mat* photo = nullptr);

/// Barycentric interpolation of per-vertex rows [V,C] at the pixels -> [P,C] (differentiable).
at::Tensor interpolateAtPixels(const SurfacePixels& s, const at::Tensor& vertexData);

/// grid_sampler coordinates [1,1,N,2] of UVs [N,2] (u right, v down in [0,1]).
at::Tensor uvToGrid(const at::Tensor& uv);

} // namespace likeness
