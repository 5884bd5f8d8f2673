#pragma once
// Helpers of the capture tests: small real image files with chosen names and sizes.
#include <QColor>
#include <QDir>
#include <QImage>
#include <QString>

namespace likeness::test {

/// Writes a `width` x `height` PNG (or JPEG by suffix) filled with `color` as `dir/name`.
inline QString writeImageFile(const QString& dir, const QString& name, int width = 64, int height = 48,
                              const QColor& color = QColor(200, 120, 40)) {
    const QString path = QDir(dir).filePath(name);
    QImage image(width, height, QImage::Format_RGB888);
    image.fill(color);
    image.save(path);
    return path;
}

} // namespace likeness::test
