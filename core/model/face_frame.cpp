#include "model/face_frame.h"

#include "topology/face_topology.h"

namespace likeness::model {

FaceFrame estimateFaceFrame(const FaceTopology& topology, const std::vector<Vec3>& points, const Vec3& origin) {
    FaceFrame frame;
    frame.origin = origin;
    Vec3 x;
    const auto& uvs = topology.uvs();
    for (int i = 0; i < topology.vertexCount(); ++i) {
        const int m = topology.mirrorOf(i);
        if (m == i || uvs[std::size_t(i)][0] <= uvs[std::size_t(m)][0])
            continue;   // each pair once, i = the subject's left member
        x += points[std::size_t(i)] - points[std::size_t(m)];
    }
    const Vec3 up = points[std::size_t(kForeheadVertex)] - points[std::size_t(kChinVertex)];
    if (!(norm(x) > 0) || !(norm(up) > 0))
        return frame;
    x = normalized(x);
    const Vec3 y = normalized(up - x * dot(up, x));
    const Vec3 z = cross(x, y);
    if (!(norm(y) > 0.5) || !(norm(z) > 0.5))
        return frame;
    frame.x = x;
    frame.y = y;
    frame.z = z;
    return frame;
}

} // namespace likeness::model
