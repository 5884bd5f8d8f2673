#include "views/photo_view.h"

#include <algorithm>
#include <cmath>

#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QPainter>
#include <QPixmap>
#include <QWheelEvent>

#include "overlay/face_overlay_item.h"
#include "overlay/fit_overlay_item.h"

namespace likeness::ui {

namespace {
constexpr qreal kZoomStep = 1.25;
constexpr qreal kMinZoom = 0.02;
constexpr qreal kMaxZoom = 64.0;
} // namespace

PhotoView::PhotoView(QWidget* parent) : QGraphicsView(parent), m_scene(new QGraphicsScene(this)) {
    setScene(m_scene);
    m_photo = new QGraphicsPixmapItem;
    m_photo->setTransformationMode(Qt::SmoothTransformation);
    m_photo->setShapeMode(QGraphicsPixmapItem::BoundingRectShape);
    m_scene->addItem(m_photo);
    m_fitOverlay = new FitOverlayItem;
    m_fitOverlay->setZValue(0.5);
    m_scene->addItem(m_fitOverlay);
    m_overlay = new FaceOverlayItem;
    m_overlay->setZValue(1);
    m_scene->addItem(m_overlay);

    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    setBackgroundRole(QPalette::Dark);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(160, 120);
    // Dropped files are handled by the main window.
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    setToolTip(tr("Scroll to zoom, drag to pan"));
}

PhotoView::~PhotoView() = default;

void PhotoView::setImage(const QImage& image) {
    m_faces.clear();
    m_overlay->clearFaces();
    m_fitOverlay->clearResult();
    m_photo->setPixmap(QPixmap::fromImage(image));
    m_scene->setSceneRect(m_photo->boundingRect());
    fitToWindow();
    viewport()->update();
}

void PhotoView::clear() { setImage(QImage()); }

bool PhotoView::hasImage() const { return !m_photo->pixmap().isNull(); }

QSize PhotoView::imageSize() const { return m_photo->pixmap().size(); }

void PhotoView::setFaces(const std::vector<likeness::FaceObservation>& faces) {
    m_faces = faces;
    m_overlay->setFaces(faces);
}

void PhotoView::setFitResult(const FitResultPtr& result) { m_fitOverlay->setResult(result); }

void PhotoView::setFitOverlayVisible(bool visible) { m_fitOverlay->setVisible(visible); }

void PhotoView::setFitOverlayOpacity(qreal opacity) { m_fitOverlay->setRenderOpacity(opacity); }

void PhotoView::setFitWireframeVisible(bool visible) { m_fitOverlay->setWireframeVisible(visible); }

void PhotoView::setFitMaskVisible(bool visible) { m_fitOverlay->setMaskVisible(visible); }

void PhotoView::setTopology(std::shared_ptr<const likeness::FaceTopology> topology) {
    m_overlay->setTopology(std::move(topology));
}

void PhotoView::setLayers(OverlayLayers layers) { m_overlay->setLayers(layers); }

OverlayLayers PhotoView::layers() const { return m_overlay->layers(); }

void PhotoView::setLayerVisible(OverlayLayer layer, bool visible) {
    OverlayLayers layers = m_overlay->layers();
    layers.setFlag(layer, visible);
    m_overlay->setLayers(layers);
}

void PhotoView::setSelectedFace(int index) { m_overlay->setSelectedFace(index); }

qreal PhotoView::zoomFactor() const { return transform().m11(); }

void PhotoView::zoomIn() {
    m_fitToWindow = false;
    scaleBy(kZoomStep);
}

void PhotoView::zoomOut() {
    m_fitToWindow = false;
    scaleBy(1 / kZoomStep);
}

void PhotoView::fitToWindow() {
    m_fitToWindow = true;
    applyFit();
}

void PhotoView::zoomToActualSize() {
    m_fitToWindow = false;
    setTransform(QTransform());
    Q_EMIT zoomChanged(zoomFactor());
}

void PhotoView::zoomToFace(int index) {
    if (index < 0 || index >= int(m_faces.size())) return;
    const likeness::FaceObservation& face = m_faces[size_t(index)];
    QRectF rect(QPointF(face.box.x0, face.box.y0), QPointF(face.box.x1, face.box.y1));
    for (const likeness::Landmark& p : face.landmarks) rect |= QRectF(p.x, p.y, 1, 1);
    if (rect.isEmpty()) return;
    const qreal margin = 0.15 * std::max(rect.width(), rect.height());
    m_fitToWindow = false;
    fitInView(rect.adjusted(-margin, -margin, margin, margin), Qt::KeepAspectRatio);
    Q_EMIT zoomChanged(zoomFactor());
}

void PhotoView::scaleBy(qreal factor) {
    const qreal current = zoomFactor();
    const qreal target = std::clamp(current * factor, kMinZoom, kMaxZoom);
    if (current <= 0 || qFuzzyCompare(target, current)) return;
    scale(target / current, target / current);
    Q_EMIT zoomChanged(zoomFactor());
}

void PhotoView::applyFit() {
    if (!hasImage()) {
        setTransform(QTransform());
        return;
    }
    fitInView(m_photo, Qt::KeepAspectRatio);
    Q_EMIT zoomChanged(zoomFactor());
}

void PhotoView::wheelEvent(QWheelEvent* event) {
    if (!hasImage()) return;
    const int steps = event->angleDelta().y();
    if (steps == 0) return QGraphicsView::wheelEvent(event);
    m_fitToWindow = false;
    scaleBy(std::pow(kZoomStep, steps / 120.0));
    event->accept();
}

void PhotoView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (m_fitToWindow) applyFit();
}

void PhotoView::drawBackground(QPainter* painter, const QRectF& rect) {
    QGraphicsView::drawBackground(painter, rect);
    if (hasImage()) return;
    // An empty view explains how to get started.
    painter->save();
    painter->resetTransform();
    painter->setPen(palette().color(QPalette::BrightText));
    painter->drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap,
                      tr("Open a photo (Ctrl+O) or drop one here"));
    painter->restore();
}

} // namespace likeness::ui
