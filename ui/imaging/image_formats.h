#pragma once
// The photo formats the studio opens (those likeness::loadImage decodes).
#include <QString>
#include <QStringList>

namespace likeness::ui {

/// Lower-case suffixes without the dot: jpg, jpeg, png, tif, tiff, bmp, webp.
QStringList supportedImageSuffixes();
/// True when `path`'s suffix is one of supportedImageSuffixes() (case-insensitive).
bool hasSupportedImageSuffix(const QString& path);
/// Name filters for QFileDialog ("Images (*.jpg ...)", "All files (*)").
QStringList imageFileDialogFilters();

} // namespace likeness::ui
