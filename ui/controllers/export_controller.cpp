#include "controllers/export_controller.h"

#include <QThread>

#include "topology/face_topology.h"

namespace likeness::ui {

ExportController::ExportController(ExportJob job, QObject* parent) : QObject(parent) {
    qRegisterMetaType<ExportResultPtr>();
    qRegisterMetaType<ExportFailure>();

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("likeness-export"));
    m_worker = new ExportWorker(std::move(job));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ExportWorker::progressed, this, &ExportController::onProgress, Qt::QueuedConnection);
    connect(m_worker, &ExportWorker::finished, this, &ExportController::onFinished, Qt::QueuedConnection);
    connect(m_worker, &ExportWorker::failed, this, &ExportController::onFailed, Qt::QueuedConnection);
    connect(m_worker, &ExportWorker::cancelled, this, &ExportController::onCancelled, Qt::QueuedConnection);
    // The export competes with the GUI thread for the cores; let the GUI win.
    m_thread->start(QThread::LowPriority);
}

ExportController::~ExportController() {
    m_token.cancel();
    m_thread->quit();
    m_thread->wait();  // the running export stops at its next cancellation check
}

quint64 ExportController::start(const FitResultPtr& fit, const QString& folder,
                                const likeness::ExportJobOptions& options,
                                std::shared_ptr<const likeness::FaceTopology> topology) {
    m_token.cancel();  // superseded: nothing more is signalled for it
    m_token = likeness::CancelToken();
    const quint64 id = m_nextId++;
    ExportRequest request;
    request.id = id;
    request.fit = fit;
    request.topology = std::move(topology);
    request.folder = folder;
    request.options = options;
    request.token = m_token;
    m_cancelling = false;
    setActive(id);
    ExportWorker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, request] { worker->run(request); }, Qt::QueuedConnection);
    return id;
}

void ExportController::cancel() {
    if (!isRunning()) return;
    m_cancelling = true;
    m_token.cancel();
}

void ExportController::setActive(quint64 requestId) {
    const bool wasRunning = isRunning();
    m_activeId = requestId;
    if (!requestId) m_cancelling = false;
    if (wasRunning != isRunning()) Q_EMIT runningChanged(isRunning());
}

void ExportController::onProgress(quint64 requestId, const QString& stage, double fraction) {
    if (requestId == m_activeId && !m_cancelling) Q_EMIT progressed(requestId, stage, fraction);
}

void ExportController::onFinished(const ExportResultPtr& result) {
    if (!result || result->requestId != m_activeId) return;  // superseded
    setActive(0);
    Q_EMIT finished(result);
}

void ExportController::onFailed(const ExportFailure& failure) {
    if (failure.requestId != m_activeId) return;  // superseded
    setActive(0);
    Q_EMIT failed(failure);
}

void ExportController::onCancelled(quint64 requestId) {
    if (requestId != m_activeId) return;  // superseded runs stay silent
    setActive(0);
    Q_EMIT cancelled(requestId);
}

QString exportStageText(const QString& stage) {
    if (stage == QLatin1String("building the asset"))
        return ExportController::tr("Building the asset: rig, normals and texture maps…");
    if (stage == QLatin1String("done")) return ExportController::tr("Done.");
    if (stage == QLatin1String("watertight mesh (marching cubes)"))
        return ExportController::tr("Building the watertight solid (marching cubes)…");
    if (stage.startsWith(QLatin1String("writing "))) {
        const QString format = stage.mid(8);
        QString name = format;
        if (format == QLatin1String("glb")) name = ExportController::tr("glTF binary (.glb)");
        else if (format == QLatin1String("gltf")) name = ExportController::tr("glTF (.gltf)");
        else if (format == QLatin1String("fbx")) name = ExportController::tr("FBX");
        else if (format == QLatin1String("obj")) name = ExportController::tr("OBJ");
        else if (format == QLatin1String("ply")) name = ExportController::tr("PLY");
        else if (format == QLatin1String("csv")) name = ExportController::tr("Live Link CSV");
        return ExportController::tr("Writing %1…").arg(name);
    }
    return stage;  // a stage this version does not know: the core's own words
}

} // namespace likeness::ui
