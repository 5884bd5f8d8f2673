#include "export/export_asset.h"

#include <cmath>
#include <cstddef>

#include "common/error.h"

namespace likeness {
namespace {

void requireFinite(const std::vector<float>& v, const std::string& what) {
    for (float x : v)
        if (!std::isfinite(x)) throw InputError("Export: " + what + " holds a value that is not finite.");
}

void requireSize(const std::vector<float>& v, size_t expected, const std::string& what, bool optional) {
    if (optional && v.empty()) return;
    if (v.size() != expected)
        throw InputError("Export: " + what + " has " + std::to_string(v.size()) + " values, expected " +
                         std::to_string(expected) + ".");
    requireFinite(v, what);
}

bool plainFileName(const std::string& name) {
    if (name.empty() || name.size() > 128 || name == "." || name == "..") return false;
    for (char c : name)
        if (c == '/' || c == '\\' || c == ':' || static_cast<unsigned char>(c) < 32) return false;
    return true;
}

} // namespace

ExportMesh posedExportMesh(const ExportMesh& in) {
    ExportMesh m = in;
    bool posed = false;
    for (size_t k = 0; k < in.morphTargets.size(); ++k) {
        const float w = in.morphWeights[k];
        if (w == 0) continue;
        posed = true;
        const ExportMorphTarget& t = in.morphTargets[k];
        for (size_t i = 0; i < m.positions.size(); ++i) m.positions[i] += w * t.positionDeltas[i];
        if (!t.normalDeltas.empty() && !m.normals.empty())
            for (size_t i = 0; i < m.normals.size(); ++i) m.normals[i] += w * t.normalDeltas[i];
    }
    if (posed && !m.normals.empty())
        for (size_t i = 0; i + 2 < m.normals.size(); i += 3) {
            const float len = std::sqrt(m.normals[i] * m.normals[i] + m.normals[i + 1] * m.normals[i + 1] +
                                        m.normals[i + 2] * m.normals[i + 2]);
            if (len > 1e-12f)
                for (size_t c = 0; c < 3; ++c) m.normals[i + c] /= len;
        }
    m.morphTargets.clear();
    m.morphWeights.clear();
    return m;
}

void validateExportAsset(const ExportAsset& asset) {
    const ExportMesh& m = asset.mesh;
    if (m.positions.empty() || m.positions.size() % 3 != 0)
        throw InputError("Export: the mesh has no vertices (or a position array that is not x, y, z triples).");
    const size_t v = m.positions.size() / 3;
    requireSize(m.positions, 3 * v, "the positions", false);
    requireSize(m.normals, 3 * v, "the normals", true);
    requireSize(m.tangents, 4 * v, "the tangents", true);
    requireSize(m.uvs, 2 * v, "the texture coordinates", true);
    requireSize(m.colors, 3 * v, "the vertex colours", true);
    if (m.triangles.empty() || m.triangles.size() % 3 != 0) throw InputError("Export: the mesh has no triangles.");
    for (int i : m.triangles)
        if (i < 0 || static_cast<size_t>(i) >= v)
            throw InputError("Export: a triangle refers to vertex " + std::to_string(i) + " of " + std::to_string(v) + ".");
    if (m.morphWeights.size() != m.morphTargets.size())
        throw InputError("Export: " + std::to_string(m.morphWeights.size()) + " default weights for " +
                         std::to_string(m.morphTargets.size()) + " morph targets.");
    requireFinite(m.morphWeights, "the morph weights");
    for (const ExportMorphTarget& t : m.morphTargets) {
        if (t.name.empty()) throw InputError("Export: a morph target has no name.");
        requireSize(t.positionDeltas, 3 * v, "morph target " + t.name, false);
        requireSize(t.normalDeltas, 3 * v, "the normals of morph target " + t.name, true);
    }
    for (const ExportImage& im : asset.images) {
        if (!plainFileName(im.fileName)) throw InputError("Export: '" + im.fileName + "' is not a plain file name.");
        if (im.bytes.empty()) throw InputError("Export: the image " + im.fileName + " is empty.");
    }
    const ExportMaterial& mat = asset.material;
    for (int index : {mat.baseColorImage, mat.normalImage, mat.metallicRoughnessImage, mat.specularImage})
        if (index < -1 || index >= static_cast<int>(asset.images.size()))
            throw InputError("Export: the material refers to image " + std::to_string(index) + " of " +
                             std::to_string(asset.images.size()) + ".");
    for (const ExportAnimation& a : asset.animations) {
        if (!(a.framesPerSecond > 0 && a.framesPerSecond <= 1000))
            throw InputError("Export: the animation's frame rate must be in (0, 1000].");
        if (a.weights.empty()) throw InputError("Export: the animation has no frames.");
        for (const auto& frame : a.weights) {
            if (frame.size() != m.morphTargets.size())
                throw InputError("Export: an animation frame has " + std::to_string(frame.size()) + " weights for " +
                                 std::to_string(m.morphTargets.size()) + " morph targets.");
            requireFinite(frame, "the animation weights");
        }
        if (!a.headYawPitchRollDeg.empty() && a.headYawPitchRollDeg.size() != a.weights.size())
            throw InputError("Export: the animation's head rotations do not match its frames.");
    }
}

} // namespace likeness
