#include "model/obj_writer.h"

#include <cmath>
#include <cstdio>

#include <ATen/ATen.h>

#include "common/atomic_file.h"
#include "common/error.h"

namespace likeness {
namespace {

std::vector<float> floats(const at::Tensor& t, int64_t columns, const char* what) {
    if (!t.defined() || t.numel() == 0)
        return {};
    if (t.dim() != 2 || t.size(1) != columns)
        throw InputError(std::string("OBJ export: ") + what + " must be [N, " + std::to_string(columns) + "].");
    const at::Tensor c = t.detach().to(at::kCPU, at::kFloat).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

} // namespace

void writeObj(const std::string& path, const std::vector<float>& vertices, const std::vector<float>& uvs,
              const std::vector<int>& triangles, const ObjMaterialRef& material) {
    if (vertices.size() % 3 != 0 || triangles.size() % 3 != 0)
        throw InputError("OBJ export to " + path + ": vertices and triangles must come in threes.");
    const std::size_t v = vertices.size() / 3;
    if (!uvs.empty() && uvs.size() != 2 * v)
        throw InputError("OBJ export to " + path + ": " + std::to_string(uvs.size() / 2) + " UVs for " +
                         std::to_string(v) + " vertices.");
    for (float x : vertices)
        if (!std::isfinite(x))
            throw InputError("OBJ export to " + path + ": a vertex coordinate is not finite.");
    for (float x : uvs)
        if (!std::isfinite(x))
            throw InputError("OBJ export to " + path + ": a texture coordinate is not finite.");
    for (int i : triangles)
        if (i < 0 || std::size_t(i) >= v)
            throw InputError("OBJ export to " + path + ": triangle index " + std::to_string(i) + " is out of range.");
    if (material.library.find('\n') != std::string::npos || material.name.find('\n') != std::string::npos)
        throw InputError("OBJ export to " + path + ": material names cannot contain line breaks.");

    std::string out = "# Likeness face mesh: " + std::to_string(v) + " vertices, " + std::to_string(triangles.size() / 3) +
                      " triangles\n";
    if (!material.library.empty()) out += "mtllib " + material.library + "\n";
    char line[96];
    for (std::size_t i = 0; i < v; ++i) {
        std::snprintf(line, sizeof line, "v %.6g %.6g %.6g\n", double(vertices[3 * i]), double(vertices[3 * i + 1]),
                      double(vertices[3 * i + 2]));
        out += line;
    }
    for (std::size_t i = 0; i < uvs.size() / 2; ++i) {
        std::snprintf(line, sizeof line, "vt %.7g %.7g\n", double(uvs[2 * i]), 1.0 - double(uvs[2 * i + 1]));
        out += line;
    }
    if (!material.name.empty()) out += "usemtl " + material.name + "\n";
    for (std::size_t f = 0; f < triangles.size() / 3; ++f) {
        const int a = triangles[3 * f] + 1, b = triangles[3 * f + 1] + 1, c = triangles[3 * f + 2] + 1;
        if (uvs.empty())
            std::snprintf(line, sizeof line, "f %d %d %d\n", a, b, c);
        else
            std::snprintf(line, sizeof line, "f %d/%d %d/%d %d/%d\n", a, a, b, b, c, c);
        out += line;
    }
    writeFileAtomically(path, out);
}

void writeObj(const std::string& path, const at::Tensor& vertices, const at::Tensor& uvs, const at::Tensor& triangles,
              const ObjMaterialRef& material) {
    const std::vector<float> v = floats(vertices, 3, "vertices");
    const std::vector<float> uv = floats(uvs, 2, "uvs");
    if (!triangles.defined() || triangles.dim() != 2 || triangles.size(1) != 3)
        throw InputError("OBJ export to " + path + ": triangles must be [F, 3].");
    const at::Tensor t = triangles.detach().to(at::kCPU, at::kLong).contiguous();
    std::vector<int> tri(std::size_t(t.numel()));
    const int64_t* p = t.data_ptr<int64_t>();
    for (std::size_t i = 0; i < tri.size(); ++i) {
        if (p[i] < 0 || p[i] > int64_t(1) << 30)
            throw InputError("OBJ export to " + path + ": triangle index " + std::to_string(p[i]) + " is out of range.");
        tri[i] = int(p[i]);
    }
    writeObj(path, v, uv, tri, material);
}

} // namespace likeness
