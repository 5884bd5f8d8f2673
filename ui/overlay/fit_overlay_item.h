#pragma once
// The fitted face drawn over the photo: the render of the fit blended with a
// chosen opacity, optionally with the projected mesh's wireframe and the face
// mask (the pixels the photometric loss compares) on top.
#include <QGraphicsItem>
#include <QImage>
#include <QLineF>
#include <QVector>

#include "controllers/fit_snapshot.h"

namespace likeness::ui {

/// A scene item in image coordinates (one unit = one pixel, origin at the
/// top-left corner of the top-left pixel), like FaceOverlayItem.
class FitOverlayItem : public QGraphicsItem {
public:
    explicit FitOverlayItem(QGraphicsItem* parent = nullptr);

    void setResult(const FitResultPtr& result);
    void clearResult() { setResult({}); }
    const FitResultPtr& result() const { return m_result; }
    bool hasResult() const { return bool(m_result); }

    /// Opacity of the render over the photo, [0,1] (QGraphicsItem::opacity is left at 1).
    void setRenderOpacity(qreal opacity);
    qreal renderOpacity() const { return m_renderOpacity; }
    void setWireframeVisible(bool visible);
    bool isWireframeVisible() const { return m_wireframe; }
    /// The face mask: a translucent tint with a solid outline over the pixels the
    /// fitted face covers (the render's coverage, where the photometric loss applies).
    void setMaskVisible(bool visible);
    bool isMaskVisible() const { return m_maskVisible; }
    /// The mask drawn by the layer, in the render's box (null without a render).
    const QImage& maskImage() const { return m_mask; }
    /// Edges of the front-facing triangles (deduplicated), image pixels.
    int wireframeEdgeCount() const { return int(m_edges.size()); }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    FitResultPtr m_result;
    QVector<QLineF> m_edges;   // OpenCV pixel convention (drawn shifted by half a pixel)
    QRectF m_bounds;
    qreal m_renderOpacity = 0.7;
    bool m_wireframe = false;
    QImage m_mask;             // tint + outline of the render's coverage, renderRect-sized
    bool m_maskVisible = false;
};

/// Colour of the fit's wireframe.
QColor fitWireframeColor();
/// Colour of the face-mask layer (its outline; the fill is a translucent tint of it).
QColor fitMaskColor();

} // namespace likeness::ui
