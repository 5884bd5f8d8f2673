#pragma once
// Immutable values the fit worker hands to the GUI thread.
#include <memory>
#include <vector>

#include <QImage>
#include <QList>
#include <QMetaType>
#include <QRectF>
#include <QString>
#include <QVector>

#include "controllers/fit_projection.h"
#include "fit/coarse_fit.h"
#include "fit/fit_types.h"
#include "views/map_layer.h"

namespace likeness::ui {

/// One iteration's loss terms as the GUI sees them, with the progress figures.
struct FitProgress {
    quint64 requestId = 0;        // FitController::start()'s return value
    likeness::LossSnapshot loss;  // stage, iteration (0-based), totalIterations, terms, total
    int done = 0;                 // iterations completed: loss.iteration + 1
    int total = 0;                // iterations of the whole run: the coarse fit's plus the map stages' chosen
    double activeMs = 0;          // time the fit has run, pauses excluded
    double etaMs = -1;            // estimated time left, all stages; -1 = unknown
};
using FitProgressPtr = std::shared_ptr<const FitProgress>;

/// One fitting stage's render of the first photo against it, inside the face mask
/// (likeness::AppearanceStageReport without the render).
struct FitStageReport {
    QString stage;                  // "coarse", "medium", "fine"
    double ssim = 0;
    double psnr = 0;                // dB
    double seconds = 0;             // the stage's own time (coarse: 0, not measured there)
    int iterations = 0;
};

/// A finished fit: the core's result and what the GUI draws of it.
struct FitResult {
    quint64 requestId = 0;
    QString path;                   // the photo's file (informative)
    likeness::FaceFit fit;          // the core's result (plain data)
    FitProjection projection;       // the fitted mesh in the photo's pixels (first image)
    QImage render;                  // the core's render of the face (likeness::renderFitImage), cropped to the
                                    // face mask's box, ARGB32 premultiplied, transparent off the mask; null if
                                    // the fit could not be rendered (renderError says why)
    QRectF renderRect;              // where `render` lies on the photo (photo pixels, origin at the top-left
                                    // pixel's corner); larger than render.size() when rendered at reduced size
    QString renderError;
    double elapsedMs = 0;           // wall-clock time of the fit, pauses excluded
    int snapshotsDelivered = 0;     // FitProgress signals sent (after throttling)
    int snapshotsReceived = 0;      // sink calls of the core
    // The map stages (medium, fine) when they were chosen and ran:
    QList<FitStageReport> stages;   // in order: coarse, medium, fine (those that finished); empty without map stages
    QList<MapLayer> maps;           // every finished stage's UV maps as the PNG files look (diffuse, specular, normal,
                                    // displacement; lightmap, envmap and shading under the last stage run)
    std::vector<float> mapStageLight; // the last map stage's SH light of the first photo ([bands^2 * 3], camera
    int mapStageBands = 0;            // space, render/shading.h's layout); empty / 0 without map stages
    bool cancelled = false;         // the run was cancelled: this is what it kept (the coarse fit and the
                                    // map stages that had finished)
};
using FitResultPtr = std::shared_ptr<const FitResult>;

/// What kind of failure a fit ended with.
enum class FitErrorKind {
    Input,      // unusable photo or face (likeness::InputError)
    Options,    // invalid fit settings (likeness::OptionsError)
    Assets,     // missing or corrupt assets, e.g. the topology (likeness::AssetError)
    Numerical,  // the loss became NaN/Inf (likeness::Error); lastGood holds the state before it
    Internal,   // anything else: a bug
};

struct FitFailure {
    quint64 requestId = 0;
    FitErrorKind kind = FitErrorKind::Internal;
    QString message;                // likeness::Error::what(), written for the user
    FitResultPtr lastGood;          // the last good state when the core restored one (else null)
};

} // namespace likeness::ui

Q_DECLARE_METATYPE(likeness::ui::FitProgressPtr)
Q_DECLARE_METATYPE(likeness::ui::FitResultPtr)
Q_DECLARE_METATYPE(likeness::ui::FitFailure)
