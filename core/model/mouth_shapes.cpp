// Mouth shapes. Motions are given to the lip contours and the mouth corners
// (lipsUpper/Lower Outer, SemiOuter, SemiInner, Inner; the corner set is the
// end of each lower contour) and spread over the surrounding skin. Sizes scale
// with the mouth width W (corner to corner): a smile lifts the corner ~0.15 W
// (~8 mm) and pulls it back; lowerDown / upperUp move the lip ~0.12-0.14 W.
// One-sided shapes anchor the lip midline, so the other half of the mouth stays.
#include <algorithm>
#include <cmath>

#include "model/blendshape_builders.h"
#include "model/mesh_fields.h"

namespace likeness::model {
namespace {

// How far a lip rolls in (mouthRollLower / mouthRollUpper at weight 1).
constexpr double kRollAngleDeg = 55.0;

struct Mouth {
    const RigContext* rig = nullptr;
    const MouthRegions* m = nullptr;
    double width = 0;
    // Position along the mouth: -1 at the subject's right corner, +1 at the left.
    double along(int v) const {
        return dot(rig->point(v) - m->centre, rig->frame().x) / (0.5 * width);
    }
    // 1 in the middle of the lips, 0 at the corners.
    double taper(int v) const { return 1.0 - smoothstep(0.55, 1.0, std::abs(along(v))); }
    // 1 on the lip midline, 0 at the corners, by relative mesh distance (smooth
    // along both the inner and the outer contours).
    double middleness(int v) const {
        double dc = 1e18, dm = 1e18;
        for (int c : corners())
            dc = std::min(dc, rig->distance(v, c));
        for (int c : midline())
            dm = std::min(dm, rig->distance(v, c));
        return dc + dm > 0 ? smoothstep(0.0, 1.0, dc / (dc + dm)) : 0.0;
    }
    // 0 on the far half, 1 toward the `side` corner.
    double toward(int v, int side, double from = -0.2, double to = 0.6) const {
        const double s = side == kLeft ? along(v) : -along(v);
        return smoothstep(from, to, s);
    }
    std::vector<int> midline() const {
        std::vector<int> out;
        for (const auto* c : {&m->upperOuter, &m->upperSemiOuter, &m->upperSemiInner, &m->upperInner, &m->lowerOuter,
                              &m->lowerSemiOuter, &m->lowerSemiInner, &m->lowerInner})
            out.push_back((*c)[c->size() / 2]);
        return out;
    }
    std::vector<int> corners() const {
        std::vector<int> out = m->cornerSet[0];
        out.insert(out.end(), m->cornerSet[1].begin(), m->cornerSet[1].end());
        return out;
    }
    bool isCorner(int v) const {
        for (const auto& set : m->cornerSet)
            if (std::find(set.begin(), set.end(), v) != set.end())
                return true;
        return false;
    }
    std::vector<int> withoutCorners(std::initializer_list<const std::vector<int>*> contours) const {
        std::vector<int> out;
        for (const auto* c : contours)
            for (int v : *c)
                if (!isCorner(v))
                    out.push_back(v);
        return out;
    }
    // Outer contours (Outer, SemiOuter) / inner contours (Inner, SemiInner) of one lip, corners excluded.
    std::vector<int> outerContours(bool upper) const {
        return upper ? withoutCorners({&m->upperOuter, &m->upperSemiOuter})
                     : withoutCorners({&m->lowerOuter, &m->lowerSemiOuter});
    }
    std::vector<int> innerContours(bool upper) const {
        return upper ? withoutCorners({&m->upperInner, &m->upperSemiInner})
                     : withoutCorners({&m->lowerInner, &m->lowerSemiInner});
    }
};

// A midline vertex of the chin's soft boss (mentalis): the vertex nearest to the
// midpoint between the lower lip's lowest outer point and the chin.
int chinBoss(const RigContext& rig) {
    const MouthRegions& m = rig.anatomy().mouth;
    const Vec3 target = (rig.point(m.lowerOuter[m.lowerOuter.size() / 2]) + rig.point(rig.anatomy().chin)) * 0.5;
    int best = 0;
    for (int v = 1; v < rig.vertexCount(); ++v)
        if (norm(rig.point(v) - target) < norm(rig.point(best) - target))
            best = v;
    return best;
}

void cornerSeeds(const Mouth& mo, int side, const Vec3& motion, double radius, std::vector<Seed>& seeds) {
    for (int v : mo.m->cornerSet[std::size_t(side)])
        seeds.push_back({v, motion, radius});
}

// A mouth corner's motion carried along that half of both lips, fading to zero at
// the midline (1 - middleness), the other half held: the lips stay smooth.
void cornerWithLips(const Mouth& mo, int side, const Vec3& motion, double radius, std::vector<Seed>& seeds) {
    cornerSeeds(mo, side, motion, radius, seeds);
    for (const std::vector<int>* lip : {&mo.m->upperLip, &mo.m->lowerLip})
        for (int v : *lip) {
            const bool near = side == kLeft ? mo.along(v) > 0 : mo.along(v) < 0;
            seeds.push_back({v, near ? motion * (1.0 - mo.middleness(v)) : Vec3{}, radius});
        }
}

void addOneSided(const RigContext& rig, const Mouth& mo, int side, ShapeMap& shapes) {
    const std::string name = side == kLeft ? "Left" : "Right";
    const double w = mo.width;
    const Vec3 up = rig.up(), out = rig.out(), lat = rig.lateral(side);
    const std::vector<int> midline = mo.midline();
    const auto& a = rig.anatomy();

    {   // zygomaticus: corner up, out and back; the cheek above lifts a little
        std::vector<Seed> s;
        cornerWithLips(mo, side, up * (0.15 * w) + lat * (0.08 * w) - out * (0.05 * w), 0.75 * w, s);
        s.push_back({a.cheek[std::size_t(side)], up * (0.05 * w) + out * (0.02 * w), 0.4 * w});
        addAnchors(s, midline);
        shapes["mouthSmile" + name] = spreadShape(rig, s);
    }
    {   // depressor anguli oris: corner down
        std::vector<Seed> s;
        cornerWithLips(mo, side, up * (-0.1 * w) + lat * (0.02 * w), 0.6 * w, s);
        addAnchors(s, midline);
        shapes["mouthFrown" + name] = spreadShape(rig, s);
    }
    {   // risorius / platysma: corner sideways, a little down and back
        std::vector<Seed> s;
        cornerWithLips(mo, side, lat * (0.12 * w) - up * (0.03 * w) - out * (0.04 * w), 0.7 * w, s);
        addAnchors(s, midline);
        shapes["mouthStretch" + name] = spreadShape(rig, s);
    }
    {   // buccinator: corner back into the cheek
        std::vector<Seed> s;
        cornerWithLips(mo, side, -out * (0.05 * w) + lat * (0.03 * w) + up * (0.01 * w), 0.45 * w, s);
        addAnchors(s, midline);
        shapes["mouthDimple" + name] = spreadShape(rig, s);
    }
    {   // press: the red of the lips thins on this side (the outer contour moves
        // toward the closed inner one, the semi-outer contour half as far)
        std::vector<Seed> s;
        const auto press = [&](std::initializer_list<const std::vector<int>*> contours, double towardMouth, double amount) {
            for (const auto* contour : contours)
                for (int v : *contour) {
                    if (mo.isCorner(v))
                        continue;
                    const double f = amount * mo.toward(v, side) * mo.middleness(v);
                    s.push_back({v, (up * (towardMouth * 0.04 * w) - out * (0.015 * w)) * f, 0.25 * w});
                }
        };
        press({&a.mouth.upperOuter}, -1.0, 1.0);
        press({&a.mouth.upperSemiOuter}, -1.0, 0.5);
        press({&a.mouth.lowerOuter}, 1.0, 1.0);
        press({&a.mouth.lowerSemiOuter}, 1.0, 0.5);
        addAnchors(s, mo.innerContours(true));
        addAnchors(s, mo.innerContours(false));
        addAnchors(s, mo.corners());
        shapes["mouthPress" + name] = spreadShape(rig, s);
    }
    {   // depressor labii: this half of the lower lip down
        std::vector<Seed> s;
        for (int v : a.mouth.lowerLip)
            s.push_back({v, (-up * (0.11 * w) + out * (0.02 * w)) * (mo.toward(v, side, -0.3, 0.5) * smoothstep(0.0, 1.0, mo.middleness(v))),
                         0.4 * w});
        addAnchors(s, mo.corners());
        addAnchors(s, a.mouth.upperLip);
        shapes["mouthLowerDown" + name] = spreadShape(rig, s);
    }
    {   // levator labii: this half of the upper lip up
        std::vector<Seed> s;
        for (int v : a.mouth.upperLip)
            s.push_back({v, (up * (0.1 * w) + out * (0.02 * w)) * (mo.toward(v, side, -0.3, 0.5) * smoothstep(0.0, 1.0, mo.middleness(v))),
                         0.35 * w});
        addAnchors(s, mo.corners());
        addAnchors(s, a.mouth.lowerLip);
        addAnchors(s, {a.noseTip});
        shapes["mouthUpperUp" + name] = spreadShape(rig, s);
    }
    {   // the whole mouth toward this side
        std::vector<Seed> s;
        for (int v : a.mouth.upperLip)
            s.push_back({v, lat * (0.15 * w), 0.6 * w});
        for (int v : a.mouth.lowerLip)
            s.push_back({v, lat * (0.15 * w), 0.6 * w});
        for (int v : mo.corners())
            s.push_back({v, lat * (0.15 * w), 0.6 * w});
        addAnchors(s, {a.noseTip, a.chin});
        shapes[side == kLeft ? "mouthLeft" : "mouthRight"] = spreadShape(rig, s);
    }
}

} // namespace

void addMouthShapes(const RigContext& rig, ShapeMap& shapes) {
    const auto& a = rig.anatomy();
    Mouth mo;
    mo.rig = &rig;
    mo.m = &a.mouth;
    mo.width = a.mouth.width;
    const double w = mo.width;
    const Vec3 up = rig.up(), out = rig.out();
    for (int side : {kRight, kLeft})
        addOneSided(rig, mo, side, shapes);

    {   // close: with the jaw open, the lips meet on the line the mouth corners take
        // (rotated by half the jaw angle): each lip vertex goes from its jawOpen
        // rotation (weight w) to the corners' (weight 1/2). On its own the shape
        // presses the lips into each other, as ARKit's mouthClose does.
        const JawModel jaw = jawModel(rig);
        std::vector<Seed> s;
        for (const std::vector<int>* lip : {&a.mouth.upperLip, &a.mouth.lowerLip})
            for (int v : *lip) {
                const Vec3 r = rig.point(v) - jaw.pivot;
                const Vec3 closed = rotated(r, jaw.axis, 0.5 * jaw.openAngle);
                const Vec3 open = rotated(r, jaw.axis, jaw.weight[std::size_t(v)] * jaw.openAngle);
                s.push_back({v, closed - open, 0.6 * w});
            }
        addAnchors(s, mo.corners());
        addAnchors(s, {a.noseTip, a.chin});
        shapes["mouthClose"] = spreadShape(rig, s);
    }
    // Funnel and pucker: the lips move forward (and flare / purse) in the middle and
    // blend into the corners' inward motion toward the corners.
    const auto radial = [&](int v) {
        const Vec3 r = rig.point(v) - a.mouth.centre;
        return normalized(r - out * dot(r, out));
    };
    const auto cornerMotion = [&](int v, double inward, double forward) {
        const int side = mo.along(v) > 0 ? kLeft : kRight;
        return rig.lateral(side) * (-inward * w) + out * (forward * w);
    };
    const auto lipsToCorners = [&](std::vector<Seed>& s, const std::vector<int>& vertices, double inward,
                                   double forward, const auto& middle) {
        for (int v : vertices) {
            const double t = mo.middleness(v);
            s.push_back({v, middle(v) * t + cornerMotion(v, inward, forward) * (1.0 - t), 0.5 * w});
        }
    };
    {   // funnel: lips forward and flared open, corners in
        std::vector<Seed> s;
        const auto flare = [&](int v) { return out * (0.1 * w) + radial(v) * (0.04 * w); };
        lipsToCorners(s, mo.outerContours(true), 0.12, 0.03, flare);
        lipsToCorners(s, mo.outerContours(false), 0.12, 0.03, flare);
        lipsToCorners(s, mo.innerContours(true), 0.12, 0.03, [&](int) { return out * (0.09 * w) + up * (0.04 * w); });
        lipsToCorners(s, mo.innerContours(false), 0.12, 0.03, [&](int) { return out * (0.09 * w) - up * (0.05 * w); });
        for (int side : {kRight, kLeft})
            cornerSeeds(mo, side, rig.lateral(side) * (-0.12 * w) + out * (0.03 * w), 0.5 * w, s);
        shapes["mouthFunnel"] = spreadShape(rig, s);
    }
    {   // pucker: lips forward and pursed (closed), corners well in
        std::vector<Seed> s;
        const auto purse = [&](int v) { return out * (0.12 * w) - radial(v) * (0.02 * w); };
        lipsToCorners(s, mo.outerContours(true), 0.18, 0.04, purse);
        lipsToCorners(s, mo.outerContours(false), 0.18, 0.04, purse);
        lipsToCorners(s, mo.innerContours(true), 0.18, 0.04, [&](int) { return out * (0.11 * w); });
        lipsToCorners(s, mo.innerContours(false), 0.18, 0.04, [&](int) { return out * (0.11 * w); });
        for (int side : {kRight, kLeft})
            cornerSeeds(mo, side, rig.lateral(side) * (-0.18 * w) + out * (0.04 * w), 0.5 * w, s);
        shapes["mouthPucker"] = spreadShape(rig, s);
    }
    for (bool upper : {false, true}) {   // roll: the lip turns in over the teeth
        // Each lip vertex turns about a left-right axis through the middle of the
        // lip's cross-section: the red edge rolls back into the mouth, the outer
        // contour turns toward the mouth line. Full angle in the middle of the lip,
        // none at the corners.
        const std::vector<int>& lip = upper ? a.mouth.upperLip : a.mouth.lowerLip;
        const double angle = (upper ? 1.0 : -1.0) * kRollAngleDeg * 3.14159265358979323846 / 180.0;
        std::vector<Seed> s;
        for (int v : lip) {
            // The lip's cross-section centre at this point along the mouth.
            Vec3 centre;
            double total = 0;
            for (int u : lip) {
                const double d = (mo.along(u) - mo.along(v)) / 0.15;
                const double k = std::exp(-0.5 * d * d);
                centre += rig.point(u) * k;
                total += k;
            }
            centre *= 1.0 / total;
            const Vec3 r = rig.point(v) - centre;
            s.push_back({v, rotated(r, rig.frame().x, angle * mo.middleness(v)) - r, 0.25 * w});
        }
        addAnchors(s, mo.corners());
        addAnchors(s, upper ? a.mouth.lowerLip : a.mouth.upperLip);
        shapes[upper ? "mouthRollUpper" : "mouthRollLower"] = spreadShape(rig, s);
    }
    {   // shrug lower (mentalis): lower lip out and up, the chin boss up and forward
        std::vector<Seed> s;
        for (int v : a.mouth.lowerLip)
            s.push_back({v, (out * (0.05 * w) + up * (0.02 * w)) * mo.taper(v), 0.35 * w});
        s.push_back({chinBoss(rig), up * (0.05 * w) + out * (0.04 * w), 0.45 * w});
        for (int v : a.mouth.upperLip)
            s.push_back({v, up * (0.02 * w * mo.taper(v)), 0.25 * w});
        addAnchors(s, mo.corners());
        shapes["mouthShrugLower"] = spreadShape(rig, s);
    }
    {   // shrug upper: upper lip up and out
        std::vector<Seed> s;
        for (int v : a.mouth.upperLip)
            s.push_back({v, (up * (0.04 * w) + out * (0.03 * w)) * mo.taper(v), 0.3 * w});
        addAnchors(s, mo.corners());
        addAnchors(s, {a.noseTip});
        shapes["mouthShrugUpper"] = spreadShape(rig, s);
    }
}

} // namespace likeness::model
