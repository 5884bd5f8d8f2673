#pragma once
// Immutable results the analysis worker hands to the GUI thread.
#include <memory>

#include <QImage>
#include <QMetaType>
#include <QString>

#include "analysis/face_analysis_types.h"

namespace likeness::ui {

/// One finished analysis: the decoded photo and what the analyser found in it.
/// Shared read-only between threads (see AnalysisSnapshotPtr).
struct AnalysisSnapshot {
    quint64 requestId = 0;          // AnalysisController::analyzeFile()'s return value
    QString path;                   // the file as requested
    QImage image;                   // the decoded photo (Format_RGB888 or Format_RGBX64), upright
    likeness::AnalysisResult result; // faces (empty = no face found), per-stage timings
    double loadMs = 0;              // reading + decoding the file + conversion to QImage
    double modelLoadMs = 0;         // creating the analyser (first request of a worker only)
    QString deviceName;             // FaceAnalyzer::deviceName() of the analyser that ran
};

using AnalysisSnapshotPtr = std::shared_ptr<const AnalysisSnapshot>;

/// What kind of failure an analysis request ended with.
enum class AnalysisErrorKind {
    Input,    // the file is missing, unreadable or not a supported image (likeness::InputError)
    Assets,   // the models or other assets are missing or corrupt (likeness::AssetError)
    Options,  // invalid analyser options (likeness::OptionsError)
    Internal, // anything else: a bug
};

/// A failed request, as delivered to the GUI thread.
struct AnalysisFailure {
    quint64 requestId = 0;
    QString path;
    AnalysisErrorKind kind = AnalysisErrorKind::Internal;
    QString message;                // likeness::Error::what(), written for the user
};

} // namespace likeness::ui

Q_DECLARE_METATYPE(likeness::ui::AnalysisSnapshotPtr)
Q_DECLARE_METATYPE(likeness::ui::AnalysisFailure)
