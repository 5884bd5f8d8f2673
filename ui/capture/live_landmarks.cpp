#include "capture/live_landmarks.h"

#include <memory>

#include <QImage>

#include "analysis/face_analyzer.h"
#include "imaging/qimage_conversion.h"

namespace likeness::ui {

FrameAnalyzer makeFaceMeshFrameAnalyzer(const AnalysisControllerOptions& options) {
    // Shared by the copies of the function; only the landmark thread calls it.
    auto analyzer = std::make_shared<std::unique_ptr<likeness::FaceAnalyzer>>();
    return [analyzer, options](const QImage& frame) {
        if (!*analyzer) {
            likeness::AnalyzerOptions analyzerOptions;
            if (!options.modelDir.isEmpty()) analyzerOptions.modelDir = options.modelDir.toStdString();
            if (!options.device.isEmpty()) analyzerOptions.device = options.device.toStdString();
            // Webcam frames: look for faces that come into view twice a second at 10 analyses/s.
            analyzerOptions.trackRedetectInterval = 5;
            *analyzer = std::make_unique<likeness::FaceAnalyzer>(analyzerOptions); // throws AssetError
        }
        const likeness::AnalysisResult result = (*analyzer)->track(toCoreImage(frame));
        QList<FaceLandmarks> faces;
        for (const likeness::FaceObservation& face : result.faces) {
            FaceLandmarks points;
            points.reserve(qsizetype(face.landmarks.size()));
            for (const likeness::Landmark& p : face.landmarks) points.append(QPointF(p.x, p.y));
            faces.append(points);
        }
        return faces;
    };
}

} // namespace likeness::ui
