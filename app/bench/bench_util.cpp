#include "bench_util.h"

#include <array>
#include <cstdio>
#include <fstream>

namespace likeness::bench {

double peakRssMiB() {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;   // kB
    return 0;
}

bool resetPeakRss() {
    std::ofstream out("/proc/self/clear_refs");
    return static_cast<bool>(out << "5" << std::flush);
}

std::string captureCommand(const std::string& command) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return out;
    std::array<char, 4096> buf;
    size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
    pclose(pipe);
    return out;
}

} // namespace likeness::bench
