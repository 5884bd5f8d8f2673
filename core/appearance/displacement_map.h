#pragma once
// A displacement map integrated from the fine stage's tangent-space normal map:
// the height field h (mm, along the base normal) whose slopes match the normals,
// dh/dx = -n_x / n_z along +u and dh/dy = -n_y / n_z along OpenGL +v, found by
// screened Poisson least squares over the covered texels
//   min sum |grad h - g|^2 + lambda h^2
// (the screening keeps the map a detail layer over the base mesh: features wider
// than about 1/sqrt(lambda) texels are left to the geometry). Conjugate gradients.
#include <vector>

namespace likeness {

class CancelToken;

struct DisplacementOptions {
    double screening = 1.0 / 256.0;   // lambda (1/texel^2): ~16-texel detail scale
    int maxIterations = 400;          // conjugate-gradient iterations
    double tolerance = 1e-5;          // relative residual
};

/// normals [S*S*3] unit tangent-space (row 0 = v 0), covered [S*S] (1 = on the
/// face), texelMm = one texel's side on the surface -> heights [S*S] mm (0 off the face).
std::vector<float> integrateNormalMap(const std::vector<float>& normals, const std::vector<unsigned char>& covered, int size,
                                      double texelMm, const DisplacementOptions& options = {});

} // namespace likeness
