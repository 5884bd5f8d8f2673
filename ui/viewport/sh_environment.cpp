#include "viewport/sh_environment.h"

#include <algorithm>
#include <cmath>

#include "lighting/sh_eval.h"
#include "viewport/viewport_scene.h"

namespace likeness::ui {
namespace {

constexpr double kPi = 3.14159265358979323846;

} // namespace

ShEnvironment shEnvironment(const ViewportLight& light, double roughness) {
    // Lambert A_l (render::lambertKernel) and S_l = pi exp(-(roughness l)^2) (render::specularKernel).
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
            likeness::shBasisAt(std::sin(theta) * std::sin(phi), std::cos(theta), std::sin(theta) * std::cos(phi),
                                std::max(bands, 1), Y);
            float* d = &env.diffuse[size_t(j * ShEnvironment::kWidth + i) * 3];
            float* s = &env.specular[size_t(j * ShEnvironment::kWidth + i) * 3];
            for (int l = 0; l * l < count; ++l) {
                const double a = likeness::lambertFactor(l), sl = kPi * std::exp(-(roughness * l) * (roughness * l));
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
