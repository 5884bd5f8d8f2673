#include "graph/graph_plan.h"

#include <ATen/ATen.h>
#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "common/error.h"

namespace likeness::graph {
namespace {

// Context for messages: every failure names the file, the node and its op.
struct Where {
    const std::string& file;
    const NodeDef& node;
    [[noreturn]] void fail(const std::string& what) const {
        throw AssetError("Model file " + file + ": node '" + node.name + "' (op " + node.op + "): " + what);
    }
};

const AttrValue* attr(const NodeDef& n, const std::string& key) {
    const auto it = n.attrs.find(key);
    return it == n.attrs.end() ? nullptr : &it->second;
}

std::string stringAttr(const Where& w, const std::string& key, const std::string& fallback) {
    const AttrValue* a = attr(w.node, key);
    return a ? a->s : fallback;
}

std::vector<int64_t> intListAttr(const Where& w, const std::string& key, size_t size, int64_t fallback) {
    const AttrValue* a = attr(w.node, key);
    if (!a || a->ints.empty()) return std::vector<int64_t>(size, fallback);
    if (a->ints.size() != size) w.fail("attribute '" + key + "' must have " + std::to_string(size) + " values");
    return a->ints;
}

// Checks NHWC, strides/ksize that do not touch batch/channels, no dilation, SAME/VALID.
void readWindowAttrs(const Where& w, Step& s, bool isPool) {
    if (stringAttr(w, "data_format", "NHWC") != "NHWC")
        w.fail("data_format '" + stringAttr(w, "data_format", "") + "' is not supported (only NHWC)");
    const auto strides = intListAttr(w, "strides", 4, 1);
    if (strides[0] != 1 || strides[3] != 1) w.fail("strides over batch or channels are not supported");
    if (strides[1] < 1 || strides[2] < 1 || strides[1] > 64 || strides[2] > 64) w.fail("invalid strides");
    s.strideH = strides[1];
    s.strideW = strides[2];
    if (!isPool) {
        const auto dil = intListAttr(w, "dilations", 4, 1);
        if (std::any_of(dil.begin(), dil.end(), [](int64_t d) { return d != 1; }))
            w.fail("dilated convolution is not supported");
    } else {
        const auto k = intListAttr(w, "ksize", 4, 1);
        if (k[0] != 1 || k[3] != 1 || k[1] < 1 || k[2] < 1 || k[1] > 64 || k[2] > 64) w.fail("invalid ksize");
        s.kh = k[1];
        s.kw = k[2];
    }
    const std::string padding = stringAttr(w, "padding", "VALID");
    if (padding != "SAME" && padding != "VALID") w.fail("padding '" + padding + "' is not supported (SAME or VALID)");
    s.samePadding = padding == "SAME";
}

at::Tensor padColumns(const at::Tensor& t2d) {   // [rows, k] -> [rows, alignColumns(k)], zero filled
    const int64_t k = t2d.size(1);
    at::Tensor out = at::zeros({t2d.size(0), kernels::alignColumns(k)}, at::kFloat);
    out.narrow(1, 0, k).copy_(t2d);
    return out;
}

void prepareConvWeights(Step& s) {
    s.fastWeights = padColumns(s.weightHwio.reshape({-1, s.outChannels}).contiguous());
    s.fastBias = padColumns(s.bias.reshape({1, -1})).reshape({-1});
    if (s.alpha.defined()) s.fastAlpha = padColumns(s.alpha.reshape({1, -1})).reshape({-1});
}

at::Tensor constVector(const Where& w, const at::Tensor& t, int64_t size, const std::string& what) {
    if (t.numel() != size)
        w.fail(what + " has " + std::to_string(t.numel()) + " values, expected " + std::to_string(size));
    return t.to(at::kFloat).reshape({size}).contiguous();
}

} // namespace

Window tfWindow(int64_t in, int64_t k, int64_t stride, bool same) {
    // TensorFlow's rule: SAME pads so that out = ceil(in / stride), extra padding at the end.
    Window w{};
    if (same) {
        w.out = (in + stride - 1) / stride;
        w.padTotal = std::max<int64_t>((w.out - 1) * stride + k - in, 0);
        w.padBefore = w.padTotal / 2;
    } else {
        w.out = in >= k ? (in - k) / stride + 1 : 0;
    }
    return w;
}

GraphPlan buildPlan(const ModelFile& model) {
    const std::string& file = model.path;
    std::map<std::string, const NodeDef*> byName;
    for (const NodeDef& n : model.nodes) {
        if (!byName.emplace(n.name, &n).second)
            throw AssetError("Model file " + file + ": node name '" + n.name + "' appears twice.");
    }
    std::map<std::string, int> consumers;
    for (const NodeDef& n : model.nodes)
        for (const std::string& in : n.inputs) {
            if (!byName.count(in))
                throw AssetError("Model file " + file + ": node '" + n.name + "' (op " + n.op + ") reads '" + in +
                                 "', which is not in the graph.");
            ++consumers[in];
        }

    // Topological order by depth-first search from every node; detects cycles.
    std::vector<const NodeDef*> order;
    std::map<std::string, int> state;  // 1 = visiting, 2 = done
    std::function<void(const NodeDef&)> visit = [&](const NodeDef& n) {
        int& st = state[n.name];
        if (st == 2) return;
        if (st == 1) throw AssetError("Model file " + file + ": the graph has a cycle through node '" + n.name + "'.");
        st = 1;
        for (const std::string& in : n.inputs) visit(*byName.at(in));
        st = 2;
        order.push_back(&n);
    };
    for (const NodeDef& n : model.nodes) visit(n);

    GraphPlan plan;
    std::map<std::string, int> valueOf;         // data values
    std::map<std::string, at::Tensor> constants; // Const nodes
    auto dataInput = [&](const Where& w, size_t i) {
        if (i >= w.node.inputs.size()) w.fail("missing input " + std::to_string(i));
        const auto it = valueOf.find(w.node.inputs[i]);
        if (it == valueOf.end()) w.fail("input '" + w.node.inputs[i] + "' must be a computed tensor, not a constant");
        return it->second;
    };
    auto constInput = [&](const Where& w, size_t i) -> const at::Tensor& {
        if (i >= w.node.inputs.size()) w.fail("missing input " + std::to_string(i));
        const auto it = constants.find(w.node.inputs[i]);
        if (it == constants.end()) w.fail("input '" + w.node.inputs[i] + "' must be a constant");
        return it->second;
    };
    auto expectInputs = [](const Where& w, size_t count) {
        if (w.node.inputs.size() != count)
            w.fail("has " + std::to_string(w.node.inputs.size()) + " inputs, expected " + std::to_string(count));
    };

    for (const NodeDef* np : order) {
        const NodeDef& n = *np;
        const Where w{file, n};
        if (n.op == "Const") {
            const auto it = model.weights.find(n.name);
            if (it == model.weights.end()) w.fail("no weights for this constant in the manifest");
            constants[n.name] = it->second;
            continue;
        }
        if (n.op == "Placeholder") {
            if (plan.inputValue >= 0) w.fail("the graph has more than one input; only one is supported");
            plan.inputValue = plan.valueCount;
            valueOf[n.name] = plan.valueCount++;
            plan.inputShape = model.inputShape;
            if (plan.inputShape.size() != 4) w.fail("the input must be a 4-D NHWC tensor with a declared shape");
            for (size_t d = 1; d < 4; ++d)
                if (plan.inputShape[d] < 1 || plan.inputShape[d] > 4096) w.fail("invalid input dimension");
            continue;
        }
        Step s;
        s.node = n.name;
        s.op = n.op;
        if (n.op == "_FusedConv2D" || n.op == "Conv2D") {
            readWindowAttrs(w, s, false);
            s.kind = OpKind::Conv;
            s.inputs = {dataInput(w, 0)};
            const at::Tensor& filter = constInput(w, 1);
            if (filter.dim() != 4) w.fail("filter must be 4-D [kh,kw,cin,cout]");
            s.kh = filter.size(0); s.kw = filter.size(1); s.inChannels = filter.size(2); s.outChannels = filter.size(3);
            if (s.kh < 1 || s.kw < 1 || s.kh > 64 || s.kw > 64 || s.inChannels < 1 || s.outChannels < 1)
                w.fail("invalid filter shape");
            s.weightHwio = filter.to(at::kFloat).contiguous();
            s.bias = at::zeros({s.outChannels}, at::kFloat);
            std::vector<std::string> fused;
            if (const AttrValue* f = attr(n, "fused_ops")) fused = f->strings;
            size_t expected = 2;
            if (n.op == "_FusedConv2D") {
                if (fused.empty() || fused[0] != "BiasAdd")
                    w.fail("fused ops must start with BiasAdd");
                s.bias = constVector(w, constInput(w, 2), s.outChannels, "bias");
                expected = 3;
                if (fused.size() == 2) {
                    if (fused[1] == "Relu") s.act = kernels::Activation::Relu;
                    else if (fused[1] == "Prelu") {
                        s.act = kernels::Activation::Prelu;
                        s.alpha = constVector(w, constInput(w, 3), s.outChannels, "PReLU alpha");
                        expected = 4;
                    } else w.fail("fused activation '" + fused[1] + "' is not supported");
                } else if (fused.size() > 2) {
                    w.fail("more than one fused activation is not supported");
                }
            }
            expectInputs(w, expected);
            prepareConvWeights(s);
        } else if (n.op == "DepthwiseConv2dNative") {
            readWindowAttrs(w, s, false);
            expectInputs(w, 2);
            s.kind = OpKind::Depthwise;
            s.inputs = {dataInput(w, 0)};
            const at::Tensor& filter = constInput(w, 1);
            if (filter.dim() != 4 || filter.size(3) != 1)
                w.fail("filter must be [kh,kw,c,1] (channel multiplier 1)");
            s.kh = filter.size(0); s.kw = filter.size(1); s.inChannels = s.outChannels = filter.size(2);
            if (s.kh < 1 || s.kw < 1 || s.kh > 64 || s.kw > 64 || s.inChannels < 1) w.fail("invalid filter shape");
            s.weightHwio = filter.to(at::kFloat).contiguous();
        } else if (n.op == "MaxPool") {
            readWindowAttrs(w, s, true);
            expectInputs(w, 1);
            s.kind = OpKind::MaxPool;
            s.inputs = {dataInput(w, 0)};
        } else if (n.op == "AddV2" || n.op == "Add") {
            expectInputs(w, 2);
            s.kind = OpKind::Add;
            for (size_t i = 0; i < 2; ++i) {
                if (valueOf.count(n.inputs[i])) s.inputs.push_back(valueOf[n.inputs[i]]);
                else s.constOperand = constInput(w, i).to(at::kFloat).contiguous();
            }
            if (s.inputs.empty()) w.fail("adding two constants is not supported");
        } else if (n.op == "Relu" || n.op == "Sigmoid" || n.op == "Identity") {
            expectInputs(w, 1);
            s.kind = n.op == "Relu" ? OpKind::Relu : n.op == "Sigmoid" ? OpKind::Sigmoid : OpKind::Identity;
            s.inputs = {dataInput(w, 0)};
        } else if (n.op == "Prelu") {
            expectInputs(w, 2);
            s.kind = OpKind::Prelu;
            s.inputs = {dataInput(w, 0)};
            s.constOperand = constInput(w, 1).to(at::kFloat).contiguous();
        } else if (n.op == "Pad") {
            expectInputs(w, 2);
            s.kind = OpKind::Pad;
            s.inputs = {dataInput(w, 0)};
            const at::Tensor pads = constInput(w, 1).to(at::kLong).contiguous();
            if (pads.numel() != 8) w.fail("paddings must be [4,2]");
            for (int i = 0; i < 8; ++i) {
                s.pads[i] = pads.data_ptr<int64_t>()[i];
                if (s.pads[i] < 0 || s.pads[i] > 4096) w.fail("invalid padding amount");
            }
        } else if (n.op == "Reshape") {
            expectInputs(w, 2);
            s.kind = OpKind::Reshape;
            s.inputs = {dataInput(w, 0)};
            const at::Tensor shape = constInput(w, 1).to(at::kLong).contiguous();
            if (shape.dim() != 1 || shape.numel() < 1 || shape.numel() > 8) w.fail("invalid target shape");
            s.shape.assign(shape.data_ptr<int64_t>(), shape.data_ptr<int64_t>() + shape.numel());
            if (std::count(s.shape.begin(), s.shape.end(), -1) > 1) w.fail("target shape has more than one -1");
        } else if (n.op == "ConcatV2") {
            if (n.inputs.size() < 3) w.fail("needs at least two tensors and an axis");
            s.kind = OpKind::Concat;
            for (size_t i = 0; i + 1 < n.inputs.size(); ++i) s.inputs.push_back(dataInput(w, i));
            const at::Tensor axis = constInput(w, n.inputs.size() - 1);
            if (axis.numel() != 1) w.fail("axis must be a scalar");
            s.axis = axis.to(at::kLong).item<int64_t>();
        } else {
            w.fail("unsupported op '" + n.op + "' (supported: _FusedConv2D, Conv2D, DepthwiseConv2dNative, "
                   "MaxPool, AddV2, Relu, Prelu, Sigmoid, Pad, Reshape, ConcatV2, Identity, Const, Placeholder)");
        }
        s.output = plan.valueCount++;
        valueOf[n.name] = s.output;
        plan.steps.push_back(std::move(s));
    }
    if (plan.inputValue < 0) throw AssetError("Model file " + file + ": the graph has no input (Placeholder).");

    // Outputs: computed nodes nobody consumes, sorted by name ("Identity", "Identity_1", ...).
    for (const auto& [name, value] : valueOf)
        if (!consumers.count(name) && value != plan.inputValue) {
            plan.outputNames.push_back(name);
            plan.outputValues.push_back(value);
        }
    if (plan.outputValues.empty()) throw AssetError("Model file " + file + ": the graph has no outputs.");

    // Fast path: fold "conv -> add(residual) -> relu/prelu" into the conv's epilogue,
    // looking through a channel-only zero Pad on the residual (BlazeBlock channel padding).
    plan.fastSteps = plan.steps;
    std::vector<Step>& fs = plan.fastSteps;
    std::vector<int> producer(plan.valueCount, -1), uses(plan.valueCount, 0);
    for (size_t i = 0; i < fs.size(); ++i) {
        producer[fs[i].output] = static_cast<int>(i);
        for (int v : fs[i].inputs) ++uses[v];
    }
    for (int v : plan.outputValues) ++uses[v];
    std::vector<bool> dead(fs.size(), false);
    auto singleConsumer = [&](int value) -> int {
        if (uses[value] != 1) return -1;
        for (size_t j = 0; j < fs.size(); ++j)
            if (!dead[j] && std::count(fs[j].inputs.begin(), fs[j].inputs.end(), value)) return static_cast<int>(j);
        return -1;
    };
    for (size_t i = 0; i < fs.size(); ++i) {
        Step& conv = fs[i];
        if (conv.kind != OpKind::Conv || conv.act != kernels::Activation::None) continue;
        const int addIdx = singleConsumer(conv.output);
        if (addIdx < 0 || fs[addIdx].kind != OpKind::Add || fs[addIdx].inputs.size() != 2) continue;
        Step& add = fs[addIdx];
        int other = add.inputs[0] == conv.output ? add.inputs[1] : add.inputs[0];
        if (other == conv.output || producer[other] > static_cast<int>(i)) continue;  // must exist before the conv
        int64_t residualChannels = conv.outChannels;
        const int padIdx = other >= 0 ? producer[other] : -1;
        bool skipPad = false;
        if (padIdx >= 0 && fs[padIdx].kind == OpKind::Pad && uses[other] == 1) {
            const auto& p = fs[padIdx].pads;
            if (p[0] == 0 && p[1] == 0 && p[2] == 0 && p[3] == 0 && p[4] == 0 && p[5] == 0 && p[6] == 0) {
                residualChannels = conv.outChannels - p[7];
                skipPad = residualChannels > 0;
            }
        }
        int outIdx = addIdx;
        const int actIdx = singleConsumer(add.output);
        kernels::Activation act = kernels::Activation::None;
        at::Tensor alpha;
        if (actIdx >= 0 && fs[actIdx].kind == OpKind::Relu) { act = kernels::Activation::Relu; outIdx = actIdx; }
        else if (actIdx >= 0 && fs[actIdx].kind == OpKind::Prelu && fs[actIdx].constOperand.numel() == conv.outChannels) {
            act = kernels::Activation::Prelu;
            alpha = fs[actIdx].constOperand.reshape({conv.outChannels});
            outIdx = actIdx;
        }
        if (skipPad) { other = fs[padIdx].inputs[0]; dead[padIdx] = true; }
        conv.residual = other;
        conv.residualChannels = residualChannels;
        conv.act = act;
        if (alpha.defined()) { conv.alpha = alpha; prepareConvWeights(conv); }
        conv.output = fs[outIdx].output;
        producer[conv.output] = static_cast<int>(i);
        dead[addIdx] = true;
        if (outIdx != addIdx) dead[outIdx] = true;
    }
    std::vector<Step> kept;
    for (size_t i = 0; i < fs.size(); ++i)
        if (!dead[i]) kept.push_back(std::move(fs[i]));
    fs = std::move(kept);
    return plan;
}

} // namespace likeness::graph
