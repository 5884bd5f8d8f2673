#pragma once
// The webcam picture with the live landmarks drawn over it. Painted by hand
// (not a QVideoWidget) so that the overlay uses the same mapping as the frame.
#include <QImage>
#include <QWidget>

#include "capture/live_landmarks.h"

namespace likeness::ui {

class WebcamPreview : public QWidget {
    Q_OBJECT
public:
    explicit WebcamPreview(QWidget* parent = nullptr);

    void setFrame(const QImage& frame);
    QImage frame() const { return m_frame; }
    /// Landmarks to draw (scaled from result.imageSize to the shown frame); empty = none.
    void setLandmarks(const LiveLandmarks& landmarks);
    void clearLandmarks();
    LiveLandmarks landmarks() const { return m_landmarks; }
    /// Shown centred when there is no frame ("No camera found.", "Camera stopped.").
    void setPlaceholderText(const QString& text);
    QString placeholderText() const { return m_placeholder; }

    /// Where the frame is drawn: the largest rectangle of the frame's aspect ratio
    /// centred in the widget (empty without a frame).
    QRectF imageRect() const;
    /// Widget position of the point `p` given in pixels of an image of `imageSize`
    /// (OpenCV convention: (0, 0) is the centre of the top-left pixel).
    QPointF mapFromImage(const QPointF& p, const QSize& imageSize) const;

    QSize sizeHint() const override { return {480, 360}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_frame;
    LiveLandmarks m_landmarks;
    QString m_placeholder;
};

} // namespace likeness::ui
