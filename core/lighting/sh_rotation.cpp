#include "lighting/sh_rotation.h"

#include <cmath>

#include "lighting/sh_projection.h"

namespace likeness {

Mat3f yawRotation(double yawDeg) {
    const double a = yawDeg * 3.14159265358979323846 / 180.0;
    const float c = float(std::cos(a)), s = float(std::sin(a));
    // (0, 0, -1) -> (sin a, 0, -cos a): at +90 deg light from the front arrives from +x.
    return {c, 0.f, -s,
            0.f, 1.f, 0.f,
            s, 0.f, c};
}

std::vector<float> rotateSH(const std::vector<float>& sh, int bands, const Mat3f& R) {
    // The rotated environment is f'(d) = f(R^T d); f' has the same bands as f, so
    // projecting it with a quadrature exact to degree 2 * 4 (n = 8: degree 15) is exact.
    (void)shRadiance(sh, bands, {0.f, 0.f, 1.f});   // validates the size
    return shProjectFunction(
        [&](const Vec3f& d) {
            const Vec3f back = {R[0] * d[0] + R[3] * d[1] + R[6] * d[2], R[1] * d[0] + R[4] * d[1] + R[7] * d[2],
                                R[2] * d[0] + R[5] * d[1] + R[8] * d[2]};
            return shRadiance(sh, bands, back);
        },
        bands, 8);
}

std::vector<float> rotateSH(const std::vector<float>& sh, int bands, double yawDeg) {
    return rotateSH(sh, bands, yawRotation(yawDeg));
}

} // namespace likeness
