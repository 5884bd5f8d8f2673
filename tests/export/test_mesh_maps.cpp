// Map baking and tangent frames: a linear function baked in UV space is exact
// at texel centres, dilation fills past the UV border and the rest is the
// mean; PNG encodings keep their bit depth and the sRGB curve; tangents follow
// +u with the glTF handedness (bitangent toward OpenGL v up); normals point out.
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

#include "common/error.h"
#include "export/mesh_attributes.h"
#include "export/uv_baker.h"
#include "export_test_assets.h"

using namespace likeness;

class TestMeshMaps : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bakesLinearFunctionExactly() {
        // One quad covering u, v in [0.25, 0.75]; value = u + 2 v.
        const std::vector<float> uvs = {0.25f, 0.25f, 0.75f, 0.25f, 0.75f, 0.75f, 0.25f, 0.75f};
        const std::vector<int> tris = {0, 1, 2, 0, 2, 3};
        std::vector<float> values;
        for (size_t i = 0; i < 4; ++i) values.push_back(uvs[2 * i] + 2 * uvs[2 * i + 1]);
        const UvBakeResult r = bakeVertexData(uvs, tris, values, 1, 64, 4);
        for (int y = 17; y < 47; y += 7)
            for (int x = 17; x < 47; x += 5) {
                const size_t p = static_cast<size_t>(y) * 64 + x;
                QVERIFY(r.covered[p]);
                const double u = (x + 0.5) / 64, v = (y + 0.5) / 64;
                QVERIFY2(std::abs(r.texels[p] - (u + 2 * v)) < 1e-5, qPrintable(QString::number(r.texels[p])));
            }
        // Dilated ring just outside the quad: close to the edge value; far corners: the mean.
        const size_t outside = static_cast<size_t>(32) * 64 + 14;   // left of u = 0.25 by ~2 texels
        QVERIFY(!r.covered[outside]);
        QVERIFY(std::abs(r.texels[outside] - (0.25 + 2 * (32.5 / 64))) < 0.05);
        double mean = 0;
        int n = 0;
        for (size_t p = 0; p < r.covered.size(); ++p)
            if (r.covered[p]) {
                mean += r.texels[p];
                ++n;
            }
        QVERIFY(std::abs(r.texels[0] - mean / n) < 1e-4);
    }

    void encodesPngDepthAndSrgb() {
        UvBakeResult t;
        t.size = 4;
        t.channels = 3;
        t.texels.assign(4 * 4 * 3, 0.5f);
        t.covered.assign(16, 1);
        const std::vector<unsigned char> png8 = encodePng8(t, true), png16 = encodePng16(t);
        const cv::Mat a = cv::imdecode(png8, cv::IMREAD_UNCHANGED), b = cv::imdecode(png16, cv::IMREAD_UNCHANGED);
        QCOMPARE(a.type(), CV_8UC3);
        QCOMPARE(b.type(), CV_16UC3);
        QCOMPARE(static_cast<int>(a.at<cv::Vec3b>(0, 0)[0]), 188);   // sRGB(0.5) = 0.7354 -> 188
        QCOMPARE(static_cast<int>(b.at<cv::Vec3w>(0, 0)[0]), 32768);
        QVERIFY_THROWS_EXCEPTION(OptionsError, bakeVertexData({0, 0}, {}, {1}, 1, 0));
    }

    void tangentsFollowUWithGltfHandedness() {
        const ExportAsset a = test::makeGridAsset(6, 0);
        const std::vector<float> n = vertexNormals(a.mesh.positions, a.mesh.triangles);
        const std::vector<float> t = vertexTangents(a.mesh.positions, n, a.mesh.uvs, a.mesh.triangles);
        for (int i = 0; i < a.mesh.vertexCount(); ++i) {
            const float* ni = &n[3 * size_t(i)];
            const float* ti = &t[4 * size_t(i)];
            QVERIFY(ni[2] > 0.5f);                                    // out of the patch (+z)
            QVERIFY(std::abs(ni[0] * ti[0] + ni[1] * ti[1] + ni[2] * ti[2]) < 1e-5);   // orthogonal
            QVERIFY(ti[0] > 0.8f);                                    // +u is +x on the grid
            // bitangent = cross(n, t) * w must point to +y: v runs down the grid (y down), so OpenGL v up = +y.
            const float by = (ni[2] * ti[0] - ni[0] * ti[2]) * ti[3];
            QVERIFY2(by > 0.8f, qPrintable(QString::number(by)));
        }
        std::vector<int> flipped = a.mesh.triangles;
        flipWinding(flipped);
        const std::vector<float> nf = vertexNormals(a.mesh.positions, flipped);
        QVERIFY(nf[2] < -0.5f);
    }
};

QTEST_APPLESS_MAIN(TestMeshMaps)
#include "test_mesh_maps.moc"
