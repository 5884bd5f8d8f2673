#pragma once
// Decodes a small preview of a photo, bounded so that a hostile or huge file
// can neither exhaust memory nor stall the thread for long. Safe to call from
// any thread (no GUI objects).
#include <QImage>
#include <QString>

namespace likeness::ui {

/// Limits of thumbnail decoding.
struct ThumbnailLimits {
    qint64 maxFileBytes = 256ll * 1024 * 1024; // larger files are refused unread
    int maxImageSide = 16384;                  // images wider or taller are refused before decoding
    int thumbnailSide = 256;                   // the longer side of the thumbnail, in device pixels
};

/// A decoded thumbnail, or why there is none.
struct ThumbnailResult {
    QString path;
    QImage image;   // null on failure; otherwise at most limits.thumbnailSide on its longer side, upright
    QString error;  // user-facing reason when image is null
};

/// Reads `path` with QImageReader (EXIF orientation applied, decoded at reduced size).
ThumbnailResult loadThumbnail(const QString& path, const ThumbnailLimits& limits = {});

/// The "cannot read" placeholder shown for a broken photo (GUI thread: it paints text).
QImage placeholderThumbnail(int side);

} // namespace likeness::ui
