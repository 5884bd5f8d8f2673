#pragma once
// Minimal logging for the core: warnings go to a replaceable sink (stderr by
// default; the GUI installs one that shows them in the status bar).
#include <functional>
#include <string>

namespace likeness {

using LogSink = std::function<void(const std::string& message)>;

/// Replaces the warning sink (thread-safe); an empty sink restores stderr.
void setWarningSink(LogSink sink);
/// Reports a warning the user should see (e.g. "no GPU, using the CPU").
void logWarning(const std::string& message);

} // namespace likeness
