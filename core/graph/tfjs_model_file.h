#pragma once
// Parser for TF.js graph-model files: model.json (topology + weights manifest)
// and its binary weight shards. Produces a plain, validated description of the
// graph; no execution here. Every size read from a file is bounded.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <ATen/core/Tensor.h>

namespace likeness::graph {

/// One attribute value of a node (the subset of TF's AttrValue the models use).
struct AttrValue {
    enum class Kind { None, String, Int, Float, Bool, Type, IntList, StringList, FloatList } kind = Kind::None;
    std::string s;
    int64_t i = 0;
    double f = 0;
    bool b = false;
    std::vector<int64_t> ints;
    std::vector<std::string> strings;
    std::vector<double> floats;
};

struct NodeDef {
    std::string name;
    std::string op;
    std::vector<std::string> inputs;   // producer node names (":0" and "^" control marks stripped)
    std::map<std::string, AttrValue> attrs;
};

/// The whole file: nodes in file order, and constants by node name (CPU tensors,
/// float32 or int32, dequantised).
struct ModelFile {
    std::string path;                  // model.json path (for messages)
    std::vector<NodeDef> nodes;
    std::map<std::string, at::Tensor> weights;
    std::vector<int64_t> inputShape;   // from the Placeholder's shape attr (-1 = free)
};

/// Limits on what a model file may declare (hostile-file safety).
struct ModelFileLimits {
    int64_t maxJsonBytes = 64ll << 20;      // model.json size
    int64_t maxShardBytes = 1ll << 30;      // one weight shard
    int64_t maxNodes = 100000;              // nodes in the graph
    int64_t maxTensorElements = 1ll << 28;  // elements of one weight tensor
    int64_t maxTotalWeightBytes = 2ll << 30;
};

/// Reads and validates model.json and its shards (in the same folder).
/// Throws AssetError naming the file (and node/weight) at fault.
ModelFile readModelFile(const std::string& modelJsonPath, const ModelFileLimits& limits = {});

/// Converts an IEEE 754 half-precision value to float (subnormals, inf, NaN kept).
float halfToFloat(uint16_t h);

} // namespace likeness::graph
