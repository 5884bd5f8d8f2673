#pragma once
// The FaceMesh topology: 468 vertices with a UV layout, 880 triangles (eyes
// closed, mouth open), named landmark regions, plus what Likeness derives from
// them: left/right mirror pairs, edges and one-ring neighbours.
//
// Source: the JSON asset written by scripts/extract_topology.mjs from
// @vladmandic/human@3.3.6 src/face/facemeshcoords.ts (UV468, TRI468,
// meshAnnotations, VTX68/33/7 with their triangles):
//   {"format":"likeness-face-topology","version":1,"uv":[[u,v] x468],
//    "triangles":[[a,b,c] x880],"regions":{name:[indices]},
//    "landmark_subsets":{"vtx68":{"vertices":[..],"triangles":[[..]]},..}}   (optional)
#include <array>
#include <map>
#include <string>
#include <vector>

namespace likeness {

/// A subset of mesh vertices with its own small triangulation (e.g. the 68 points
/// that correspond to dlib's landmarks). Triangle indices refer to `vertices`.
struct LandmarkSubset {
    std::vector<int> vertices;                  // mesh vertex indices (0..467)
    std::vector<std::array<int, 3>> triangles;  // indices into `vertices`; may be empty
};

/// Immutable after loading; cheap to copy around by const reference.
class FaceTopology {
public:
    static constexpr int kVertexCount = 468;    // mesh vertices
    static constexpr int kTriangleCount = 880;  // mesh triangles
    static constexpr int kLandmarkCount = 478;  // 468 + 2 x 5 iris points (Iris model)
    /// Largest UV distance between a vertex's mirrored position (1-u, v) and its partner.
    static constexpr float kMirrorTolerance = 0.01f;

    /// Loads assets::topologyFile(). Throws AssetError (missing, malformed, or
    /// failing any check below), naming the file and the fetch command.
    static FaceTopology load();
    static FaceTopology loadFile(const std::string& path);
    /// Parses and validates JSON text; `sourceName` is used in error messages.
    static FaceTopology fromJson(const std::string& json, const std::string& sourceName);

    int vertexCount() const { return int(m_uvs.size()); }
    int triangleCount() const { return int(m_triangles.size()); }

    /// Per-vertex texture coordinates, u right and v down, in [0,1].
    const std::vector<std::array<float, 2>>& uvs() const { return m_uvs; }
    /// Triangles as vertex indices, consistently wound (counter-clockwise when the UV
    /// layout is drawn with v down, as in the asset).
    const std::vector<std::array<int, 3>>& triangles() const { return m_triangles; }

    /// Named landmark groups (meshAnnotations: silhouette, lipsUpperOuter,
    /// rightEyeUpper0, leftEyebrowUpper, …; "right"/"left" is the subject's own side).
    /// Indices are < kLandmarkCount: leftEyeIris/rightEyeIris name iris points 468..477,
    /// every other region indexes mesh vertices.
    const std::map<std::string, std::vector<int>>& regions() const { return m_regions; }
    bool hasRegion(const std::string& name) const { return m_regions.count(name) != 0; }
    /// Throws AssetError when the topology has no such region.
    const std::vector<int>& region(const std::string& name) const;

    /// "vtx68", "vtx33", "vtx7" when the asset has them.
    const std::map<std::string, LandmarkSubset>& landmarkSubsets() const { return m_subsets; }

    /// The vertex on the other side of the face: the vertex nearest to (1-u, v) in the
    /// UV layout, which is left/right symmetric about u = 0.5. Midline vertices map to
    /// themselves; mirrorOf(mirrorOf(i)) == i. `vertex` must be in [0, 468).
    int mirrorOf(int vertex) const { return m_mirror.at(std::size_t(vertex)); }
    const std::vector<int>& mirrorMap() const { return m_mirror; }
    bool isOnMidline(int vertex) const { return mirrorOf(vertex) == vertex; }
    /// Index of the triangle whose vertices are the mirrors of `triangle`'s, or -1
    /// where the triangulation is not symmetric (a few triangles around the midline).
    int mirrorTriangleOf(int triangle) const { return m_triangleMirror.at(std::size_t(triangle)); }

    /// Every undirected edge once, as (a, b) with a < b, sorted.
    const std::vector<std::array<int, 2>>& edges() const { return m_edges; }
    /// Edges used by a single triangle (the outline and the mouth opening), sorted.
    const std::vector<std::array<int, 2>>& boundaryEdges() const { return m_boundaryEdges; }
    bool isBoundaryVertex(int vertex) const { return m_boundaryVertex.at(std::size_t(vertex)) != 0; }
    /// First ring of `vertex`: the vertices sharing an edge with it, ascending.
    const std::vector<int>& vertexNeighbors(int vertex) const { return m_neighbors.at(std::size_t(vertex)); }

    /// The file it was loaded from (or the sourceName given to fromJson).
    const std::string& sourcePath() const { return m_source; }

private:
    FaceTopology() = default;
    void derive();  // mirror pairs, edges, neighbours; throws AssetError

    std::string m_source;
    std::vector<std::array<float, 2>> m_uvs;
    std::vector<std::array<int, 3>> m_triangles;
    std::map<std::string, std::vector<int>> m_regions;
    std::map<std::string, LandmarkSubset> m_subsets;
    std::vector<int> m_mirror;
    std::vector<int> m_triangleMirror;
    std::vector<std::array<int, 2>> m_edges;
    std::vector<std::array<int, 2>> m_boundaryEdges;
    std::vector<char> m_boundaryVertex;
    std::vector<std::vector<int>> m_neighbors;
};

} // namespace likeness
