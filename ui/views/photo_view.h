#pragma once
// The photo with its landmark overlay: zoom (wheel, shortcuts) and pan (drag).
#include <memory>
#include <vector>

#include <QGraphicsView>
#include <QImage>

#include "analysis/face_analysis_types.h"
#include "controllers/fit_snapshot.h"
#include "overlay/overlay_layers.h"

class QGraphicsPixmapItem;

namespace likeness {
class FaceTopology;
}

namespace likeness::ui {

class FaceOverlayItem;
class FitOverlayItem;

class PhotoView : public QGraphicsView {
    Q_OBJECT
public:
    explicit PhotoView(QWidget* parent = nullptr);
    ~PhotoView() override;

    /// Shows a new photo (removing the faces of the previous one) fitted to the view.
    void setImage(const QImage& image);
    void clear();
    bool hasImage() const;
    QSize imageSize() const;

    void setFaces(const std::vector<likeness::FaceObservation>& faces);
    void setTopology(std::shared_ptr<const likeness::FaceTopology> topology);
    void setLayers(OverlayLayers layers);
    OverlayLayers layers() const;
    void setLayerVisible(OverlayLayer layer, bool visible);
    const FaceOverlayItem* overlay() const { return m_overlay; }

    /// Shows a finished fit over the photo (null = none); cleared by setImage().
    void setFitResult(const FitResultPtr& result);
    void setFitOverlayVisible(bool visible);
    void setFitOverlayOpacity(qreal opacity);
    void setFitWireframeVisible(bool visible);
    void setFitMaskVisible(bool visible);
    const FitOverlayItem* fitOverlay() const { return m_fitOverlay; }

    /// Current scale: view pixels per image pixel.
    qreal zoomFactor() const;
    /// True while the view refits the photo whenever it is resized.
    bool isFitToWindow() const { return m_fitToWindow; }

public Q_SLOTS:
    void setSelectedFace(int index);
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void zoomToActualSize();
    /// Zooms onto one face's landmarks (with a margin).
    void zoomToFace(int index);

Q_SIGNALS:
    void zoomChanged(qreal factor);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;

private:
    void scaleBy(qreal factor);
    void applyFit();

    QGraphicsScene* m_scene = nullptr;
    QGraphicsPixmapItem* m_photo = nullptr;
    FaceOverlayItem* m_overlay = nullptr;
    FitOverlayItem* m_fitOverlay = nullptr;  // between the photo and the landmarks
    std::vector<likeness::FaceObservation> m_faces;
    bool m_fitToWindow = true;
};

} // namespace likeness::ui
