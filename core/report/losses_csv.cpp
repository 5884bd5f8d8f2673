#include "report/losses_csv.h"

#include <algorithm>
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
    // Every term any stage reported, in order of first appearance (the medium and
    // fine stages add their own terms after the coarse fit's).
    std::vector<std::string> terms;
    for (const LossSnapshot& s : snapshots)
        for (const auto& t : s.terms)
            if (std::find(terms.begin(), terms.end(), t.first) == terms.end()) terms.push_back(t.first);
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
