#pragma once
// What the GUI keeps of the core's appearance result (likeness::AppearanceResult):
// the per-stage figures and the UV maps as images, converted on the worker thread.
#include <QList>

#include "appearance/appearance_fit.h"
#include "controllers/fit_snapshot.h"
#include "views/map_layer.h"

namespace likeness::ui {

/// The stage reports (coarse, medium, fine as they ran), without their renders.
QList<FitStageReport> stageReportsOf(const likeness::AppearanceResult& result);

/// Every finished stage's maps as the files of `likeness-cli fit --stages` look
/// (decoded from the core's PNG encoders): diffuse, specular, then normal and
/// displacement where the stage has them; plus lightmap, envmap and shading under
/// the last stage run ("fine" when it ran). Stages without maps are skipped.
/// Throws likeness::Error when an encoder fails.
QList<MapLayer> mapLayersOf(const likeness::AppearanceResult& result);

} // namespace likeness::ui
