#pragma once
// Landmarks of a live video frame, and the function that computes them. The
// function is injected into the webcam panel: the real one runs the core's
// FaceAnalyzer (tracking mode), tests pass a fake one, and the app can build
// one with the same settings (model folder, device) as its photo analysis.
#include <functional>

#include <QList>
#include <QPointF>
#include <QSize>
#include <QString>

#include "controllers/analysis_worker.h" // AnalysisControllerOptions

class QImage;

namespace likeness::ui {

/// Landmarks of one face: x, y in pixels of the analysed frame (OpenCV
/// convention, (0, 0) = centre of the top-left pixel); 478 with irises.
using FaceLandmarks = QList<QPointF>;

/// Runs on the landmark thread, one call at a time, on frames in arrival order.
/// Returns the faces found (empty = none). May throw std::exception (e.g. the
/// models are missing): the message is reported, the next frame tries again.
using FrameAnalyzer = std::function<QList<FaceLandmarks>(const QImage& frame)>;

/// What the landmark thread made of one frame.
struct LiveLandmarks {
    quint64 frameId = 0;        // increasing per submitted frame
    QSize imageSize;            // size of the analysed frame
    QList<FaceLandmarks> faces; // largest first
    double ms = 0;              // time the analyser took
    QString error;              // non-empty when the analyser threw (faces empty)
};

/// The core's FaceAnalyzer in tracking mode (FaceAnalyzer::track): created on
/// the first call, in the calling (landmark) thread, from `options`.
FrameAnalyzer makeFaceMeshFrameAnalyzer(const AnalysisControllerOptions& options = {});

} // namespace likeness::ui
