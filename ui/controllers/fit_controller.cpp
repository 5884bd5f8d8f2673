#include "controllers/fit_controller.h"

#include <QThread>

#include "controllers/fit_worker.h"

namespace likeness::ui {

namespace {
constexpr int kDefaultUpdatesPerSecond = 30;
int intervalFor(int updatesPerSecond) { return updatesPerSecond > 0 ? (1000 + updatesPerSecond - 1) / updatesPerSecond : 0; }
} // namespace

FitController::FitController(FitJob job, QObject* parent)
    : FitController(std::move(job), appearanceFitJob(), parent) {}

FitController::FitController(FitJob job, AppearanceJob appearanceJob, QObject* parent)
    : QObject(parent), m_minIntervalMs(std::make_shared<std::atomic<int>>(intervalFor(kDefaultUpdatesPerSecond))) {
    qRegisterMetaType<FitProgressPtr>();
    qRegisterMetaType<FitResultPtr>();
    qRegisterMetaType<FitFailure>();

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("likeness-fit"));
    m_worker = new FitWorker(std::move(job), std::move(appearanceJob));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &FitWorker::progressed, this, &FitController::onProgress, Qt::QueuedConnection);
    connect(m_worker, &FitWorker::finished, this, &FitController::onFinished, Qt::QueuedConnection);
    connect(m_worker, &FitWorker::stageFinished, this, [this](const FitResultPtr& partial) {
        if (partial && partial->requestId == m_activeId) Q_EMIT stageFinished(partial);
    }, Qt::QueuedConnection);
    connect(m_worker, &FitWorker::failed, this, &FitController::onFailed, Qt::QueuedConnection);
    connect(m_worker, &FitWorker::cancelled, this, &FitController::onCancelled, Qt::QueuedConnection);
    // The fit competes with the GUI thread for the cores; let the GUI win.
    m_thread->start(QThread::LowPriority);
}

FitController::~FitController() {
    if (m_control) m_control->cancel();  // also wakes a paused run
    m_thread->quit();
    m_thread->wait();  // the running fit stops at its next cancellation check
}

quint64 FitController::start(const QImage& photo, const likeness::FaceObservation& face,
                             const likeness::CoarseFitOptions& options, const QString& path) {
    return start(photo, face, options, FitRequest::coarseOnly(), path);
}

quint64 FitController::start(const QImage& photo, const likeness::FaceObservation& face,
                             const likeness::CoarseFitOptions& options, const likeness::AppearanceOptions& appearance,
                             const QString& path) {
    if (m_control) m_control->cancel();  // superseded: nothing more is signalled for it
    const quint64 id = m_nextId++;
    m_control = std::make_shared<FitRunControl>();
    FitRequest request;
    request.id = id;
    request.path = path;
    request.photo = photo;
    request.face = face;
    request.options = options;
    request.appearance = appearance;
    request.control = m_control;
    request.minIntervalMs = m_minIntervalMs;
    m_cancelling = false;
    setPausedState(false);
    setActive(id);
    FitWorker* worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, request] { worker->run(request); }, Qt::QueuedConnection);
    return id;
}

void FitController::cancel() {
    if (!isRunning() || !m_control) return;
    m_cancelling = true;
    m_control->cancel();
    setPausedState(false);
}

void FitController::setPaused(bool paused) {
    if (!isRunning() || m_cancelling || !m_control) return;
    m_control->setPaused(paused);
    setPausedState(paused);
}

void FitController::setMaxUpdatesPerSecond(int updatesPerSecond) {
    m_minIntervalMs->store(intervalFor(updatesPerSecond));
}

int FitController::maxUpdatesPerSecond() const {
    const int interval = m_minIntervalMs->load();
    return interval > 0 ? 1000 / interval : 0;
}

void FitController::setActive(quint64 requestId) {
    const bool wasRunning = isRunning();
    m_activeId = requestId;
    if (!requestId) {
        m_control.reset();
        m_cancelling = false;
        setPausedState(false);
    }
    if (wasRunning != isRunning()) Q_EMIT runningChanged(isRunning());
}

void FitController::setPausedState(bool paused) {
    if (m_paused == paused) return;
    m_paused = paused;
    Q_EMIT pausedChanged(paused);
}

void FitController::onProgress(const FitProgressPtr& progress) {
    if (progress && progress->requestId == m_activeId && !m_cancelling) Q_EMIT progressed(progress);
}

void FitController::onFinished(const FitResultPtr& result) {
    if (!result || result->requestId != m_activeId) return;  // superseded
    const bool cancelRequested = m_cancelling;  // it finished just before the cancel reached it
    setActive(0);
    if (cancelRequested) {
        // A run with map stages keeps what finished (here: everything); the coarse fit alone is discarded.
        FitResultPtr kept;
        if (!result->stages.isEmpty()) {
            auto copy = std::make_shared<FitResult>(*result);
            copy->cancelled = true;
            kept = std::move(copy);
        }
        Q_EMIT cancelled(result->requestId, kept);
    }
    else
        Q_EMIT finished(result);
}

void FitController::onFailed(const FitFailure& failure) {
    if (failure.requestId != m_activeId) return;  // superseded
    const bool cancelRequested = m_cancelling;
    setActive(0);
    if (cancelRequested)
        Q_EMIT cancelled(failure.requestId, nullptr);
    else
        Q_EMIT failed(failure);
}

void FitController::onCancelled(quint64 requestId, const FitResultPtr& kept) {
    if (requestId != m_activeId) return;  // superseded runs stay silent
    setActive(0);
    Q_EMIT cancelled(requestId, kept);
}

} // namespace likeness::ui
