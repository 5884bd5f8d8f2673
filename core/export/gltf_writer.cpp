#include "export/gltf_writer.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <limits>
#include <nlohmann/json.hpp>

#include "common/atomic_file.h"
#include "common/error.h"

namespace likeness {
namespace fs = std::filesystem;
namespace {

using nlohmann::json;

constexpr int kFloat = 5126, kUnsignedInt = 5125;
constexpr int kArrayBuffer = 34962, kElementArrayBuffer = 34963;

// The binary buffer and the bufferViews/accessors that describe it.
class BufferBuilder {
public:
    json bufferViews = json::array();
    json accessors = json::array();
    std::vector<unsigned char> bytes;

    int addView(const void* data, size_t size, int target) {
        while (bytes.size() % 4) bytes.push_back(0);   // every accessor is 4-byte aligned
        const size_t offset = bytes.size();
        bytes.resize(offset + size);
        std::memcpy(bytes.data() + offset, data, size);
        json view = {{"buffer", 0}, {"byteOffset", offset}, {"byteLength", size}};
        if (target) view["target"] = target;
        bufferViews.push_back(view);
        return static_cast<int>(bufferViews.size() - 1);
    }

    // Float accessor of `count` elements of `width` components, each scaled by `scale`.
    int addFloats(const std::vector<float>& values, int width, const char* type, int target, bool minMax, float scale = 1) {
        std::vector<float> v(values);
        if (scale != 1)
            for (float& x : v) x *= scale;
        const size_t count = v.size() / static_cast<size_t>(width);
        json a = {{"bufferView", addView(v.data(), v.size() * sizeof(float), target)},
                  {"componentType", kFloat},
                  {"count", count},
                  {"type", type}};
        if (minMax) {
            std::vector<float> lo(size_t(width), std::numeric_limits<float>::max()), hi(size_t(width), -std::numeric_limits<float>::max());
            for (size_t i = 0; i < v.size(); ++i) {
                lo[i % size_t(width)] = std::min(lo[i % size_t(width)], v[i]);
                hi[i % size_t(width)] = std::max(hi[i % size_t(width)], v[i]);
            }
            a["min"] = lo;
            a["max"] = hi;
        }
        accessors.push_back(a);
        return static_cast<int>(accessors.size() - 1);
    }

    // A morph-target accessor: sparse (only the vertices that move, glTF 2.0 sec. 3.6.2.3)
    // when that is smaller than the dense array.
    int addTargetFloats(const std::vector<float>& values, float scale, bool minMax) {
        std::vector<uint32_t> moved;
        std::vector<float> data;
        for (size_t i = 0; i + 2 < values.size(); i += 3)
            if (values[i] != 0 || values[i + 1] != 0 || values[i + 2] != 0) {
                moved.push_back(static_cast<uint32_t>(i / 3));
                for (size_t c = 0; c < 3; ++c) data.push_back(values[i + c] * scale);
            }
        if (moved.size() * 16 >= values.size() * 4) return addFloats(values, 3, "VEC3", kArrayBuffer, minMax, scale);
        if (moved.empty()) {   // an all-zero target: one explicit zero (readers such as Assimp need some data)
            moved.push_back(0);
            data.assign(3, 0.0f);
        }
        json a = {{"componentType", kFloat}, {"count", values.size() / 3}, {"type", "VEC3"}};
        if (minMax) {
            std::vector<float> lo(3, 0.0f), hi(3, 0.0f);   // the unlisted vertices are zero
            for (size_t i = 0; i < data.size(); ++i) {
                lo[i % 3] = std::min(lo[i % 3], data[i]);
                hi[i % 3] = std::max(hi[i % 3], data[i]);
            }
            a["min"] = lo;
            a["max"] = hi;
        }
        a["sparse"] = {{"count", moved.size()},
                           {"indices", {{"bufferView", addView(moved.data(), moved.size() * 4, 0)}, {"componentType", kUnsignedInt}}},
                           {"values", {{"bufferView", addView(data.data(), data.size() * 4, 0)}}}};
        accessors.push_back(a);
        return static_cast<int>(accessors.size() - 1);
    }

    int addIndices(const std::vector<int>& indices) {
        std::vector<uint32_t> u(indices.begin(), indices.end());
        accessors.push_back({{"bufferView", addView(u.data(), u.size() * sizeof(uint32_t), kElementArrayBuffer)},
                             {"componentType", kUnsignedInt},
                             {"count", u.size()},
                             {"type", "SCALAR"}});
        return static_cast<int>(accessors.size() - 1);
    }
};

json materialJson(const ExportMaterial& m, const std::vector<int>& textureOfImage) {
    json pbr = {{"baseColorFactor", {m.baseColorFactor[0], m.baseColorFactor[1], m.baseColorFactor[2], 1.0}},
                {"metallicFactor", m.metallic},
                {"roughnessFactor", m.roughness}};
    if (m.baseColorImage >= 0) pbr["baseColorTexture"] = {{"index", textureOfImage[size_t(m.baseColorImage)]}};
    if (m.metallicRoughnessImage >= 0)
        pbr["metallicRoughnessTexture"] = {{"index", textureOfImage[size_t(m.metallicRoughnessImage)]}};
    json mat = {{"name", m.name}, {"pbrMetallicRoughness", pbr}, {"doubleSided", false}};
    if (m.normalImage >= 0) mat["normalTexture"] = {{"index", textureOfImage[size_t(m.normalImage)]}};
    return mat;
}

std::vector<unsigned char> glbContainer(const std::string& jsonText, const std::vector<unsigned char>& bin) {
    std::string j = jsonText;
    while (j.size() % 4) j.push_back(' ');   // the JSON chunk is padded with spaces
    std::vector<unsigned char> b = bin;
    while (b.size() % 4) b.push_back(0);
    std::vector<unsigned char> out;
    auto u32 = [&](uint32_t x) {
        for (int k = 0; k < 4; ++k) out.push_back(static_cast<unsigned char>(x >> (8 * k)));
    };
    const size_t total = 12 + 8 + j.size() + (b.empty() ? 0 : 8 + b.size());
    if (total > std::numeric_limits<uint32_t>::max()) throw InputError("The asset is too large for a .glb file (over 4 GiB).");
    u32(0x46546C67);   // "glTF"
    u32(2);
    u32(static_cast<uint32_t>(total));
    u32(static_cast<uint32_t>(j.size()));
    u32(0x4E4F534A);   // "JSON"
    out.insert(out.end(), j.begin(), j.end());
    if (!b.empty()) {
        u32(static_cast<uint32_t>(b.size()));
        u32(0x004E4942);   // "BIN\0"
        out.insert(out.end(), b.begin(), b.end());
    }
    return out;
}

// A relative URI reference for a file name (RFC 3986: everything but unreserved characters percent-encoded).
std::string uriOf(const std::string& fileName) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : fileName) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') out.push_back(static_cast<char>(c));
        else {
            out.push_back('%');
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        }
    }
    return out;
}

} // namespace

void GltfWriteOptions::validate() const {
    if (!(unitScale > 0 && unitScale < 1e6)) throw OptionsError("The glTF unit scale must be positive.");
}

void writeGltf(const std::string& path, const ExportAsset& asset, const GltfWriteOptions& o) {
    o.validate();
    validateExportAsset(asset);
    const ExportMesh& m = asset.mesh;
    const fs::path file(path);
    const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
    const auto scale = static_cast<float>(o.unitScale);

    BufferBuilder b;
    json attributes = {{"POSITION", b.addFloats(m.positions, 3, "VEC3", kArrayBuffer, true, scale)}};
    if (!m.normals.empty()) attributes["NORMAL"] = b.addFloats(m.normals, 3, "VEC3", kArrayBuffer, false);
    if (!m.tangents.empty() && !m.normals.empty()) attributes["TANGENT"] = b.addFloats(m.tangents, 4, "VEC4", kArrayBuffer, false);
    if (!m.uvs.empty()) attributes["TEXCOORD_0"] = b.addFloats(m.uvs, 2, "VEC2", kArrayBuffer, false);   // glTF v is down too
    if (!m.colors.empty()) attributes["COLOR_0"] = b.addFloats(m.colors, 3, "VEC3", kArrayBuffer, false);
    json primitive = {{"attributes", attributes}, {"indices", b.addIndices(m.triangles)}, {"mode", 4}};
    if (!asset.images.empty() || asset.material.baseColorImage >= 0) primitive["material"] = 0;

    json meshJson = {{"name", m.name}};
    if (!m.morphTargets.empty()) {
        json targets = json::array(), names = json::array();
        for (const ExportMorphTarget& t : m.morphTargets) {
            json target = {{"POSITION", b.addTargetFloats(t.positionDeltas, scale, true)}};
            if (o.morphNormals && !t.normalDeltas.empty() && !m.normals.empty())
                target["NORMAL"] = b.addTargetFloats(t.normalDeltas, 1.0f, false);
            targets.push_back(target);
            names.push_back(t.name);
        }
        primitive["targets"] = targets;
        meshJson["weights"] = m.morphWeights;
        meshJson["extras"] = {{"targetNames", names}};
    }
    meshJson["primitives"] = json::array({primitive});

    json root = {{"asset", {{"version", "2.0"}, {"generator", "Likeness"}}},
                 {"scene", 0},
                 {"scenes", json::array({{{"name", "Scene"}, {"nodes", {0}}}})},
                 {"nodes", json::array({{{"name", m.name}, {"mesh", 0}}})},
                 {"meshes", json::array({meshJson})}};

    // Images: files next to a .gltf, bufferViews inside a .glb.
    json images = json::array(), textures = json::array();
    std::vector<int> textureOfImage;
    for (size_t i = 0; i < asset.images.size(); ++i) {
        const ExportImage& im = asset.images[i];
        if (o.binary)
            images.push_back({{"name", im.fileName}, {"mimeType", im.mimeType}, {"bufferView", b.addView(im.bytes.data(), im.bytes.size(), 0)}});
        else
            images.push_back({{"name", im.fileName}, {"uri", uriOf(im.fileName)}});
        textures.push_back({{"sampler", 0}, {"source", i}});
        textureOfImage.push_back(static_cast<int>(i));
    }
    if (!asset.images.empty()) {
        root["images"] = images;
        root["textures"] = textures;
        // Bilinear with mip-maps; clamp so the dilated UV borders never wrap around.
        root["samplers"] = json::array({{{"magFilter", 9729}, {"minFilter", 9987}, {"wrapS", 33071}, {"wrapT", 33071}}});
    }
    if (primitive.contains("material")) root["materials"] = json::array({materialJson(asset.material, textureOfImage)});

    // The morph-weight animation: one key per frame, linear in between.
    if (!asset.animations.empty() && !m.morphTargets.empty()) {
        const ExportAnimation& a = asset.animations.front();
        std::vector<float> times, weights;
        for (size_t f = 0; f < a.weights.size(); ++f) {
            times.push_back(static_cast<float>(f / a.framesPerSecond));
            weights.insert(weights.end(), a.weights[f].begin(), a.weights[f].end());
        }
        const int input = b.addFloats(times, 1, "SCALAR", 0, true);
        const int output = b.addFloats(weights, 1, "SCALAR", 0, false);
        root["animations"] = json::array({{{"name", a.name},
                                           {"samplers", json::array({{{"input", input}, {"output", output}, {"interpolation", "LINEAR"}}})},
                                           {"channels", json::array({{{"sampler", 0}, {"target", {{"node", 0}, {"path", "weights"}}}}})}}});
    }

    root["bufferViews"] = b.bufferViews;
    root["accessors"] = b.accessors;
    json buffer = {{"byteLength", b.bytes.size()}};
    if (o.binary) {
        root["buffers"] = json::array({buffer});
        const std::vector<unsigned char> glb = glbContainer(root.dump(), b.bytes);
        writeFileAtomically(path, glb.data(), glb.size());
        return;
    }
    const std::string binName = file.stem().string() + ".bin";
    buffer["uri"] = uriOf(binName);
    root["buffers"] = json::array({buffer});
    for (const ExportImage& im : asset.images) writeFileAtomically((folder / im.fileName).string(), im.bytes.data(), im.bytes.size());
    writeFileAtomically((folder / binName).string(), b.bytes.data(), b.bytes.size());
    writeFileAtomically(path, root.dump(1) + "\n");
}

} // namespace likeness
