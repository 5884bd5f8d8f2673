#include "analysis/iris_refinement.h"

#include <cmath>

#include "common/error.h"

namespace likeness {

namespace {

enum class Replace { All, LidsOnly };

void replaceContour(std::vector<Landmark>& out, const EyeLandmarks& eye,
                    const std::array<int, mesh::kEyeContourPoints>& indices, Replace what) {
    const int end = what == Replace::All ? mesh::kEyeContourPoints : mesh::kUpperLidEnd;
    for (int i = 0; i < end; ++i) {
        Landmark& p = out[indices[i]];
        p.x = eye.contour[i].x;
        p.y = eye.contour[i].y;
    }
}

void appendIris(std::vector<Landmark>& out, const EyeLandmarks& eye,
                const std::array<int, mesh::kEyeContourPoints>& indices) {
    float z = 0.f;
    for (int i = mesh::kLowerLidBegin; i < mesh::kUpperLidEnd; ++i) z += out[indices[i]].z;
    z /= static_cast<float>(mesh::kLidContourPoints);
    for (const Landmark& p : eye.iris) out.push_back({p.x, p.y, z});
}

} // namespace

std::vector<Landmark> mergeIrisLandmarks(const std::vector<Landmark>& mesh, const EyeLandmarks& eyeA,
                                         const EyeLandmarks& eyeB, float depthThreshold) {
    if (mesh.size() != static_cast<size_t>(kMeshLandmarks))
        throw Error("Iris refinement needs the 468 FaceMesh landmarks.");
    std::vector<Landmark> out;
    out.reserve(kRefinedLandmarks);
    out.assign(mesh.begin(), mesh.end());
    // Depth of eye B's outer corner relative to eye A's (negative: B is nearer).
    const float depthDifference = mesh[mesh::kEyeBEnd].z - mesh[mesh::kEyeAStart].z;
    if (std::abs(depthDifference) < depthThreshold) {
        replaceContour(out, eyeA, mesh::kEyeAContour, Replace::All);
        replaceContour(out, eyeB, mesh::kEyeBContour, Replace::All);
    } else if (depthDifference < 0.f) {
        replaceContour(out, eyeB, mesh::kEyeBContour, Replace::LidsOnly);
    } else {
        replaceContour(out, eyeA, mesh::kEyeAContour, Replace::LidsOnly);
    }
    appendIris(out, eyeA, mesh::kEyeAContour);
    appendIris(out, eyeB, mesh::kEyeBContour);
    return out;
}

} // namespace likeness
