#pragma once
// Small timing helpers shared by the likeness-bench subcommands.
#include <algorithm>
#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace likeness::bench {

struct Timing {
    double medianMs = 0, minMs = 0, meanMs = 0;
    int runs = 0;
};

/// Runs `fn` `warmup` times untimed, then `runs` times timed.
inline Timing timeRuns(int warmup, int runs, const std::function<void()>& fn) {
    for (int i = 0; i < warmup; ++i) fn();
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        fn();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    Timing t;
    t.runs = runs;
    if (ms.empty()) return t;
    std::sort(ms.begin(), ms.end());
    t.medianMs = ms[ms.size() / 2];
    t.minMs = ms.front();
    for (double v : ms) t.meanMs += v / ms.size();
    return t;
}

/// Peak resident set size of this process in MiB (from /proc/self/status VmHWM).
double peakRssMiB();

/// Resets the peak resident set size to the current one (Linux clear_refs "5"),
/// so the next peakRssMiB() is the peak of what runs in between. False if unsupported.
bool resetPeakRss();

/// Runs a shell command and returns its standard output ("" on failure).
std::string captureCommand(const std::string& command);

} // namespace likeness::bench
