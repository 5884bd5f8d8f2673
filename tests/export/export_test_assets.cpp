#include "export_test_assets.h"

#include <cmath>
#include <opencv2/imgcodecs.hpp>

#include "model/face_model.h"

namespace likeness::test {

ExportImage makeSolidPng(const std::string& fileName, unsigned char r, unsigned char g, unsigned char b) {
    cv::Mat bgr(8, 8, CV_8UC3, cv::Scalar(b, g, r));
    ExportImage im;
    im.fileName = fileName;
    cv::imencode(".png", bgr, im.bytes);
    return im;
}

ExportAsset makeGridAsset(int n, int morphCount) {
    ExportAsset a;
    ExportMesh& m = a.mesh;
    const float size = 100;   // mm across
    for (int j = 0; j <= n; ++j)
        for (int i = 0; i <= n; ++i) {
            const float u = static_cast<float>(i) / n, v = static_cast<float>(j) / n;
            const float x = (u - 0.5f) * size, y = (0.5f - v) * size;   // v down = y down
            const float z = 20.0f * std::cos(3.14159f * (u - 0.5f)) * std::cos(3.14159f * (v - 0.5f));
            m.positions.insert(m.positions.end(), {x, y, z});
            // Normal of z(x, y): (-dz/dx, -dz/dy, 1) normalised.
            const float dzdx = -20.0f * 3.14159f / size * std::sin(3.14159f * (u - 0.5f)) * std::cos(3.14159f * (v - 0.5f));
            const float dzdy = 20.0f * 3.14159f / size * std::cos(3.14159f * (u - 0.5f)) * std::sin(3.14159f * (v - 0.5f));
            const float len = std::sqrt(dzdx * dzdx + dzdy * dzdy + 1);
            m.normals.insert(m.normals.end(), {-dzdx / len, -dzdy / len, 1 / len});
            const float tl = std::sqrt(1 + dzdx * dzdx);
            m.tangents.insert(m.tangents.end(), {1 / tl, 0, dzdx / tl, 1});
            m.uvs.insert(m.uvs.end(), {u, v});
            m.colors.insert(m.colors.end(), {0.6f * u + 0.2f, 0.4f, 0.6f * v + 0.2f});
        }
    for (int j = 0; j < n; ++j)
        for (int i = 0; i < n; ++i) {
            const int a0 = j * (n + 1) + i, a1 = a0 + 1, b0 = a0 + n + 1, b1 = b0 + 1;
            // Counter-clockwise seen from +z (y up, rows go down in y).
            m.triangles.insert(m.triangles.end(), {a0, b0, b1, a0, b1, a1});
        }
    const auto& names = arkitBlendshapeNames();
    for (int k = 0; k < morphCount; ++k) {
        ExportMorphTarget t;
        t.name = names[static_cast<size_t>(k) % names.size()];
        t.positionDeltas.assign(m.positions.size(), 0.0f);
        for (int j = n / 2 + 1; j <= n; ++j)
            for (int i = 0; i <= n; ++i) t.positionDeltas[static_cast<size_t>(3 * (j * (n + 1) + i) + 1)] = -(k + 1.0f);
        m.morphTargets.push_back(std::move(t));
        m.morphWeights.push_back(0.1f * k);
    }
    a.images.push_back(makeSolidPng("diffuse.png", 200, 150, 120));
    a.material.baseColorImage = 0;
    a.material.roughness = 0.6f;
    ExportAnimation anim;
    for (int f = 0; f < 3; ++f) {
        std::vector<float> w(static_cast<size_t>(morphCount));
        for (int k = 0; k < morphCount; ++k) w[static_cast<size_t>(k)] = 0.25f * f + 0.05f * k;
        anim.weights.push_back(w);
        anim.headYawPitchRollDeg.push_back({5.0f * f, -2.0f * f, 1.0f * f});
    }
    if (morphCount > 0) a.animations.push_back(anim);
    return a;
}

} // namespace likeness::test
