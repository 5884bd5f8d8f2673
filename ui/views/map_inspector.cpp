#include "views/map_inspector.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>

#include <QAction>
#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include "app/action_tips.h"
#include "views/map_canvas.h"

namespace likeness::ui {

namespace {

constexpr qreal kZoomStep = 1.25;
constexpr qreal kMinZoom = 0.05;        // view pixels per texel (fit may go lower for huge maps)
constexpr qreal kMaxZoom = 64.0;
constexpr int kAllocationLimitMb = 640;  // an 8192² RGBA64 map is 512 MiB
constexpr int kStripRows = 64;           // display conversion works in strips of rows

const QString kFinalStage = QStringLiteral("fine");

enum Command { NoCommand, ZoomInCommand, ZoomOutCommand, FitCommand, ActualSizeCommand };

/// More than 8 bits per channel (shown rounded to 8 bits; read back at 16).
bool isWide(const QImage& image) {
    switch (image.format()) {
    case QImage::Format_Grayscale16:
    case QImage::Format_RGBX64:
    case QImage::Format_RGBA64:
    case QImage::Format_RGBA64_Premultiplied:
    case QImage::Format_BGR30:
    case QImage::Format_A2BGR30_Premultiplied:
    case QImage::Format_RGB30:
    case QImage::Format_A2RGB30_Premultiplied:
    case QImage::Format_RGBX16FPx4:
    case QImage::Format_RGBA16FPx4:
    case QImage::Format_RGBA16FPx4_Premultiplied:
    case QImage::Format_RGBX32FPx4:
    case QImage::Format_RGBA32FPx4:
    case QImage::Format_RGBA32FPx4_Premultiplied:
        return true;
    default:
        return false;
    }
}

bool isGray(const QImage& image) {
    switch (image.format()) {
    case QImage::Format_Grayscale8:
    case QImage::Format_Grayscale16:
        return true;
    case QImage::Format_Mono:
    case QImage::Format_MonoLSB:
    case QImage::Format_Indexed8:
        return image.isGrayscale();  // palette check only
    default:
        return false;
    }
}

/// Rec. 709 luma weights in 1/10000 (they sum to 10000).
inline uint32_t luma(uint32_t r, uint32_t g, uint32_t b) { return (2126 * r + 7152 * g + 722 * b + 5000) / 10000; }

inline uint32_t to8(uint32_t v16) { return (v16 * 255 + 32767) / 65535; }

inline QRgb gray(uint32_t v) { return qRgb(int(v), int(v), int(v)); }

inline QRgb pick8(QRgb p, MapChannel channel) {
    const uint32_t r = uint32_t(qRed(p)), g = uint32_t(qGreen(p)), b = uint32_t(qBlue(p));
    switch (channel) {
    case MapChannel::Rgb: return qRgb(int(r), int(g), int(b));
    case MapChannel::Red: return gray(r);
    case MapChannel::Green: return gray(g);
    case MapChannel::Blue: return gray(b);
    case MapChannel::Luminance: return gray(luma(r, g, b));
    }
    return qRgb(0, 0, 0);
}

inline QRgb pick16(QRgba64 p, MapChannel channel) {
    const uint32_t r = p.red(), g = p.green(), b = p.blue();
    switch (channel) {
    case MapChannel::Rgb: return qRgb(int(to8(r)), int(to8(g)), int(to8(b)));
    case MapChannel::Red: return gray(to8(r));
    case MapChannel::Green: return gray(to8(g));
    case MapChannel::Blue: return gray(to8(b));
    case MapChannel::Luminance: return gray(to8(luma(r, g, b)));
    }
    return qRgb(0, 0, 0);
}

int indexIn(const QStringList& order, const QString& name) {
    const int i = int(order.indexOf(name));
    return i < 0 ? int(order.size()) : i;
}

/// Known names first in their order, then the others alphabetically.
bool orderedBefore(const QStringList& order, const QString& a, const QString& b) {
    const int ia = indexIn(order, a), ib = indexIn(order, b);
    if (ia != ib) return ia < ib;
    return a < b;
}

void sortLayers(QList<MapLayer>& layers) {
    const QStringList maps = MapInspector::knownMaps();
    const QStringList stages = MapInspector::knownStages();
    std::stable_sort(layers.begin(), layers.end(), [&](const MapLayer& a, const MapLayer& b) {
        if (a.map != b.map) return orderedBefore(maps, a.map, b.map);
        return orderedBefore(stages, a.stage, b.stage);
    });
}

void selectData(QComboBox* combo, const QString& value) {
    const int index = combo->findData(value);
    if (index >= 0) combo->setCurrentIndex(index);
}

} // namespace

// ---------------------------------------------------------------------------------
// Names and loading

QStringList MapInspector::knownMaps() {
    return {QStringLiteral("diffuse"),  QStringLiteral("specular"), QStringLiteral("normal"),
            QStringLiteral("displacement"), QStringLiteral("lightmap"), QStringLiteral("envmap"),
            QStringLiteral("shading")};
}

QStringList MapInspector::knownStages() {
    return {QStringLiteral("coarse"), QStringLiteral("medium"), QStringLiteral("fine")};
}

QString MapInspector::mapDisplayName(const QString& map) {
    if (map == QLatin1String("diffuse")) return tr("Diffuse");
    if (map == QLatin1String("specular")) return tr("Specular");
    if (map == QLatin1String("normal")) return tr("Normal");
    if (map == QLatin1String("displacement")) return tr("Displacement");
    if (map == QLatin1String("lightmap")) return tr("Light map");
    if (map == QLatin1String("envmap")) return tr("Environment map");
    if (map == QLatin1String("shading")) return tr("Shading");
    return map;
}

QString MapInspector::stageDisplayName(const QString& stage) {
    if (stage == QLatin1String("coarse")) return tr("Coarse");
    if (stage == QLatin1String("medium")) return tr("Medium");
    if (stage == QLatin1String("fine")) return tr("Fine");
    return stage;
}

namespace {

/// Decodes one PNG map, refusing oversized ones from the header (before decoding).
bool readMapImage(const QString& path, QImage* image, QString* why) {
    QImageReader reader(path, "png");
    reader.setAutoDetectImageFormat(false);  // a .png that is not a PNG is an error, not a guess
    reader.setAutoTransform(false);
    reader.setAllocationLimit(kAllocationLimitMb);
    const QSize size = reader.size();
    const auto tooLarge = [&](const QSize& s) {
        *why = MapInspector::tr("%1 × %2 texels is too large (at most %3 per side)")
                   .arg(s.width())
                   .arg(s.height())
                   .arg(MapInspector::kMaxMapSide);
    };
    if (size.isValid() && (size.width() > MapInspector::kMaxMapSide || size.height() > MapInspector::kMaxMapSide)) {
        tooLarge(size);
        return false;
    }
    QImage decoded = reader.read();
    if (decoded.isNull()) {
        *why = MapInspector::tr("not a readable PNG image (%1)").arg(reader.errorString());
        return false;
    }
    if (decoded.width() > MapInspector::kMaxMapSide || decoded.height() > MapInspector::kMaxMapSide) {
        tooLarge(decoded.size());
        return false;
    }
    *image = std::move(decoded);
    return true;
}

} // namespace

QList<MapLayer> MapInspector::loadFitFolder(const QString& dir, QString* error) {
    if (error) error->clear();
    const QDir root(dir);
    if (dir.isEmpty() || !root.exists()) {
        if (error) *error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(dir));
        return {};
    }
    QList<MapLayer> layers;
    QStringList problems;
    const auto has = [&](const QString& map, const QString& stage) {
        return std::any_of(layers.cbegin(), layers.cend(),
                           [&](const MapLayer& l) { return l.map == map && l.stage == stage; });
    };
    const auto readMap = [&](const QString& path, const QString& map, const QString& stage) {
        if (!QFileInfo(path).isFile()) return;  // not produced: nothing to say
        MapLayer layer{map, stage, QImage()};
        QString why;
        if (readMapImage(path, &layer.image, &why))
            layers.append(std::move(layer));
        else
            problems << tr("%1: %2").arg(QDir::toNativeSeparators(root.relativeFilePath(path)), why);
    };
    for (const QString& map : knownMaps())
        readMap(root.filePath(map + QStringLiteral(".png")), map, kFinalStage);
    for (const QString& stage : knownStages()) {
        const QDir stageDir(root.filePath(QStringLiteral("stages/") + stage));
        if (!stageDir.exists()) continue;
        for (const QString& map : knownMaps()) {
            if (has(map, stage)) continue;  // the final map wins over stages/fine/
            readMap(stageDir.filePath(map + QStringLiteral(".png")), map, stage);
        }
    }
    sortLayers(layers);
    if (error) *error = problems.join(QLatin1Char('\n'));
    return layers;
}

// ---------------------------------------------------------------------------------
// Display conversion and readout

QImage MapInspector::toDisplayImage(const QImage& source, MapChannel channel) {
    if (source.isNull()) return {};
    const int w = source.width(), h = source.height();
    QImage out(w, h, QImage::Format_RGB32);
    if (out.isNull()) return {};  // allocation failed
    const bool wide = isWide(source);
    const QImage::Format work = wide ? QImage::Format_RGBA64 : QImage::Format_ARGB32;
    const bool direct = source.format() == work || (!wide && source.format() == QImage::Format_RGB32);
    for (int y0 = 0; y0 < h; y0 += kStripRows) {
        const int rows = std::min(kStripRows, h - y0);
        const QImage strip = direct ? QImage() : source.copy(0, y0, w, rows).convertToFormat(work);
        for (int r = 0; r < rows; ++r) {
            const uchar* in = direct ? source.constScanLine(y0 + r) : strip.constScanLine(r);
            auto* line = reinterpret_cast<QRgb*>(out.scanLine(y0 + r));
            if (wide) {
                const auto* px = reinterpret_cast<const QRgba64*>(in);
                for (int x = 0; x < w; ++x) line[x] = pick16(px[x], channel);
            } else {
                const auto* px = reinterpret_cast<const QRgb*>(in);
                for (int x = 0; x < w; ++x) line[x] = pick8(px[x], channel);
            }
        }
    }
    return out;
}

TexelReadout MapInspector::readoutAt(const QPoint& texel, bool compareSide) const {
    TexelReadout readout;
    readout.compareSide = compareSide;
    readout.map = currentMap();
    readout.stage = compareSide ? compareStage() : currentStage();
    readout.texel = texel;
    const QImage source = compareSide ? compareSourceImage() : sourceImage();
    if (source.isNull() || !source.valid(texel)) {
        readout.text = tr("Point at the map to read a texel");
        return readout;
    }
    readout.valid = true;
    readout.bitDepth = isWide(source) ? 16 : 8;
    readout.gray = isGray(source);
    readout.hasAlpha = source.hasAlphaChannel();
    const QColor color = source.pixelColor(texel);
    if (readout.bitDepth == 16) {
        const QRgba64 c = color.rgba64();
        readout.values = {int(c.red()), int(c.green()), int(c.blue()), int(c.alpha())};
    } else {
        readout.values = {color.red(), color.green(), color.blue(), color.alpha()};
    }
    if (readout.gray)
        readout.values = {readout.values.front()};
    else if (!readout.hasAlpha)
        readout.values.removeLast();

    const QLocale locale;
    const double maxValue = readout.bitDepth == 16 ? 65535.0 : 255.0;
    QString values;
    if (readout.gray) {
        values = tr("value %1 (%2)")
                     .arg(readout.values[0])
                     .arg(locale.toString(readout.values[0] / maxValue, 'f', 4));
    } else if (readout.hasAlpha) {
        values = tr("R %1  G %2  B %3  A %4")
                     .arg(readout.values[0])
                     .arg(readout.values[1])
                     .arg(readout.values[2])
                     .arg(readout.values[3]);
    } else {
        values = tr("R %1  G %2  B %3").arg(readout.values[0]).arg(readout.values[1]).arg(readout.values[2]);
    }
    readout.text = tr("%1, %2 · texel %3, %4 · %5 · %6-bit")
                       .arg(mapDisplayName(readout.map), stageDisplayName(readout.stage))
                       .arg(texel.x())
                       .arg(texel.y())
                       .arg(values)
                       .arg(readout.bitDepth);
    return readout;
}

// ---------------------------------------------------------------------------------
// Widget

MapInspector::MapInspector(QWidget* parent) : QWidget(parent) {
    m_mapCombo = new QComboBox;
    m_mapCombo->setObjectName(QStringLiteral("mapCombo"));
    m_mapCombo->setToolTip(tr("The map to inspect"));
    m_mapCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stageCombo = new QComboBox;
    m_stageCombo->setObjectName(QStringLiteral("stageCombo"));
    m_stageCombo->setToolTip(tr("The fitting stage whose map is shown (on the left when comparing)"));
    m_channelCombo = new QComboBox;
    m_channelCombo->setObjectName(QStringLiteral("channelCombo"));
    m_channelCombo->setToolTip(tr("Show all colour channels, one channel as gray, or the luminance; "
                                  "alpha is never shown"));
    m_channelCombo->addItem(tr("RGB"), int(MapChannel::Rgb));
    m_channelCombo->addItem(tr("Red"), int(MapChannel::Red));
    m_channelCombo->addItem(tr("Green"), int(MapChannel::Green));
    m_channelCombo->addItem(tr("Blue"), int(MapChannel::Blue));
    m_channelCombo->addItem(tr("Luminance"), int(MapChannel::Luminance));

    m_compareButton = new QToolButton;
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareButton->setText(tr("Compare"));
    m_compareButton->setCheckable(true);
    m_compareButton->setToolTip(tr("Show a second stage of this map side by side, with the same zoom and pan"));
    m_compareCombo = new QComboBox;
    m_compareCombo->setObjectName(QStringLiteral("compareStageCombo"));
    m_compareCombo->setToolTip(tr("The stage shown on the right when comparing"));

    const auto makeAction = [this](const QString& text, const QString& iconText, const QList<QKeySequence>& keys,
                                   const QString& description, void (MapInspector::*slot)()) {
        auto* action = new QAction(text, this);
        action->setIconText(iconText);
        action->setShortcuts(keys);
        // Only while the inspector has focus; see event() for why the keys are handled there.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        setActionTips(action, description);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_zoomInAction = makeAction(tr("Zoom In"), tr("+"),
                                {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)},
                                tr("Zoom in"), &MapInspector::zoomIn);
    m_zoomOutAction = makeAction(tr("Zoom Out"), tr("−"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, tr("Zoom out"),
                                 &MapInspector::zoomOut);
    m_fitAction = makeAction(tr("Fit"), tr("Fit"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
                             tr("Fit the whole map into the view"), &MapInspector::fitToWindow);
    m_actualSizeAction = makeAction(tr("Actual Size"), tr("1:1"), {QKeySequence(Qt::CTRL | Qt::Key_1)},
                                    tr("Show the map at 100% (one screen pixel per texel)"),
                                    &MapInspector::zoomToActualSize);
    const auto makeButton = [](QAction* action) {
        auto* button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        return button;
    };
    m_zoomOutButton = makeButton(m_zoomOutAction);
    m_zoomInButton = makeButton(m_zoomInAction);
    m_fitButton = makeButton(m_fitAction);
    m_actualSizeButton = makeButton(m_actualSizeAction);
    m_zoomLabel = new QLabel;
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_zoomLabel->setToolTip(tr("Zoom: screen pixels per texel of the left map"));
    m_zoomLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00000%")));
    m_zoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    const auto labelFor = [](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text);
        label->setBuddy(buddy);
        label->setToolTip(buddy->toolTip());
        return label;
    };
    auto* controls = new QHBoxLayout;
    controls->addWidget(labelFor(tr("&Map:"), m_mapCombo));
    controls->addWidget(m_mapCombo);
    controls->addSpacing(8);
    controls->addWidget(labelFor(tr("&Stage:"), m_stageCombo));
    controls->addWidget(m_stageCombo);
    controls->addSpacing(8);
    controls->addWidget(labelFor(tr("C&hannel:"), m_channelCombo));
    controls->addWidget(m_channelCombo);
    controls->addSpacing(8);
    controls->addWidget(m_compareButton);
    controls->addWidget(m_compareCombo);
    controls->addStretch(1);
    controls->addWidget(m_zoomOutButton);
    controls->addWidget(m_zoomInButton);
    controls->addWidget(m_fitButton);
    controls->addWidget(m_actualSizeButton);
    controls->addWidget(m_zoomLabel);

    const auto makePane = [this](MapCanvas** canvas, QLabel** caption, const QString& captionTip) {
        auto* pane = new QWidget;
        auto* layout = new QVBoxLayout(pane);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        *caption = new QLabel;
        (*caption)->setAlignment(Qt::AlignCenter);
        (*caption)->setToolTip(captionTip);
        (*caption)->setVisible(false);
        *canvas = new MapCanvas;
        (*canvas)->setPlaceholderText(tr("No maps loaded"));
        layout->addWidget(*caption);
        layout->addWidget(*canvas, 1);
        MapCanvas* c = *canvas;
        connect(c, &MapCanvas::zoomRequested, this,
                [this, c](qreal factor, const QPointF& pos) { zoomAt(factor, pos, c); });
        connect(c, &MapCanvas::panRequested, this, [this, c](const QPointF& delta) { onPan(delta, c); });
        connect(c, &MapCanvas::hovered, this, [this, c](const QPointF& texel) { onHover(texel, c); });
        connect(c, &MapCanvas::hoverLeft, this, &MapInspector::onHoverLeft);
        connect(c, &MapCanvas::resized, this, [this, c] { onCanvasResized(c); });
        return pane;
    };
    QWidget* leftPane = makePane(&m_view, &m_leftCaption, tr("The stage shown on the left"));
    m_rightPane = makePane(&m_compareView, &m_rightCaption, tr("The stage shown on the right"));
    m_view->setObjectName(QStringLiteral("mapView"));
    m_compareView->setObjectName(QStringLiteral("compareMapView"));
    m_rightPane->setVisible(false);
    auto* panes = new QHBoxLayout;
    panes->setSpacing(4);
    panes->addWidget(leftPane, 1);
    panes->addWidget(m_rightPane, 1);

    m_readoutLabel = new QLabel;
    m_readoutLabel->setObjectName(QStringLiteral("readoutLabel"));
    m_readoutLabel->setToolTip(tr("The texel under the cursor and its stored value (not the displayed one)"));
    m_readoutLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readoutLabel->setText(tr("Point at the map to read a texel"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(panes, 1);
    layout->addWidget(m_readoutLabel);

    connect(m_mapCombo, &QComboBox::currentIndexChanged, this, [this] { onMapActivated(); });
    connect(m_stageCombo, &QComboBox::currentIndexChanged, this, [this] { onStageChanged(); });
    connect(m_compareCombo, &QComboBox::currentIndexChanged, this, [this] { onCompareStageChanged(); });
    connect(m_channelCombo, &QComboBox::currentIndexChanged, this, [this] { onChannelChanged(); });
    connect(m_compareButton, &QToolButton::toggled, this, &MapInspector::setCompareEnabled);

    updateControls();
    updateZoomLabel();
}

MapInspector::~MapInspector() = default;

// ---------------------------------------------------------------------------------
// Data

void MapInspector::setLayers(const QList<MapLayer>& layers) {
    const QString oldMap = currentMap();
    const QString oldStage = currentStage();
    QList<MapLayer> cleaned;
    for (const MapLayer& layer : layers) {
        if (layer.image.isNull() || layer.map.isEmpty() || layer.stage.isEmpty()) continue;
        const auto same = std::find_if(cleaned.begin(), cleaned.end(), [&](const MapLayer& l) {
            return l.map == layer.map && l.stage == layer.stage;
        });
        if (same != cleaned.end())
            *same = layer;
        else
            cleaned.append(layer);
    }
    sortLayers(cleaned);
    m_layers = std::move(cleaned);
    rebuildMapCombo();
    rebuildStageCombos();
    if (m_compare && stagesForMap(currentMap()).size() < 2) setCompareEnabled(false);
    updateControls();
    m_fitToWindow = true;
    m_centreUv = QPointF(0.5, 0.5);
    refreshImages();
    if (currentMap() != oldMap) Q_EMIT currentMapChanged(currentMap());
    if (currentStage() != oldStage) Q_EMIT currentStageChanged(currentStage());
}

void MapInspector::clear() { setLayers({}); }

QStringList MapInspector::maps() const {
    QStringList result;
    for (const MapLayer& layer : m_layers)
        if (!result.contains(layer.map)) result << layer.map;
    return result;  // m_layers is sorted
}

QStringList MapInspector::stagesForMap(const QString& map) const {
    QStringList result;
    for (const MapLayer& layer : m_layers)
        if (layer.map == map && !result.contains(layer.stage)) result << layer.stage;
    return result;
}

const MapLayer* MapInspector::findLayer(const QString& map, const QString& stage) const {
    for (const MapLayer& layer : m_layers)
        if (layer.map == map && layer.stage == stage) return &layer;
    return nullptr;
}

QString MapInspector::currentMap() const { return m_mapCombo->currentData().toString(); }

QString MapInspector::currentStage() const { return m_stageCombo->currentData().toString(); }

QString MapInspector::compareStage() const { return m_compareCombo->currentData().toString(); }

bool MapInspector::setCurrentMap(const QString& map) {
    const int index = m_mapCombo->findData(map);
    if (index < 0) return false;
    m_mapCombo->setCurrentIndex(index);
    return true;
}

bool MapInspector::setCurrentStage(const QString& stage) {
    const int index = m_stageCombo->findData(stage);
    if (index < 0) return false;
    m_stageCombo->setCurrentIndex(index);
    return true;
}

bool MapInspector::setCompareStage(const QString& stage) {
    const int index = m_compareCombo->findData(stage);
    if (index < 0) return false;
    m_compareCombo->setCurrentIndex(index);
    return true;
}

void MapInspector::setChannel(MapChannel channel) {
    const int index = m_channelCombo->findData(int(channel));
    if (index >= 0) m_channelCombo->setCurrentIndex(index);
}

QImage MapInspector::sourceImage() const {
    const MapLayer* layer = findLayer(currentMap(), currentStage());
    return layer ? layer->image : QImage();
}

QImage MapInspector::compareSourceImage() const {
    if (!m_compare) return {};
    const MapLayer* layer = findLayer(currentMap(), compareStage());
    return layer ? layer->image : QImage();
}

QImage MapInspector::displayedImage() const { return m_leftDisplay; }

QImage MapInspector::displayedCompareImage() const { return m_rightDisplay; }

QString MapInspector::readoutText() const { return m_readoutLabel->text(); }

void MapInspector::rebuildMapCombo() {
    const QString previous = currentMap();
    const QSignalBlocker blocker(m_mapCombo);
    m_mapCombo->clear();
    for (const QString& map : maps()) m_mapCombo->addItem(mapDisplayName(map), map);
    const int index = m_mapCombo->findData(previous);
    m_mapCombo->setCurrentIndex(index >= 0 ? index : (m_mapCombo->count() > 0 ? 0 : -1));
}

QString MapInspector::defaultCompareStage() const {
    // The stage before the one on the left ("before | after" reads as "earlier stage"
    // against the chosen one); the next one when the left is the first.
    const QStringList stages = stagesForMap(currentMap());
    const int left = int(stages.indexOf(currentStage()));
    if (stages.isEmpty()) return {};
    if (left > 0) return stages[left - 1];
    if (left == 0 && stages.size() > 1) return stages[1];
    return stages.front();
}

void MapInspector::rebuildStageCombos() {
    const QString previousStage = currentStage();
    const QString previousCompare = compareStage();
    const QStringList stages = stagesForMap(currentMap());
    {
        const QSignalBlocker blocker(m_stageCombo);
        m_stageCombo->clear();
        for (const QString& stage : stages) m_stageCombo->addItem(stageDisplayName(stage), stage);
        // Keep the stage when this map has it; otherwise the last (finest) one.
        const int index = m_stageCombo->findData(previousStage);
        m_stageCombo->setCurrentIndex(index >= 0 ? index : int(m_stageCombo->count()) - 1);
    }
    {
        const QSignalBlocker blocker(m_compareCombo);
        m_compareCombo->clear();
        for (const QString& stage : stages) m_compareCombo->addItem(stageDisplayName(stage), stage);
        const bool keep = !previousCompare.isEmpty() && previousCompare != currentStage() &&
                          m_compareCombo->findData(previousCompare) >= 0;
        selectData(m_compareCombo, keep ? previousCompare : defaultCompareStage());
    }
}

void MapInspector::updateControls() {
    const bool any = hasLayers();
    m_mapCombo->setEnabled(any);
    m_stageCombo->setEnabled(any);
    m_channelCombo->setEnabled(any);
    const bool canCompare = stagesForMap(currentMap()).size() >= 2;
    m_compareButton->setEnabled(canCompare);
    m_compareCombo->setEnabled(canCompare && m_compare);
    m_compareCombo->setVisible(m_compare);
    for (QAction* action : {m_zoomInAction, m_zoomOutAction, m_fitAction, m_actualSizeAction})
        action->setEnabled(any);
}

void MapInspector::onMapActivated() {
    const QString oldStage = currentStage();
    rebuildStageCombos();
    if (m_compare && stagesForMap(currentMap()).size() < 2) setCompareEnabled(false);
    updateControls();
    refreshImages();
    Q_EMIT currentMapChanged(currentMap());
    if (currentStage() != oldStage) Q_EMIT currentStageChanged(currentStage());
}

void MapInspector::onStageChanged() {
    refreshImages();
    Q_EMIT currentStageChanged(currentStage());
}

void MapInspector::onCompareStageChanged() { refreshImages(); }

void MapInspector::onChannelChanged() {
    m_channel = MapChannel(m_channelCombo->currentData().toInt());
    refreshImages();
}

void MapInspector::setCompareEnabled(bool enabled) {
    if (enabled && stagesForMap(currentMap()).size() < 2) enabled = false;
    {
        const QSignalBlocker blocker(m_compareButton);
        m_compareButton->setChecked(enabled);
    }
    if (enabled == m_compare) return;
    m_compare = enabled;
    if (enabled && (compareStage().isEmpty() || compareStage() == currentStage())) {
        const QSignalBlocker blocker(m_compareCombo);
        selectData(m_compareCombo, defaultCompareStage());
    }
    m_rightPane->setVisible(enabled);
    m_leftCaption->setVisible(enabled);
    m_rightCaption->setVisible(enabled);
    updateControls();
    refreshImages();
    // Lay out now so that the halved views refit before anyone reads the zoom.
    if (layout()) layout()->activate();
    if (m_fitToWindow) fitToWindow();
}

// ---------------------------------------------------------------------------------
// View state

void MapInspector::refreshImages() {
    const QImage left = sourceImage();
    const QImage right = compareSourceImage();
    m_leftDisplay = toDisplayImage(left, m_channel);
    m_rightDisplay = toDisplayImage(right, m_channel);
    m_view->setImage(m_leftDisplay);
    m_compareView->setImage(m_rightDisplay);
    m_leftCaption->setText(stageDisplayName(currentStage()));
    m_rightCaption->setText(stageDisplayName(compareStage()));
    if (m_fitToWindow)
        fitToWindow();
    else
        setUvScale(m_uvScale);  // re-clamps the zoom for the new map's size
    // The value under a still cursor belongs to the new map now.
    if (m_readout.valid || !m_readout.map.isEmpty()) {
        m_readout = readoutAt(m_readout.texel, m_readout.compareSide);
        m_readoutLabel->setText(m_readout.text);
    }
}

qreal MapInspector::zoomFactor() const {
    const int w = m_view->imageSize().width();
    return w > 0 ? m_uvScale / w : 1.0;
}

void MapInspector::applyView() {
    for (MapCanvas* canvas : {m_view, m_compareView}) {
        const QSize size = canvas->imageSize();
        if (size.isEmpty()) continue;
        canvas->setView(m_uvScale / size.width(),
                        QPointF(m_centreUv.x() * size.width(), m_centreUv.y() * size.height()));
    }
}

qreal MapInspector::minZoom() const {
    const QSize size = m_view->imageSize();
    if (size.isEmpty()) return kMinZoom;
    const qreal fit = std::min(qreal(std::max(1, m_view->width())) / size.width(),
                               qreal(std::max(1, m_view->height())) / size.height());
    return std::min(kMinZoom, fit);
}

void MapInspector::setUvScale(qreal uvScale) {
    const int w = m_view->imageSize().width();
    const qreal before = zoomFactor();
    if (w > 0) {
        const qreal zoom = std::clamp(uvScale / w, minZoom(), kMaxZoom);
        m_uvScale = zoom * w;
    }
    applyView();
    updateZoomLabel();
    if (!qFuzzyCompare(before, zoomFactor())) Q_EMIT zoomChanged(zoomFactor());
}

void MapInspector::clampCentre() {
    m_centreUv.setX(std::clamp(m_centreUv.x(), 0.0, 1.0));
    m_centreUv.setY(std::clamp(m_centreUv.y(), 0.0, 1.0));
}

void MapInspector::setViewCentre(const QPointF& uv) {
    m_fitToWindow = false;
    m_centreUv = uv;
    clampCentre();
    applyView();
}

void MapInspector::zoomIn() {
    m_fitToWindow = false;
    setUvScale(m_uvScale * kZoomStep);
}

void MapInspector::zoomOut() {
    m_fitToWindow = false;
    setUvScale(m_uvScale / kZoomStep);
}

void MapInspector::zoomToActualSize() {
    m_fitToWindow = false;
    setUvScale(m_view->imageSize().width());
}

void MapInspector::fitToWindow() {
    m_fitToWindow = true;
    m_centreUv = QPointF(0.5, 0.5);
    const QSize size = m_view->imageSize();
    if (size.isEmpty()) {
        applyView();
        updateZoomLabel();
        return;
    }
    const qreal fit = std::min(qreal(std::max(1, m_view->width())) / size.width(),
                               qreal(std::max(1, m_view->height())) / size.height());
    setUvScale(fit * size.width());
}

void MapInspector::zoomAt(qreal factor, const QPointF& widgetPos, MapCanvas* canvas) {
    if (!canvas || !canvas->hasImage() || factor <= 0) return;
    const QPointF texel = canvas->texelAt(widgetPos);
    m_fitToWindow = false;
    setUvScale(m_uvScale * factor);
    // Keep `texel` under the cursor: centre = texel - (pos - middle) / scale.
    const QSize size = canvas->imageSize();
    const qreal scale = m_uvScale / size.width();
    const QPointF middle(canvas->width() / 2.0, canvas->height() / 2.0);
    const QPointF centre = texel - (widgetPos - middle) / scale;
    m_centreUv = QPointF(centre.x() / size.width(), centre.y() / size.height());
    clampCentre();
    applyView();
}

void MapInspector::onPan(const QPointF& delta, MapCanvas* canvas) {
    const QSize size = canvas->imageSize();
    if (size.isEmpty()) return;
    m_fitToWindow = false;
    const qreal scale = canvas->scale();
    m_centreUv -= QPointF(delta.x() / (scale * size.width()), delta.y() / (scale * size.height()));
    clampCentre();
    applyView();
}

void MapInspector::onCanvasResized(MapCanvas* canvas) {
    if (canvas != m_view) return;
    if (m_fitToWindow)
        fitToWindow();
    else
        updateZoomLabel();
}

void MapInspector::onHover(const QPointF& texel, MapCanvas* canvas) {
    const QPoint t(int(std::floor(texel.x())), int(std::floor(texel.y())));
    m_readout = readoutAt(t, canvas == m_compareView);
    m_readoutLabel->setText(m_readout.text);
    Q_EMIT readoutChanged(m_readout);
}

void MapInspector::onHoverLeft() {
    m_readout = TexelReadout();
    m_readoutLabel->setText(tr("Point at the map to read a texel"));
    Q_EMIT readoutChanged(m_readout);
}

void MapInspector::updateZoomLabel() {
    if (!hasLayers()) {
        m_zoomLabel->clear();
        return;
    }
    const qreal percent = zoomFactor() * 100.0;
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);  // "1050%", not "1,050%"
    m_zoomLabel->setText(tr("%1%").arg(locale.toString(percent, 'f', percent < 10.0 ? 1 : 0)));
}

// ---------------------------------------------------------------------------------
// Keys

int MapInspector::shortcutCommand(const QKeyEvent* event) const {
    if (!hasLayers()) return NoCommand;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (modifiers != Qt::ControlModifier) return NoCommand;
    switch (event->key()) {
    case Qt::Key_Equal:
    case Qt::Key_Plus: return ZoomInCommand;
    case Qt::Key_Minus: return ZoomOutCommand;
    case Qt::Key_0: return FitCommand;
    case Qt::Key_1: return ActualSizeCommand;
    default: return NoCommand;
    }
}

bool MapInspector::event(QEvent* event) {
    // The main window has zoom shortcuts of its own (the photo view's) on the same keys;
    // two enabled shortcuts on one key are ambiguous and neither fires. Claiming the key
    // here, while the focus is inside the inspector, makes ours win without a conflict.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (shortcutCommand(key)) {
        case ZoomInCommand: m_zoomInAction->trigger(); break;
        case ZoomOutCommand: m_zoomOutAction->trigger(); break;
        case FitCommand: m_fitAction->trigger(); break;
        case ActualSizeCommand: m_actualSizeAction->trigger(); break;
        default: return QWidget::event(event);
        }
        key->accept();
        return true;
    }
    return QWidget::event(event);
}

void MapInspector::keyPressEvent(QKeyEvent* event) {
    // The key press that follows a claimed ShortcutOverride: already handled.
    if (shortcutCommand(event) != NoCommand) {
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace likeness::ui
