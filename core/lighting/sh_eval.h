#pragma once
// Real spherical harmonics up to l = 4 (5 bands, 25 coefficients) on plain floats,
// so the GUI can evaluate, project and rotate light at slider speed without LibTorch.
// The basis is identical to render::shBasis (render/shading.h): real orthonormal,
// no Condon-Shortley phase, index l*l + l + m, Y_1,-1 = c y, Y_10 = c z, Y_11 = c x.
// SH light is stored row-major [bands^2][3] (RGB); SH directions are the directions
// light arrives FROM, in the fit's camera space (OpenCV: x right, y down, z forward).
#include <array>
#include <vector>

namespace likeness {

using Vec3f = std::array<float, 3>;

/// Bands this module handles (l = 0..4). The fit uses 3 (coarse) or 5 (medium/fine).
constexpr int kMaxLightBands = 5;

/// Throws OptionsError unless 1 <= bands <= kMaxLightBands.
void checkLightBands(int bands);

/// Y_lm(x, y, z) for l < bands into out[bands^2]. As in render::shBasis the direction
/// is not normalised (the basis is a polynomial in x, y, z).
void shBasisAt(double x, double y, double z, int bands, double* out);

/// Lambertian convolution factor A_l (S2F2 supp. eq. 8): pi, 2pi/3, pi/4, 0, -pi/24.
double lambertFactor(int l);

/// Radiance arriving from unit direction `d`: sum_lm L_lm Y_lm(d) per channel.
/// `sh` holds bands^2 * 3 floats (throws OptionsError otherwise).
Vec3f shRadiance(const std::vector<float>& sh, int bands, const Vec3f& d);

/// Irradiance at a surface of unit normal `n`: sum_lm A_l L_lm Y_lm(n) per channel
/// (what render::shadeSH multiplies the albedo with).
Vec3f shIrradiance(const std::vector<float>& sh, int bands, const Vec3f& n);

/// Sum of L_lm^2 over band l, per channel (rotations preserve it).
Vec3f shBandEnergy(const std::vector<float>& sh, int bands, int l);

} // namespace likeness
