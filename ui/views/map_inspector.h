#pragma once
// The map inspector: the reconstruction's UV maps (diffuse, specular, normal,
// displacement, light map, environment map, shading) per fitting stage (coarse,
// medium, fine), with zoom (wheel about the cursor; Ctrl+=, Ctrl+-, Ctrl+0 fit,
// Ctrl+1 100%), drag to pan, per-channel isolation, a texel readout under the cursor
// and a side-by-side comparison of two stages that share zoom and pan.
//
// Typical use: `inspector->setLayers(MapInspector::loadFitFolder(dir, &error));`
#include <QImage>
#include <QList>
#include <QPoint>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QWidget>

#include "views/map_layer.h"

class QAction;
class QComboBox;
class QLabel;
class QToolButton;

namespace likeness::ui {

class MapCanvas;

/// What the views show of each texel. Isolated channels and the luminance are drawn
/// as gray; alpha is never shown (RGB ignores it).
enum class MapChannel { Rgb, Red, Green, Blue, Luminance };

/// The value of one texel of an original (not display-converted) map.
struct TexelReadout {
    bool valid = false;       // false: outside the map or no map
    bool compareSide = false; // read from the right-hand (comparison) view
    QString map;
    QString stage;
    QPoint texel;             // x right, y down, from the top-left texel
    int bitDepth = 8;         // 8 or 16 bits per channel
    bool gray = false;        // one value (gray map) instead of R, G, B
    bool hasAlpha = false;
    QList<int> values;        // gray: {v}; colour: {r, g, b} or {r, g, b, a}, in the map's bit depth
    QString text;             // as shown in the readout label
};

class MapInspector : public QWidget {
    Q_OBJECT
public:
    /// Maps larger than this on either side are refused by loadFitFolder().
    static constexpr int kMaxMapSide = 8192;

    explicit MapInspector(QWidget* parent = nullptr);
    ~MapInspector() override;

    /// The known map and stage names, in display order.
    static QStringList knownMaps();
    static QStringList knownStages();
    /// Readable, translated names ("lightmap" -> "Light map"); unknown names unchanged.
    static QString mapDisplayName(const QString& map);
    static QString stageDisplayName(const QString& stage);

    /// Reads the maps of a fit output folder: `<dir>/<map>.png` as stage "fine" (the final
    /// maps) and `<dir>/stages/<stage>/<map>.png` for the stage folders present. A final
    /// map wins over `stages/fine/<map>.png`. Missing files are skipped silently; files
    /// that cannot be decoded or exceed kMaxMapSide are skipped and listed, one per line,
    /// in `*error` (left empty when every file present was read). Never throws.
    static QList<MapLayer> loadFitFolder(const QString& dir, QString* error = nullptr);

    /// Replaces the maps (layers without an image are ignored; a later layer replaces an
    /// earlier one of the same map and stage). Keeps the chosen map/stage when still present.
    void setLayers(const QList<MapLayer>& layers);
    void clear();
    QList<MapLayer> layers() const { return m_layers; }
    bool hasLayers() const { return !m_layers.isEmpty(); }
    /// The maps present (display order) and the stages present for one map.
    QStringList maps() const;
    QStringList stagesForMap(const QString& map) const;

    QString currentMap() const;
    bool setCurrentMap(const QString& map);
    QString currentStage() const;
    bool setCurrentStage(const QString& stage);
    MapChannel channel() const { return m_channel; }
    void setChannel(MapChannel channel);

    /// Side-by-side comparison with a second stage of the same map.
    bool compareEnabled() const { return m_compare; }
    void setCompareEnabled(bool enabled);
    QString compareStage() const;
    bool setCompareStage(const QString& stage);

    /// View pixels per texel of the left map; the comparison view shows the same UV region.
    qreal zoomFactor() const;
    bool isFitToWindow() const { return m_fitToWindow; }
    /// The UV point (0..1, v down) at the middle of the views.
    QPointF viewCentre() const { return m_centreUv; }
    void setViewCentre(const QPointF& uv);

    /// The original map shown on the left / right (null when none).
    QImage sourceImage() const;
    QImage compareSourceImage() const;
    /// The processed images drawn on the left / right (Format_RGB32, after channel isolation).
    QImage displayedImage() const;
    QImage displayedCompareImage() const;

    MapCanvas* view() const { return m_view; }
    MapCanvas* compareView() const { return m_compareView; }

    /// The value of `texel` in the left (or comparison) map; and the last one hovered.
    TexelReadout readoutAt(const QPoint& texel, bool compareSide = false) const;
    TexelReadout readout() const { return m_readout; }
    QString readoutText() const;

    QAction* zoomInAction() const { return m_zoomInAction; }
    QAction* zoomOutAction() const { return m_zoomOutAction; }
    QAction* fitAction() const { return m_fitAction; }
    QAction* actualSizeAction() const { return m_actualSizeAction; }

    /// The display conversion: any QImage format (8/16-bit, gray, with alpha) to an
    /// opaque Format_RGB32 image showing `channel` (isolated channels as gray; luminance =
    /// Rec. 709 luma of the stored values). 16-bit values are rounded to 8 bits.
    static QImage toDisplayImage(const QImage& source, MapChannel channel);

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void zoomToActualSize();
    /// Zooms by `factor` keeping the texel under `widgetPos` of `canvas` in place.
    void zoomAt(qreal factor, const QPointF& widgetPos, likeness::ui::MapCanvas* canvas);

Q_SIGNALS:
    void currentMapChanged(const QString& map);
    void currentStageChanged(const QString& stage);
    void zoomChanged(qreal factor);
    void readoutChanged(const likeness::ui::TexelReadout& readout);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    const MapLayer* findLayer(const QString& map, const QString& stage) const;
    QString defaultCompareStage() const;
    void rebuildMapCombo();
    void rebuildStageCombos();
    void onMapActivated();
    void onStageChanged();
    void onCompareStageChanged();
    void onChannelChanged();
    void refreshImages();
    void applyView();
    void setUvScale(qreal uvScale);
    void clampCentre();
    void onCanvasResized(MapCanvas* canvas);
    void onPan(const QPointF& delta, MapCanvas* canvas);
    void onHover(const QPointF& texel, MapCanvas* canvas);
    void onHoverLeft();
    void updateZoomLabel();
    void updateControls();
    int shortcutCommand(const QKeyEvent* event) const;
    qreal minZoom() const;

    QList<MapLayer> m_layers;
    MapChannel m_channel = MapChannel::Rgb;
    bool m_compare = false;
    bool m_fitToWindow = true;
    qreal m_uvScale = 1.0;            // view pixels per UV unit along u (= zoom x map width)
    QPointF m_centreUv{0.5, 0.5};
    QImage m_leftDisplay;
    QImage m_rightDisplay;
    TexelReadout m_readout;

    QComboBox* m_mapCombo = nullptr;
    QComboBox* m_stageCombo = nullptr;
    QComboBox* m_channelCombo = nullptr;
    QToolButton* m_compareButton = nullptr;
    QComboBox* m_compareCombo = nullptr;
    QToolButton* m_zoomInButton = nullptr;
    QToolButton* m_zoomOutButton = nullptr;
    QToolButton* m_fitButton = nullptr;
    QToolButton* m_actualSizeButton = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QLabel* m_leftCaption = nullptr;
    QLabel* m_rightCaption = nullptr;
    QWidget* m_rightPane = nullptr;
    MapCanvas* m_view = nullptr;
    MapCanvas* m_compareView = nullptr;
    QLabel* m_readoutLabel = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_fitAction = nullptr;
    QAction* m_actualSizeAction = nullptr;
};

} // namespace likeness::ui
