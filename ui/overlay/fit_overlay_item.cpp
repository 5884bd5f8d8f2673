#include "overlay/fit_overlay_item.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

#include <QPainter>
#include <QPen>

namespace likeness::ui {

QColor fitWireframeColor() { return QColor(255, 220, 60); }  // warm yellow
QColor fitMaskColor() { return QColor(40, 140, 255); }       // blue: far from skin tones

namespace {

/// Tint inside the render's coverage and a solid outline on its border pixels
/// (covered pixels with an uncovered 4-neighbour or on the image's edge).
QImage maskLayerFromRender(const QImage& render) {
    if (render.isNull()) return {};
    const QImage source = render.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const int w = source.width(), h = source.height();
    auto covered = [&](int x, int y) {
        if (x < 0 || y < 0 || x >= w || y >= h) return false;
        return qAlpha(reinterpret_cast<const QRgb*>(source.constScanLine(y))[x]) > 127;
    };
    const QColor outline = fitMaskColor();
    QColor fill = outline;
    fill.setAlpha(90);
    const QRgb outlineRgb = outline.rgba();
    const QRgb fillRgb = qPremultiply(fill.rgba());
    QImage layer(w, h, QImage::Format_ARGB32_Premultiplied);
    layer.fill(Qt::transparent);
    for (int y = 0; y < h; ++y) {
        auto* out = reinterpret_cast<QRgb*>(layer.scanLine(y));
        for (int x = 0; x < w; ++x) {
            if (!covered(x, y)) continue;
            const bool border = !covered(x - 1, y) || !covered(x + 1, y) || !covered(x, y - 1) || !covered(x, y + 1);
            out[x] = border ? outlineRgb : fillRgb;
        }
    }
    return layer;
}

} // namespace

FitOverlayItem::FitOverlayItem(QGraphicsItem* parent) : QGraphicsItem(parent) {}

void FitOverlayItem::setResult(const FitResultPtr& result) {
    prepareGeometryChange();
    m_result = result;
    m_edges.clear();
    m_bounds = QRectF();
    m_mask = m_result ? maskLayerFromRender(m_result->render) : QImage();
    if (m_result) {
        const FitProjection& projection = m_result->projection;
        std::set<std::pair<int, int>> seen;
        const std::vector<int>& tris = projection.frontTriangles;
        for (size_t t = 0; t + 2 < tris.size(); t += 3) {
            for (int k = 0; k < 3; ++k) {
                int a = tris[t + size_t(k)], b = tris[t + size_t((k + 1) % 3)];
                if (a > b) std::swap(a, b);
                if (!seen.insert({a, b}).second) continue;
                const QPointF pa(projection.points[2 * size_t(a)], projection.points[2 * size_t(a) + 1]);
                const QPointF pb(projection.points[2 * size_t(b)], projection.points[2 * size_t(b) + 1]);
                if (!std::isfinite(pa.x()) || !std::isfinite(pb.x())) continue;
                m_edges.append(QLineF(pa, pb));
            }
        }
        m_bounds = QRectF(0, 0, projection.width, projection.height);
        if (!m_result->render.isNull()) m_bounds |= m_result->renderRect;
        for (const QLineF& line : std::as_const(m_edges))
            m_bounds |= QRectF(line.p1(), line.p2()).normalized().translated(0.5, 0.5);
        m_bounds.adjust(-2, -2, 2, 2);
    }
    update();
}

void FitOverlayItem::setRenderOpacity(qreal opacity) {
    m_renderOpacity = std::clamp(opacity, 0.0, 1.0);
    update();
}

void FitOverlayItem::setWireframeVisible(bool visible) {
    m_wireframe = visible;
    update();
}

void FitOverlayItem::setMaskVisible(bool visible) {
    m_maskVisible = visible;
    update();
}

QRectF FitOverlayItem::boundingRect() const { return m_bounds; }

void FitOverlayItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    if (!m_result) return;
    painter->save();
    if (!m_result->render.isNull() && m_renderOpacity > 0) {
        painter->setOpacity(m_renderOpacity);
        painter->drawImage(m_result->renderRect, m_result->render);
        painter->setOpacity(1.0);
    }
    if (m_maskVisible && !m_mask.isNull()) painter->drawImage(m_result->renderRect, m_mask);
    if (m_wireframe && !m_edges.isEmpty()) {
        QColor color = fitWireframeColor();
        color.setAlphaF(0.8f);
        QPen pen(color, 1.0);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->translate(0.5, 0.5);  // OpenCV convention: (0,0) = centre of the top-left pixel
        painter->drawLines(m_edges);
    }
    painter->restore();
}

} // namespace likeness::ui
