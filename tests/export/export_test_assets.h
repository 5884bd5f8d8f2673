#pragma once
// Small, fully known export assets for the writer tests (no fit needed).
#include "export/export_asset.h"

namespace likeness::test {

/// A curved grid patch (a "face" bulging toward +z, mm) of (n+1)^2 vertices with
/// UVs (v down), outward normals, tangents, vertex colours, `morphCount` morph
/// targets named after the first ARKit names (target k lifts the rows below the
/// middle by k+1 mm in -y, like a jaw), default weights 0.1*k, one 8x8 PNG
/// diffuse image and a 3-frame animation.
ExportAsset makeGridAsset(int n = 8, int morphCount = 3);

/// An 8x8 RGB PNG of a known colour (encoded with OpenCV).
ExportImage makeSolidPng(const std::string& fileName, unsigned char r, unsigned char g, unsigned char b);

} // namespace likeness::test
