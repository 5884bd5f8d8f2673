#pragma once
// The studio's state <-> a `.likeness` session document (core/session): what
// the main window saves (photo set, analysis, fit, maps, edits, layout) and the
// checked state it restores. Restoring parses and validates everything first,
// so a damaged session changes nothing.
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "controllers/analysis_snapshot.h"
#include "controllers/fit_snapshot.h"
#include "session/session_file.h"

namespace likeness {
class FaceTopology;
}

namespace likeness::ui {

/// The state to save, gathered on the GUI thread (shared, immutable pieces: cheap).
struct StudioSnapshot {
    QJsonObject photoSet;                 // PhotoSet::toJson()
    QString currentPhoto;                 // absolute path of the photo shown; empty = none
    bool embedPhotos = false;             // store the photo files' bytes in the session
    AnalysisSnapshotPtr analysis;         // the shown photo's analysis (may be null)
    FitResultPtr fit;                     // the fit shown (may be null)
    likeness::CoarseFitOptions fitOptions;
    QJsonObject edits;                    // the panels' states, e.g. {"expression": {...}, "lighting": {...}}
    QByteArray windowState;               // QMainWindow::saveState()
};

/// Throws likeness::InputError when an embedded photo cannot be read (missing, > 256 MB).
likeness::SessionDocument sessionDocumentOf(const StudioSnapshot& snapshot);

/// A session read back and checked: everything the studio applies.
struct RestoredStudio {
    QJsonObject photoSet;                 // for PhotoSet::fromJson (embedded photos' paths rewritten)
    QString currentPhoto;                 // empty = none
    FitResultPtr fit;                     // with its projection and render (null = no fit)
    QJsonObject edits;
    QByteArray windowState;
    QStringList extractedPhotos;          // embedded photos written to `extractDir` (their originals are gone)
};

/// Checks and converts `document`: the fit against `topology` (likeness::faceFitFromJson),
/// the maps decoded, embedded photos whose file is missing written into `extractDir`.
/// Throws likeness::InputError naming the fault (nothing is applied by then).
RestoredStudio restoredStudioOf(const likeness::SessionDocument& document, const likeness::FaceTopology& topology,
                                const QString& extractDir);

} // namespace likeness::ui
