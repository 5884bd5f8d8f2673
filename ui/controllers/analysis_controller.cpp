#include "controllers/analysis_controller.h"

#include <atomic>

#include <QThread>

#include "controllers/analysis_queue.h"
#include "common/log.h"

namespace likeness::ui {

namespace {
// The controller whose warningReported() receives the core's warnings.
std::atomic<AnalysisController*> g_warningOwner{nullptr};
} // namespace

AnalysisController::AnalysisController(const AnalysisControllerOptions& options, QObject* parent)
    : QObject(parent), m_queue(std::make_shared<AnalysisQueue>()) {
    qRegisterMetaType<AnalysisSnapshotPtr>();
    qRegisterMetaType<AnalysisFailure>();

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("likeness-analysis"));
    m_worker = new AnalysisWorker(m_queue, options);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &AnalysisWorker::imageLoaded, this, &AnalysisController::onImageLoaded,
            Qt::QueuedConnection);
    connect(m_worker, &AnalysisWorker::finished, this, &AnalysisController::onFinished,
            Qt::QueuedConnection);
    connect(m_worker, &AnalysisWorker::failed, this, &AnalysisController::onFailed,
            Qt::QueuedConnection);
    connect(m_worker, &AnalysisWorker::cancelled, this, &AnalysisController::onCancelled,
            Qt::QueuedConnection);
    connect(m_worker, &AnalysisWorker::analyzerReady, this, &AnalysisController::onAnalyzerReady,
            Qt::QueuedConnection);
    m_thread->start();

    // Emitting from the logging thread queues the signal to receivers in the GUI thread.
    g_warningOwner.store(this);
    likeness::setWarningSink([this](const std::string& message) {
        Q_EMIT warningReported(QString::fromStdString(message));
    });
}

AnalysisController::~AnalysisController() {
    m_queue->cancelAll();
    m_thread->quit();
    m_thread->wait();  // the running request stops at its next cancellation point
    AnalysisController* self = this;
    if (g_warningOwner.compare_exchange_strong(self, nullptr))
        likeness::setWarningSink({});  // back to stderr; no sink call is in flight after this
}

quint64 AnalysisController::analyzeFile(const QString& path) {
    const quint64 id = m_nextId++;
    m_queue->submit({id, path});
    setActive(id);
    QMetaObject::invokeMethod(m_worker, &AnalysisWorker::processPending, Qt::QueuedConnection);
    return id;
}

void AnalysisController::warmUp() {
    QMetaObject::invokeMethod(m_worker, &AnalysisWorker::warmUp, Qt::QueuedConnection);
}

void AnalysisController::cancel() {
    m_queue->cancelAll();
    setActive(0);
}

void AnalysisController::setActive(quint64 requestId) {
    const bool wasBusy = isBusy();
    m_activeId = requestId;
    if (wasBusy != isBusy()) Q_EMIT busyChanged(isBusy());
}

void AnalysisController::onImageLoaded(quint64 requestId, const QString& path, const QImage& image) {
    if (requestId == m_activeId) Q_EMIT imageLoaded(requestId, path, image);
}

void AnalysisController::onFinished(const AnalysisSnapshotPtr& snapshot) {
    if (!snapshot || snapshot->requestId != m_activeId) return;  // superseded
    setActive(0);
    Q_EMIT analysisFinished(snapshot);
}

void AnalysisController::onFailed(const AnalysisFailure& failure) {
    if (failure.requestId != m_activeId) return;  // superseded
    setActive(0);
    Q_EMIT analysisFailed(failure);
}

void AnalysisController::onCancelled(quint64 requestId) {
    // Only a superseded or cancel()ed request is cancelled, and neither is active.
    if (requestId == m_activeId) setActive(0);
}

void AnalysisController::onAnalyzerReady(const QString& deviceName) {
    m_deviceName = deviceName;
    Q_EMIT deviceChanged(deviceName);
}

} // namespace likeness::ui
