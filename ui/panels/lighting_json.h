#pragma once
// LightingState <-> JSON for sessions and undo steps. Format (version 1):
//   { "version": 1, "source": "fitted" | "preset" | "environment",
//     "preset": "studio" | "rim" | "top" | "hard_side",
//     "environmentPath": "<file>", "environmentSh": [75 numbers] (both optional),
//     "yawDeg": n, "intensity": n, "temperatureK": n,
//     "key": { "enabled": b, "azimuthDeg": n, "elevationDeg": n, "intensity": n, "temperatureK": n } }
// Missing fields keep their defaults; present fields must have the right type and
// range (a session file may be hostile).
#include <QJsonObject>
#include <QString>

#include "lighting/lighting_state.h"

namespace likeness::ui {

QJsonObject lightingToJson(const likeness::LightingState& state);

/// False with a user-facing `error` (translated) for anything malformed; `out` is
/// written only on success.
bool lightingFromJson(const QJsonObject& json, likeness::LightingState* out, QString* error);

} // namespace likeness::ui
