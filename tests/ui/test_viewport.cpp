// The 3D viewport under a real OpenGL display (Xvfb + Mesa): every shading mode
// against a committed baseline image, the GLSL shading against the core's
// renderer, the photo camera against the fit's projection, the rig's pose,
// interaction and stills.
//   LIKENESS_UPDATE_BASELINES=1 test_viewport   rewrites tests/ui/baselines/.
#include <cmath>
#include <cstdlib>

#include <ATen/ATen.h>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QUndoStack>
#include <QtTest/QtTest>

#include "export/map_edits.h"
#include "fit/coarse_fit.h"
#include "fit/face_render.h"
#include "fit/fit_render.h"
#include "topology/face_topology.h"
#include "fit_test_helpers.h"
#include "gui_test_helpers.h"
#include "app/screenshot_runner.h"
#include "main_window/main_window.h"
#include "panels/expression_panel.h"
#include "panels/fit_panel.h"
#include "viewport/face_viewport.h"
#include "viewport/viewport_panel.h"
#include "viewport_test_scenes.h"

using namespace likeness;
using namespace likeness::ui;

namespace {

constexpr int kTile = 128;

QString baselinePath(const QString& name) {
    return QStringLiteral(LIKENESS_SOURCE_DIR "/tests/ui/baselines/") + name;
}

struct ImageDifference {
    double mean = 0;         // mean absolute difference per channel (0..255)
    double outlierShare = 0; // share of pixels with a channel differing by more than `outlier`
    QImage diff;             // |a - b| x 8, for people
};

ImageDifference compareImages(const QImage& a0, const QImage& b0, int outlier, const QImage& mask = {}) {
    const QImage a = a0.convertToFormat(QImage::Format_RGB32), b = b0.convertToFormat(QImage::Format_RGB32);
    ImageDifference d;
    d.diff = QImage(a.size(), QImage::Format_RGB32);
    d.diff.fill(Qt::black);
    double sum = 0;
    long counted = 0, outliers = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            if (!mask.isNull() && qGray(mask.pixel(x, y)) < 128) continue;
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            const int dr = std::abs(qRed(p) - qRed(q)), dg = std::abs(qGreen(p) - qGreen(q)),
                      db = std::abs(qBlue(p) - qBlue(q));
            sum += dr + dg + db;
            ++counted;
            if (std::max({dr, dg, db}) > outlier) ++outliers;
            d.diff.setPixel(x, y, qRgb(std::min(255, dr * 8), std::min(255, dg * 8), std::min(255, db * 8)));
        }
    d.mean = counted ? sum / (3.0 * counted) : 0;
    d.outlierShare = counted ? double(outliers) / counted : 0;
    return d;
}

/// A hemisphere with every map present: a coloured checker diffuse, a specular
/// gradient, a normal map of bumps, a light map gradient.
ViewportScene texturedScene() {
    ViewportScene s = test::hemisphereScene(16, kTile);
    s.diffuse = QImage(64, 64, QImage::Format_RGB888);
    for (int y = 0; y < 64; ++y)
        for (int x = 0; x < 64; ++x)
            s.diffuse.setPixelColor(x, y, ((x / 8 + y / 8) % 2) ? QColor(200, 150, 120) : QColor(120, 160, 190));
    s.specular = QImage(64, 64, QImage::Format_Grayscale8);
    for (int y = 0; y < 64; ++y)
        for (int x = 0; x < 64; ++x) s.specular.setPixelColor(x, y, QColor(x * 3, x * 3, x * 3));
    s.normal = QImage(64, 64, QImage::Format_RGBX64);
    for (int y = 0; y < 64; ++y)
        for (int x = 0; x < 64; ++x) {
            const double sx = 0.35 * std::sin(x * test::kTestPi / 8), sy = 0.35 * std::cos(y * test::kTestPi / 8);
            const double n = std::sqrt(sx * sx + sy * sy + 1);
            s.normal.setPixelColor(x, y, QColor::fromRgbF(float(0.5 + 0.5 * sx / n), float(0.5 + 0.5 * sy / n),
                                                          float(0.5 + 0.5 / n)));
        }
    s.lightMap = QImage(16, 16, QImage::Format_RGB888);
    for (int y = 0; y < 16; ++y)
        for (int x = 0; x < 16; ++x) s.lightMap.setPixelColor(x, y, QColor(x * 16, 128, y * 16));
    s.fittedLight = test::testLight(5);
    s.fittedLight.keyEnabled = true;
    s.fittedLight.keyDirection = {0.6f, -0.48f, -0.64f};   // right, above, toward the camera
    s.fittedLight.keyRadiance = {0.5f, 0.45f, 0.4f};
    return s;
}

using MapEdit = std::vector<unsigned char> (*)(const std::vector<unsigned char>&, const MapEdits&);

/// `image` edited as the exporter edits a PNG map.
QImage editedMap(const QImage& image, MapEdit edit, const MapEdits& edits) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const std::vector<unsigned char> out = edit(std::vector<unsigned char>(bytes.begin(), bytes.end()), edits);
    return QImage::fromData(out.data(), int(out.size()), "PNG");
}

/// A quick real coarse fit of the demo photo.
FaceFit fastDemoFit() {
    const test::DemoFace demo = test::analyseDemoPhoto();
    FitInput input;
    input.image = toCoreImage(demo.photo);
    input.face = demo.face;
    return fitCoarse({input}, test::quickFitOptions(20));
}

} // namespace

class TestViewport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void photoCameraProjectsLikeTheFit();
    void orbitPanZoomAndPresets();
    void shadingModesMatchBaseline();
    void shadingMatchesCoreRenderer();
    void normalMapTiltsTheShading();
    void fittedFaceLinesUpWithCoreRender();
    void mapEditsMatchTheExportedMaps();
    void stillsAndBadRequests();
    void mainWindowPosesTheFittedFace();
    void screenshotRunnerGrabsThe3dView();

private:
    FaceViewport* shownViewport(QWidget& host);
};

void TestViewport::initTestCase() {
    test::isolateSettings("test_viewport");
    QVERIFY2(QGuiApplication::platformName() == QLatin1String("xcb"),
             "test_viewport needs an X display (run under xvfb-run; ctest does this)");
}

FaceViewport* TestViewport::shownViewport(QWidget& host) {
    auto* viewport = new FaceViewport(&host);
    viewport->resize(kTile, kTile);
    host.resize(kTile, kTile);
    host.show();
    if (!QTest::qWaitForWindowExposed(&host)) return nullptr;
    QElapsedTimer timer;
    timer.start();
    while (!viewport->isGlReady() && viewport->glError().isEmpty() && timer.elapsed() < 10000) QTest::qWait(20);
    return viewport;
}

void TestViewport::photoCameraProjectsLikeTheFit() {
    // A point projected by the GL matrices lands on the pixel OpenCV's pinhole gives.
    PhotoCamera c;
    c.rotation = {0.98f, 0.0f, 0.198997f, 0.0f, -1.0f, 0.0f, 0.198997f, 0.0f, -0.98f};
    c.translationMm = {5, -3, 420};
    c.focalPx = 900;
    c.cx = 255.5f;
    c.cy = 300.0f;
    c.width = 512;
    c.height = 640;
    const QVector3D p(20, 35, 60);
    const QVector3D cam(c.rotation[0] * p.x() + c.rotation[1] * p.y() + c.rotation[2] * p.z() + c.translationMm[0],
                        c.rotation[3] * p.x() + c.rotation[4] * p.y() + c.rotation[5] * p.z() + c.translationMm[1],
                        c.rotation[6] * p.x() + c.rotation[7] * p.y() + c.rotation[8] * p.z() + c.translationMm[2]);
    const double u = c.focalPx * cam.x() / cam.z() + c.cx, v = c.focalPx * cam.y() / cam.z() + c.cy;
    const QVector4D clip = photoProjection(c, 10, 2000) * photoView(c) * QVector4D(p, 1);
    const double px = (clip.x() / clip.w() + 1) / 2 * c.width - 0.5, py = (1 - clip.y() / clip.w()) / 2 * c.height - 0.5;
    QVERIFY2(std::abs(px - u) < 1e-2 && std::abs(py - v) < 1e-2,
             qPrintable(QStringLiteral("GL %1,%2 vs OpenCV %3,%4").arg(px).arg(py).arg(u).arg(v)));
    QVERIFY(clip.z() / clip.w() > -1 && clip.z() / clip.w() < 1);   // inside the depth range
}

void TestViewport::orbitPanZoomAndPresets() {
    OrbitCamera camera;
    camera.setBounds(QVector3D(0, 0, 40), 100);
    camera.setPreset(ViewPreset::Front);
    QVERIFY(camera.eyePosition().z() > 200 && std::abs(camera.eyePosition().x()) < 1e-3);
    camera.setPreset(ViewPreset::Left);   // the subject's left is +x
    QVERIFY(camera.eyePosition().x() > 200);
    camera.setPreset(ViewPreset::Top);
    QVERIFY(camera.eyePosition().y() > 200);
    camera.setPreset(ViewPreset::Front);
    const float d = camera.distanceMm();
    camera.zoom(2);
    QVERIFY(camera.distanceMm() < d);
    camera.orbit(-100, 0);   // drag to the left: the camera swings toward +x
    QVERIFY(camera.yawDeg() > 30);
    const QVector3D before = camera.eyePosition();
    camera.pan(50, 0, 500);
    QVERIFY((camera.eyePosition() - before).length() > 1);
    // The photo preset without a photo camera is the front view; with one it is that camera.
    camera.setPreset(ViewPreset::Photo);
    QVERIFY(!camera.usesPhotoCamera());
    PhotoCamera pc = test::hemisphereScene(4, 128).camera;
    camera.setPhotoCamera(pc);
    camera.setPreset(ViewPreset::Photo);
    QVERIFY(camera.usesPhotoCamera());
    QVERIFY((camera.eyePosition() - QVector3D(0, 0, 400)).length() < 1e-2);   // -R^T t
    const float photoDistance = (camera.eyePosition() - QVector3D(0, 0, 40)).length();   // to the bounds' centre
    camera.orbit(10, 0);   // orbiting leaves the photo camera from where it was
    QVERIFY(!camera.usesPhotoCamera());
    QVERIFY(std::abs(camera.distanceMm() - photoDistance) < 1);
}

void TestViewport::shadingModesMatchBaseline() {
    QWidget host;
    FaceViewport* viewport = shownViewport(host);
    QVERIFY(viewport);
    QVERIFY2(viewport->isGlReady(), qPrintable(viewport->glError()));
    viewport->setScene(std::make_shared<const ViewportScene>(texturedScene()));

    // One tile per mode (final, diffuse, specular, normals, shading, light map) and final + wireframe.
    QImage atlas(4 * kTile, 2 * kTile, QImage::Format_RGB32);
    atlas.fill(Qt::black);
    QPainter painter(&atlas);
    for (int tile = 0; tile < 7; ++tile) {
        viewport->setShadingMode(static_cast<ShadingMode>(tile < 6 ? tile : 0));
        viewport->setWireframe(tile == 6);
        QString error;
        const QImage image = viewport->renderStill(QSize(kTile, kTile), 0, &error);
        QVERIFY2(!image.isNull(), qPrintable(error));
        painter.drawImage((tile % 4) * kTile, (tile / 4) * kTile, image);
    }
    painter.end();

    const QString baseline = baselinePath(QStringLiteral("viewport_modes.png"));
    if (qEnvironmentVariableIsSet("LIKENESS_UPDATE_BASELINES")) {
        QVERIFY(atlas.save(baseline));
        qInfo("wrote %s", qPrintable(baseline));
    }
    const QImage expected(baseline);
    QVERIFY2(!expected.isNull(), qPrintable(QStringLiteral("no baseline at %1").arg(baseline)));
    QCOMPARE(expected.size(), atlas.size());
    const ImageDifference d = compareImages(atlas, expected, 24);
    if (d.mean > 1.0 || d.outlierShare > 0.002) {
        const QString dir = test::scratch("test_viewport");
        atlas.save(dir + QStringLiteral("/viewport_modes_actual.png"));
        d.diff.save(dir + QStringLiteral("/viewport_modes_diff.png"));
        QFAIL(qPrintable(QStringLiteral("the viewport differs from its baseline (mean %1 levels, %2 % of pixels off by "
                                        "more than 24); output and diff (x8) in %3")
                             .arg(d.mean).arg(100 * d.outlierShare).arg(dir)));
    }
}

void TestViewport::shadingMatchesCoreRenderer() {
    // The same hemisphere, albedo, specular intensity and 3-band light through the core's
    // renderer (render/shading.cpp, per vertex) and the viewport's GLSL (per pixel).
    const int size = 160;
    ViewportScene scene = test::hemisphereScene(64, size);
    scene.specular = test::constantMap(51);   // s = 0.2
    scene.fittedLight = test::testLight(3);
    QWidget host;
    FaceViewport* viewport = shownViewport(host);
    QVERIFY(viewport && viewport->isGlReady());
    viewport->setScene(std::make_shared<const ViewportScene>(scene));
    QString error;
    const QImage gl = viewport->renderStill(QSize(size, size), 0, &error);
    QVERIFY2(!gl.isNull(), qPrintable(error));

    const int64_t v = scene.vertexCount();
    FaceRenderInputs in;
    in.vertices = at::from_blob(scene.positions.data(), {v, 3}, at::kFloat).clone();
    in.triangles = at::from_blob(scene.triangles.data(), {int64_t(scene.triangles.size() / 3), 3}, at::kInt).to(at::kLong);
    in.rotationAxisAngle = at::tensor({float(test::kTestPi), 0.0f, 0.0f});
    in.translation = at::tensor({0.0f, 0.0f, 400.0f});
    in.focal = at::scalar_tensor(scene.camera.focalPx, at::kFloat);
    in.cx = scene.camera.cx;
    in.cy = scene.camera.cy;
    in.width = in.height = size;
    in.diffuseAlbedo = at::from_blob(scene.colors.data(), {v, 3}, at::kFloat).clone();
    in.specularIntensity = at::full({v, 1}, 0.2f);
    in.light = at::from_blob(scene.fittedLight.sh.data(), {9, 3}, at::kFloat).clone();
    in.bands = 3;
    in.roughness = scene.roughness;
    in.normalSign = outwardNormalSign(in.vertices, in.triangles);
    const FaceRender core = renderFace(in);
    const at::Tensor rgb = (core.image.clamp(0, 1) * 255).round().to(at::kByte).contiguous();
    const at::Tensor mask = (core.mask > 0.5).to(at::kByte).mul(255).contiguous();
    QImage coreImage(rgb.data_ptr<uint8_t>(), size, size, 3 * size, QImage::Format_RGB888);
    QImage maskImage(mask.data_ptr<uint8_t>(), size, size, size, QImage::Format_Grayscale8);
    // Erode the mask by a pixel: edge pixels are partly background in one and not the other.
    QImage inner = maskImage.copy();
    for (int y = 1; y + 1 < size; ++y)
        for (int x = 1; x + 1 < size; ++x)
            if (qGray(maskImage.pixel(x - 1, y)) < 128 || qGray(maskImage.pixel(x + 1, y)) < 128 ||
                qGray(maskImage.pixel(x, y - 1)) < 128 || qGray(maskImage.pixel(x, y + 1)) < 128)
                inner.setPixel(x, y, 0);
    const ImageDifference d = compareImages(gl, coreImage, 8, inner);
    qInfo("viewport vs core renderer: mean %.2f levels, %.3f %% of pixels off by more than 8", d.mean,
          100 * d.outlierShare);
    if (d.mean > 1.5 || d.outlierShare > 0.01) {
        const QString dir = test::scratch("test_viewport");
        gl.save(dir + QStringLiteral("/core_match_viewport.png"));
        coreImage.save(dir + QStringLiteral("/core_match_core.png"));
        d.diff.save(dir + QStringLiteral("/core_match_diff.png"));
        QFAIL(qPrintable(QStringLiteral("viewport and core renderer differ: mean %1, outliers %2 %; images in %3")
                             .arg(d.mean).arg(100 * d.outlierShare).arg(dir)));
    }
}

void TestViewport::normalMapTiltsTheShading() {
    // A normal map tilted toward +u (the image's right on this hemisphere) under a light
    // from the right brightens the centre; tilted toward -u it darkens it.
    auto centreBrightness = [&](double tilt) -> int {
        ViewportScene scene = test::hemisphereScene(32, kTile);
        scene.fittedLight.bands = 2;
        scene.fittedLight.sh = {0.3f, 0.3f, 0.3f, 0, 0, 0, 0, 0, 0, 0.5f, 0.5f, 0.5f};   // L_11 (x): from the right
        scene.normal = QImage(8, 8, QImage::Format_RGB888);
        const double n = std::sqrt(tilt * tilt + 1);
        scene.normal.fill(QColor::fromRgbF(float(0.5 + 0.5 * tilt / n), 0.5f, float(0.5 + 0.5 / n)));
        QWidget host;
        FaceViewport* viewport = shownViewport(host);
        if (!viewport || !viewport->isGlReady()) return -1;
        viewport->setScene(std::make_shared<const ViewportScene>(scene));
        viewport->setShadingMode(ShadingMode::Shading);
        const QImage image = viewport->renderStill(QSize(kTile, kTile), 0);
        return image.isNull() ? -1 : qGray(image.pixel(kTile / 2, kTile / 2));
    };
    const int flat = centreBrightness(0), right = centreBrightness(0.8), left = centreBrightness(-0.8);
    qInfo("centre brightness: flat %d, tilted right %d, tilted left %d", flat, right, left);
    QVERIFY(flat > 0);
    QVERIFY(right > flat + 10);
    QVERIFY(left < flat - 10);
}

void TestViewport::fittedFaceLinesUpWithCoreRender() {
    // A real fit of the demo photo: the scene (exporter mesh + rig at the fitted weights)
    // seen through the photo camera covers the pixels the core's render covers.
    const FaceTopology topology = FaceTopology::load();
    const FaceFit fit = fastDemoFit();
    ViewportScene scene = buildViewportScene(fit, topology, {});
    QCOMPARE(scene.morphs.size(), size_t(52));
    // The rig at the fitted weights reproduces the fitted pose (the asset's neutral + deltas).
    std::vector<float> positions, normals;
    blendMorphs(scene, scene.fittedWeights, positions, normals);
    QCOMPARE(positions.size(), fit.posedVertices.size());
    double worst = 0;
    for (size_t i = 0; i < positions.size(); ++i) worst = std::max(worst, double(std::abs(positions[i] - fit.posedVertices[i])));
    qInfo("rig pose vs fitted pose: largest difference %.3f mm", worst);
    QVERIFY(worst < 0.5);

    const int w = fit.images[0].imageWidth / 2, h = fit.images[0].imageHeight / 2;
    QWidget host;
    FaceViewport* viewport = shownViewport(host);
    QVERIFY(viewport && viewport->isGlReady());
    viewport->setScene(std::make_shared<const ViewportScene>(scene));
    QVERIFY(viewport->camera().usesPhotoCamera());
    viewport->setShadingMode(ShadingMode::Normals);   // every covered pixel differs from the background
    const QImage gl = viewport->renderStill(QSize(w, h), 0);
    QVERIFY(!gl.isNull());
    const FitImageRender core = renderFitImage(fit, 0, w, h);
    const QRgb background = gl.pixel(0, 0);
    long both = 0, either = 0;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const bool a = gl.pixel(x, y) != background, b = core.mask.at<uint8_t>(y, x) > 0;
            both += a && b;
            either += a || b;
        }
    const double iou = either ? double(both) / either : 0;
    qInfo("photo-camera coverage vs core render: IoU %.4f", iou);
    QVERIFY(iou > 0.97);
}

void TestViewport::mapEditsMatchTheExportedMaps() {
    // The shader's map edits against the maps the exporter writes (export/map_edits.cpp)
    // drawn without edits: the 3D view shows what File > Export writes.
    ViewportScene plain = texturedScene();
    plain.normal = plain.normal.convertToFormat(QImage::Format_RGB888);   // both draw the same 8-bit normals
    MapEdits edits;
    edits.diffuseExposure = 0.6f;
    edits.diffuseSaturation = 1.5f;
    edits.specularStrength = 1.8f;
    edits.normalStrength = 2.0f;
    ViewportScene baked = plain;
    baked.diffuse = editedMap(plain.diffuse, editDiffusePng, edits);
    baked.specular = editedMap(plain.specular, editSpecularPng, edits);
    baked.normal = editedMap(plain.normal, editNormalPng, edits);
    QVERIFY(!baked.diffuse.isNull() && !baked.specular.isNull() && !baked.normal.isNull());

    QWidget host;
    FaceViewport* viewport = shownViewport(host);
    QVERIFY(viewport && viewport->isGlReady());
    const QSize size(kTile * 2, kTile * 2);
    for (ShadingMode mode : {ShadingMode::Final, ShadingMode::Diffuse, ShadingMode::Specular, ShadingMode::Normals}) {
        viewport->setShadingMode(mode);
        viewport->setScene(std::make_shared<const ViewportScene>(plain));
        viewport->setMapEdits({});
        const QImage unedited = viewport->renderStill(size, 0);
        viewport->setMapEdits(edits);
        const QImage shader = viewport->renderStill(size, 0);
        viewport->setScene(std::make_shared<const ViewportScene>(baked));
        viewport->setMapEdits({});
        const QImage exported = viewport->renderStill(size, 0);
        QVERIFY(!unedited.isNull() && !shader.isNull() && !exported.isNull());
        const ImageDifference d = compareImages(shader, exported, 8);
        const ImageDifference change = compareImages(shader, unedited, 8);
        qInfo("mode %d: edits in the shader vs edited maps: mean %.2f levels, %.2f %% off by more than 8 "
              "(the edits themselves change %.1f levels)", int(mode), d.mean, 100 * d.outlierShare, change.mean);
        QVERIFY2(change.mean > 2, "the edits must change the view");
        if (d.mean > 1.0 || d.outlierShare > 0.02) {
            const QString dir = test::scratch("test_viewport");
            shader.save(dir + QStringLiteral("/map_edits_shader.png"));
            exported.save(dir + QStringLiteral("/map_edits_exported.png"));
            d.diff.save(dir + QStringLiteral("/map_edits_diff.png"));
            QFAIL(qPrintable(QStringLiteral("mode %1: mean %2, outliers %3 (images in %4)")
                                 .arg(int(mode)).arg(d.mean).arg(d.outlierShare).arg(dir)));
        }
    }
}

void TestViewport::stillsAndBadRequests() {
    ViewportPanel panel;
    panel.resize(400, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY_WITH_TIMEOUT(panel.viewport()->isGlReady(), 10000);
    QString error;
    const QString dir = test::scratch("test_viewport_stills");
    QVERIFY(!panel.saveStill(dir + QStringLiteral("/none.png"), QSize(64, 64), &error));   // no face yet
    QVERIFY(!error.isEmpty());
    QVERIFY(!panel.renderStillAction()->isEnabled());
    panel.viewport()->setScene(std::make_shared<const ViewportScene>(texturedScene()));
    QVERIFY(!panel.saveStill(dir + QStringLiteral("/huge.png"), QSize(100000, 10), &error));
    QVERIFY(error.contains(QStringLiteral("8192")));
    QSignalSpy saved(&panel, &ViewportPanel::stillSaved);
    const QString path = dir + QStringLiteral("/still.png");
    QVERIFY2(panel.saveStill(path, QSize(300, 200), &error), qPrintable(error));
    QCOMPARE(saved.count(), 1);
    const QImage still(path);
    QCOMPARE(still.size(), QSize(300, 200));
    // Something was drawn: the centre is the face, not the background.
    QVERIFY(still.pixel(150, 100) != still.pixel(2, 2));
    // An unwritable target fails with the reason and leaves nothing behind.
    QVERIFY(!panel.saveStill(dir + QStringLiteral("/no/such/folder/still.png"), QSize(64, 64), &error));
    QVERIFY(!error.isEmpty());
    // The shading combo and wireframe action drive the viewport.
    panel.shadingCombo()->setCurrentIndex(3);
    QCOMPARE(panel.viewport()->shadingMode(), ShadingMode::Normals);
    panel.wireframeAction()->trigger();
    QVERIFY(panel.viewport()->wireframe());
    // Mouse: a drag orbits, the wheel zooms.
    const float yaw = panel.viewport()->camera().yawDeg();
    QTest::mousePress(panel.viewport(), Qt::LeftButton, {}, QPoint(200, 150));
    QMouseEvent move(QEvent::MouseMove, QPointF(150, 150), panel.viewport()->mapToGlobal(QPointF(150, 150)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel.viewport(), &move);
    QVERIFY(std::abs(panel.viewport()->camera().yawDeg() - yaw) > 5);
}

void TestViewport::mainWindowPosesTheFittedFace() {
    // The studio after a real fit: the 3D tab shows the face, the Expression sliders
    // pose it (undoably), and re-posing + drawing keeps up with slider drags.
    MainWindowOptions options;
    options.warmUpAnalyzer = false;
    options.persistSettings = false;
    options.showErrorDialogs = false;
    MainWindow window(options);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy analysed(&window, &MainWindow::analysisShown);
    window.openImage(test::demoPhotoPath());
    QVERIFY(analysed.wait(120000));
    likeness::CoarseFitOptions fitOptions = window.fitPanel()->options();
    fitOptions.iterations = 20;
    fitOptions.subdivisionLevel = 1;
    window.fitPanel()->setOptions(fitOptions);
    window.fitPanel()->setAppearanceOptions(test::quickAppearanceOptions(1));
    QSignalSpy ready(window.viewportPanel(), &ViewportPanel::sceneReady);
    window.fitFaceAction()->trigger();
    QVERIFY(ready.wait(120000));
    window.views()->setCurrentIndex(1);
    FaceViewport* viewport = window.viewportPanel()->viewport();
    QTRY_VERIFY_WITH_TIMEOUT(viewport && viewport->isGlReady(), 10000);
    QVERIFY(viewport->scene());
    QCOMPARE(viewport->expressionWeights(), viewport->scene()->fittedWeights);

    ExpressionPanel* panel = window.expressionPanel();
    const int jaw = static_cast<int>(ExpressionPanel::weightNames().indexOf(QStringLiteral("jawOpen")));
    QVERIFY(panel->slider(jaw)->isEnabled());
    const QImage before = viewport->grabFramebuffer();
    panel->slider(jaw)->setValue(90);
    QCOMPARE(viewport->expressionWeights()[size_t(jaw)], 0.9f);
    const QImage open = viewport->grabFramebuffer();
    QVERIFY(compareImages(before, open, 24).outlierShare > 0.002);   // the mouth opened on screen
    // Keys typed into the 3D view reach the studio's shortcuts: Ctrl+Z undoes the pose.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::mouseClick(viewport->glWindow(), Qt::LeftButton, {}, QPoint(20, 20));
    QTRY_COMPARE(QGuiApplication::focusWindow(), viewport->glWindow());
    QTest::keyClick(viewport->glWindow(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(viewport->expressionWeights(), viewport->scene()->fittedWeights);
    window.undoStack()->redo();
    QCOMPARE(viewport->expressionWeights()[size_t(jaw)], 0.9f);
    window.undoStack()->undo();
    QCOMPARE(viewport->expressionWeights(), viewport->scene()->fittedWeights);

    // A drag of 60 steps: each re-poses the rig (52 targets) and draws a frame.
    QElapsedTimer clock;
    clock.start();
    const int frames = 60;
    for (int i = 0; i < frames; ++i) {
        panel->slider(jaw)->setValue(i % 100);
        viewport->grabFramebuffer();
    }
    const double fps = frames * 1000.0 / std::max<qint64>(clock.elapsed(), 1);
    qInfo("expression drag: %.1f frames/s at %dx%d, %d vertices (last paint %.1f ms)", fps, viewport->width(),
          viewport->height(), viewport->scene()->vertexCount(), viewport->lastFrameMs());
    QVERIFY2(fps >= 10, qPrintable(QStringLiteral("%1 frames/s").arg(fps)));
}

void TestViewport::screenshotRunnerGrabsThe3dView() {
    // scripts/demo.sh's studio_3d.png: --screenshot OUT --screenshot-fit N --screenshot-view 3d.
    MainWindowOptions options;
    options.warmUpAnalyzer = false;
    options.persistSettings = false;
    options.showErrorDialogs = false;
    options.confirmUnsavedChanges = false;
    MainWindow window(options);
    window.resize(1280, 800);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("studio_3d.png"));
    ScreenshotRunner runner(&window, out, test::demoPhotoPath(), 20, /*show3d=*/true);
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 180000);
    QCOMPARE(window.views()->currentIndex(), 1);
    FaceViewport* viewport = window.viewportPanel()->viewport();
    QVERIFY(viewport && viewport->isGlReady() && viewport->scene());

    // The file is the window, and its 3D view shows the frame the viewport draws.
    const QImage shot(out);
    QCOMPARE(shot.size(), window.size() * window.devicePixelRatio());
    const QRect area(viewport->mapTo(&window, QPoint(0, 0)), viewport->size());
    const QImage frame = viewport->grabFramebuffer();
    const ImageDifference d = compareImages(shot.copy(area), frame.scaled(area.size()), 24);
    qInfo("3D screenshot vs the viewport's frame: mean %.2f, %.4f%% off by > 24", d.mean, 100 * d.outlierShare);
    QVERIFY(d.outlierShare < 0.01);
    // …and the face fills a real part of it (not a cleared view; the photo camera's
    // framing leaves the face about 9% of a 500x670 view).
    const QRgb background = frame.pixel(1, 1);
    int face = 0;
    for (int y = 0; y < frame.height(); y += 2)
        for (int x = 0; x < frame.width(); x += 2) face += frame.pixel(x, y) != background;
    QVERIFY2(face * 4 > frame.width() * frame.height() / 20, qPrintable(QString::number(face * 4)));
}

QTEST_MAIN(TestViewport)
#include "test_viewport.moc"
