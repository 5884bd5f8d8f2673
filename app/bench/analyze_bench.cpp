#include "analyze_bench.h"

#include <iostream>

namespace likeness::bench {

int runAnalyzeBench(const AnalyzeBenchOptions&) {
    std::cerr << "likeness-bench analyze: not built yet\n";
    return 1;
}

} // namespace likeness::bench
