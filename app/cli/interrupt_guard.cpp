#include "interrupt_guard.h"

#include <csignal>

namespace likeness::cli {
namespace {

CancelToken* g_cancel = nullptr;   // set while a guard lives

extern "C" void onInterrupt(int) {
    if (g_cancel) g_cancel->cancel();
}

} // namespace

InterruptGuard::InterruptGuard(CancelToken& token) : m_outer(g_cancel) {
    g_cancel = &token;
    m_previous = std::signal(SIGINT, onInterrupt);
}

InterruptGuard::~InterruptGuard() {
    std::signal(SIGINT, m_previous == SIG_ERR ? SIG_DFL : m_previous);
    g_cancel = m_outer;   // guards nest (fit --export): the outer job gets Ctrl+C back
}

} // namespace likeness::cli
