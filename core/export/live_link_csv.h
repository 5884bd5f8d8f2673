#pragma once
// Expression animation as CSV in the Live Link Face column layout (the file the
// Live Link Face app exports, read by Unreal's LiveLinkFaceImporter, Faceit and
// other ARKit tools): Timecode,BlendShapeCount,EyeBlinkLeft,...,TongueOut,
// HeadYaw,HeadPitch,HeadRoll,LeftEyeYaw,...,RightEyeRoll — the 52 ARKit names in
// PascalCase in that app's order, BlendShapeCount 61, then head and eye rotations
// in radians (eyes 0: the face model has no eyeballs). Timecode HH:MM:SS:FF.mmm
// with FF the frame within the second at the animation's rate.
#include <string>
#include <vector>

#include "export/export_asset.h"

namespace likeness {

/// The CSV text; `targetNames` are the asset's morph-target names (ARKit
/// lowerCamelCase; a name not in the layout is skipped, a missing one written 0).
std::string liveLinkCsv(const ExportAnimation& animation, const std::vector<std::string>& targetNames);

} // namespace likeness
