#include "report/losses_csv.h"

#include <cstdio>

namespace likeness {
namespace {

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.9g", v);
    return buf;
}

} // namespace

std::string lossesToCsv(const std::vector<LossSnapshot>& snapshots) {
    std::vector<std::string> terms;
    if (!snapshots.empty())
        for (const auto& t : snapshots.front().terms) terms.push_back(t.first);
    std::string csv = "iteration,stage";
    for (const std::string& t : terms) csv += "," + t;
    csv += ",total,forward_ms,backward_ms\n";
    for (const LossSnapshot& s : snapshots) {
        csv += std::to_string(s.iteration) + "," + s.stage;
        for (const std::string& name : terms) {
            csv += ",";
            for (const auto& t : s.terms)
                if (t.first == name) {
                    csv += number(t.second);
                    break;
                }
        }
        csv += "," + number(s.total) + "," + number(s.forwardMs) + "," + number(s.backwardMs) + "\n";
    }
    return csv;
}

} // namespace likeness
