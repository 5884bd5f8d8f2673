#include "model/face_regions.h"

#include <algorithm>
#include <set>

#include "topology/face_topology.h"

namespace likeness::model {
namespace {

std::vector<int> mirrored(const FaceTopology& topology, const std::vector<int>& indices) {
    std::vector<int> out;
    out.reserve(indices.size());
    for (int i : indices)
        out.push_back(topology.mirrorOf(i));
    return out;
}

std::vector<int> without(const std::vector<int>& indices, const std::set<int>& drop) {
    std::vector<int> out;
    for (int i : indices)
        if (!drop.count(i))
            out.push_back(i);
    return out;
}

void append(std::vector<int>& to, const std::vector<int>& from) {
    for (int i : from)
        if (std::find(to.begin(), to.end(), i) == to.end())
            to.push_back(i);
}

EyeRegions leftEye(const FaceTopology& t) {
    EyeRegions e;
    e.side = kLeft;
    e.sign = 1;
    e.upperLid = t.region("leftEyeUpper0");
    e.lowerLid = t.region("leftEyeLower0");
    e.outerCorner = e.lowerLid.front();
    e.innerCorner = e.lowerLid.back();
    e.upper1 = t.region("leftEyeUpper1");
    e.upper2 = t.region("leftEyeUpper2");
    e.lower1 = t.region("leftEyeLower1");
    e.lower2 = t.region("leftEyeLower2");
    e.lower3 = t.region("leftEyeLower3");
    e.browUpper = t.region("leftEyebrowUpper");
    e.browLower = t.region("leftEyebrowLower");
    return e;
}

EyeRegions mirroredEye(const FaceTopology& t, const EyeRegions& l) {
    EyeRegions e;
    e.side = kRight;
    e.sign = -1;
    e.upperLid = mirrored(t, l.upperLid);
    e.lowerLid = mirrored(t, l.lowerLid);
    e.outerCorner = t.mirrorOf(l.outerCorner);
    e.innerCorner = t.mirrorOf(l.innerCorner);
    e.upper1 = mirrored(t, l.upper1);
    e.upper2 = mirrored(t, l.upper2);
    e.lower1 = mirrored(t, l.lower1);
    e.lower2 = mirrored(t, l.lower2);
    e.lower3 = mirrored(t, l.lower3);
    e.browUpper = mirrored(t, l.browUpper);
    e.browLower = mirrored(t, l.browLower);
    return e;
}

// Point of the polyline `curve` (on `points`) whose coordinate along `axis` is `s`
// (clamped to the ends).
Vec3 polylineAt(const std::vector<int>& curve, const std::vector<Vec3>& points, const Vec3& axis, const Vec3& origin,
                double s) {
    std::vector<double> c(curve.size());
    for (std::size_t k = 0; k < curve.size(); ++k)
        c[k] = dot(points[std::size_t(curve[k])] - origin, axis);
    const bool increasing = c.back() >= c.front();
    for (std::size_t k = 0; k + 1 < curve.size(); ++k) {
        const double a = c[k], b = c[k + 1];
        const double lo = std::min(a, b), hi = std::max(a, b);
        if (s >= lo && s <= hi) {
            const double t = hi > lo ? (s - a) / (b - a) : 0.0;
            return lerp(points[std::size_t(curve[k])], points[std::size_t(curve[k + 1])], t);
        }
    }
    const bool beforeStart = increasing ? s < c.front() : s > c.front();
    return points[std::size_t(beforeStart ? curve.front() : curve.back())];
}

} // namespace

Vec3 lowerLidPointBelow(const EyeRegions& eye, const std::vector<Vec3>& points, const Vec3& p) {
    const Vec3 o = points[std::size_t(eye.outerCorner)];
    const Vec3 axis = normalized(points[std::size_t(eye.innerCorner)] - o);
    return polylineAt(eye.lowerLid, points, axis, o, dot(p - o, axis));
}

Vec3 upperLidPointAbove(const EyeRegions& eye, const std::vector<Vec3>& points, const Vec3& p) {
    std::vector<int> curve{eye.outerCorner};
    curve.insert(curve.end(), eye.upperLid.begin(), eye.upperLid.end());
    curve.push_back(eye.innerCorner);
    const Vec3 o = points[std::size_t(eye.outerCorner)];
    const Vec3 axis = normalized(points[std::size_t(eye.innerCorner)] - o);
    return polylineAt(curve, points, axis, o, dot(p - o, axis));
}

FaceAnatomy describeFace(const FaceTopology& topology, const std::vector<Vec3>& neutral) {
    FaceAnatomy a;
    a.eyes[kLeft] = leftEye(topology);
    a.eyes[kRight] = mirroredEye(topology, a.eyes[kLeft]);
    for (EyeRegions& e : a.eyes) {
        std::vector<int> margin = e.lowerLid;
        append(margin, e.upperLid);
        e.centre = centroid(neutral, margin);
        e.width = norm(neutral[std::size_t(e.innerCorner)] - neutral[std::size_t(e.outerCorner)]);
        double opening = 0;
        for (int u : e.upperLid)
            opening += norm(neutral[std::size_t(u)] - lowerLidPointBelow(e, neutral, neutral[std::size_t(u)]));
        e.opening = opening / double(e.upperLid.size());
    }
    a.eyeDistance = norm(a.eyes[kLeft].centre - a.eyes[kRight].centre);
    const Vec3 origin = (a.eyes[kLeft].centre + a.eyes[kRight].centre) * 0.5;
    a.frame = estimateFaceFrame(topology, neutral, origin);

    MouthRegions& m = a.mouth;
    m.upperOuter = topology.region("lipsUpperOuter");
    m.lowerOuter = topology.region("lipsLowerOuter");
    m.upperInner = topology.region("lipsUpperInner");
    m.lowerInner = topology.region("lipsLowerInner");
    m.upperSemiOuter = topology.region("lipsUpperSemiOuter");
    m.lowerSemiOuter = topology.region("lipsLowerSemiOuter");
    m.upperSemiInner = topology.region("lipsUpperSemiInner");
    m.lowerSemiInner = topology.region("lipsLowerSemiInner");
    // The lower contours run corner to corner (subject's right first).
    m.outerCorner = {m.lowerOuter.front(), m.lowerOuter.back()};
    m.innerCorner = {m.lowerInner.front(), m.lowerInner.back()};
    std::set<int> corners;
    for (const auto* contour : {&m.lowerOuter, &m.lowerSemiOuter, &m.lowerSemiInner, &m.lowerInner}) {
        m.cornerSet[kRight].push_back(contour->front());
        m.cornerSet[kLeft].push_back(contour->back());
        corners.insert(contour->front());
        corners.insert(contour->back());
    }
    for (const auto* contour : {&m.upperOuter, &m.upperSemiOuter, &m.upperSemiInner, &m.upperInner})
        append(m.upperLip, without(*contour, corners));
    for (const auto* contour : {&m.lowerOuter, &m.lowerSemiOuter, &m.lowerSemiInner, &m.lowerInner})
        append(m.lowerLip, without(*contour, corners));
    const int upperMid = m.upperInner[m.upperInner.size() / 2];
    const int lowerMid = m.lowerInner[m.lowerInner.size() / 2];
    m.centre = (neutral[std::size_t(upperMid)] + neutral[std::size_t(lowerMid)]) * 0.5;
    m.width = norm(neutral[std::size_t(m.outerCorner[kLeft])] - neutral[std::size_t(m.outerCorner[kRight])]);

    a.silhouette = topology.region("silhouette");
    a.noseTip = topology.region("noseTip").front();
    a.noseBottom = topology.region("noseBottom").front();
    a.noseWing = {topology.mirrorOf(topology.region("noseLeftCorner").front()),
                  topology.region("noseLeftCorner").front()};
    a.cheek = {topology.mirrorOf(topology.region("leftCheek").front()), topology.region("leftCheek").front()};
    // Silhouette landmarks (Human's angles.ts / FaceMesh outline): 454 at cheek
    // level, 397 near the jaw angle, on the subject's left; mirrored for the right.
    a.cheekSide = {topology.mirrorOf(454), 454};
    a.jawAngle = {topology.mirrorOf(397), 397};
    a.chin = kChinVertex;
    a.foreheadTop = kForeheadVertex;
    a.faceHeight = norm(neutral[std::size_t(a.foreheadTop)] - neutral[std::size_t(a.chin)]);
    a.faceWidth = norm(neutral[std::size_t(a.cheekSide[kLeft])] - neutral[std::size_t(a.cheekSide[kRight])]);
    return a;
}

} // namespace likeness::model
