#include "capture/live_landmark_runner.h"

#include <cmath>
#include <exception>

#include <QThread>

namespace likeness::ui {

LiveLandmarkRunner::LiveLandmarkRunner(FrameAnalyzer analyzer, QObject* parent)
    : QObject(parent), m_analyzer(std::move(analyzer)) {
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("LiveLandmarks"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
    m_rateTimer.setSingleShot(true);
    connect(&m_rateTimer, &QTimer::timeout, this, &LiveLandmarkRunner::dispatch);
}

LiveLandmarkRunner::~LiveLandmarkRunner() {
    m_thread->quit();
    m_thread->wait(); // the running analysis finishes; its queued result dies with this object
}

void LiveLandmarkRunner::setAnalyzer(FrameAnalyzer analyzer) { m_analyzer = std::move(analyzer); }

void LiveLandmarkRunner::setMaxRate(double perSecond) {
    if (!(perSecond > 0)) return;
    m_minIntervalMs = qBound(1, int(std::lround(1000.0 / perSecond)), 60000);
}

void LiveLandmarkRunner::submit(const QImage& frame) {
    if (frame.isNull()) return;
    ++m_submitted;
    if (!m_pending.isNull()) ++m_dropped;
    m_pending = frame;
    m_pendingId = m_nextId++;
    dispatch();
}

void LiveLandmarkRunner::clearPending() {
    if (!m_pending.isNull()) ++m_dropped;
    m_pending = QImage();
    m_rateTimer.stop();
}

void LiveLandmarkRunner::dispatch() {
    if (m_busy || m_pending.isNull() || !m_analyzer) return;
    if (m_sinceStart.isValid()) {
        const qint64 wait = m_minIntervalMs - m_sinceStart.elapsed();
        if (wait > 0) {
            if (!m_rateTimer.isActive()) m_rateTimer.start(int(wait));
            return;
        }
    }
    m_busy = true;
    m_sinceStart.start();
    const QImage frame = std::exchange(m_pending, QImage());
    const quint64 id = m_pendingId;
    FrameAnalyzer analyzer = m_analyzer;
    QMetaObject::invokeMethod(m_context, [this, analyzer, frame, id] {
        LiveLandmarks result;
        result.frameId = id;
        result.imageSize = frame.size();
        QElapsedTimer timer;
        timer.start();
        try {
            result.faces = analyzer(frame);
        } catch (const std::exception& e) {
            result.error = QString::fromUtf8(e.what());
        } catch (...) {
            result.error = tr("Unknown error in the landmark analysis.");
        }
        result.ms = double(timer.nsecsElapsed()) / 1e6;
        QMetaObject::invokeMethod(this, [this, result] { onDone(result); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void LiveLandmarkRunner::onDone(const LiveLandmarks& result) {
    m_busy = false;
    ++m_analysed;
    Q_EMIT landmarksReady(result);
    dispatch();
}

} // namespace likeness::ui
