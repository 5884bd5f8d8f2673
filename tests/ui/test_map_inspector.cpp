// The map inspector: loading a fit folder (every map and stage, corrupt and oversized
// files), channel isolation, 16-bit display, zoom (buttons, keys, wheel about the
// cursor), pan, the synchronised comparison view and the texel readout.
#include <cmath>
#include <memory>

#include <QAbstractButton>
#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QLabel>
#include <QMouseEvent>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QVBoxLayout>
#include <QWheelEvent>

#include "views/map_canvas.h"
#include "views/map_inspector.h"
#include "gui_test_helpers.h"

using namespace likeness::ui;

namespace {

const QColor kDiffuse(200, 50, 10);  // the final diffuse map: one pure colour

QImage solid(int w, int h, const QColor& color, QImage::Format format = QImage::Format_RGB888) {
    QImage image(w, h, format);
    image.fill(color);
    return image;
}

/// 16-bit gray with a known value per texel: 1000 x + 7 y.
quint16 rampValue(int x, int y) { return quint16(1000 * x + 7 * y); }

QImage gray16Ramp(int w, int h) {
    QImage image(w, h, QImage::Format_Grayscale16);
    for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<quint16*>(image.scanLine(y));
        for (int x = 0; x < w; ++x) line[x] = rampValue(x, y);
    }
    return image;
}

/// 16-bit RGB (a normal map) of one colour.
QImage rgb16(int w, int h, quint16 r, quint16 g, quint16 b) {
    QImage image(w, h, QImage::Format_RGBX64);
    image.fill(QColor::fromRgba64(r, g, b, 65535));
    return image;
}

void savePng(const QImage& image, const QString& path) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QVERIFY2(image.save(path, "PNG"), qPrintable(path));
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

quint32 crc32(const QByteArray& data) {
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void appendBigEndian(QByteArray& out, quint32 v) {
    out.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
}

QByteArray pngChunk(const char* type, const QByteArray& data) {
    QByteArray chunk;
    appendBigEndian(chunk, quint32(data.size()));
    const QByteArray body = QByteArray(type, 4) + data;
    chunk += body;
    appendBigEndian(chunk, crc32(body));
    return chunk;
}

/// A PNG whose header claims `w` x `h` texels (8-bit RGB) and whose pixel data is
/// missing: only the header may be read, never the image.
QByteArray pngHeaderOnly(quint32 w, quint32 h) {
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr;
    appendBigEndian(ihdr, w);
    appendBigEndian(ihdr, h);
    ihdr.append(char(8)).append(char(2)).append(char(0)).append(char(0)).append(char(0));
    png += pngChunk("IHDR", ihdr);
    png += pngChunk("IDAT", QByteArray());
    png += pngChunk("IEND", QByteArray());
    return png;
}

QByteArray randomBytes(int size, quint32 seed) {
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes) c = char(random.bounded(256));
    bytes[0] = 'x';  // never a PNG signature by chance
    return bytes;
}

QRgb grayRgb(int v) { return qRgb(v, v, v); }

MapLayer layer(const QString& map, const QString& stage, const QImage& image) { return MapLayer{map, stage, image}; }

/// Diffuse in three stages of two sizes, 16-bit displacement (fine) and normal (medium, fine).
QList<MapLayer> sampleLayers() {
    return {layer(QStringLiteral("diffuse"), QStringLiteral("fine"), solid(256, 256, kDiffuse)),
            layer(QStringLiteral("diffuse"), QStringLiteral("medium"), solid(256, 256, QColor(90, 90, 90))),
            layer(QStringLiteral("diffuse"), QStringLiteral("coarse"), solid(128, 128, QColor(40, 40, 40))),
            layer(QStringLiteral("displacement"), QStringLiteral("fine"), gray16Ramp(64, 64)),
            layer(QStringLiteral("normal"), QStringLiteral("medium"), rgb16(64, 64, 32768, 32768, 65535)),
            layer(QStringLiteral("normal"), QStringLiteral("fine"), rgb16(64, 64, 65535, 0, 40000))};
}

bool fuzzy(qreal a, qreal b, qreal tolerance = 1e-6) { return std::abs(a - b) <= tolerance * std::max<qreal>(1, std::abs(b)); }

void sendMouse(QWidget* widget, QEvent::Type type, const QPointF& pos, Qt::MouseButton button,
               Qt::MouseButtons buttons) {
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &event);
}

void sendWheel(QWidget* widget, const QPointF& pos, int delta) {
    QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(widget, &event);
}

QStringList comboData(const QComboBox* combo) {
    QStringList data;
    for (int i = 0; i < combo->count(); ++i) data << combo->itemData(i).toString();
    return data;
}

} // namespace

class TestMapInspector : public QObject {
    Q_OBJECT
private:
    /// A shown inspector with sampleLayers(), fitted to its views.
    std::unique_ptr<MapInspector> shownInspector() {
        auto inspector = std::make_unique<MapInspector>();
        inspector->resize(900, 600);
        inspector->setLayers(sampleLayers());
        inspector->show();
        if (!QTest::qWaitForWindowExposed(inspector.get())) return nullptr;
        return inspector;
    }

private Q_SLOTS:
    void initTestCase() { likeness::test::isolateSettings("test_map_inspector"); }

    void loadsEveryMapAndStage() {
        const QString dir = likeness::test::scratch("test_map_inspector_layout");
        const QDir root(dir);
        // The final maps (stage "fine").
        savePng(solid(64, 64, kDiffuse), root.filePath("diffuse.png"));
        savePng(solid(64, 64, QColor(77, 77, 77), QImage::Format_Grayscale8), root.filePath("specular.png"));
        savePng(rgb16(64, 64, 32768, 32768, 65535), root.filePath("normal.png"));
        savePng(gray16Ramp(64, 64), root.filePath("displacement.png"));
        savePng(solid(16, 16, QColor(255, 240, 220)), root.filePath("lightmap.png"));
        savePng(solid(32, 16, QColor(10, 20, 30)), root.filePath("envmap.png"));
        savePng(solid(64, 64, QColor(128, 128, 128), QImage::Format_Grayscale8), root.filePath("shading.png"));
        // The stages.
        savePng(solid(32, 32, QColor(40, 40, 40)), root.filePath("stages/coarse/diffuse.png"));
        savePng(solid(32, 32, QColor(20, 20, 20), QImage::Format_Grayscale8), root.filePath("stages/coarse/specular.png"));
        savePng(solid(64, 64, QColor(90, 90, 90)), root.filePath("stages/medium/diffuse.png"));
        savePng(solid(64, 64, QColor(60, 60, 60), QImage::Format_Grayscale8), root.filePath("stages/medium/specular.png"));
        savePng(rgb16(64, 64, 30000, 30000, 60000), root.filePath("stages/medium/normal.png"));
        // Shadowed by the final diffuse; an unknown stage folder and a stray file are ignored.
        savePng(solid(64, 64, QColor(0, 255, 0)), root.filePath("stages/fine/diffuse.png"));
        savePng(solid(8, 8, QColor(1, 2, 3)), root.filePath("stages/experimental/diffuse.png"));
        savePng(solid(8, 8, QColor(1, 2, 3)), root.filePath("render_overlay.png"));

        QString error = QStringLiteral("stale");
        const QList<MapLayer> layers = MapInspector::loadFitFolder(dir, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(layers.size(), 12);

        MapInspector inspector;
        inspector.setLayers(layers);
        QCOMPARE(inspector.maps(), MapInspector::knownMaps());
        const QStringList all = {"coarse", "medium", "fine"};
        QCOMPARE(inspector.stagesForMap("diffuse"), all);
        QCOMPARE(inspector.stagesForMap("specular"), all);
        QCOMPARE(inspector.stagesForMap("normal"), QStringList({"medium", "fine"}));
        for (const char* map : {"displacement", "lightmap", "envmap", "shading"})
            QCOMPARE(inspector.stagesForMap(map), QStringList({"fine"}));

        // The first map, its finest stage; the final diffuse (not stages/fine/).
        QCOMPARE(inspector.currentMap(), QStringLiteral("diffuse"));
        QCOMPARE(inspector.currentStage(), QStringLiteral("fine"));
        QCOMPARE(inspector.sourceImage().pixelColor(5, 5), kDiffuse);

        // Formats as decoded: 16-bit stays 16-bit.
        QVERIFY(inspector.setCurrentMap("displacement"));
        QCOMPARE(inspector.sourceImage().format(), QImage::Format_Grayscale16);
        QCOMPARE(inspector.readoutAt(QPoint(3, 9)).values, QList<int>({int(rampValue(3, 9))}));
        QVERIFY(inspector.setCurrentMap("normal"));
        QVERIFY(inspector.setCurrentStage("medium"));
        QCOMPARE(inspector.readoutAt(QPoint(0, 0)).values, QList<int>({30000, 30000, 60000}));
        QVERIFY(inspector.setCurrentMap("envmap"));
        QCOMPARE(inspector.sourceImage().size(), QSize(32, 16));

        // A folder that does not exist is an error, not a crash.
        QVERIFY(MapInspector::loadFitFolder(root.filePath("missing"), &error).isEmpty());
        QVERIFY(error.contains("missing"));
    }

    void skipsAndReportsCorruptFiles() {
        const QString dir = likeness::test::scratch("test_map_inspector_corrupt");
        const QDir root(dir);
        savePng(solid(16, 16, kDiffuse), root.filePath("diffuse.png"));
        writeBytes(root.filePath("specular.png"), randomBytes(4096, 7));
        writeBytes(root.filePath("stages/coarse/diffuse.png"), randomBytes(300, 11));
        writeBytes(root.filePath("shading.png"), QByteArray());  // empty
        // A real PNG cut after its header and part of the pixel data.
        QByteArray truncated;
        {
            QBuffer buffer(&truncated);
            buffer.open(QIODevice::WriteOnly);
            QImage noise(256, 256, QImage::Format_RGB888);
            QRandomGenerator random(3);
            for (int y = 0; y < noise.height(); ++y)
                for (int x = 0; x < noise.width(); ++x) noise.setPixel(x, y, random.generate() | 0xff000000u);
            QVERIFY(noise.save(&buffer, "PNG"));
        }
        QVERIFY(truncated.size() > 4000);
        writeBytes(root.filePath("normal.png"), truncated.left(truncated.size() / 3));

        QString error;
        const QList<MapLayer> layers = MapInspector::loadFitFolder(dir, &error);
        QCOMPARE(layers.size(), 1);
        QCOMPARE(layers[0].map, QStringLiteral("diffuse"));
        QCOMPARE(layers[0].stage, QStringLiteral("fine"));
        const QStringList lines = error.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.filter("specular.png").size() == 1, qPrintable(error));
        QVERIFY2(lines.filter("shading.png").size() == 1, qPrintable(error));
        QVERIFY2(lines.filter("normal.png").size() == 1, qPrintable(error));
        QVERIFY2(lines.filter(QDir::toNativeSeparators("stages/coarse/diffuse.png")).size() == 1, qPrintable(error));

        MapInspector inspector;
        inspector.setLayers(layers);
        QCOMPARE(inspector.maps(), QStringList({"diffuse"}));
        QCOMPARE(inspector.stagesForMap("diffuse"), QStringList({"fine"}));
    }

    void refusesOversizedMapsFromTheHeader() {
        const QString dir = likeness::test::scratch("test_map_inspector_oversize");
        const QDir root(dir);
        // 100000² RGB would need 30 GB: refused from the header, never decoded.
        writeBytes(root.filePath("diffuse.png"), pngHeaderOnly(100000, 100000));
        // Decodable, but wider than the limit.
        savePng(solid(MapInspector::kMaxMapSide + 1, 1, QColor(9, 9, 9), QImage::Format_Grayscale8),
                root.filePath("specular.png"));
        // At the limit: accepted.
        savePng(solid(MapInspector::kMaxMapSide, 1, QColor(9, 9, 9), QImage::Format_Grayscale8),
                root.filePath("shading.png"));

        QString error;
        const QList<MapLayer> layers = MapInspector::loadFitFolder(dir, &error);
        QCOMPARE(layers.size(), 1);
        QCOMPARE(layers[0].map, QStringLiteral("shading"));
        QCOMPARE(layers[0].image.width(), MapInspector::kMaxMapSide);
        const QStringList lines = error.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.filter("diffuse.png").size() == 1 && lines.filter("100000").size() == 1, qPrintable(error));
        QVERIFY2(lines.filter("specular.png").size() == 1 && lines.filter("8193").size() == 1, qPrintable(error));
        QVERIFY2(lines.filter("8192").size() == 2, qPrintable(error));  // the limit is named
    }

    void isolatesChannels() {
        MapInspector inspector;
        inspector.setLayers(sampleLayers());
        QCOMPARE(inspector.currentMap(), QStringLiteral("diffuse"));
        QCOMPARE(inspector.channel(), MapChannel::Rgb);
        QCOMPARE(inspector.displayedImage().format(), QImage::Format_RGB32);
        QCOMPARE(inspector.displayedImage().pixel(10, 10), kDiffuse.rgb());

        auto* channelCombo = inspector.findChild<QComboBox*>("channelCombo");
        QVERIFY(channelCombo);
        QCOMPARE(channelCombo->count(), 5);
        const struct {
            MapChannel channel;
            QRgb expected;
        } cases[] = {{MapChannel::Red, grayRgb(200)},
                     {MapChannel::Green, grayRgb(50)},
                     {MapChannel::Blue, grayRgb(10)},
                     // Rec. 709: 0.2126 * 200 + 0.7152 * 50 + 0.0722 * 10 = 79.0
                     {MapChannel::Luminance, grayRgb(79)},
                     {MapChannel::Rgb, kDiffuse.rgb()}};
        for (const auto& c : cases) {
            // Through the combo box, as the user does.
            channelCombo->setCurrentIndex(channelCombo->findData(int(c.channel)));
            QCOMPARE(inspector.channel(), c.channel);
            QCOMPARE(inspector.displayedImage().pixel(0, 0), c.expected);
            QCOMPARE(inspector.displayedImage().pixel(255, 255), c.expected);
        }

        // 16-bit maps are converted for display only: 40000 / 257 = 155.6 -> 156.
        inspector.setChannel(MapChannel::Blue);
        QVERIFY(inspector.setCurrentMap("normal"));
        QCOMPARE(inspector.currentStage(), QStringLiteral("fine"));
        QCOMPARE(inspector.displayedImage().pixel(1, 1), grayRgb(156));
        inspector.setChannel(MapChannel::Red);
        QCOMPARE(inspector.displayedImage().pixel(1, 1), grayRgb(255));
        inspector.setChannel(MapChannel::Rgb);
        QCOMPARE(inspector.displayedImage().pixel(1, 1), qRgb(255, 0, 156));
        QVERIFY(inspector.setCurrentMap("displacement"));
        // rampValue(20, 3) = 20021 -> 77.9 -> 78
        QCOMPARE(inspector.displayedImage().pixel(20, 3), grayRgb(78));
        QCOMPARE(inspector.displayedImage().pixel(0, 0), grayRgb(0));
        // The readout keeps the stored 16-bit value.
        QCOMPARE(inspector.readoutAt(QPoint(20, 3)).values, QList<int>({20021}));

        // Alpha is not shown; the colour under it is (unpremultiplied).
        const QImage translucent = solid(4, 4, QColor(100, 150, 200, 128), QImage::Format_ARGB32);
        const QImage shown = MapInspector::toDisplayImage(translucent, MapChannel::Rgb);
        QCOMPARE(qAlpha(shown.pixel(0, 0)), 255);
        QCOMPARE(shown.pixel(0, 0), qRgb(100, 150, 200));
        QCOMPARE(MapInspector::toDisplayImage(translucent, MapChannel::Green).pixel(3, 3), grayRgb(150));
    }

    void switchingMapUpdatesTheStages() {
        MapInspector inspector;
        inspector.setLayers(sampleLayers());
        auto* mapCombo = inspector.findChild<QComboBox*>("mapCombo");
        auto* stageCombo = inspector.findChild<QComboBox*>("stageCombo");
        auto* compareButton = inspector.findChild<QToolButton*>("compareButton");
        QVERIFY(mapCombo && stageCombo && compareButton);
        QCOMPARE(comboData(mapCombo), QStringList({"diffuse", "normal", "displacement"}));
        QCOMPARE(comboData(stageCombo), QStringList({"coarse", "medium", "fine"}));
        QVERIFY(compareButton->isEnabled());
        QVERIFY(inspector.setCurrentStage("medium"));

        QSignalSpy mapChanged(&inspector, &MapInspector::currentMapChanged);
        QSignalSpy stageChanged(&inspector, &MapInspector::currentStageChanged);
        mapCombo->setCurrentIndex(mapCombo->findData("normal"));
        QCOMPARE(mapChanged.size(), 1);
        QCOMPARE(mapChanged.at(0).at(0).toString(), QStringLiteral("normal"));
        QCOMPARE(comboData(stageCombo), QStringList({"medium", "fine"}));
        QCOMPARE(inspector.currentStage(), QStringLiteral("medium"));  // kept: normal has it
        QCOMPARE(stageChanged.size(), 0);

        inspector.setCompareEnabled(true);
        QVERIFY(inspector.compareEnabled());
        mapCombo->setCurrentIndex(mapCombo->findData("displacement"));
        QCOMPARE(inspector.currentMap(), QStringLiteral("displacement"));
        QCOMPARE(comboData(stageCombo), QStringList({"fine"}));
        QCOMPARE(inspector.currentStage(), QStringLiteral("fine"));
        QCOMPARE(stageChanged.size(), 1);
        // One stage: nothing to compare with.
        QVERIFY(!compareButton->isEnabled());
        QVERIFY(!inspector.compareEnabled());
        QVERIFY(inspector.displayedCompareImage().isNull());
        QCOMPARE(inspector.displayedImage().size(), QSize(64, 64));

        inspector.clear();
        QVERIFY(inspector.maps().isEmpty());
        QCOMPARE(mapCombo->count(), 0);
        QCOMPARE(stageCombo->count(), 0);
        QVERIFY(inspector.currentMap().isEmpty());
        QVERIFY(inspector.displayedImage().isNull());
    }

    void zoomsWithButtonsAndKeys() {
        const auto inspector = shownInspector();
        QVERIFY(inspector);
        MapCanvas* view = inspector->view();
        QVERIFY(inspector->isFitToWindow());
        const qreal fit = std::min(view->width() / 256.0, view->height() / 256.0);
        QVERIFY2(fuzzy(inspector->zoomFactor(), fit), qPrintable(QString::number(inspector->zoomFactor())));
        QVERIFY(fit > 1.0);  // the 256² map is smaller than the view

        QSignalSpy zoomChanged(inspector.get(), &MapInspector::zoomChanged);
        inspector->zoomIn();
        QVERIFY(fuzzy(inspector->zoomFactor(), fit * 1.25));
        QVERIFY(!inspector->isFitToWindow());
        inspector->zoomOut();
        inspector->zoomOut();
        QVERIFY(fuzzy(inspector->zoomFactor(), fit / 1.25));
        inspector->zoomToActualSize();
        QVERIFY(fuzzy(inspector->zoomFactor(), 1.0));
        QVERIFY(fuzzy(view->scale(), 1.0));
        auto* zoomLabel = inspector->findChild<QLabel*>("zoomLabel");
        QVERIFY(zoomLabel);
        QCOMPARE(zoomLabel->text(), QStringLiteral("100%"));
        for (int i = 0; i < 11; ++i) inspector->zoomIn();  // 1.25^11 = 11.64
        QCOMPARE(zoomLabel->text(), QStringLiteral("1164%"));
        inspector->zoomToActualSize();
        inspector->fitToWindow();
        QVERIFY(fuzzy(inspector->zoomFactor(), fit));
        QCOMPARE(zoomChanged.size(), 5 + 12);

        // The tool buttons trigger the same actions.
        QVERIFY(inspector->zoomInAction()->toolTip().contains(QKeySequence(Qt::CTRL | Qt::Key_Equal).toString(
            QKeySequence::NativeText)));
        inspector->zoomInAction()->trigger();
        QVERIFY(fuzzy(inspector->zoomFactor(), fit * 1.25));

        // Shortcuts, with the focus on the view: Ctrl+=, Ctrl+-, Ctrl+1, Ctrl+0.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
        QVERIFY(fuzzy(inspector->zoomFactor(), fit * 1.25 * 1.25));
        QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(fuzzy(inspector->zoomFactor(), fit * 1.25));
        QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(fuzzy(inspector->zoomFactor(), 1.0));
        QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
        QVERIFY(fuzzy(inspector->zoomFactor(), fit));
        QVERIFY(inspector->isFitToWindow());
        // From a combo box too (the focus anywhere inside the inspector).
        auto* stageCombo = inspector->findChild<QComboBox*>("stageCombo");
        QTest::keyClick(stageCombo, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(fuzzy(inspector->zoomFactor(), 1.0));

        // Fit follows the window while in fit mode.
        inspector->fitToWindow();
        inspector->resize(1200, 900);
        QTRY_VERIFY(fuzzy(inspector->zoomFactor(), std::min(view->width() / 256.0, view->height() / 256.0)));
        QVERIFY(inspector->zoomFactor() > fit);
    }

    void keysWinOverTheWindowsZoomShortcuts() {
        // Like the main window: window-wide actions on the same keys (the photo view's zoom).
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* elsewhere = new QLineEdit;
        auto* inspector = new MapInspector;
        layout->addWidget(elsewhere);
        layout->addWidget(inspector);
        int windowZooms = 0;
        auto* windowZoomIn = new QAction(&window);
        windowZoomIn->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal));
        connect(windowZoomIn, &QAction::triggered, &window, [&] { ++windowZooms; });
        window.addAction(windowZoomIn);
        inspector->setLayers(sampleLayers());
        window.resize(900, 700);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Focus outside the inspector: the window's action has the key.
        elsewhere->setFocus();
        const qreal before = inspector->zoomFactor();
        QTest::keyClick(elsewhere, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(windowZooms, 1);
        QVERIFY(fuzzy(inspector->zoomFactor(), before));

        // Focus inside: the inspector zooms, without an ambiguous-shortcut stalemate.
        inspector->view()->setFocus();
        QTest::keyClick(inspector->view(), Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(windowZooms, 1);
        QVERIFY(fuzzy(inspector->zoomFactor(), before * 1.25));
    }

    void wheelZoomsAboutTheCursorAndDragPans() {
        const auto inspector = shownInspector();
        QVERIFY(inspector);
        MapCanvas* view = inspector->view();
        inspector->zoomToActualSize();
        QVERIFY(fuzzy(view->centre().x(), 128) && fuzzy(view->centre().y(), 128));

        const QPointF cursor = view->widgetPosOf(QPointF(150.25, 100.75));
        const QPointF under = view->texelAt(cursor);
        sendWheel(view, cursor, 120);
        QVERIFY(fuzzy(inspector->zoomFactor(), 1.25));
        QVERIFY(!inspector->isFitToWindow());
        const QPointF after = view->texelAt(cursor);
        QVERIFY2(fuzzy(after.x(), under.x(), 1e-9) && fuzzy(after.y(), under.y(), 1e-9),
                 qPrintable(QStringLiteral("%1,%2 -> %3,%4").arg(under.x()).arg(under.y()).arg(after.x()).arg(after.y())));
        sendWheel(view, cursor, -240);  // two notches out
        QVERIFY(fuzzy(inspector->zoomFactor(), 1.25 / 1.5625));
        QVERIFY(fuzzy(view->texelAt(cursor).x(), under.x(), 1e-9));

        // Drag by (40, 20) view pixels at 100%: the map follows the cursor.
        inspector->zoomToActualSize();
        inspector->setViewCentre(QPointF(0.5, 0.5));
        const QPointF start(200, 200);
        sendMouse(view, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
        sendMouse(view, QEvent::MouseMove, start + QPointF(25, 5), Qt::NoButton, Qt::LeftButton);
        sendMouse(view, QEvent::MouseMove, start + QPointF(40, 20), Qt::NoButton, Qt::LeftButton);
        sendMouse(view, QEvent::MouseButtonRelease, start + QPointF(40, 20), Qt::LeftButton, Qt::NoButton);
        QVERIFY2(fuzzy(view->centre().x(), 88) && fuzzy(view->centre().y(), 108),
                 qPrintable(QStringLiteral("%1,%2").arg(view->centre().x()).arg(view->centre().y())));
        QVERIFY(fuzzy(inspector->viewCentre().x(), 88.0 / 256));
        // Moving without a button does not pan.
        sendMouse(view, QEvent::MouseMove, start, Qt::NoButton, Qt::NoButton);
        QVERIFY(fuzzy(view->centre().x(), 88));
        // Panning stops at the map's edge.
        sendMouse(view, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
        sendMouse(view, QEvent::MouseMove, start + QPointF(5000, 0), Qt::NoButton, Qt::LeftButton);
        sendMouse(view, QEvent::MouseButtonRelease, start + QPointF(5000, 0), Qt::LeftButton, Qt::NoButton);
        QVERIFY(fuzzy(view->centre().x(), 0));
    }

    void compareShowsTwoSynchronisedViews() {
        const auto inspector = shownInspector();
        QVERIFY(inspector);
        MapCanvas* left = inspector->view();
        MapCanvas* right = inspector->compareView();
        QVERIFY(!inspector->compareEnabled());
        QVERIFY(!right->isVisible());
        QVERIFY(inspector->displayedCompareImage().isNull());

        // The button, as the user does; the right shows the stage before the left one.
        auto* compareButton = inspector->findChild<QToolButton*>("compareButton");
        auto* compareCombo = inspector->findChild<QComboBox*>("compareStageCombo");
        QVERIFY(compareButton && compareCombo);
        QTest::mouseClick(compareButton, Qt::LeftButton);
        QVERIFY(inspector->compareEnabled());
        QVERIFY(compareCombo->isEnabled());
        QCOMPARE(inspector->currentStage(), QStringLiteral("fine"));
        QCOMPARE(inspector->compareStage(), QStringLiteral("medium"));
        QTRY_VERIFY(right->isVisible());
        QVERIFY(std::abs(left->width() - right->width()) <= 1);
        QCOMPARE(inspector->displayedCompareImage().pixel(0, 0), grayRgb(90));
        QCOMPARE(inspector->displayedImage().pixel(0, 0), kDiffuse.rgb());

        // Refitted to the halved view; same zoom on both sides.
        QTRY_VERIFY(fuzzy(inspector->zoomFactor(), std::min(left->width() / 256.0, left->height() / 256.0)));
        QVERIFY(fuzzy(left->scale(), right->scale()));
        inspector->zoomIn();
        inspector->zoomIn();
        QVERIFY(fuzzy(left->scale(), right->scale()));
        QVERIFY(fuzzy(left->scale(), inspector->zoomFactor()));

        // Pan on the right: the left follows.
        sendMouse(right, QEvent::MouseButtonPress, QPointF(100, 100), Qt::LeftButton, Qt::LeftButton);
        sendMouse(right, QEvent::MouseMove, QPointF(130, 90), Qt::NoButton, Qt::LeftButton);
        sendMouse(right, QEvent::MouseButtonRelease, QPointF(130, 90), Qt::LeftButton, Qt::NoButton);
        QVERIFY(!fuzzy(left->centre().x(), 128));
        QVERIFY(fuzzy(left->centre().x(), right->centre().x()));
        QVERIFY(fuzzy(left->centre().y(), right->centre().y()));
        // Wheel on the left: the right follows.
        sendWheel(left, QPointF(50, 60), 120);
        QVERIFY(fuzzy(left->scale(), right->scale()));
        QVERIFY(fuzzy(left->centre().x(), right->centre().x()));

        // A coarser stage of half the resolution shows the same UV region.
        compareCombo->setCurrentIndex(compareCombo->findData("coarse"));
        QCOMPARE(inspector->compareStage(), QStringLiteral("coarse"));
        QCOMPARE(inspector->displayedCompareImage().size(), QSize(128, 128));
        QVERIFY(fuzzy(right->scale(), 2 * left->scale()));
        QVERIFY(fuzzy(right->centre().x() * 2, left->centre().x()));
        QVERIFY(fuzzy(right->centre().y() * 2, left->centre().y()));
        const QPointF middle(left->width() / 2.0, left->height() / 2.0);
        QVERIFY(fuzzy(right->texelAt(middle + QPointF(17, -9)).x() * 2, left->texelAt(middle + QPointF(17, -9)).x()));

        // The channel applies to both views.
        inspector->setChannel(MapChannel::Green);
        QCOMPARE(inspector->displayedImage().pixel(0, 0), grayRgb(50));
        QCOMPARE(inspector->displayedCompareImage().pixel(0, 0), grayRgb(40));

        QTest::mouseClick(compareButton, Qt::LeftButton);
        QVERIFY(!inspector->compareEnabled());
        QTRY_VERIFY(!right->isVisible());
        QVERIFY(inspector->displayedCompareImage().isNull());
    }

    void readsTheTexelUnderTheCursor() {
        const auto inspector = shownInspector();
        QVERIFY(inspector);
        QVERIFY(inspector->setCurrentMap("displacement"));
        inspector->zoomToActualSize();
        for (int i = 0; i < 3; ++i) inspector->zoomIn();  // ~2 view pixels per texel
        MapCanvas* view = inspector->view();

        QList<TexelReadout> received;
        QObject receiver;  // disconnects before `received` goes
        connect(inspector.get(), &MapInspector::readoutChanged, &receiver,
                [&](const TexelReadout& r) { received.append(r); });
        sendMouse(view, QEvent::MouseMove, view->widgetPosOf(QPointF(10.5, 20.5)), Qt::NoButton, Qt::NoButton);
        QCOMPARE(received.size(), 1);
        TexelReadout r = inspector->readout();
        QVERIFY(r.valid);
        QCOMPARE(r.texel, QPoint(10, 20));
        QCOMPARE(r.map, QStringLiteral("displacement"));
        QCOMPARE(r.stage, QStringLiteral("fine"));
        QCOMPARE(r.bitDepth, 16);
        QVERIFY(r.gray);
        QCOMPARE(r.values, QList<int>({10140}));  // 1000 * 10 + 7 * 20
        QCOMPARE(received.front().values, r.values);
        const QString text = inspector->readoutText();
        QVERIFY2(text.contains("10140") && text.contains("10, 20") && text.contains("16"), qPrintable(text));
        QCOMPARE(inspector->findChild<QLabel*>("readoutLabel")->text(), text);

        // The texel's far corner is still that texel; one more view pixel is the next.
        sendMouse(view, QEvent::MouseMove, view->widgetPosOf(QPointF(10.95, 20.95)), Qt::NoButton, Qt::NoButton);
        QCOMPARE(inspector->readout().texel, QPoint(10, 20));
        sendMouse(view, QEvent::MouseMove, view->widgetPosOf(QPointF(11.05, 20.5)), Qt::NoButton, Qt::NoButton);
        QCOMPARE(inspector->readout().values, QList<int>({int(rampValue(11, 20))}));

        // Outside the map: no value.
        sendMouse(view, QEvent::MouseMove, view->widgetPosOf(QPointF(-3, 5)), Qt::NoButton, Qt::NoButton);
        QVERIFY(!inspector->readout().valid);
        QVERIFY(!inspector->readoutText().contains("10140"));

        // The stored value, whatever the channel shown: 8-bit RGB diffuse under "Red".
        QVERIFY(inspector->setCurrentMap("diffuse"));
        inspector->setChannel(MapChannel::Red);
        sendMouse(view, QEvent::MouseMove, view->widgetPosOf(QPointF(3.5, 4.5)), Qt::NoButton, Qt::NoButton);
        r = inspector->readout();
        QVERIFY(r.valid && !r.gray && !r.hasAlpha);
        QCOMPARE(r.bitDepth, 8);
        QCOMPARE(r.values, QList<int>({200, 50, 10}));
        QVERIFY2(inspector->readoutText().contains("R 200") && inspector->readoutText().contains("B 10"),
                 qPrintable(inspector->readoutText()));

        // The comparison view reads its own stage.
        inspector->setCompareEnabled(true);
        QVERIFY(inspector->setCompareStage("coarse"));
        MapCanvas* right = inspector->compareView();
        QTRY_VERIFY(right->isVisible());
        sendMouse(right, QEvent::MouseMove, right->widgetPosOf(QPointF(3.5, 4.5)), Qt::NoButton, Qt::NoButton);
        r = inspector->readout();
        QVERIFY(r.valid && r.compareSide);
        QCOMPARE(r.stage, QStringLiteral("coarse"));
        QCOMPARE(r.values, QList<int>({40, 40, 40}));

        // 16-bit RGB (normal map).
        QVERIFY(inspector->setCurrentMap("normal"));
        r = inspector->readoutAt(QPoint(63, 63));
        QVERIFY(r.valid && !r.gray);
        QCOMPARE(r.values, QList<int>({65535, 0, 40000}));
        QVERIFY(!inspector->readoutAt(QPoint(64, 0)).valid);
    }

    void everyControlHasATooltipAndIsTranslated() {
        MapInspector inspector;
        inspector.setLayers(sampleLayers());
        int controls = 0;
        for (QComboBox* combo : inspector.findChildren<QComboBox*>()) {
            QVERIFY2(!combo->toolTip().isEmpty(), qPrintable(combo->objectName()));
            ++controls;
        }
        for (QAbstractButton* button : inspector.findChildren<QAbstractButton*>()) {
            QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->text()));
            ++controls;
        }
        QCOMPARE(controls, 4 + 5);  // map, stage, channel, compare stage; compare, 4 zoom buttons
        QVERIFY(!inspector.view()->toolTip().isEmpty());

        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/likeness_de.qm")));
        QCOMPARE(german.translate("likeness::ui::MapInspector", "Compare"), QStringLiteral("Vergleichen"));
        QCOMPARE(german.translate("likeness::ui::MapInspector", "Luminance"), QStringLiteral("Luminanz"));
        QVERIFY(!german.translate("likeness::ui::MapCanvas", "Scroll to zoom about the cursor, drag to pan").isEmpty());
    }
};

QTEST_MAIN(TestMapInspector)
#include "test_map_inspector.moc"
