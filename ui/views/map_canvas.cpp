#include "views/map_canvas.h"

#include <algorithm>
#include <cmath>

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

namespace likeness::ui {

namespace {
constexpr qreal kWheelStep = 1.25;  // zoom per wheel notch (120 eighths of a degree)
} // namespace

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setBackgroundRole(QPalette::Dark);
    setMinimumSize(120, 90);
    setCursor(Qt::CrossCursor);
    setToolTip(tr("Scroll to zoom about the cursor, drag to pan"));
}

void MapCanvas::setImage(const QImage& display) {
    m_image = display;
    m_pixmap = display.isNull() ? QPixmap() : QPixmap::fromImage(display);
    update();
}

void MapCanvas::setView(qreal scale, const QPointF& centre) {
    if (scale > 0) m_scale = scale;
    m_centre = centre;
    update();
}

void MapCanvas::setPlaceholderText(const QString& text) {
    m_placeholder = text;
    update();
}

QPointF MapCanvas::middle() const { return QPointF(width() / 2.0, height() / 2.0); }

QPointF MapCanvas::texelAt(const QPointF& widgetPos) const {
    return m_centre + (widgetPos - middle()) / m_scale;
}

QPointF MapCanvas::widgetPosOf(const QPointF& texel) const {
    return middle() + (texel - m_centre) * m_scale;
}

void MapCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Dark));
    if (m_pixmap.isNull()) {
        painter.setPen(palette().color(QPalette::BrightText));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    // Only the visible texels, whole ones, so that magnified texels stay square blocks.
    const QPointF topLeft = texelAt(QPointF(0, 0));
    const QPointF bottomRight = texelAt(QPointF(width(), height()));
    const int x0 = std::max(0, int(std::floor(topLeft.x())));
    const int y0 = std::max(0, int(std::floor(topLeft.y())));
    const int x1 = std::min(m_pixmap.width(), int(std::ceil(bottomRight.x())));
    const int y1 = std::min(m_pixmap.height(), int(std::ceil(bottomRight.y())));
    if (x1 > x0 && y1 > y0) {
        painter.save();
        // Magnified: nearest texel (for inspection); minified: filtered.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, m_scale < 1.0);
        const QRectF source(x0, y0, x1 - x0, y1 - y0);
        const QRectF target(widgetPosOf(source.topLeft()), widgetPosOf(source.bottomRight()));
        painter.drawPixmap(target, m_pixmap, source);
        painter.restore();
    }
    // The map's border, so that dark maps stay visible against the background.
    painter.setPen(QPen(palette().color(QPalette::Mid), 0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(widgetPosOf(QPointF(0, 0)), widgetPosOf(QPointF(m_pixmap.width(), m_pixmap.height()))));
}

void MapCanvas::wheelEvent(QWheelEvent* event) {
    const int delta = event->angleDelta().y();
    if (!hasImage() || delta == 0) {
        event->ignore();
        return;
    }
    Q_EMIT zoomRequested(std::pow(kWheelStep, delta / 120.0), event->position());
    event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        m_dragging = true;
        m_lastDragPos = event->position();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event) {
    if (m_dragging) {
        const QPointF delta = event->position() - m_lastDragPos;
        m_lastDragPos = event->position();
        if (!delta.isNull()) Q_EMIT panRequested(delta);
    }
    if (hasImage()) Q_EMIT hovered(texelAt(event->position()));
    event->accept();
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (m_dragging && (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton)) {
        m_dragging = false;
        setCursor(Qt::CrossCursor);
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void MapCanvas::leaveEvent(QEvent* event) {
    QWidget::leaveEvent(event);
    Q_EMIT hoverLeft();
}

void MapCanvas::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    Q_EMIT resized();
}

} // namespace likeness::ui
