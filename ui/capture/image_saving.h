#pragma once
// Saving frames and pasted images the studio created itself (webcam stills,
// clipboard images) as PNG files under the application's data folder.
#include <QImage>
#include <QString>

namespace likeness::ui {

/// `QStandardPaths::AppDataLocation` + "/" + `subfolder` (e.g. "captures", "pasted").
QString appDataSubfolder(const QString& subfolder);

/// Writes `image` as `<folder>/<prefix>-<yyyyMMdd-hhmmss-zzz>[-n].png`, never
/// replacing an existing file, atomically (QSaveFile: a failed write leaves no
/// partial file). Creates `folder`. Returns the path, or an empty string with a
/// user-facing `error`. Any thread.
QString saveUniquePng(const QImage& image, const QString& folder, const QString& prefix, QString* error);

} // namespace likeness::ui
