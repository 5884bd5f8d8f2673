#pragma once
// Feeds video frames to a FrameAnalyzer on its own thread without ever queueing
// up: while an analysis runs, only the newest frame is kept (older ones are
// dropped), and analyses start at most maxRate() times per second.
#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QTimer>

#include "capture/live_landmarks.h"

class QThread;

namespace likeness::ui {

class LiveLandmarkRunner : public QObject {
    Q_OBJECT
public:
    explicit LiveLandmarkRunner(FrameAnalyzer analyzer = {}, QObject* parent = nullptr);
    /// Waits for the running analysis (if any) to finish.
    ~LiveLandmarkRunner() override;

    /// Replaces the analyser (empty = frames are not analysed). Takes effect with the next analysis.
    void setAnalyzer(FrameAnalyzer analyzer);
    bool hasAnalyzer() const { return bool(m_analyzer); }
    /// Analyses per second at most (default 10).
    void setMaxRate(double perSecond);
    double maxRate() const { return 1000.0 / m_minIntervalMs; }

    /// Hands over the newest frame; returns at once.
    void submit(const QImage& frame);
    /// Forgets the waiting frame (e.g. the camera stopped).
    void clearPending();

    bool isBusy() const { return m_busy; }
    quint64 submittedFrames() const { return m_submitted; }
    quint64 analysedFrames() const { return m_analysed; }
    /// Frames replaced by a newer one before they could be analysed.
    quint64 droppedFrames() const { return m_dropped; }

Q_SIGNALS:
    /// One analysis finished (on the runner's thread); `result.error` set when it failed.
    void landmarksReady(const likeness::ui::LiveLandmarks& result);

private:
    void dispatch();
    void onDone(const LiveLandmarks& result);

    FrameAnalyzer m_analyzer;
    QThread* m_thread = nullptr;
    QObject* m_context = nullptr;   // lives in m_thread: queued calls run there
    QTimer m_rateTimer;
    QElapsedTimer m_sinceStart;
    int m_minIntervalMs = 100;
    bool m_busy = false;
    QImage m_pending;
    quint64 m_pendingId = 0;
    quint64 m_nextId = 1;
    quint64 m_submitted = 0, m_analysed = 0, m_dropped = 0;
};

} // namespace likeness::ui
