#include "common/log.h"

#include <iostream>
#include <mutex>

namespace likeness {
namespace {
std::mutex g_mutex;
LogSink g_sink;
} // namespace

void setWarningSink(LogSink sink) {
    std::lock_guard<std::mutex> lock(g_mutex);
    g_sink = std::move(sink);
}

void logWarning(const std::string& message) {
    std::lock_guard<std::mutex> lock(g_mutex);
    if (g_sink) g_sink(message);
    else std::cerr << "warning: " << message << std::endl;
}

} // namespace likeness
