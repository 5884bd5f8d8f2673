#include "capture/image_saving.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace likeness::ui {

QString appDataSubfolder(const QString& subfolder) {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(subfolder);
}

QString saveUniquePng(const QImage& image, const QString& folder, const QString& prefix, QString* error) {
    auto fail = [error](const QString& message) {
        if (error) *error = message;
        return QString();
    };
    if (image.isNull()) return fail(QCoreApplication::translate("likeness::ui::ImageSaving", "There is no image to save."));
    if (!QDir().mkpath(folder))
        return fail(QCoreApplication::translate("likeness::ui::ImageSaving", "Cannot create the folder %1.")
                        .arg(QDir::toNativeSeparators(folder)));
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss-zzz"));
    const QDir dir(folder);
    QString path = dir.filePath(QStringLiteral("%1-%2.png").arg(prefix, stamp));
    for (int n = 2; QFileInfo::exists(path); ++n) {
        if (n > 1000) return fail(QCoreApplication::translate("likeness::ui::ImageSaving", "Cannot find a free file name in %1.")
                                      .arg(QDir::toNativeSeparators(folder)));
        path = dir.filePath(QStringLiteral("%1-%2-%3.png").arg(prefix, stamp).arg(n));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("likeness::ui::ImageSaving", "Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return fail(QCoreApplication::translate("likeness::ui::ImageSaving", "Cannot encode the image as PNG."));
    }
    if (!file.commit())
        return fail(QCoreApplication::translate("likeness::ui::ImageSaving", "Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return path;
}

} // namespace likeness::ui
