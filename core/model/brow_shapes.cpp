// Brow shapes: the eyebrow contours (EyebrowUpper / EyebrowLower) move as a
// whole, with a profile along the brow (inner end t = 0, outer end t = 1); the
// forehead above and the upper-lid skin below follow with falloff while the lid
// margins stay anchored. Amounts scale with the eye distance D (about the
// interpupillary distance): lowering ~0.09 D (~6 mm), raising ~0.1 D.
#include <algorithm>
#include <cmath>

#include "model/blendshape_builders.h"
#include "model/mesh_fields.h"

namespace likeness::model {
namespace {

struct Brow {
    std::vector<int> vertices;
    std::vector<double> t;   // 0 at the inner end, 1 at the outer end
};

Brow brow(const RigContext& rig, const EyeRegions& e) {
    Brow b;
    b.vertices = e.browUpper;
    b.vertices.insert(b.vertices.end(), e.browLower.begin(), e.browLower.end());
    const Vec3 lateral = rig.lateral(e.side);
    double lo = 1e9, hi = -1e9;
    for (int v : b.vertices) {
        const double s = dot(rig.point(v), lateral);
        lo = std::min(lo, s);
        hi = std::max(hi, s);
    }
    for (int v : b.vertices)
        b.t.push_back(hi > lo ? (dot(rig.point(v), lateral) - lo) / (hi - lo) : 0.5);
    return b;
}

// The lid margins and corners of both eyes stay put under brow motions.
void anchorLids(const RigContext& rig, std::vector<Seed>& seeds) {
    for (const EyeRegions& e : rig.anatomy().eyes) {
        addAnchors(seeds, e.upperLid);
        addAnchors(seeds, e.lowerLid);
    }
}

template <typename Motion>
void addBrowSeeds(const RigContext& rig, const EyeRegions& e, double radius, std::vector<Seed>& seeds, Motion motion) {
    const Brow b = brow(rig, e);
    for (std::size_t k = 0; k < b.vertices.size(); ++k)
        seeds.push_back({b.vertices[k], motion(b.t[k]), radius});
}

} // namespace

void addBrowShapes(const RigContext& rig, ShapeMap& shapes) {
    const double d = rig.anatomy().eyeDistance;
    for (const EyeRegions& e : rig.anatomy().eyes) {
        const std::string side = e.side == kLeft ? "Left" : "Right";
        const Vec3 lateral = rig.lateral(e.side);
        {   // corrugator / depressors: down, the inner end also toward the nose
            std::vector<Seed> seeds;
            addBrowSeeds(rig, e, 0.4 * d, seeds, [&](double t) {
                return rig.up() * (-0.09 * d * (1.0 - 0.4 * t)) - lateral * (0.03 * d * (1.0 - t)) -
                       rig.out() * (0.01 * d * (1.0 - t));
            });
            anchorLids(rig, seeds);
            shapes["browDown" + side] = spreadShape(rig, seeds);
        }
        {   // lateral frontalis: the outer part up, the inner part a little
            std::vector<Seed> seeds;
            addBrowSeeds(rig, e, 0.4 * d, seeds, [&](double t) {
                return rig.up() * (0.1 * d * (0.15 + 0.85 * smoothstep(0.0, 1.0, t)));
            });
            anchorLids(rig, seeds);
            shapes["browOuterUp" + side] = spreadShape(rig, seeds);
        }
    }
    {   // medial frontalis: both inner ends up (and slightly together)
        std::vector<Seed> seeds;
        for (const EyeRegions& e : rig.anatomy().eyes) {
            const Vec3 lateral = rig.lateral(e.side);
            addBrowSeeds(rig, e, 0.45 * d, seeds, [&](double t) {
                const double inner = std::pow(1.0 - t, 1.5);
                return rig.up() * (0.1 * d * inner) - lateral * (0.01 * d * inner);
            });
        }
        anchorLids(rig, seeds);
        shapes["browInnerUp"] = spreadShape(rig, seeds);
    }
}

} // namespace likeness::model
