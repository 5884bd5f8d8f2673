#pragma once
// The map stages' own UV maps for the exporter: what the 3D view shows is what
// File > Export writes (the CLI's `fit --stages … --export` does the same).
#include <QList>

#include "views/map_layer.h"

namespace likeness {
struct FaceAssetOptions;
}

namespace likeness::ui {

/// Sets `asset`'s fittedDiffusePng / fittedSpecularPng / fittedNormalPng from the last
/// map stage in `maps` ("fine", else "medium"; 8-bit sRGB diffuse, gray specular, 16-bit
/// normal). Leaves them empty for a coarse-only fit: the exporter then bakes its maps from
/// the per-vertex appearance. Throws likeness::Error when a map cannot be encoded.
void useFittedMaps(const QList<MapLayer>& maps, likeness::FaceAssetOptions& asset);

} // namespace likeness::ui
