#pragma once
// One pane of the map inspector: draws an 8-bit display image at a given scale and
// centre (texel space) and reports wheel, drag and hover in widget coordinates.
// The view state itself is owned by MapInspector, which keeps two canvases in step.
#include <QImage>
#include <QPixmap>
#include <QPointF>
#include <QString>
#include <QWidget>

namespace likeness::ui {

class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);

    /// The image to draw (already converted for display); a null image shows the placeholder.
    void setImage(const QImage& display);
    QImage image() const { return m_image; }
    bool hasImage() const { return !m_image.isNull(); }
    QSize imageSize() const { return m_image.size(); }

    /// `scale` = widget pixels per texel; `centre` = the texel coordinates (continuous,
    /// texel x covers [x, x+1)) shown at the middle of the widget.
    void setView(qreal scale, const QPointF& centre);
    qreal scale() const { return m_scale; }
    QPointF centre() const { return m_centre; }

    /// Continuous texel coordinates under a widget position, and back.
    QPointF texelAt(const QPointF& widgetPos) const;
    QPointF widgetPosOf(const QPointF& texel) const;

    /// Text drawn when there is no image.
    void setPlaceholderText(const QString& text);

Q_SIGNALS:
    /// The wheel asks to multiply the zoom by `factor` keeping the texel under `widgetPos`.
    void zoomRequested(qreal factor, const QPointF& widgetPos);
    /// A drag moved by `delta` widget pixels.
    void panRequested(const QPointF& delta);
    /// The cursor is over continuous texel coordinates `texel` (may lie outside the image).
    void hovered(const QPointF& texel);
    void hoverLeft();
    void resized();

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QPointF middle() const;

    QImage m_image;
    QPixmap m_pixmap;
    qreal m_scale = 1.0;
    QPointF m_centre;
    QString m_placeholder;
    bool m_dragging = false;
    QPointF m_lastDragPos;
};

} // namespace likeness::ui
