#pragma once
// One UV map of one fitting stage, as the map inspector shows it and the fit
// worker hands it over (plain data: no widget).
#include <QImage>
#include <QString>

namespace likeness::ui {

/// One map of one fitting stage, e.g. {"normal", "fine", <16-bit RGB image>}.
struct MapLayer {
    QString map;    // "diffuse", "specular", "normal", "displacement", "lightmap", "envmap", "shading"
    QString stage;  // "coarse", "medium", "fine"
    QImage image;   // as decoded: 8-bit, Format_Grayscale16, Format_RGBX64/RGBA64 …
};

} // namespace likeness::ui
