#pragma once
// Ctrl+C (SIGINT) for long CLI jobs: while a guard lives, the signal only flips
// its CancelToken (async-signal-safe: one atomic store), and the job stops at its
// next check with everything written so far complete.
#include "common/cancel_token.h"

namespace likeness::cli {

class InterruptGuard {
public:
    explicit InterruptGuard(CancelToken& token);
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    void (*m_previous)(int);
    CancelToken* m_outer;   // the enclosing guard's token, restored on destruction
};

} // namespace likeness::cli
