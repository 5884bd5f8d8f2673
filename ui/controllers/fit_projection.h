#pragma once
// The fitted mesh of a FaceFit projected into its photo (plain data, no Qt, no
// LibTorch): the wireframe the GUI draws over the photo.
#include <vector>

#include "fit/coarse_fit.h"

namespace likeness::ui {

/// The fitted mesh of one image in that image's pixels.
struct FitProjection {
    int width = 0, height = 0;           // the photo's size
    double focalPx = 0, cx = 0, cy = 0;  // the pinhole camera used (pixels of the photo)
    std::vector<float> points;           // [V*2] x, y in pixels, OpenCV convention ((0,0) = centre of the top-left pixel); NaN behind the camera
    std::vector<float> depth;            // [V] camera depth (mm); <= 0 = behind the camera
    std::vector<int> frontTriangles;     // [T*3] the triangles facing the camera (all vertices in front of it)
    int vertexCount() const { return int(depth.size()); }
};

/// Projects image `imageIndex`'s posed vertices (ImageFit::posedVertices, else
/// FaceFit::posedVertices) with its pose and focal length into a `width` x
/// `height` photo: x_cam = R(axis-angle) * v + t, u = f * x / z + cx,
/// v = f * y / z + cy, with (cx, cy) the fit's principal point (the image centre
/// when the fit does not give one), all scaled when the photo's size differs
/// from ImageFit::imageWidth. Front-facing triangles are found by their winding
/// relative to the majority (visible) side. Throws likeness::Error when the fit
/// has no such image or its arrays are inconsistent.
FitProjection projectFit(const likeness::FaceFit& fit, int imageIndex, int width, int height);

} // namespace likeness::ui
