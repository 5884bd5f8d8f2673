#include "imaging/image_formats.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace likeness::ui {

QStringList supportedImageSuffixes() {
    return {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
            QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("bmp"),
            QStringLiteral("webp")};
}

bool hasSupportedImageSuffix(const QString& path) {
    return supportedImageSuffixes().contains(QFileInfo(path).suffix().toLower());
}

QStringList imageFileDialogFilters() {
    QStringList patterns;
    for (const QString& suffix : supportedImageSuffixes())
        patterns << QStringLiteral("*.") + suffix << QStringLiteral("*.") + suffix.toUpper();
    return {QCoreApplication::translate("ImageFormats", "Images (%1)").arg(patterns.join(u' ')),
            QCoreApplication::translate("ImageFormats", "All files (*)")};
}

} // namespace likeness::ui
