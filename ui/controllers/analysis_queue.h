#pragma once
// The hand-over point between AnalysisController (GUI thread) and its worker:
// at most one pending request, and the cancel token of the one running.
#include <optional>

#include <QMutex>
#include <QString>

#include "common/cancel_token.h"

namespace likeness::ui {

/// One request to analyse a file.
struct AnalysisRequest {
    quint64 id = 0;
    QString path;
};

/// Thread-safe single-slot queue: a newer request replaces the pending one and
/// cancels the one being processed, so only the latest request is worked on.
class AnalysisQueue {
public:
    /// Replaces any pending request and cancels the running one.
    void submit(const AnalysisRequest& request);
    /// Drops the pending request and cancels the running one.
    void cancelAll();
    /// Takes the pending request (if any) and gives it a fresh cancel token.
    std::optional<AnalysisRequest> take(likeness::CancelToken& token);

private:
    QMutex m_mutex;
    std::optional<AnalysisRequest> m_pending;
    likeness::CancelToken m_running;  // token of the request being processed
};

} // namespace likeness::ui
