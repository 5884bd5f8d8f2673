#pragma once
// Runs analysis requests in the controller's worker thread. Owns the thread's
// FaceAnalyzer (created there, lazily, on the first request).
#include <memory>

#include <QObject>
#include <QString>

#include "controllers/analysis_snapshot.h"

namespace likeness {
class FaceAnalyzer;
class CancelToken;
}

namespace likeness::ui {

class AnalysisQueue;
struct AnalysisRequest;

/// Settings of the analyser the worker creates.
struct AnalysisControllerOptions {
    QString modelDir;          // folder with the models; empty = the asset cache
    QString device = QStringLiteral("cpu"); // "cpu" or "cuda" (falls back to the CPU)
};

/// Lives in the worker thread; every signal is emitted from there.
class AnalysisWorker : public QObject {
    Q_OBJECT
public:
    AnalysisWorker(std::shared_ptr<AnalysisQueue> queue, const AnalysisControllerOptions& options);
    ~AnalysisWorker() override;

public Q_SLOTS:
    /// Works through the queue until it is empty (several calls coalesce).
    void processPending();
    /// Creates the analyser ahead of the first request. Failures are not
    /// reported here: the next request tries again and reports them.
    void warmUp();

Q_SIGNALS:
    void imageLoaded(quint64 requestId, const QString& path, const QImage& image);
    void analyzerReady(const QString& deviceName);
    void finished(const likeness::ui::AnalysisSnapshotPtr& snapshot);
    void failed(const likeness::ui::AnalysisFailure& failure);
    void cancelled(quint64 requestId);

private:
    void process(const AnalysisRequest& request, const likeness::CancelToken& token);
    likeness::FaceAnalyzer& analyzer();

    std::shared_ptr<AnalysisQueue> m_queue;
    AnalysisControllerOptions m_options;
    std::unique_ptr<likeness::FaceAnalyzer> m_analyzer;
};

} // namespace likeness::ui
