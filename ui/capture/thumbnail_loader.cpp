#include "capture/thumbnail_loader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>

namespace likeness::ui {

ThumbnailResult loadThumbnail(const QString& path, const ThumbnailLimits& limits) {
    ThumbnailResult result;
    result.path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = QCoreApplication::translate("likeness::ui::ThumbnailLoader", "The file does not exist.");
        return result;
    }
    if (!info.isFile()) {
        result.error = QCoreApplication::translate("likeness::ui::ThumbnailLoader", "This is not a file.");
        return result;
    }
    if (info.size() > limits.maxFileBytes) {
        result.error = QCoreApplication::translate("likeness::ui::ThumbnailLoader", "The file is larger than %1 MB.").arg(limits.maxFileBytes / (1024 * 1024));
        return result;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    // The header alone tells the size: refuse giant images before allocating anything.
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty()) {
        result.error = QCoreApplication::translate("likeness::ui::ThumbnailLoader", "Not a readable image: %1").arg(reader.errorString());
        return result;
    }
    if (size.width() > limits.maxImageSide || size.height() > limits.maxImageSide) {
        result.error = QCoreApplication::translate("likeness::ui::ThumbnailLoader", "The image is %1 x %2 pixels; at most %3 pixels per side are supported.")
                           .arg(size.width()).arg(size.height()).arg(limits.maxImageSide);
        return result;
    }
    // Decoding at the reduced size is much faster for JPEG (DCT scaling) and bounds memory.
    if (size.width() > limits.thumbnailSide || size.height() > limits.thumbnailSide)
        reader.setScaledSize(size.scaled(limits.thumbnailSide, limits.thumbnailSide, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull()) {
        result.error = QCoreApplication::translate("likeness::ui::ThumbnailLoader", "The image could not be decoded: %1").arg(reader.errorString());
        return result;
    }
    // Some plugins ignore setScaledSize; the thumbnail must stay small either way.
    if (image.width() > limits.thumbnailSide || image.height() > limits.thumbnailSide)
        image = image.scaled(limits.thumbnailSide, limits.thumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    result.image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    return result;
}

QImage placeholderThumbnail(int side) {
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(60, 60, 60));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(QColor(200, 70, 70));
    pen.setWidthF(side / 24.0);
    painter.setPen(pen);
    const qreal m = side * 0.3;
    painter.drawLine(QPointF(m, m), QPointF(side - m, side - m));
    painter.drawLine(QPointF(side - m, m), QPointF(m, side - m));
    QFont font = painter.font();
    font.setPixelSize(qMax(8, side / 10));
    painter.setFont(font);
    painter.setPen(QColor(230, 230, 230));
    painter.drawText(QRectF(0, side * 0.72, side, side * 0.25), Qt::AlignCenter, QCoreApplication::translate("likeness::ui::ThumbnailLoader", "cannot read"));
    return image;
}

} // namespace likeness::ui
