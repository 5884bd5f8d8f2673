#pragma once
// Projecting environments onto the SH basis of sh_eval.h: analytic functions (by
// Gauss quadrature) and latitude-longitude (equirectangular) images.
//
// Equirect mapping to camera space (OpenCV: x right, y down, z forward). The panorama
// is the environment as seen FROM the subject's head, the usual way HDRIs are shot:
//   pixel (i, j) of a W x H image has centre u = (i + 0.5) / W, v = (j + 0.5) / H;
//   longitude phi = 2 pi (u - 0.5), latitude theta = pi (0.5 - v);
//   direction d = (-cos(theta) sin(phi), -sin(theta), -cos(theta) cos(phi)).
// So the image centre is straight ahead of the face (toward the camera, -z), the top
// row is up (-y), the image's right half lies to the subject's right (camera -x,
// image left in the photo), and the left and right edges meet behind the head (+z).
#include <functional>
#include <vector>

#include "lighting/sh_eval.h"

namespace likeness {

/// Points and weights on the unit sphere: n Gauss-Legendre nodes in z times 2n
/// uniform longitudes. Integrates polynomials in x, y, z up to degree 2n - 1 exactly.
struct SphereQuadrature {
    std::vector<Vec3f> directions;
    std::vector<double> weights;   // sum to 4 pi
};
/// Cached per n (thread-safe); n in 1..256.
const SphereQuadrature& sphereQuadrature(int n);

/// SH coefficients [bands^2][3] of radiance(d) by quadrature with `n` nodes (exact
/// for environments band-limited to l <= 2n - 1 - (bands - 1)).
std::vector<float> shProjectFunction(const std::function<Vec3f(const Vec3f&)>& radiance, int bands, int n = 64);

/// Unit direction of the equirect coordinates (u, v) in [0,1]^2 (mapping above).
Vec3f equirectDirection(double u, double v);

/// Solid-angle-weighted projection of an equirect image: rgb holds width*height*3
/// linear floats, row-major from the top row. Each pixel's weight is its exact solid
/// angle (2 pi / W) * (sin(theta_top) - sin(theta_bottom)), so a constant image gives
/// exactly L_00 = 2 sqrt(pi) * value. The basis is sampled at pixel centres: exact in
/// longitude for band-limited light, midpoint in latitude (higher coefficients are
/// off by O(1/height^2): below 1e-3 of L_00 at 128 rows). Throws OptionsError for bad
/// sizes or bands.
std::vector<float> shProjectEquirect(const float* rgb, int width, int height, int bands);

/// The radiance of SH light rendered into a width x height equirect image (the inverse
/// of shProjectEquirect for band-limited light; previews and tests).
std::vector<float> shRenderEquirect(const std::vector<float>& sh, int bands, int width, int height);

} // namespace likeness
