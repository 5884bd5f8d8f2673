#pragma once
// The executable form of a TF.js graph: validated steps in topological order,
// with weights prepared for both execution paths. Internal to core/graph.
#include <array>
#include <string>
#include <vector>

#include <ATen/core/Tensor.h>

#include "graph/cpu_kernels.h"
#include "graph/tfjs_model_file.h"

namespace likeness::graph {

enum class OpKind { Conv, Depthwise, Add, Relu, Prelu, Sigmoid, MaxPool, Pad, Reshape, Concat, Identity };

struct Step {
    OpKind kind = OpKind::Identity;
    std::string node;                  // node name, for messages
    std::string op;                    // TF op name, for messages
    std::vector<int> inputs;           // data value indices (constants folded into the step)
    int output = -1;

    // Conv / Depthwise / MaxPool
    int64_t kh = 1, kw = 1, strideH = 1, strideW = 1;
    bool samePadding = false;
    kernels::Activation act = kernels::Activation::None;
    int64_t inChannels = 0, outChannels = 0;
    at::Tensor weightHwio;             // TF layout [kh,kw,cin,cout] (dw: [kh,kw,c,1])
    at::Tensor bias, alpha;            // [cout] or undefined
    at::Tensor fastWeights, fastBias, fastAlpha;   // column-padded for kernels::conv2d
    int residual = -1;                 // fused residual value (fast path only)
    int64_t residualChannels = 0;

    // Prelu (separate op) / Add with a constant operand
    at::Tensor constOperand;

    // Pad: [before, after] per NHWC dim;  Reshape: target shape;  Concat: axis
    std::array<int64_t, 8> pads{};
    std::vector<int64_t> shape;
    int64_t axis = 0;
};

struct GraphPlan {
    std::vector<Step> steps;           // unfused, LibTorch-operator path
    std::vector<Step> fastSteps;       // fused, own-kernel CPU path
    int valueCount = 0;
    int inputValue = -1;
    std::vector<int> outputValues;     // in outputNames order
    std::vector<std::string> outputNames;
    std::vector<int64_t> inputShape;
};

/// Builds and validates the plan; throws AssetError naming the node and op.
GraphPlan buildPlan(const ModelFile& model);

/// Output spatial size and leading padding of a TF convolution/pool.
struct Window { int64_t out, padBefore, padTotal; };
Window tfWindow(int64_t in, int64_t k, int64_t stride, bool same);

} // namespace likeness::graph
