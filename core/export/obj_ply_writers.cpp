#include "export/obj_ply_writers.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/srgb.h"

namespace likeness {
namespace fs = std::filesystem;
namespace {

void appendf(std::string& out, const char* format, double a, double b, double c) {
    char line[160];
    const int n = std::snprintf(line, sizeof line, format, a, b, c);
    out.append(line, static_cast<size_t>(std::max(0, n)));
}

template <typename T>
void appendRaw(std::string& out, T value) {
    char b[sizeof(T)];
    std::memcpy(b, &value, sizeof(T));   // x86-64 and ARM64 are little-endian, as the header says
    out.append(b, sizeof(T));
}

} // namespace

void ObjPlyWriteOptions::validate() const {
    if (!(unitScale > 0 && unitScale < 1e6)) throw OptionsError("The unit scale must be positive.");
}

void writeObjAsset(const std::string& path, const ExportAsset& asset, const ObjPlyWriteOptions& o) {
    o.validate();
    validateExportAsset(asset);
    const ExportMesh m = posedExportMesh(asset.mesh);
    const fs::path file(path);
    const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
    const std::string mtlName = file.stem().string() + ".mtl";
    const bool colors = o.vertexColors && !m.colors.empty();

    std::string obj = "# Likeness face asset (model space: x subject's left, y up, z out of the face)\n";
    obj += "mtllib " + mtlName + "\no " + m.name + "\n";
    obj.reserve(static_cast<size_t>(m.vertexCount()) * 120);
    for (int i = 0; i < m.vertexCount(); ++i) {
        const size_t k = 3 * static_cast<size_t>(i);
        appendf(obj, colors ? "v %.7g %.7g %.7g" : "v %.7g %.7g %.7g\n", m.positions[k] * o.unitScale,
                m.positions[k + 1] * o.unitScale, m.positions[k + 2] * o.unitScale);
        if (colors)
            appendf(obj, " %.4f %.4f %.4f\n", srgbFromLinear(m.colors[k]), srgbFromLinear(m.colors[k + 1]),
                    srgbFromLinear(m.colors[k + 2]));
    }
    const bool uvs = !m.uvs.empty(), normals = !m.normals.empty();
    if (uvs)
        for (int i = 0; i < m.vertexCount(); ++i) {
            char line[64];
            std::snprintf(line, sizeof line, "vt %.7g %.7g\n", m.uvs[2 * size_t(i)], 1.0 - m.uvs[2 * size_t(i) + 1]);
            obj += line;
        }
    if (normals)
        for (int i = 0; i < m.vertexCount(); ++i)
            appendf(obj, "vn %.6f %.6f %.6f\n", m.normals[3 * size_t(i)], m.normals[3 * size_t(i) + 1], m.normals[3 * size_t(i) + 2]);
    obj += "usemtl " + asset.material.name + "\ns 1\n";
    for (size_t t = 0; t + 2 < m.triangles.size(); t += 3) {
        obj += "f";
        for (size_t k = 0; k < 3; ++k) {
            const std::string i = std::to_string(m.triangles[t + k] + 1);
            obj += " " + i;
            if (uvs && normals) obj += "/" + i + "/" + i;
            else if (uvs) obj += "/" + i;
            else if (normals) obj += "//" + i;
        }
        obj += "\n";
    }

    const ExportMaterial& mat = asset.material;
    std::string mtl = "# Likeness material\nnewmtl " + mat.name + "\n";
    mtl += "Ka 0 0 0\n";
    appendf(mtl, "Kd %.4f %.4f %.4f\n", mat.baseColorFactor[0], mat.baseColorFactor[1], mat.baseColorFactor[2]);
    mtl += "Ks 0.04 0.04 0.04\n";
    // Phong exponent of the same highlight width as the roughness (Blinn-Phong ~ 2/alpha^2 - 2, alpha = r^2).
    const double alpha = std::max(0.05, static_cast<double>(mat.roughness) * mat.roughness);
    appendf(mtl, "Ns %.1f\nPr %.3f\nPm %.3f\n", std::min(1000.0, 2 / (alpha * alpha) - 2), mat.roughness, mat.metallic);
    mtl += "d 1\nillum 2\n";
    auto image = [&](int index) { return asset.images[static_cast<size_t>(index)].fileName; };
    if (mat.baseColorImage >= 0) mtl += "map_Kd " + image(mat.baseColorImage) + "\n";
    if (mat.specularImage >= 0) mtl += "map_Ks " + image(mat.specularImage) + "\n";
    if (mat.normalImage >= 0) mtl += "norm " + image(mat.normalImage) + "\nmap_Bump -bm 1 " + image(mat.normalImage) + "\n";

    for (const ExportImage& im : asset.images) writeFileAtomically((folder / im.fileName).string(), im.bytes.data(), im.bytes.size());
    writeFileAtomically((folder / mtlName).string(), mtl);
    writeFileAtomically(path, obj);
}

void writePly(const std::string& path, const ExportAsset& asset, const ObjPlyWriteOptions& o) {
    o.validate();
    validateExportAsset(asset);
    const ExportMesh m = posedExportMesh(asset.mesh);
    const bool colors = o.vertexColors && !m.colors.empty(), uvs = !m.uvs.empty(), normals = !m.normals.empty();
    std::string out = "ply\nformat binary_little_endian 1.0\ncomment Likeness face asset, x subject's left, y up, z out of the face\n";
    out += "element vertex " + std::to_string(m.vertexCount()) + "\nproperty float x\nproperty float y\nproperty float z\n";
    if (normals) out += "property float nx\nproperty float ny\nproperty float nz\n";
    if (uvs) out += "property float s\nproperty float t\n";
    if (colors) out += "property uchar red\nproperty uchar green\nproperty uchar blue\n";
    out += "element face " + std::to_string(m.triangleCount()) + "\nproperty list uchar int vertex_indices\nend_header\n";
    for (int i = 0; i < m.vertexCount(); ++i) {
        const size_t k = 3 * static_cast<size_t>(i);
        for (size_t c = 0; c < 3; ++c) appendRaw(out, static_cast<float>(m.positions[k + c] * o.unitScale));
        if (normals)
            for (size_t c = 0; c < 3; ++c) appendRaw(out, m.normals[k + c]);
        if (uvs) {
            appendRaw(out, m.uvs[2 * size_t(i)]);
            appendRaw(out, 1.0f - m.uvs[2 * size_t(i) + 1]);
        }
        if (colors)
            for (size_t c = 0; c < 3; ++c)
                appendRaw(out, static_cast<unsigned char>(std::lround(255 * srgbFromLinear(m.colors[k + c]))));
    }
    for (size_t t = 0; t + 2 < m.triangles.size(); t += 3) {
        appendRaw(out, static_cast<unsigned char>(3));
        for (size_t c = 0; c < 3; ++c) appendRaw(out, static_cast<int32_t>(m.triangles[t + c]));
    }
    writeFileAtomically(path, out);
}

} // namespace likeness
