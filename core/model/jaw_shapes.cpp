// Jaw shapes. The lower face (chin, lower lip, jaw line) carries a weight w = 1,
// the upper face (upper lip, nose, everything above the nose base) w = 0; in
// between (the cheeks, the mouth corners) w blends smoothly by relative mesh
// distance to the two sets, so the motion fades into the cheeks and never jumps
// across the mouth opening.
//
// jawOpen rotates each vertex by w * 22 degrees about an axis through two points
// behind the mouth corners (the jaw's instantaneous centre of rotation during
// opening, between the condyles and the jaw angles): on each side at the
// silhouette's depth behind the mouth corners pushed back by 0.35 D, at the
// height of the mouth corners raised by 30% toward the cheek-level silhouette
// point (234 / 454). The chin swings down and back, the lower lip mostly down.
// jawForward / jawLeft / jawRight translate the same weighted region.
#include <algorithm>
#include <cmath>
#include <limits>

#include "model/blendshape_builders.h"
#include "model/mesh_fields.h"

namespace likeness::model {
namespace {

constexpr double kOpenAngleDeg = 22.0;
// How far behind the jaw-line silhouette the pivot lies, in eye distances.
constexpr double kPivotDepth = 0.15;
// How far the pivot lies above the mouth corners, as a fraction of the way up to
// the cheek-level silhouette point.
constexpr double kPivotRise = 0.2;
constexpr double kPi = 3.14159265358979323846;

// Height (frame y) of the boundary between jaw and upper face at lateral distance
// `ax` from the midline: the mouth-corner height in front of the corners, rising
// linearly to the pivot height at the jaw's side.
struct JawBoundary {
    double cornerX = 0, cornerY = 0, sideX = 0, sideY = 0;
    double at(double ax) const {
        if (ax <= cornerX || sideX <= cornerX)
            return cornerY;
        const double t = std::min(1.0, (ax - cornerX) / (sideX - cornerX));
        return cornerY + t * (sideY - cornerY);
    }
};

} // namespace

JawModel jawModel(const RigContext& rig) {
    const FaceAnatomy& a = rig.anatomy();
    const FaceFrame& f = rig.frame();
    const double width = a.mouth.width;
    const double d = a.eyeDistance;

    // Pivot: per side, behind the mouth corner (jaw-line silhouette at the corner's
    // height, vertex 58 / 288 ~ the mouth-level silhouette), then averaged to a
    // left/right symmetric axis.
    std::array<Vec3, 2> pivot;
    double cornerY = 0, cornerX = 0, sideX = 0;
    for (int side : {kRight, kLeft}) {
        const Vec3 corner = f.toLocal(rig.point(a.mouth.outerCorner[std::size_t(side)]));
        const Vec3 cheek = f.toLocal(rig.point(a.cheekSide[std::size_t(side)]));
        // The silhouette vertex closest in height to the mouth corner, on this side.
        Vec3 behind{};
        double best = std::numeric_limits<double>::infinity();
        for (int v : a.silhouette) {
            const Vec3 p = f.toLocal(rig.point(v));
            if ((side == kLeft) != (p.x > 0))
                continue;
            const double dy = std::abs(p.y - corner.y);
            if (dy < best) {
                best = dy;
                behind = p;
            }
        }
        pivot[std::size_t(side)] = {behind.x, corner.y + kPivotRise * (cheek.y - corner.y), behind.z - kPivotDepth * d};
        cornerY += 0.5 * corner.y;
        cornerX += 0.5 * std::abs(corner.x);
        sideX += 0.5 * std::abs(behind.x);
    }
    const Vec3 mid = (pivot[0] + pivot[1]) * 0.5;
    JawModel jaw;
    jaw.pivot = f.toWorld({0.0, mid.y, mid.z});
    jaw.axis = f.x;
    jaw.openAngle = kOpenAngleDeg * kPi / 180.0;

    const JawBoundary boundary{cornerX, cornerY, sideX, mid.y};
    const double noseBase = f.toLocal(rig.point(a.noseBottom)).y;
    // Lips: the lower lip goes with the jaw and the upper lip stays, except toward
    // the corners, where both blend to one half so the opening becomes an oval.
    std::vector<double> fixedWeight(std::size_t(rig.vertexCount()), -1.0);
    const auto along = [&](int v) {
        return std::abs(dot(rig.point(v) - a.mouth.centre, f.x)) / (0.5 * width);
    };
    for (int v : a.mouth.upperLip)
        fixedWeight[std::size_t(v)] = 0.5 * smoothstep(0.15, 1.0, along(v));
    for (int v : a.mouth.lowerLip)
        fixedWeight[std::size_t(v)] = 1.0 - 0.5 * smoothstep(0.15, 1.0, along(v));
    for (const auto& corner : a.mouth.cornerSet)
        for (int v : corner)
            fixedWeight[std::size_t(v)] = 0.5;
    std::vector<int> zero, one;
    for (int v = 0; v < rig.vertexCount(); ++v) {
        const double fw = fixedWeight[std::size_t(v)];
        if (fw >= 0) {
            if (fw == 0.0)
                zero.push_back(v);
            else if (fw == 1.0)
                one.push_back(v);
            continue;
        }
        const Vec3 p = f.toLocal(rig.point(v));
        const double b = boundary.at(std::abs(p.x));
        if (p.y > std::min(b + 0.25 * width, noseBase - 0.05 * width)) {
            zero.push_back(v);
            fixedWeight[std::size_t(v)] = 0.0;
        } else if (p.y < b - 0.3 * width) {
            one.push_back(v);
            fixedWeight[std::size_t(v)] = 1.0;
        }
    }
    const std::vector<double> d0 = rig.distanceTo(zero), d1 = rig.distanceTo(one);
    jaw.weight.assign(std::size_t(rig.vertexCount()), 0.0);
    std::vector<char> fixed(std::size_t(rig.vertexCount()), 0);
    for (int v = 0; v < rig.vertexCount(); ++v) {
        const double fw = fixedWeight[std::size_t(v)];
        if (fw >= 0) {
            jaw.weight[std::size_t(v)] = fw;
            fixed[std::size_t(v)] = 1;
            continue;
        }
        const double a0 = d0[std::size_t(v)], a1 = d1[std::size_t(v)];
        jaw.weight[std::size_t(v)] = a0 + a1 > 0 ? smoothstep(0.0, 1.0, a0 / (a0 + a1)) : 0.0;
    }
    smoothField(rig.topology(), jaw.weight, fixed, 4);
    return jaw;
}

namespace {

BuiltShape weighted(const RigContext& rig, const JawModel& jaw, const Vec3& motion) {
    BuiltShape s;
    s.delta.assign(std::size_t(rig.vertexCount()), Vec3{});
    for (int v = 0; v < rig.vertexCount(); ++v) {
        const double w = jaw.weight[std::size_t(v)];
        s.delta[std::size_t(v)] = motion * w;
        if (w > 0)
            s.core.push_back(v);
    }
    return s;
}

} // namespace

void addJawShapes(const RigContext& rig, ShapeMap& shapes) {
    const JawModel jaw = jawModel(rig);
    const double width = rig.anatomy().mouth.width;
    BuiltShape open;
    open.delta.assign(std::size_t(rig.vertexCount()), Vec3{});
    for (int v = 0; v < rig.vertexCount(); ++v) {
        const double w = jaw.weight[std::size_t(v)];
        if (!(w > 0))
            continue;
        const Vec3 r = rig.point(v) - jaw.pivot;
        open.delta[std::size_t(v)] = rotated(r, jaw.axis, w * jaw.openAngle) - r;
        open.core.push_back(v);
    }
    shapes["jawOpen"] = open;
    shapes["jawForward"] = weighted(rig, jaw, rig.out() * (0.1 * width));
    shapes["jawLeft"] = weighted(rig, jaw, rig.lateral(kLeft) * (0.15 * width));
    shapes["jawRight"] = weighted(rig, jaw, rig.lateral(kRight) * (0.15 * width));
}

} // namespace likeness::model
