#pragma once
// A face's own axes, estimated from its geometry: the eye line gives x (toward
// the subject's left), the chin-to-forehead direction gives y, z = x cross y
// points out of the face. Used to express rig motions ("up", "out of the face")
// and to bring FaceMesh observations into the model frame (face_model.h).
#include <vector>

#include "model/vec3.h"

namespace likeness {

class FaceTopology;

namespace model {

struct FaceFrame {
    Vec3 origin;
    Vec3 x{1, 0, 0}, y{0, 1, 0}, z{0, 0, 1};   // orthonormal, right-handed

    /// Coordinates of a point / direction in this frame.
    Vec3 toLocal(const Vec3& p) const { return {dot(p - origin, x), dot(p - origin, y), dot(p - origin, z)}; }
    Vec3 directionToLocal(const Vec3& d) const { return {dot(d, x), dot(d, y), dot(d, z)}; }
    /// Point / direction given in this frame, back in the surrounding coordinates.
    Vec3 toWorld(const Vec3& local) const { return origin + directionToWorld(local); }
    Vec3 directionToWorld(const Vec3& d) const { return x * d.x + y * d.y + z * d.z; }
};

/// Axes of the 468 `points` (a right-handed, y-up frame such as model space or
/// image coordinates with y and z flipped):
///  x = the mean of (left member - right member) over the topology's mirror pairs,
///      left being the subject's left (u > 0.5 in the UV layout);
///  y = chin (152) -> forehead top (10), made orthogonal to x;  z = x cross y.
/// `origin` is stored as given. Degenerate input gives the identity axes.
FaceFrame estimateFaceFrame(const FaceTopology& topology, const std::vector<Vec3>& points, const Vec3& origin);

/// Landmark indices used for the frame.
constexpr int kForeheadVertex = 10;
constexpr int kChinVertex = 152;

} // namespace model
} // namespace likeness
