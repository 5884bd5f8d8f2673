#pragma once
// Looking up a graph model's outputs by sink name, with a clear error.
#include <string>

namespace likeness {
namespace graph {
class GraphModel;
}

/// Index of output `name` in model.outputNames(); throws AssetError naming the
/// model when it has no such output.
int requireModelOutput(const graph::GraphModel& model, const std::string& name);

} // namespace likeness
