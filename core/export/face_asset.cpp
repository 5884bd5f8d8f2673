#include "export/face_asset.h"

#include <Eigen/Core>
#include <Eigen/Geometry>
#include <algorithm>
#include <cmath>

#include "analysis/head_pose.h"
#include "common/cancel_token.h"
#include "common/error.h"
#include "export/mesh_attributes.h"
#include "export/rig_at_level.h"
#include "export/uv_baker.h"
#include "fit/pose_init.h"
#include "model/face_model.h"
#include "model/loop_subdivision.h"

namespace likeness {
namespace {

// y = M x for x of `width` values per vertex.
std::vector<float> applyRows(const SparseRows& m, const std::vector<float>& x, size_t width) {
    std::vector<float> y(static_cast<size_t>(m.rows) * width, 0.0f);
    for (int r = 0; r < m.rows; ++r)
        for (int64_t k = m.rowStart[size_t(r)]; k < m.rowStart[size_t(r) + 1]; ++k)
            for (size_t c = 0; c < width; ++c)
                y[size_t(r) * width + c] += static_cast<float>(m.value[size_t(k)] * x[size_t(m.col[size_t(k)]) * width + c]);
    return y;
}

std::vector<std::array<int, 3>> triangleArray(const std::vector<int>& t) {
    std::vector<std::array<int, 3>> out(t.size() / 3);
    for (size_t i = 0; i < out.size(); ++i) out[i] = {t[3 * i], t[3 * i + 1], t[3 * i + 2]};
    return out;
}

// Per-vertex data of the fit's mesh, before attributes are derived.
struct RawMesh {
    std::vector<float> positions, uvs, colors, specular;
    std::vector<int> triangles;
    std::vector<std::vector<float>> deltas;
};

// One Loop subdivision: shape (and the shapes' deltas, which are shape differences)
// by Loop's smoothing rules; UVs, colours and specular by the same refinement with
// linear rules (UVs must not fold; see face_model.h).
RawMesh subdivideOnce(const RawMesh& in) {
    const std::vector<std::array<int, 3>> tri = triangleArray(in.triangles);
    const int v = static_cast<int>(in.positions.size() / 3);
    const LoopSubdivisionResult smooth = loopSubdivide(v, tri, 1);
    const LoopSubdivisionResult linear = linearSubdivide(v, tri, 1);
    RawMesh out;
    out.positions = applyRows(smooth.fromControl, in.positions, 3);
    for (const auto& d : in.deltas) out.deltas.push_back(applyRows(smooth.fromControl, d, 3));
    out.uvs = applyRows(linear.fromControl, in.uvs, 2);
    out.colors = applyRows(linear.fromControl, in.colors, 3);
    out.specular = applyRows(linear.fromControl, in.specular, 1);
    for (const auto& t : smooth.triangles) out.triangles.insert(out.triangles.end(), t.begin(), t.end());
    return out;
}

std::array<float, 3> headYawPitchRoll(const ImageFit& im) {
    // HeadPose's face axes are the model axes with y and z flipped (coarse_fit.cpp does the same).
    const Eigen::Matrix3d r = matrixFromAxisAngle({im.rotationAxisAngle[0], im.rotationAxisAngle[1], im.rotationAxisAngle[2]}) *
                              Eigen::Vector3d(1, -1, -1).asDiagonal();
    std::array<float, 9> m{};
    for (int i = 0; i < 9; ++i) m[static_cast<size_t>(i)] = static_cast<float>(r(i / 3, i % 3));
    const HeadPose pose = headPoseFromRotation(m);
    return {pose.yawDeg, pose.pitchDeg, pose.rollDeg};
}

ExportImage pngImage(const std::string& name, std::vector<unsigned char> bytes) {
    ExportImage im;
    im.fileName = name;
    im.bytes = std::move(bytes);
    return im;
}

// Tangent-space normal map (OpenGL convention: +X along u, +Y along v up, +Z out)
// of `detail`'s normals seen in `m`'s interpolated tangent frames: a high-to-low
// bake. Both meshes share the UV layout (the detail mesh refines m's UVs linearly),
// so a texel's UV names the same surface point on both.
// The interpolating subdivision's operator is dense (every base vertex reaches every
// vertex a little), so a local shape leaves numerical dust everywhere. Offsets
// under kDeltaDustMm (and normal changes under kNormalDust) are set to zero: far
// below what any scan or screen resolves, and it lets sparse storage (glTF sparse
// accessors, FBX shape indexes) keep only the vertices a shape really moves.
constexpr float kDeltaDustMm = 1e-4f, kNormalDust = 1e-4f;

void removeDust(std::vector<float>& deltas, float threshold) {
    for (size_t i = 0; i + 2 < deltas.size(); i += 3)
        if (deltas[i] * deltas[i] + deltas[i + 1] * deltas[i + 1] + deltas[i + 2] * deltas[i + 2] < threshold * threshold)
            deltas[i] = deltas[i + 1] = deltas[i + 2] = 0.0f;
}

std::vector<unsigned char> bakeNormalMap(const ExportMesh& m, const RawMesh& detail, int res) {
    const std::vector<float> detailNormals = vertexNormals(detail.positions, detail.triangles);
    const UvBakeResult high = bakeVertexData(detail.uvs, detail.triangles, detailNormals, 3, res);
    const UvBakeResult low = bakeVertexData(m.uvs, m.triangles, m.normals, 3, res);
    std::vector<float> t3(3 * static_cast<size_t>(m.vertexCount())), handed(static_cast<size_t>(m.vertexCount()));
    for (size_t i = 0; i < handed.size(); ++i) {
        for (size_t c = 0; c < 3; ++c) t3[3 * i + c] = m.tangents[4 * i + c];
        handed[i] = m.tangents[4 * i + 3];
    }
    const UvBakeResult tangent = bakeVertexData(m.uvs, m.triangles, t3, 3, res);
    const UvBakeResult sign = bakeVertexData(m.uvs, m.triangles, handed, 1, res);
    UvBakeResult out = low;
    for (size_t p = 0; p < low.covered.size(); ++p) {
        Eigen::Vector3f n(low.texels[3 * p], low.texels[3 * p + 1], low.texels[3 * p + 2]);
        Eigen::Vector3f t(tangent.texels[3 * p], tangent.texels[3 * p + 1], tangent.texels[3 * p + 2]);
        const Eigen::Vector3f h(high.texels[3 * p], high.texels[3 * p + 1], high.texels[3 * p + 2]);
        Eigen::Vector3f local(0, 0, 1);
        if (n.norm() > 1e-6f && h.norm() > 1e-6f) {
            n.normalize();
            t = t - n * n.dot(t);
            if (t.norm() > 1e-6f) {
                t.normalize();
                const Eigen::Vector3f b = n.cross(t) * (sign.texels[p] < 0 ? -1.0f : 1.0f);
                local = Eigen::Vector3f(h.dot(t), h.dot(b), h.dot(n)).normalized();
                if (local.z() < 0.05f) local = Eigen::Vector3f(0, 0, 1);   // a fold, not a normal: flat
            }
        }
        for (int c = 0; c < 3; ++c) out.texels[3 * p + size_t(c)] = 0.5f * local[c] + 0.5f;
    }
    return encodePng8(out, false);
}

} // namespace

void FaceAssetOptions::validate() const {
    if (level != "working" && level != "high" && level != "neutral")
        throw OptionsError("The export level must be working, high or neutral (not '" + level + "').");
    if (mapResolution < 256 || mapResolution > 2048)
        throw OptionsError("The map resolution must be 256..2048 texels (not " + std::to_string(mapResolution) + ").");
    if (image < 0) throw OptionsError("The photo index must be 0 or more.");
    if (!(framesPerSecond > 0 && framesPerSecond <= 1000)) throw OptionsError("The frame rate must be in (0, 1000].");
    edits.validate();
}

float roughnessFromSpecular(float specular, float medianSpecular, float baseRoughness) {
    const float s = std::max(specular, 1e-4f), m = std::max(medianSpecular, 1e-4f);
    return std::clamp(baseRoughness * std::sqrt(m / s), 0.2f, 1.0f);
}

ExportAsset buildFaceAsset(const FaceFit& fit, const FaceTopology& topology, const FaceAssetOptions& o,
                           const CancelToken* cancel) {
    o.validate();
    auto checkCancel = [cancel] {
        if (cancel && cancel->isCancelled()) throw CancelledError();
    };
    if (fit.images.empty()) throw InputError("The fit has no photo.");
    if (o.image >= static_cast<int>(fit.images.size()))
        throw OptionsError("The fit has " + std::to_string(fit.images.size()) + " photo(s): there is no photo " +
                           std::to_string(o.image) + ".");
    const size_t v = fit.vertices.size() / 3;
    if (v == 0 || fit.uvs.size() != 2 * v || fit.diffuseAlbedo.size() != 3 * v || fit.specularIntensity.size() != v)
        throw InputError("The fit's per-vertex arrays do not match its mesh.");
    if (fit.triangles.empty() || fit.triangles.size() % 3 != 0 ||
        std::any_of(fit.triangles.begin(), fit.triangles.end(), [v](int i) { return i < 0 || static_cast<size_t>(i) >= v; }))
        throw InputError("The fit's triangles do not match its vertices.");
    for (const ImageFit& im : fit.images)
        if (im.expressionWeights.size() != arkitBlendshapeNames().size())
            throw InputError("The fit's expression has " + std::to_string(im.expressionWeights.size()) +
                             " weights, not the 52 ARKit blendshapes.");

    const RigAtLevel rig = rigAtLevel(topology, fit.neutralBase, fit.geometryLevel, fit.subdivisionLevel);
    if (static_cast<size_t>(rig.vertexCount) != v) throw InputError("The fit's mesh does not match its subdivision level.");
    std::vector<float> weights = fit.images[static_cast<size_t>(o.image)].expressionWeights;
    if (o.level == "neutral") std::fill(weights.begin(), weights.end(), 0.0f);

    RawMesh raw;
    raw.positions = o.rig ? fit.vertices : applyRig(rig, fit.vertices, weights);
    raw.uvs = fit.uvs;
    raw.colors = fit.diffuseAlbedo;
    raw.specular = fit.specularIntensity;
    if (!o.edits.isIdentity()) {   // the baked maps and vertex colours carry the artist's edits
        for (size_t i = 0; i < v; ++i) {
            const std::array<float, 3> c = editedAlbedo({raw.colors[3 * i], raw.colors[3 * i + 1], raw.colors[3 * i + 2]}, o.edits);
            std::copy(c.begin(), c.end(), raw.colors.begin() + static_cast<long>(3 * i));
            raw.specular[i] = editedSpecular(raw.specular[i], o.edits);
        }
    }
    raw.triangles = fit.triangles;
    if (o.rig) raw.deltas = rig.deltas;
    checkCancel();
    // The detail the normal map carries: the smooth surface one subdivision finer
    // (at the high level the mesh is that surface itself: no map).
    RawMesh detail;
    if (o.level == "high") raw = subdivideOnce(raw);
    else detail = subdivideOnce(RawMesh{raw.positions, raw.uvs, raw.colors, raw.specular, raw.triangles, {}});

    ExportAsset asset;
    ExportMesh& m = asset.mesh;
    m.positions = std::move(raw.positions);
    m.uvs = std::move(raw.uvs);
    m.colors = std::move(raw.colors);
    for (float& c : m.colors) c = std::clamp(c, 0.0f, 1.0f);
    m.triangles = std::move(raw.triangles);
    // Outward winding: the face looks down +z, so the normals' mean z must be positive.
    m.normals = vertexNormals(m.positions, m.triangles);
    const bool flipped = orientTowardPlusZ(m.triangles, m.normals);
    m.tangents = vertexTangents(m.positions, m.normals, m.uvs, m.triangles);
    const auto& names = arkitBlendshapeNames();
    for (size_t k = 0; k < raw.deltas.size(); ++k) {
        ExportMorphTarget t;
        t.name = names[k];
        t.positionDeltas = std::move(raw.deltas[k]);
        removeDust(t.positionDeltas, kDeltaDustMm);
        std::vector<float> posed = m.positions;
        for (size_t i = 0; i < posed.size(); ++i) posed[i] += t.positionDeltas[i];
        t.normalDeltas = vertexNormals(posed, m.triangles);
        for (size_t i = 0; i < posed.size(); ++i) t.normalDeltas[i] -= m.normals[i];
        removeDust(t.normalDeltas, kNormalDust);
        m.morphTargets.push_back(std::move(t));
        m.morphWeights.push_back(weights[k]);
    }

    // UV maps from the fitted per-vertex appearance.
    checkCancel();
    const int res = o.mapResolution;
    asset.images.push_back(pngImage("diffuse.png", encodePng8(bakeVertexData(m.uvs, m.triangles, m.colors, 3, res), true)));
    asset.material.baseColorImage = 0;
    asset.images.push_back(
        pngImage("specular.png", encodePng8(bakeVertexData(m.uvs, m.triangles, raw.specular, 1, res), false)));
    asset.material.specularImage = 1;
    std::vector<float> sorted = raw.specular;
    std::nth_element(sorted.begin(), sorted.begin() + static_cast<long>(sorted.size() / 2), sorted.end());
    const float median = sorted[sorted.size() / 2];
    std::vector<float> orm(3 * raw.specular.size());   // glTF: R occlusion (1), G roughness, B metallic (0)
    for (size_t i = 0; i < raw.specular.size(); ++i) {
        orm[3 * i] = 1.0f;
        orm[3 * i + 1] = roughnessFromSpecular(raw.specular[i], median, static_cast<float>(fit.roughness));
        orm[3 * i + 2] = 0.0f;
    }
    asset.images.push_back(pngImage("roughness.png", encodePng8(bakeVertexData(m.uvs, m.triangles, orm, 3, res), false)));
    asset.material.metallicRoughnessImage = 2;
    checkCancel();
    asset.material.roughness = 1.0f;   // the texture holds the roughness itself
    if (!detail.positions.empty()) {
        if (flipped) flipWinding(detail.triangles);
        asset.images.push_back(pngImage("normal.png", bakeNormalMap(m, detail, res)));
        asset.material.normalImage = 3;
    }
    asset.material.metallic = 0.0f;
    // The medium/fine stages' own maps replace the baked ones (edited like them).
    const bool edited = !o.edits.isIdentity();
    if (!o.fittedDiffusePng.empty())
        asset.images[0].bytes = edited ? editDiffusePng(o.fittedDiffusePng, o.edits) : o.fittedDiffusePng;
    if (!o.fittedSpecularPng.empty())
        asset.images[1].bytes = edited ? editSpecularPng(o.fittedSpecularPng, o.edits) : o.fittedSpecularPng;
    if (!o.fittedNormalPng.empty()) {
        if (asset.material.normalImage >= 0) asset.images[static_cast<size_t>(asset.material.normalImage)].bytes = o.fittedNormalPng;
        else {
            asset.images.push_back(pngImage("normal.png", o.fittedNormalPng));
            asset.material.normalImage = static_cast<int>(asset.images.size()) - 1;
        }
    }
    if (o.edits.normalStrength != 1 && asset.material.normalImage >= 0) {   // baked or fitted
        std::vector<unsigned char>& normal = asset.images[static_cast<size_t>(asset.material.normalImage)].bytes;
        normal = editNormalPng(normal, o.edits);
    }

    if (o.rig && o.animation && fit.images.size() > 1) {
        ExportAnimation a;
        a.framesPerSecond = o.framesPerSecond;
        for (const ImageFit& im : fit.images) {
            a.weights.push_back(im.expressionWeights);
            a.headYawPitchRollDeg.push_back(headYawPitchRoll(im));
        }
        asset.animations.push_back(std::move(a));
    }
    validateExportAsset(asset);
    return asset;
}

} // namespace likeness
