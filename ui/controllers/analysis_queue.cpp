#include "controllers/analysis_queue.h"

#include <QMutexLocker>

namespace likeness::ui {

void AnalysisQueue::submit(const AnalysisRequest& request) {
    QMutexLocker lock(&m_mutex);
    m_pending = request;
    m_running.cancel();
}

void AnalysisQueue::cancelAll() {
    QMutexLocker lock(&m_mutex);
    m_pending.reset();
    m_running.cancel();
}

std::optional<AnalysisRequest> AnalysisQueue::take(likeness::CancelToken& token) {
    QMutexLocker lock(&m_mutex);
    std::optional<AnalysisRequest> request;
    request.swap(m_pending);
    if (request) {
        m_running = likeness::CancelToken();
        token = m_running;  // copies share the flag
    }
    return request;
}

} // namespace likeness::ui
