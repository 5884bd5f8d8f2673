// Cheek and nose shapes. cheekPuff pushes both cheeks out along the surface
// normal (a bump centred beside the mouth corners, ~0.13 W at the centre);
// cheekSquint lifts the cheek under the eye (the lower lid rises with it, the
// upper lid is anchored); noseSneer lifts the nose wing and the skin beside it.
#include <algorithm>

#include "model/blendshape_builders.h"
#include "model/mesh_fields.h"

namespace likeness::model {
namespace {

int nearestVertex(const RigContext& rig, const Vec3& target) {
    int best = 0;
    for (int v = 1; v < rig.vertexCount(); ++v)
        if (norm(rig.point(v) - target) < norm(rig.point(best) - target))
            best = v;
    return best;
}

} // namespace

void addCheekNoseShapes(const RigContext& rig, ShapeMap& shapes) {
    const FaceAnatomy& a = rig.anatomy();
    const double w = a.mouth.width, d = a.eyeDistance;
    const Vec3 up = rig.up(), out = rig.out();
    {
        BuiltShape puff;
        puff.delta.assign(std::size_t(rig.vertexCount()), Vec3{});
        puff.radius = 0.6 * w;
        for (int side : {kRight, kLeft}) {
            // Centre of the buccal bulge: beside and a little above the mouth corner,
            // projected onto the surface (nearest vertex).
            const Vec3 corner = rig.point(a.mouth.outerCorner[std::size_t(side)]);
            const Vec3 target = corner + rig.lateral(side) * (0.3 * w) + up * (0.1 * w);
            const int centre = nearestVertex(rig, target);
            puff.core.push_back(centre);
            for (int v = 0; v < rig.vertexCount(); ++v) {
                const double f = bump(rig.distance(centre, v), puff.radius);
                if (f > 0)
                    puff.delta[std::size_t(v)] += rig.normal(v) * (0.13 * w * f);
            }
        }
        shapes["cheekPuff"] = puff;
    }
    for (const EyeRegions& e : a.eyes) {
        const std::string name = e.side == kLeft ? "Left" : "Right";
        {
            std::vector<Seed> s;
            for (int v : e.lower3)
                s.push_back({v, up * (0.06 * d) + out * (0.02 * d), 0.35 * d});
            addAnchors(s, e.upperLid);
            addAnchors(s, {e.outerCorner, e.innerCorner});
            shapes["cheekSquint" + name] = spreadShape(rig, s);
        }
        {
            std::vector<Seed> s;
            const int wing = a.noseWing[std::size_t(e.side)];
            s.push_back({wing, up * (0.06 * d) + rig.lateral(e.side) * (0.01 * d), 0.3 * d});
            addAnchors(s, {a.noseTip});
            addAnchors(s, e.upperLid);
            addAnchors(s, e.lowerLid);
            shapes["noseSneer" + name] = spreadShape(rig, s);
        }
    }
}

} // namespace likeness::model
