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

/// Deep copy of `image` as the core's RGB image: Format_RGBX64 / RGBA64 give
/// CV_16UC3, every other format CV_8UC3 (alpha dropped, as if composited over
/// black for premultiplied formats). A null QImage gives an empty Image.
likeness::Image toCoreImage(const QImage& image);

} // namespace likeness::ui
