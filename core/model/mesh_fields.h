#pragma once
// Scalar fields on the FaceMesh surface for the rig generator: distances along
// the mesh, smooth compact falloffs, and constrained smoothing.
#include <vector>

#include "model/vec3.h"

namespace likeness {

class FaceTopology;

namespace model {

/// Shortest path length along mesh edges (Euclidean edge lengths of `points`)
/// from the nearest of `seeds` (multi-source Dijkstra): a geodesic distance that
/// never jumps across the mouth opening. Unreachable vertices get +infinity.
std::vector<double> meshDistance(const FaceTopology& topology, const std::vector<Vec3>& points,
                                 const std::vector<int>& seeds);

/// Smooth compactly supported falloff: 1 at d = 0, (1 - (d/r)^2)^3 inside,
/// exactly 0 from d = r on (value, slope and curvature vanish at r).
inline double bump(double d, double radius) {
    if (!(radius > 0) || !(d < radius))
        return 0.0;
    const double t = d / radius;
    const double u = 1.0 - t * t;
    return u * u * u;
}

/// Hermite smoothstep from 0 at `edge0` to 1 at `edge1` (edge0 may exceed edge1).
inline double smoothstep(double edge0, double edge1, double x) {
    if (edge0 == edge1)
        return x < edge0 ? 0.0 : 1.0;
    double t = (x - edge0) / (edge1 - edge0);
    t = t < 0 ? 0 : (t > 1 ? 1 : t);
    return t * t * (3 - 2 * t);
}

/// Jacobi smoothing (each free vertex moves halfway to its neighbours' mean)
/// `iterations` times; vertices with fixed[i] != 0 keep their values.
void smoothField(const FaceTopology& topology, std::vector<double>& field, const std::vector<char>& fixed,
                 int iterations);
void smoothField(const FaceTopology& topology, std::vector<Vec3>& field, const std::vector<char>& fixed,
                 int iterations);

} // namespace model
} // namespace likeness
