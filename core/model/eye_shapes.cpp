// Eyelid shapes. There are no eyeball vertices in the 468: the eye shapes move
// the lid margins (EyeUpper0 / EyeLower0) and, with falloff, the lid skin around
// them. Blink closes the upper margin onto the (slightly raised) lower margin:
// each upper-lid vertex goes to the lower-lid point at its own position along
// the corner-to-corner axis, a hair above it, so the lids meet but never cross.
// eyeLook* shift the lids the way they follow the cornea (up/down, in/out).
#include <algorithm>
#include <cmath>

#include "model/blendshape_builders.h"
#include "model/mesh_fields.h"

namespace likeness::model {
namespace {

// Fraction of the local lid opening left between the closed lids (blink).
constexpr double kBlinkGap = 0.02;
// How much the lower lid rises during a blink (fraction of the local opening).
constexpr double kBlinkLowerRise = 0.12;

struct EyeGeometry {
    const EyeRegions* eye = nullptr;
    Vec3 axis;                       // outer -> inner corner, unit
    std::vector<double> upperGap;    // per upperLid vertex: distance to the lower lid below
    std::vector<double> lowerGap;    // per interior lowerLid vertex: distance to the upper lid above
    double upperSkin = 0;            // mesh distance from the upper margin to the brow
    double lowerSkin = 0;            // falloff radius below the lower margin
    double meanOpening = 0;
    double axial(const Vec3& p, const RigContext& rig) const {
        return dot(p - rig.point(eye->outerCorner), axis);
    }
};

EyeGeometry eyeGeometry(const RigContext& rig, const EyeRegions& e) {
    EyeGeometry g;
    g.eye = &e;
    g.axis = normalized(rig.point(e.innerCorner) - rig.point(e.outerCorner));
    const auto& pts = rig.neutral();
    for (int u : e.upperLid)
        g.upperGap.push_back(norm(pts[std::size_t(u)] - lowerLidPointBelow(e, pts, pts[std::size_t(u)])));
    for (std::size_t k = 1; k + 1 < e.lowerLid.size(); ++k) {
        const int l = e.lowerLid[k];
        g.lowerGap.push_back(norm(pts[std::size_t(l)] - upperLidPointAbove(e, pts, pts[std::size_t(l)])));
    }
    g.meanOpening = e.opening;
    const std::vector<double> fromUpper = rig.distanceTo(e.upperLid);
    double brow = 1e9;
    for (int b : e.browLower)
        brow = std::min(brow, fromUpper[std::size_t(b)]);
    g.upperSkin = brow;   // the brow itself stays (the falloff is zero from there on)
    g.lowerSkin = 0.3 * rig.anatomy().eyeDistance;
    return g;
}

// Seeds for a lid motion: per upper / lower margin vertex a motion, corners given
// their own motion (usually none).
struct LidMotion {
    std::vector<Vec3> upper, lower;   // per upperLid vertex; per interior lowerLid vertex
    Vec3 outerCorner, innerCorner;
    double upperRadius = 0, lowerRadius = 0;
};

BuiltShape lidShape(const RigContext& rig, const EyeGeometry& g, const LidMotion& m) {
    const EyeRegions& e = *g.eye;
    std::vector<Seed> seeds;
    for (std::size_t k = 0; k < e.upperLid.size(); ++k)
        seeds.push_back({e.upperLid[k], m.upper[k], m.upperRadius});
    for (std::size_t k = 1; k + 1 < e.lowerLid.size(); ++k)
        seeds.push_back({e.lowerLid[k], m.lower[k - 1], m.lowerRadius});
    const double cornerRadius = 0.5 * (m.upperRadius + m.lowerRadius);
    seeds.push_back({e.outerCorner, m.outerCorner, cornerRadius});
    seeds.push_back({e.innerCorner, m.innerCorner, cornerRadius});
    return spreadShape(rig, seeds);
}

BuiltShape blink(const RigContext& rig, const EyeGeometry& g) {
    const EyeRegions& e = *g.eye;
    LidMotion m;
    m.upperRadius = g.upperSkin;
    m.lowerRadius = g.lowerSkin;
    std::vector<Vec3> posed = rig.neutral();
    for (std::size_t k = 0; k < g.lowerGap.size(); ++k) {
        m.lower.push_back(rig.up() * (kBlinkLowerRise * g.lowerGap[k]));
        posed[std::size_t(e.lowerLid[k + 1])] += m.lower.back();
    }
    for (std::size_t k = 0; k < e.upperLid.size(); ++k) {
        const Vec3& p = rig.point(e.upperLid[k]);
        const Vec3 target = lowerLidPointBelow(e, posed, p) + rig.up() * (kBlinkGap * g.upperGap[k]);
        m.upper.push_back(target - p);
    }
    return lidShape(rig, g, m);
}

// Upper / lower margins move along `up` by the given fractions of the local opening.
BuiltShape lidsVertical(const RigContext& rig, const EyeGeometry& g, double upper, double lower, double upperRadiusScale,
                   double lowerRadiusScale) {
    LidMotion m;
    m.upperRadius = g.upperSkin * upperRadiusScale;
    m.lowerRadius = g.lowerSkin * lowerRadiusScale;
    for (double gap : g.upperGap)
        m.upper.push_back(rig.up() * (upper * gap));
    for (double gap : g.lowerGap)
        m.lower.push_back(rig.up() * (lower * gap));
    return lidShape(rig, g, m);
}

// Both margins slide along the eye axis (toward the inner corner for `amount` > 0),
// most in the middle of the eye, corners fixed.
BuiltShape lidsSideways(const RigContext& rig, const EyeGeometry& g, double amount) {
    const EyeRegions& e = *g.eye;
    LidMotion m;
    m.upperRadius = g.upperSkin;
    m.lowerRadius = g.lowerSkin;
    const auto profile = [&](int v) {
        const double s = std::clamp(g.axial(rig.point(v), rig) / e.width, 0.0, 1.0);
        return std::sin(3.14159265358979323846 * s);
    };
    for (int u : e.upperLid)
        m.upper.push_back(g.axis * (amount * e.width * profile(u)));
    for (std::size_t k = 1; k + 1 < e.lowerLid.size(); ++k)
        m.lower.push_back(g.axis * (amount * e.width * profile(e.lowerLid[k])));
    return lidShape(rig, g, m);
}

} // namespace

void addEyeShapes(const RigContext& rig, ShapeMap& shapes) {
    for (const EyeRegions& e : rig.anatomy().eyes) {
        const std::string side = e.side == kLeft ? "Left" : "Right";
        const EyeGeometry g = eyeGeometry(rig, e);
        shapes["eyeBlink" + side] = blink(rig, g);
        shapes["eyeSquint" + side] = lidsVertical(rig, g, -0.10, 0.30, 1.0, 1.3);
        shapes["eyeWide" + side] = lidsVertical(rig, g, 0.30, -0.06, 0.7, 1.0);
        shapes["eyeLookUp" + side] = lidsVertical(rig, g, 0.20, 0.10, 1.0, 1.0);
        shapes["eyeLookDown" + side] = lidsVertical(rig, g, -0.35, -0.10, 1.0, 1.0);
        shapes["eyeLookIn" + side] = lidsSideways(rig, g, 0.06);
        shapes["eyeLookOut" + side] = lidsSideways(rig, g, -0.06);
    }
}

} // namespace likeness::model
