#pragma once
// Small helpers shared by the GUI tests.
#include <cstdlib>

#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

#include "support/test_support.h"

namespace likeness::test {

/// Test-specific QSettings location and organisation, emptied: tests never touch
/// the user's settings, and each run starts clean.
inline void isolateSettings(const char* testName) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LikenessTests"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tests.likeness.invalid"));
    QCoreApplication::setApplicationName(QString::fromLatin1(testName));
    QSettings().clear();
}

/// The demo photo from the asset cache (absolute path).
inline QString demoPhotoPath() { return QString::fromStdString(demoPhoto()); }

/// A fresh scratch folder for `testName` under the build tree.
inline QString scratch(const char* testName) { return QString::fromStdString(scratchDir(testName)); }

/// Writes a text file with an image suffix (not an image at all).
inline QString writeFakeImage(const QString& dir, const QString& name = QStringLiteral("not_an_image.png")) {
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) file.write("This is a text file, not a PNG.\n");
    return path;
}

/// Writes a flat grey PNG (no face in it).
inline QString writeBlankImage(const QString& dir, int size = 256) {
    const QString path = QDir(dir).filePath(QStringLiteral("blank.png"));
    QImage image(size, size, QImage::Format_RGB888);
    image.fill(QColor(128, 128, 128));
    image.save(path, "PNG");
    return path;
}

/// Pixels whose RGB lies within `tolerance` (per channel) of `color`.
inline int countColorPixels(const QImage& image, const QColor& color, int tolerance = 40) {
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const QRgb p = line[x];
            if (std::abs(qRed(p) - color.red()) <= tolerance && std::abs(qGreen(p) - color.green()) <= tolerance &&
                std::abs(qBlue(p) - color.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

} // namespace likeness::test
