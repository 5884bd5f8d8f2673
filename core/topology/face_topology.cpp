#include "topology/face_topology.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>
#include <system_error>

#include <nlohmann/json.hpp>

#include "assets/asset_paths.h"
#include "common/error.h"

namespace likeness {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr std::uintmax_t kMaxFileBytes = 16u << 20;  // the real asset is ~42 KB
constexpr std::size_t kMaxRegions = 256;
constexpr std::size_t kMaxRegionSize = 4096;
constexpr std::size_t kMaxNameLength = 64;
constexpr std::size_t kMaxSubsets = 16;
constexpr std::size_t kMaxSubsetTriangles = 4096;
const char* const kFormat = "likeness-face-topology";
constexpr int kVersion = 1;

// Regions the rest of Likeness relies on (fitting masks, eye/lip contours, iris).
const char* const kRequiredRegions[] = {
    "silhouette",      "lipsUpperOuter",  "lipsLowerOuter",    "lipsUpperInner",   "lipsLowerInner",
    "rightEyeUpper0",  "rightEyeLower0",  "leftEyeUpper0",     "leftEyeLower0",    "rightEyebrowUpper",
    "leftEyebrowUpper", "rightEyeIris",   "leftEyeIris",       "noseTip",
};

class Checker {
public:
    explicit Checker(std::string source) : m_source(std::move(source)) {}

    [[noreturn]] void fail(const std::string& detail) const {
        throw AssetError("Face topology " + m_source + " is invalid: " + detail + ". Run " +
                         assets::fetchCommand() + " to regenerate it.");
    }

    const json& member(const json& object, const char* key) const {
        const auto it = object.find(key);
        if (it == object.end())
            fail(std::string("\"") + key + "\" is missing");
        return *it;
    }

    const json& array(const json& value, const std::string& where, std::size_t minSize, std::size_t maxSize) const {
        if (!value.is_array())
            fail(where + " is not an array");
        if (value.size() < minSize || value.size() > maxSize) {
            if (minSize == maxSize)
                fail(where + " has " + std::to_string(value.size()) + " entries, expected " + std::to_string(minSize));
            fail(where + " has " + std::to_string(value.size()) + " entries, expected " + std::to_string(minSize) +
                 " to " + std::to_string(maxSize));
        }
        return value;
    }

    int index(const json& value, const std::string& where, int limit) const {
        if (!value.is_number_integer())
            fail(where + " is not an integer index");
        const std::int64_t v = value.get<std::int64_t>();
        if (v < 0 || v >= limit)
            fail(where + " = " + std::to_string(v) + " is out of range (0.." + std::to_string(limit - 1) + ")");
        return int(v);
    }

    float unitNumber(const json& value, const std::string& where) const {
        if (!value.is_number())
            fail(where + " is not a number");
        const double v = value.get<double>();
        if (!std::isfinite(v) || v < 0.0 || v > 1.0)
            fail(where + " = " + std::to_string(v) + " is outside [0, 1]");
        return float(v);
    }

    std::array<int, 3> triangle(const json& value, const std::string& where, int limit) const {
        array(value, where, 3, 3);
        std::array<int, 3> t;
        for (int k = 0; k < 3; ++k)
            t[k] = index(value[std::size_t(k)], where + "[" + std::to_string(k) + "]", limit);
        if (t[0] == t[1] || t[1] == t[2] || t[0] == t[2])
            fail(where + " is degenerate (repeats a vertex)");
        return t;
    }

private:
    std::string m_source;
};

std::array<int, 2> edgeKey(int a, int b) { return a < b ? std::array<int, 2>{a, b} : std::array<int, 2>{b, a}; }

} // namespace

FaceTopology FaceTopology::load() { return loadFile(assets::topologyFile()); }

FaceTopology FaceTopology::loadFile(const std::string& path) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status))
        throw AssetError("Face topology asset face_topology.json is missing (expected at " + path + "). Run " +
                         assets::fetchCommand() + " to fetch it.");
    if (!fs::is_regular_file(status))
        throw AssetError("Face topology " + path + " is not a regular file. Run " + assets::fetchCommand() +
                         " to regenerate it.");
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec || size > kMaxFileBytes)
        throw AssetError("Face topology " + path + " is invalid: " +
                         (ec ? "its size cannot be read" : "it is " + std::to_string(size) + " bytes, far more than a "
                                                                "topology needs") +
                         ". Run " + assets::fetchCommand() + " to regenerate it.");
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in && !in.eof())
        throw AssetError("Face topology " + path + " cannot be read. Run " + assets::fetchCommand() +
                         " to regenerate it.");
    return fromJson(text.str(), path);
}

FaceTopology FaceTopology::fromJson(const std::string& text, const std::string& sourceName) {
    const Checker check(sourceName);
    if (text.size() > kMaxFileBytes)
        check.fail("it is far larger than a topology needs");
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& e) {
        check.fail(std::string("it is not valid JSON (") + e.what() + ")");
    }
    if (!root.is_object())
        check.fail("the top level is not a JSON object");

    const json& format = check.member(root, "format");
    if (!format.is_string() || format.get<std::string>() != kFormat)
        check.fail(std::string("it is not a Likeness face topology (\"format\" is not \"") + kFormat + "\")");
    const json& version = check.member(root, "version");
    if (!version.is_number_integer() || version.get<std::int64_t>() != kVersion)
        check.fail("it has version " + version.dump() + "; this build reads version " + std::to_string(kVersion));

    FaceTopology topo;
    topo.m_source = sourceName;

    const json& uv = check.array(check.member(root, "uv"), "\"uv\"", kVertexCount, kVertexCount);
    topo.m_uvs.reserve(kVertexCount);
    for (std::size_t i = 0; i < uv.size(); ++i) {
        const std::string where = "uv[" + std::to_string(i) + "]";
        check.array(uv[i], where, 2, 2);
        topo.m_uvs.push_back({check.unitNumber(uv[i][0], where + "[0]"), check.unitNumber(uv[i][1], where + "[1]")});
    }

    const json& triangles =
        check.array(check.member(root, "triangles"), "\"triangles\"", kTriangleCount, kTriangleCount);
    topo.m_triangles.reserve(kTriangleCount);
    for (std::size_t i = 0; i < triangles.size(); ++i)
        topo.m_triangles.push_back(check.triangle(triangles[i], "triangles[" + std::to_string(i) + "]", kVertexCount));

    const json& regions = check.member(root, "regions");
    if (!regions.is_object())
        check.fail("\"regions\" is not an object");
    if (regions.size() > kMaxRegions)
        check.fail("\"regions\" has " + std::to_string(regions.size()) + " entries, more than " +
                   std::to_string(kMaxRegions));
    for (auto it = regions.begin(); it != regions.end(); ++it) {
        const std::string& name = it.key();
        if (name.empty() || name.size() > kMaxNameLength)
            check.fail("a region name is empty or longer than " + std::to_string(kMaxNameLength) + " characters");
        const std::string where = "regions." + name;
        check.array(it.value(), where, 1, kMaxRegionSize);
        std::vector<int> indices;
        indices.reserve(it.value().size());
        for (std::size_t k = 0; k < it.value().size(); ++k)
            indices.push_back(check.index(it.value()[k], where + "[" + std::to_string(k) + "]", kLandmarkCount));
        topo.m_regions.emplace(name, std::move(indices));
    }
    for (const char* required : kRequiredRegions)
        if (!topo.hasRegion(required))
            check.fail(std::string("region \"") + required + "\" is missing");

    const auto subsets = root.find("landmark_subsets");
    if (subsets != root.end()) {
        if (!subsets->is_object() || subsets->size() > kMaxSubsets)
            check.fail("\"landmark_subsets\" is not an object of at most " + std::to_string(kMaxSubsets) + " entries");
        for (auto it = subsets->begin(); it != subsets->end(); ++it) {
            const std::string where = "landmark_subsets." + it.key();
            if (it.key().empty() || it.key().size() > kMaxNameLength || !it.value().is_object())
                check.fail(where + " is not a named object");
            LandmarkSubset subset;
            const json& vertices = check.array(check.member(it.value(), "vertices"), where + ".vertices", 1,
                                               kVertexCount);
            for (std::size_t k = 0; k < vertices.size(); ++k)
                subset.vertices.push_back(
                    check.index(vertices[k], where + ".vertices[" + std::to_string(k) + "]", kVertexCount));
            const auto tris = it.value().find("triangles");
            if (tris != it.value().end()) {
                check.array(*tris, where + ".triangles", 0, kMaxSubsetTriangles);
                for (std::size_t k = 0; k < tris->size(); ++k)
                    subset.triangles.push_back(check.triangle((*tris)[k], where + ".triangles[" + std::to_string(k) + "]",
                                                              int(subset.vertices.size())));
            }
            topo.m_subsets.emplace(it.key(), std::move(subset));
        }
    }

    topo.derive();
    return topo;
}

const std::vector<int>& FaceTopology::region(const std::string& name) const {
    const auto it = m_regions.find(name);
    if (it == m_regions.end())
        throw AssetError("Face topology " + m_source + " has no region named \"" + name + "\". Run " +
                         assets::fetchCommand() + " to regenerate it.");
    return it->second;
}

void FaceTopology::derive() {
    const Checker check(m_source);
    const int n = vertexCount();

    // Edges, with the number of triangles using each; orientation consistency via
    // directed edges (each directed edge may appear once in a consistently wound,
    // manifold mesh).
    std::map<std::array<int, 2>, int> edgeUse;
    std::set<std::array<int, 2>> directed;
    std::set<std::array<int, 3>> seenTriangles;
    for (std::size_t t = 0; t < m_triangles.size(); ++t) {
        const std::array<int, 3>& tri = m_triangles[t];
        std::array<int, 3> sorted = tri;
        std::sort(sorted.begin(), sorted.end());
        if (!seenTriangles.insert(sorted).second)
            check.fail("triangles[" + std::to_string(t) + "] appears twice");
        for (int k = 0; k < 3; ++k) {
            const int a = tri[std::size_t(k)], b = tri[std::size_t((k + 1) % 3)];
            if (!directed.insert({a, b}).second)
                check.fail("triangles[" + std::to_string(t) + "] is wound against its neighbours or an edge is "
                           "shared by more than two triangles");
            ++edgeUse[edgeKey(a, b)];
        }
    }
    m_edges.clear();
    m_boundaryEdges.clear();
    m_boundaryVertex.assign(std::size_t(n), 0);
    m_neighbors.assign(std::size_t(n), {});
    for (const auto& [edge, uses] : edgeUse) {
        if (uses > 2)
            check.fail("edge " + std::to_string(edge[0]) + "-" + std::to_string(edge[1]) +
                       " is shared by more than two triangles");
        m_edges.push_back(edge);
        if (uses == 1) {
            m_boundaryEdges.push_back(edge);
            m_boundaryVertex[std::size_t(edge[0])] = 1;
            m_boundaryVertex[std::size_t(edge[1])] = 1;
        }
        m_neighbors[std::size_t(edge[0])].push_back(edge[1]);
        m_neighbors[std::size_t(edge[1])].push_back(edge[0]);
    }
    for (int v = 0; v < n; ++v) {
        std::vector<int>& ring = m_neighbors[std::size_t(v)];
        std::sort(ring.begin(), ring.end());
        if (ring.empty())
            check.fail("vertex " + std::to_string(v) + " is not used by any triangle");
    }

    // Mirror pairs from the UV layout: nearest vertex to (1-u, v). Brute force is
    // fine for 468 vertices (~0.2 M distance evaluations, once).
    m_mirror.assign(std::size_t(n), -1);
    for (int i = 0; i < n; ++i) {
        const float targetU = 1.0f - m_uvs[std::size_t(i)][0];
        const float targetV = m_uvs[std::size_t(i)][1];
        float best = std::numeric_limits<float>::max();
        for (int j = 0; j < n; ++j) {
            const float du = m_uvs[std::size_t(j)][0] - targetU;
            const float dv = m_uvs[std::size_t(j)][1] - targetV;
            const float d2 = du * du + dv * dv;
            if (d2 < best) {
                best = d2;
                m_mirror[std::size_t(i)] = j;
            }
        }
        if (std::sqrt(best) > kMirrorTolerance)
            check.fail("the UV layout is not left/right symmetric (vertex " + std::to_string(i) +
                       " has no partner near (1-u, v))");
    }
    for (int i = 0; i < n; ++i)
        if (m_mirror[std::size_t(m_mirror[std::size_t(i)])] != i)
            check.fail("the UV layout does not pair vertices left/right one-to-one (vertex " + std::to_string(i) + ")");

    std::map<std::array<int, 3>, int> triangleIndex;
    for (std::size_t t = 0; t < m_triangles.size(); ++t) {
        std::array<int, 3> sorted = m_triangles[t];
        std::sort(sorted.begin(), sorted.end());
        triangleIndex.emplace(sorted, int(t));
    }
    m_triangleMirror.assign(m_triangles.size(), -1);
    for (std::size_t t = 0; t < m_triangles.size(); ++t) {
        std::array<int, 3> mirrored;
        for (int k = 0; k < 3; ++k)
            mirrored[std::size_t(k)] = m_mirror[std::size_t(m_triangles[t][std::size_t(k)])];
        std::sort(mirrored.begin(), mirrored.end());
        const auto it = triangleIndex.find(mirrored);
        if (it != triangleIndex.end())
            m_triangleMirror[t] = it->second;
    }
}

} // namespace likeness
