#include "capture/webcam_preview.h"

#include <QPainter>

namespace likeness::ui {

WebcamPreview::WebcamPreview(QWidget* parent) : QWidget(parent) {
    setMinimumSize(160, 120);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void WebcamPreview::setFrame(const QImage& frame) {
    m_frame = frame;
    update();
}

void WebcamPreview::setLandmarks(const LiveLandmarks& landmarks) {
    m_landmarks = landmarks;
    update();
}

void WebcamPreview::clearLandmarks() {
    m_landmarks = LiveLandmarks();
    update();
}

void WebcamPreview::setPlaceholderText(const QString& text) {
    m_placeholder = text;
    update();
}

QRectF WebcamPreview::imageRect() const {
    if (m_frame.isNull()) return {};
    const QSizeF size = QSizeF(m_frame.size()).scaled(QSizeF(width(), height()), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

QPointF WebcamPreview::mapFromImage(const QPointF& p, const QSize& imageSize) const {
    const QRectF rect = imageRect();
    if (rect.isEmpty() || imageSize.isEmpty()) return {};
    // +0.5: landmark (0, 0) is the centre of the first pixel, whose left edge is at rect.left().
    return QPointF(rect.left() + (p.x() + 0.5) * rect.width() / imageSize.width(),
                   rect.top() + (p.y() + 0.5) * rect.height() / imageSize.height());
}

void WebcamPreview::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), QColor(24, 24, 24));
    if (m_frame.isNull()) {
        painter.setPen(QColor(220, 220, 220));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(imageRect(), m_frame);
    if (m_landmarks.faces.isEmpty() || m_landmarks.imageSize.isEmpty()) return;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(60, 230, 90));
    const qreal radius = qBound(1.0, imageRect().width() / 300.0, 3.0);
    for (const FaceLandmarks& face : m_landmarks.faces)
        for (const QPointF& p : face) painter.drawEllipse(mapFromImage(p, m_landmarks.imageSize), radius, radius);
}

} // namespace likeness::ui
