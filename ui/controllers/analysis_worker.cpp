#include "controllers/analysis_worker.h"

#include <exception>

#include <QElapsedTimer>

#include "controllers/analysis_queue.h"
#include "analysis/face_analyzer.h"
#include "common/cancel_token.h"
#include "common/error.h"
#include "imaging/qimage_conversion.h"
#include "io/image_io.h"

namespace likeness::ui {

AnalysisWorker::AnalysisWorker(std::shared_ptr<AnalysisQueue> queue,
                               const AnalysisControllerOptions& options)
    : m_queue(std::move(queue)), m_options(options) {}

AnalysisWorker::~AnalysisWorker() = default;

void AnalysisWorker::processPending() {
    likeness::CancelToken token;
    while (std::optional<AnalysisRequest> request = m_queue->take(token))
        process(*request, token);
}

void AnalysisWorker::warmUp() {
    try {
        analyzer();
    } catch (const std::exception&) {
        // Reported by the next request.
    }
}

likeness::FaceAnalyzer& AnalysisWorker::analyzer() {
    if (!m_analyzer) {
        likeness::AnalyzerOptions options;
        if (!m_options.modelDir.isEmpty()) options.modelDir = m_options.modelDir.toStdString();
        if (!m_options.device.isEmpty()) options.device = m_options.device.toStdString();
        // Throws AssetError/OptionsError; the next request tries again.
        m_analyzer = std::make_unique<likeness::FaceAnalyzer>(options);
        Q_EMIT analyzerReady(QString::fromStdString(m_analyzer->deviceName()));
    }
    return *m_analyzer;
}

void AnalysisWorker::process(const AnalysisRequest& request, const likeness::CancelToken& token) {
    AnalysisFailure failure;
    failure.requestId = request.id;
    failure.path = request.path;
    try {
        QElapsedTimer timer;
        timer.start();
        const likeness::Image image = likeness::loadImage(request.path.toStdString());
        auto snapshot = std::make_shared<AnalysisSnapshot>();
        snapshot->requestId = request.id;
        snapshot->path = request.path;
        snapshot->image = toQImage(image);
        snapshot->loadMs = double(timer.nsecsElapsed()) / 1e6;
        token.throwIfCancelled();
        Q_EMIT imageLoaded(request.id, request.path, snapshot->image);

        if (!m_analyzer) {
            timer.restart();
            analyzer();
            snapshot->modelLoadMs = double(timer.nsecsElapsed()) / 1e6;
        }
        likeness::FaceAnalyzer& faceAnalyzer = analyzer();
        snapshot->result = faceAnalyzer.analyze(image, &token);
        snapshot->deviceName = QString::fromStdString(faceAnalyzer.deviceName());
        Q_EMIT finished(std::move(snapshot));
        return;
    } catch (const likeness::CancelledError&) {
        Q_EMIT cancelled(request.id);
        return;
    } catch (const likeness::InputError& e) {
        failure.kind = AnalysisErrorKind::Input;
        failure.message = QString::fromStdString(e.what());
    } catch (const likeness::AssetError& e) {
        failure.kind = AnalysisErrorKind::Assets;
        failure.message = QString::fromStdString(e.what());
    } catch (const likeness::OptionsError& e) {
        failure.kind = AnalysisErrorKind::Options;
        failure.message = QString::fromStdString(e.what());
    } catch (const std::exception& e) {
        failure.kind = AnalysisErrorKind::Internal;
        failure.message = QString::fromStdString(e.what());
    } catch (...) {
        failure.kind = AnalysisErrorKind::Internal;
        failure.message = tr("Unknown error.");
    }
    Q_EMIT failed(failure);
}

} // namespace likeness::ui
