#include "controllers/export_worker.h"

#include <exception>

#include <QElapsedTimer>
#include <QFile>

#include "common/error.h"
#include "controllers/fitted_map_pngs.h"
#include "topology/face_topology.h"

namespace likeness::ui {

ExportWorker::ExportWorker(ExportJob job) : m_job(std::move(job)) {}

void ExportWorker::run(const ExportRequest& request) {
    const likeness::CancelToken& token = request.token;
    if (token.isCancelled()) {  // superseded or cancelled while queued
        Q_EMIT cancelled(request.id);
        return;
    }
    ExportFailure failure;
    failure.requestId = request.id;
    failure.folder = request.folder;
    QElapsedTimer timer;
    timer.start();
    try {
        if (!request.fit) throw likeness::InputError("There is no fit to export.");
        std::shared_ptr<const likeness::FaceTopology> topology = request.topology;
        if (!topology) {
            if (!m_topology) m_topology = std::make_shared<const likeness::FaceTopology>(likeness::FaceTopology::load());
            topology = m_topology;
        }
        const quint64 id = request.id;
        const likeness::ExportProgress progress = [this, id](const std::string& stage, double fraction) {
            Q_EMIT progressed(id, QString::fromStdString(stage), fraction);
        };
        // The map stages' maps, as the 3D view shows them (encoded here, off the GUI thread).
        likeness::ExportJobOptions options = request.options;
        if (options.asset.fittedDiffusePng.empty()) useFittedMaps(request.fit->maps, options.asset);
        likeness::ExportJobResult core = m_job(request.fit->fit, *topology, QFile::encodeName(request.folder).toStdString(),
                                               options, progress, &token);
        // A cancel that came after the last file was written changes nothing: the files are complete.
        auto result = std::make_shared<ExportResult>();
        result->requestId = request.id;
        result->folder = request.folder;
        for (const std::string& file : core.files) result->files << QFile::decodeName(QByteArray::fromStdString(file));
        result->core = std::move(core);
        result->elapsedMs = double(timer.nsecsElapsed()) / 1e6;
        Q_EMIT finished(std::move(result));
        return;
    } catch (const likeness::CancelledError&) {
        Q_EMIT cancelled(request.id);
        return;
    } catch (const likeness::InputError& e) {
        failure.kind = ExportErrorKind::Input;
        failure.message = QString::fromStdString(e.what());
    } catch (const likeness::OptionsError& e) {
        failure.kind = ExportErrorKind::Options;
        failure.message = QString::fromStdString(e.what());
    } catch (const likeness::AssetError& e) {
        failure.kind = ExportErrorKind::Assets;
        failure.message = QString::fromStdString(e.what());
    } catch (const std::exception& e) {
        failure.kind = ExportErrorKind::Internal;
        failure.message = QString::fromStdString(e.what());
    } catch (...) {
        failure.kind = ExportErrorKind::Internal;
        failure.message = tr("Unknown error.");
    }
    if (token.isCancelled()) {  // the failure is a consequence of stopping (or moot: the user asked to stop)
        Q_EMIT cancelled(request.id);
        return;
    }
    Q_EMIT failed(failure);
}

} // namespace likeness::ui
