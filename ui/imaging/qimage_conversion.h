#pragma once
// Conversion of the core's decoded images to QImage.
#include <QImage>

namespace likeness {
struct Image;
}

namespace likeness::ui {

/// Deep copy of `image.rgb`: CV_8UC3 gives Format_RGB888, CV_16UC3 gives
/// Format_RGBX64 (alpha 65535). An empty image gives a null QImage.
/// Throws likeness::InputError for any other pixel type.
QImage toQImage(const likeness::Image& image);

} // namespace likeness::ui
