#pragma once
// Internals of generateArkitRig: the context every shape builder reads (the
// neutral, its anatomy, distances along the mesh) and the builders, one file per
// face area (eye_shapes.cpp, brow_shapes.cpp, jaw_shapes.cpp, mouth_shapes.cpp,
// cheek_nose_shapes.cpp). Each shape is a displacement of the 468 vertices in
// millimetres at weight 1, built from seed motions spread with smooth compact
// falloffs over mesh distances (mesh_fields.h), sized by the neutral's own
// measures (eye opening, mouth width, eye distance).
#include <map>
#include <string>
#include <vector>

#include "model/face_regions.h"
#include "model/vec3.h"

namespace likeness {

class FaceTopology;

namespace model {

using Shape = std::vector<Vec3>;   // 468 displacements

/// A vertex with a prescribed motion; the motion fades out over `radius` mm of
/// mesh distance. Anchors (zero motion) hold their surroundings in place.
struct Seed {
    int vertex = 0;
    Vec3 motion;
    double radius = 0;
};

class RigContext {
public:
    RigContext(const FaceTopology& topology, std::vector<Vec3> neutral);

    const FaceTopology& topology() const { return m_topology; }
    const std::vector<Vec3>& neutral() const { return m_neutral; }
    const Vec3& point(int v) const { return m_neutral[std::size_t(v)]; }
    const FaceAnatomy& anatomy() const { return m_anatomy; }
    const FaceFrame& frame() const { return m_anatomy.frame; }
    /// Direction vectors of the face's frame: up, out of the face, toward the subject's `side`.
    Vec3 up() const { return m_anatomy.frame.y; }
    Vec3 out() const { return m_anatomy.frame.z; }
    Vec3 lateral(int side) const { return m_anatomy.frame.x * (side == kLeft ? 1.0 : -1.0); }
    /// Outward unit normal at each vertex (area-weighted, oriented along out(), smoothed over a few rings).
    const Vec3& normal(int v) const { return m_normals[std::size_t(v)]; }
    int vertexCount() const { return int(m_neutral.size()); }

    /// Mesh distance between two vertices (all pairs are precomputed).
    double distance(int a, int b) const { return m_distance[std::size_t(a) * m_neutral.size() + std::size_t(b)]; }
    /// Mesh distance of every vertex to the nearest of `seeds`.
    std::vector<double> distanceTo(const std::vector<int>& seeds) const;

    /// Displacement field from seed motions: a seed vertex gets its motion exactly;
    /// any other vertex v gets sum_s k_s bump(d_sv, r_s) m_s / sum_s k_s with
    /// inverse-distance weights k_s = 1 / d_sv^3 (anchors take part in the
    /// normalisation, which holds their neighbourhood still).
    Shape spread(const std::vector<Seed>& seeds) const;

private:
    const FaceTopology& m_topology;
    std::vector<Vec3> m_neutral;
    FaceAnatomy m_anatomy;
    std::vector<double> m_distance;
    std::vector<Vec3> m_normals;
};

/// A built shape and where it may move vertices: within `radius` mm (straight
/// line, on the neutral) of one of the `core` vertices.
struct BuiltShape {
    Shape delta;
    std::vector<int> core;
    double radius = 0;
};

/// spread() of `seeds`, its support being the moving seeds and their largest radius.
BuiltShape spreadShape(const RigContext& rig, const std::vector<Seed>& seeds);

/// Shapes by ARKit name. Each builder adds its own shapes.
using ShapeMap = std::map<std::string, BuiltShape>;

/// Zero-motion seeds (anchors) at `vertices`.
void addAnchors(std::vector<Seed>& seeds, const std::vector<int>& vertices);

void addEyeShapes(const RigContext& rig, ShapeMap& shapes);         // eyeBlink/LookDown/In/Out/Up/Squint/Wide L/R
void addBrowShapes(const RigContext& rig, ShapeMap& shapes);        // browDown L/R, browInnerUp, browOuterUp L/R
void addJawShapes(const RigContext& rig, ShapeMap& shapes);         // jawForward/Left/Right/Open
void addMouthShapes(const RigContext& rig, ShapeMap& shapes);       // mouth*
void addCheekNoseShapes(const RigContext& rig, ShapeMap& shapes);   // cheekPuff, cheekSquint L/R, noseSneer L/R

/// The lower-face weight of the jaw (1 on the chin and lower lip, 0 on the upper
/// face, smooth in between) and the jaw's rotation axis (a point and a unit
/// direction toward the subject's left). Shared by the jaw and mouth shapes.
struct JawModel {
    std::vector<double> weight;
    Vec3 pivot;
    Vec3 axis;
    double openAngle = 0;   // radians at jawOpen = 1
};
JawModel jawModel(const RigContext& rig);

} // namespace model
} // namespace likeness
