#pragma once
// The part of a fitted face that one photo's camera sees, as an open height-field
// surface: the fit rendered into the photo's camera (its depth map, as 3DMM-RF
// extracts its mesh from predicted depth), one vertex per covered pixel at the
// exact surface point, two triangles per 2x2 block of covered pixels whose depths
// agree (no skin stretched over a depth jump such as the nose's side). Vertex
// colours and UVs are interpolated from the fit. The source of the "from the
// depth of this photo" watertight export (watertight_mesh.h closes it).
#include "export/export_asset.h"
#include "fit/coarse_fit.h"

namespace likeness {

/// Renders image `imageIndex` of `fit` at its photo's size scaled so the longest
/// side is at most `maxSide` pixels. Throws InputError when the face covers too
/// few pixels (fewer than 64) or the image index is out of range.
ExportMesh photoDepthSurface(const FaceFit& fit, size_t imageIndex, int maxSide = 1024);

} // namespace likeness
