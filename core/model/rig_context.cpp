#include "model/blendshape_builders.h"

#include <cmath>
#include <limits>

#include "model/mesh_fields.h"
#include "topology/face_topology.h"

namespace likeness::model {

RigContext::RigContext(const FaceTopology& topology, std::vector<Vec3> neutral)
    : m_topology(topology), m_neutral(std::move(neutral)), m_anatomy(describeFace(topology, m_neutral)) {
    const std::size_t n = m_neutral.size();
    m_distance.resize(n * n);
    for (std::size_t v = 0; v < n; ++v) {
        const std::vector<double> d = meshDistance(topology, m_neutral, {int(v)});
        std::copy(d.begin(), d.end(), m_distance.begin() + std::ptrdiff_t(v * n));
    }
    m_normals.assign(n, Vec3{});
    Vec3 total;
    for (const auto& t : topology.triangles()) {
        const Vec3& a = m_neutral[std::size_t(t[0])];
        const Vec3 fn = cross(m_neutral[std::size_t(t[1])] - a, m_neutral[std::size_t(t[2])] - a);
        for (int v : t)
            m_normals[std::size_t(v)] += fn;
        total += fn;
    }
    const double orientation = dot(total, out()) < 0 ? -1.0 : 1.0;
    for (Vec3& nv : m_normals)
        nv = normalized(nv * orientation);
    // Smoothed a little: thin creases (the mouth's inner corners, the lid margins)
    // would otherwise send neighbouring vertices in very different directions.
    smoothField(topology, m_normals, std::vector<char>(n, 0), 8);
    for (Vec3& nv : m_normals)
        nv = normalized(nv);
}

std::vector<double> RigContext::distanceTo(const std::vector<int>& seeds) const {
    const std::size_t n = m_neutral.size();
    std::vector<double> d(n, std::numeric_limits<double>::infinity());
    for (int s : seeds)
        for (std::size_t v = 0; v < n; ++v)
            d[v] = std::min(d[v], distance(s, int(v)));
    return d;
}

Shape RigContext::spread(const std::vector<Seed>& seeds) const {
    const int n = vertexCount();
    Shape shape(std::size_t(n), Vec3{});
    std::vector<int> seedAt(std::size_t(n), -1);
    for (std::size_t s = 0; s < seeds.size(); ++s)
        if (seedAt[std::size_t(seeds[s].vertex)] < 0)
            seedAt[std::size_t(seeds[s].vertex)] = int(s);
    for (int v = 0; v < n; ++v) {
        if (seedAt[std::size_t(v)] >= 0) {
            shape[std::size_t(v)] = seeds[std::size_t(seedAt[std::size_t(v)])].motion;
            continue;
        }
        Vec3 sum;
        double weights = 0;
        bool reached = false;
        for (const Seed& s : seeds) {
            const double d = distance(s.vertex, v);
            if (!std::isfinite(d) || d <= 0)
                continue;
            const double k = 1.0 / (d * d * d);
            weights += k;
            const double f = bump(d, s.radius);
            if (f > 0) {
                sum += s.motion * (k * f);
                reached = true;
            }
        }
        if (reached && weights > 0)
            shape[std::size_t(v)] = sum * (1.0 / weights);
    }
    return shape;
}

BuiltShape spreadShape(const RigContext& rig, const std::vector<Seed>& seeds) {
    BuiltShape out;
    out.delta = rig.spread(seeds);
    for (const Seed& s : seeds)
        if (norm(s.motion) > 0) {
            out.core.push_back(s.vertex);
            out.radius = std::max(out.radius, s.radius);
        }
    return out;
}

void addAnchors(std::vector<Seed>& seeds, const std::vector<int>& vertices) {
    for (int v : vertices)
        seeds.push_back({v, Vec3{}, 0.0});
}

} // namespace likeness::model
