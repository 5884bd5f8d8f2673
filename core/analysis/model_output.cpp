#include "analysis/model_output.h"

#include <algorithm>

#include "common/error.h"
#include "graph/graph_model.h"

namespace likeness {

int requireModelOutput(const graph::GraphModel& model, const std::string& name) {
    const auto& names = model.outputNames();
    const auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end())
        throw AssetError("Model '" + model.name() + "' has no output '" + name +
                         "'; is it the @vladmandic/human 3.3.6 model?");
    return static_cast<int>(it - names.begin());
}

} // namespace likeness
