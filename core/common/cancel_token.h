#pragma once
// Cooperative cancellation shared between a job and whoever started it.
#include <atomic>
#include <memory>

#include "common/error.h"

namespace likeness {

class CancelToken {
public:
    CancelToken() : m_flag(std::make_shared<std::atomic<bool>>(false)) {}
    void cancel() { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }
    /// Throws CancelledError when cancellation was requested.
    void throwIfCancelled() const {
        if (isCancelled()) throw CancelledError();
    }

private:
    std::shared_ptr<std::atomic<bool>> m_flag; // copies share one flag
};

} // namespace likeness
