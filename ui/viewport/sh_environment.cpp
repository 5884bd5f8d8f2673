#include "viewport/sh_environment.h"

#include <cmath>

#include "viewport/viewport_scene.h"

namespace likeness::ui {
namespace {

constexpr double kPi = 3.14159265358979323846;

} // namespace

void shBasis25(double x, double y, double z, double Y[25]) {
    // Orthonormal real SH without the Condon-Shortley phase, index l*l + l + m (render/sh_basis.cpp).
    Y[0] = 0.28209479177387814;
    Y[1] = 0.4886025119029199 * y;
    Y[2] = 0.4886025119029199 * z;
    Y[3] = 0.4886025119029199 * x;
    Y[4] = 1.0925484305920792 * x * y;
    Y[5] = 1.0925484305920792 * y * z;
    Y[6] = 0.31539156525252005 * (3 * z * z - 1);
    Y[7] = 1.0925484305920792 * x * z;
    Y[8] = 0.5462742152960396 * (x * x - y * y);
    Y[9] = 0.5900435899266435 * y * (3 * x * x - y * y);
    Y[10] = 2.890611442640554 * x * y * z;
    Y[11] = 0.4570457994644658 * y * (5 * z * z - 1);
    Y[12] = 0.3731763325901154 * z * (5 * z * z - 3);
    Y[13] = 0.4570457994644658 * x * (5 * z * z - 1);
    Y[14] = 1.445305721320277 * z * (x * x - y * y);
    Y[15] = 0.5900435899266435 * x * (x * x - 3 * y * y);
    Y[16] = 2.5033429417967046 * x * y * (x * x - y * y);
    Y[17] = 1.7701307697799304 * y * z * (3 * x * x - y * y);
    Y[18] = 0.9461746957575601 * x * y * (7 * z * z - 1);
    Y[19] = 0.6690465435572892 * y * z * (7 * z * z - 3);
    Y[20] = 0.10578554691520431 * (35 * z * z * z * z - 30 * z * z + 3);
    Y[21] = 0.6690465435572892 * x * z * (7 * z * z - 3);
    Y[22] = 0.47308734787878004 * (x * x - y * y) * (7 * z * z - 1);
    Y[23] = 1.7701307697799304 * x * z * (x * x - 3 * y * y);
    Y[24] = 0.6258357354491761 * (x * x * (x * x - 3 * y * y) - y * y * (3 * x * x - y * y));
}

ShEnvironment shEnvironment(const ViewportLight& light, double roughness) {
    // Lambert A_l (render::lambertKernel) and S_l = pi exp(-(roughness l)^2) (render::specularKernel).
    const double lambert[5] = {kPi, 2 * kPi / 3, kPi / 4, 0, -kPi / 24};
    const int bands = std::min(light.bands, 5);
    const int count = light.sh.size() >= size_t(bands * bands * 3) ? bands * bands : 0;
    ShEnvironment env;
    env.diffuse.assign(size_t(ShEnvironment::kWidth * ShEnvironment::kHeight * 3), 0.0f);
    env.specular = env.diffuse;
    double Y[25];
    for (int j = 0; j < ShEnvironment::kHeight; ++j) {
        const double theta = kPi * (j + 0.5) / ShEnvironment::kHeight;
        for (int i = 0; i < ShEnvironment::kWidth; ++i) {
            const double phi = 2 * kPi * (i + 0.5) / ShEnvironment::kWidth - kPi;
            shBasis25(std::sin(theta) * std::sin(phi), std::cos(theta), std::sin(theta) * std::cos(phi), Y);
            float* d = &env.diffuse[size_t(j * ShEnvironment::kWidth + i) * 3];
            float* s = &env.specular[size_t(j * ShEnvironment::kWidth + i) * 3];
            for (int l = 0; l * l < count; ++l) {
                const double a = lambert[l], sl = kPi * std::exp(-(roughness * l) * (roughness * l));
                for (int m = -l; m <= l; ++m) {
                    const int k = l * l + l + m;
                    for (int c = 0; c < 3; ++c) {
                        d[c] += float(a * light.sh[size_t(k) * 3 + c] * Y[k]);
                        s[c] += float(sl * light.sh[size_t(k) * 3 + c] * Y[k]);
                    }
                }
            }
        }
    }
    return env;
}

} // namespace likeness::ui
