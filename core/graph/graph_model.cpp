#include "graph/graph_model.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>

#include "common/error.h"
#include "common/log.h"
#include "graph/graph_plan.h"

namespace likeness::graph {

void GraphModelOptions::validate() const {
    if (device != "cpu" && device != "cuda")
        throw OptionsError("Unknown device '" + device + "': use cpu or cuda.");
}

namespace {

constexpr int64_t kMaxBatch = 256;

[[noreturn]] void runFail(const Step& s, const std::string& what) {
    throw AssetError("Node '" + s.node + "' (op " + s.op + "): " + what);
}

// Shapes of every value for one input shape (fast path), and the buffer each uses.
struct MemoryPlan {
    std::vector<std::vector<int64_t>> shapes;
    std::vector<int> buffer;            // value -> buffer index
    std::vector<int64_t> bufferSizes;   // in floats
    std::vector<at::Tensor> buffers;
};

int64_t numel(const std::vector<int64_t>& s) {
    int64_t n = 1;
    for (int64_t d : s) n *= d;
    return n;
}

std::vector<int64_t> reshapeTarget(const Step& s, const std::vector<int64_t>& in) {
    std::vector<int64_t> out = s.shape;
    const int64_t total = numel(in);
    int64_t known = 1, freeAt = -1;
    for (size_t i = 0; i < out.size(); ++i) {
        if (out[i] == -1) freeAt = static_cast<int64_t>(i);
        else if (out[i] < 0) runFail(s, "invalid target shape");
        else known *= out[i];
    }
    // TF.js exports a fixed batch of 1 in some reshapes; a larger batch keeps its size.
    if (freeAt < 0 && known != total && !out.empty() && out[0] == 1 && known * in[0] == total) out[0] = in[0];
    else if (freeAt >= 0) {
        if (known == 0 || total % known) runFail(s, "cannot reshape " + std::to_string(total) + " elements");
        out[freeAt] = total / known;
    }
    if (numel(out) != total) runFail(s, "cannot reshape " + std::to_string(total) + " elements to the target shape");
    return out;
}

// Output shape of a step given its input shapes (both paths use this for validation).
std::vector<int64_t> inferShape(const Step& s, const std::vector<std::vector<int64_t>>& in) {
    auto need4d = [&](const std::vector<int64_t>& t) { if (t.size() != 4) runFail(s, "expects a 4-D NHWC input"); };
    switch (s.kind) {
    case OpKind::Conv:
    case OpKind::Depthwise:
    case OpKind::MaxPool: {
        need4d(in[0]);
        if (s.kind != OpKind::MaxPool && in[0][3] != s.inChannels)
            runFail(s, "input has " + std::to_string(in[0][3]) + " channels, the filter expects " + std::to_string(s.inChannels));
        const Window wy = tfWindow(in[0][1], s.kh, s.strideH, s.samePadding);
        const Window wx = tfWindow(in[0][2], s.kw, s.strideW, s.samePadding);
        if (wy.out < 1 || wx.out < 1) runFail(s, "the input is smaller than the window");
        return {in[0][0], wy.out, wx.out, s.kind == OpKind::MaxPool ? in[0][3] : s.outChannels};
    }
    case OpKind::Add:
        if (in.size() == 2 && in[0] != in[1]) runFail(s, "operands have different shapes");
        if (s.constOperand.defined() && s.constOperand.numel() != 1 && s.constOperand.numel() != in[0].back())
            runFail(s, "constant operand does not broadcast over the last dimension");
        return in[0];
    case OpKind::Prelu:
        if (s.constOperand.numel() != 1 && s.constOperand.numel() != in[0].back())
            runFail(s, "alpha does not match the channel count");
        return in[0];
    case OpKind::Relu:
    case OpKind::Sigmoid:
    case OpKind::Identity:
        return in[0];
    case OpKind::Pad: {
        need4d(in[0]);
        std::vector<int64_t> out = in[0];
        for (int d = 0; d < 4; ++d) out[d] += s.pads[2 * d] + s.pads[2 * d + 1];
        return out;
    }
    case OpKind::Reshape:
        return reshapeTarget(s, in[0]);
    case OpKind::Concat: {
        const int64_t rank = static_cast<int64_t>(in[0].size());
        const int64_t axis = s.axis < 0 ? s.axis + rank : s.axis;
        if (axis < 0 || axis >= rank) runFail(s, "axis out of range");
        std::vector<int64_t> out = in[0];
        for (size_t i = 1; i < in.size(); ++i) {
            if (in[i].size() != in[0].size()) runFail(s, "operands have different ranks");
            for (int64_t d = 0; d < rank; ++d)
                if (d != axis && in[i][d] != in[0][d]) runFail(s, "operands differ outside the concat axis");
            out[axis] += in[i][axis];
        }
        return out;
    }
    }
    runFail(s, "unknown step");
}

std::string shapeString(const std::vector<int64_t>& s) {
    std::string out;
    for (int64_t d : s) out += (out.empty() ? "" : "x") + std::to_string(d);
    return out;
}

bool isAlias(OpKind k) { return k == OpKind::Reshape || k == OpKind::Identity; }

} // namespace

class GraphModelImpl {
public:
    std::string name;
    GraphPlan plan;
    at::Device device = at::kCPU;
    bool referenceOps = false;
    std::mutex mutex;                                   // run() reuses cached buffers
    std::map<std::vector<int64_t>, MemoryPlan> memoryPlans;

    std::vector<at::Tensor> runFast(const at::Tensor& input);
    std::vector<at::Tensor> runTorch(const at::Tensor& input);
    MemoryPlan& memoryPlanFor(const std::vector<int64_t>& inputShape);
};

MemoryPlan& GraphModelImpl::memoryPlanFor(const std::vector<int64_t>& inputShape) {
    auto it = memoryPlans.find(inputShape);
    if (it != memoryPlans.end()) return it->second;
    const auto& steps = plan.fastSteps;
    MemoryPlan mp;
    mp.shapes.assign(plan.valueCount, {});
    mp.shapes[plan.inputValue] = inputShape;
    // Buffers are reused once every reader of a value (through aliases) has run.
    std::vector<int> root(plan.valueCount, -1), lastUse(plan.valueCount, -1);
    root[plan.inputValue] = plan.inputValue;
    for (size_t i = 0; i < steps.size(); ++i) {
        const Step& s = steps[i];
        std::vector<std::vector<int64_t>> in;
        for (int v : s.inputs) in.push_back(mp.shapes[v]);
        mp.shapes[s.output] = inferShape(s, in);
        if (s.residual >= 0) {
            const auto& r = mp.shapes[s.residual];
            const auto& o = mp.shapes[s.output];
            if (r.size() != 4 || r[0] != o[0] || r[1] != o[1] || r[2] != o[2] || r[3] != s.residualChannels)
                runFail(s, "residual operand has the wrong shape");
        }
        root[s.output] = isAlias(s.kind) ? root[s.inputs[0]] : s.output;
        for (int v : s.inputs) lastUse[root[v]] = static_cast<int>(i);
        if (s.residual >= 0) lastUse[root[s.residual]] = static_cast<int>(i);
    }
    for (int v : plan.outputValues) lastUse[root[v]] = static_cast<int>(steps.size());
    mp.buffer.assign(plan.valueCount, -1);
    std::vector<int> freeList;
    auto allocate = [&](int value) {
        const int64_t need = numel(mp.shapes[value]);
        int best = -1;
        for (size_t k = 0; k < freeList.size(); ++k) {
            const int b = freeList[k];
            if (mp.bufferSizes[b] >= need && (best < 0 || mp.bufferSizes[b] < mp.bufferSizes[freeList[best]]))
                best = static_cast<int>(k);
        }
        if (best >= 0) {
            mp.buffer[value] = freeList[best];
            freeList.erase(freeList.begin() + best);
        } else {
            mp.buffer[value] = static_cast<int>(mp.bufferSizes.size());
            mp.bufferSizes.push_back(need);
        }
    };
    allocate(plan.inputValue);
    for (size_t i = 0; i < steps.size(); ++i) {
        const Step& s = steps[i];
        if (isAlias(s.kind)) mp.buffer[s.output] = mp.buffer[s.inputs[0]];
        else allocate(s.output);
        // Release values whose last reader was this step (never the output being written).
        std::vector<int> readers = s.inputs;
        if (s.residual >= 0) readers.push_back(s.residual);
        for (int v : readers) {
            const int r = root[v];
            if (lastUse[r] == static_cast<int>(i) && r != root[s.output] &&
                std::find(freeList.begin(), freeList.end(), mp.buffer[r]) == freeList.end()) {
                freeList.push_back(mp.buffer[r]);
                lastUse[r] = -2;
            }
        }
    }
    for (int64_t size : mp.bufferSizes) mp.buffers.push_back(at::empty({std::max<int64_t>(size, 1)}, at::kFloat));
    return memoryPlans.emplace(inputShape, std::move(mp)).first->second;
}

std::vector<at::Tensor> GraphModelImpl::runFast(const at::Tensor& input) {
    MemoryPlan& mp = memoryPlanFor(input.sizes().vec());
    auto ptr = [&](int v) { return mp.buffers[mp.buffer[v]].data_ptr<float>(); };
    std::memcpy(ptr(plan.inputValue), input.data_ptr<float>(), sizeof(float) * input.numel());

    static const bool profile = std::getenv("LIKENESS_PROFILE_GRAPH") != nullptr;   // developer aid
    for (const Step& s : plan.fastSteps) {
        const auto t0 = profile ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point();
        const auto& is = mp.shapes[s.inputs[0]];
        const auto& os = mp.shapes[s.output];
        const float* in = ptr(s.inputs[0]);
        float* out = ptr(s.output);
        const int64_t n = numel(os);
        switch (s.kind) {
        case OpKind::Conv: {
            kernels::ConvParams p;
            p.n = is[0]; p.h = is[1]; p.w = is[2]; p.c = is[3];
            p.kh = s.kh; p.kw = s.kw; p.strideH = s.strideH; p.strideW = s.strideW;
            p.padTop = tfWindow(p.h, s.kh, s.strideH, s.samePadding).padBefore;
            p.padLeft = tfWindow(p.w, s.kw, s.strideW, s.samePadding).padBefore;
            p.oh = os[1]; p.ow = os[2]; p.k = os[3];
            p.weights = s.fastWeights.data_ptr<float>();
            p.bias = s.fastBias.data_ptr<float>();
            p.alpha = s.fastAlpha.defined() ? s.fastAlpha.data_ptr<float>() : nullptr;
            p.residual = s.residual >= 0 ? ptr(s.residual) : nullptr;
            p.residualC = s.residualChannels;
            p.act = s.act;
            kernels::conv2d(p, in, out);
            break;
        }
        case OpKind::Depthwise: {
            kernels::DepthwiseParams p;
            p.n = is[0]; p.h = is[1]; p.w = is[2]; p.c = is[3];
            p.kh = s.kh; p.kw = s.kw; p.strideH = s.strideH; p.strideW = s.strideW;
            p.padTop = tfWindow(p.h, s.kh, s.strideH, s.samePadding).padBefore;
            p.padLeft = tfWindow(p.w, s.kw, s.strideW, s.samePadding).padBefore;
            p.oh = os[1]; p.ow = os[2];
            p.weights = s.weightHwio.data_ptr<float>();
            kernels::depthwiseConv2d(p, in, out);
            break;
        }
        case OpKind::MaxPool: {
            const int64_t c = is[3];
            const int64_t padTop = tfWindow(is[1], s.kh, s.strideH, s.samePadding).padBefore;
            const int64_t padLeft = tfWindow(is[2], s.kw, s.strideW, s.samePadding).padBefore;
            for (int64_t b = 0; b < os[0]; ++b)
                for (int64_t oy = 0; oy < os[1]; ++oy)
                    for (int64_t ox = 0; ox < os[2]; ++ox) {
                        float* o = out + ((b * os[1] + oy) * os[2] + ox) * c;
                        std::fill(o, o + c, -INFINITY);   // SAME padding never wins the max
                        for (int64_t ky = 0; ky < s.kh; ++ky) {
                            const int64_t iy = oy * s.strideH - padTop + ky;
                            if (iy < 0 || iy >= is[1]) continue;
                            for (int64_t kx = 0; kx < s.kw; ++kx) {
                                const int64_t ix = ox * s.strideW - padLeft + kx;
                                if (ix < 0 || ix >= is[2]) continue;
                                const float* x = in + ((b * is[1] + iy) * is[2] + ix) * c;
                                for (int64_t ch = 0; ch < c; ++ch) o[ch] = std::max(o[ch], x[ch]);
                            }
                        }
                    }
            break;
        }
        case OpKind::Add:
            if (s.inputs.size() == 2) {
                const float* b = ptr(s.inputs[1]);
                for (int64_t i = 0; i < n; ++i) out[i] = in[i] + b[i];
            } else {
                const float* b = s.constOperand.data_ptr<float>();
                const int64_t m = s.constOperand.numel();
                for (int64_t i = 0; i < n; ++i) out[i] = in[i] + b[i % m];
            }
            break;
        case OpKind::Relu:
            for (int64_t i = 0; i < n; ++i) out[i] = in[i] > 0.f ? in[i] : 0.f;
            break;
        case OpKind::Prelu: {
            const float* a = s.constOperand.data_ptr<float>();
            const int64_t m = s.constOperand.numel();
            for (int64_t i = 0; i < n; ++i) out[i] = in[i] > 0.f ? in[i] : in[i] * a[i % m];
            break;
        }
        case OpKind::Sigmoid:
            for (int64_t i = 0; i < n; ++i) out[i] = 1.f / (1.f + std::exp(-in[i]));
            break;
        case OpKind::Pad: {
            std::fill(out, out + n, 0.f);
            const int64_t c = is[3];
            for (int64_t b = 0; b < is[0]; ++b)
                for (int64_t y = 0; y < is[1]; ++y)
                    for (int64_t x = 0; x < is[2]; ++x)
                        std::memcpy(out + (((b + s.pads[0]) * os[1] + y + s.pads[2]) * os[2] + x + s.pads[4]) * os[3] + s.pads[6],
                                    in + ((b * is[1] + y) * is[2] + x) * c, sizeof(float) * c);
            break;
        }
        case OpKind::Concat: {
            const int64_t rank = static_cast<int64_t>(os.size());
            const int64_t axis = s.axis < 0 ? s.axis + rank : s.axis;
            int64_t outer = 1, inner = 1;
            for (int64_t d = 0; d < axis; ++d) outer *= os[d];
            for (int64_t d = axis + 1; d < rank; ++d) inner *= os[d];
            int64_t offset = 0;
            for (int v : s.inputs) {
                const int64_t len = mp.shapes[v][axis] * inner;
                const float* src = ptr(v);
                for (int64_t o = 0; o < outer; ++o)
                    std::memcpy(out + o * os[axis] * inner + offset, src + o * len, sizeof(float) * len);
                offset += len;
            }
            break;
        }
        case OpKind::Reshape:
        case OpKind::Identity:
            break;   // aliases: same buffer, new shape
        }
        if (profile) {
            const double us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count();
            std::fprintf(stderr, "[graph] %s %-22s %-28s in %s -> out %s %8.1f us\n", name.c_str(), s.op.c_str(),
                         s.node.substr(s.node.rfind('/') + 1).c_str(), shapeString(is).c_str(), shapeString(os).c_str(), us);
        }
    }
    std::vector<at::Tensor> outputs;
    for (int v : plan.outputValues)
        outputs.push_back(at::from_blob(ptr(v), mp.shapes[v], at::kFloat).clone());
    return outputs;
}

std::vector<at::Tensor> GraphModelImpl::runTorch(const at::Tensor& input) {
    std::vector<at::Tensor> values(plan.valueCount);
    values[plan.inputValue] = input.to(device);
    auto toNchw = [](const at::Tensor& t) { return t.permute({0, 3, 1, 2}); };
    auto toNhwc = [](const at::Tensor& t) { return t.permute({0, 2, 3, 1}).contiguous(); };
    auto dev = [&](const at::Tensor& t) { return t.to(device); };
    for (const Step& s : plan.steps) {
        std::vector<std::vector<int64_t>> in;
        for (int v : s.inputs) in.push_back(values[v].sizes().vec());
        inferShape(s, in);   // same validation as the fast path
        const at::Tensor& x = values[s.inputs[0]];
        at::Tensor y;
        switch (s.kind) {
        case OpKind::Conv:
        case OpKind::Depthwise:
        case OpKind::MaxPool: {
            const Window wy = tfWindow(x.size(1), s.kh, s.strideH, s.samePadding);
            const Window wx = tfWindow(x.size(2), s.kw, s.strideW, s.samePadding);
            const double fill = s.kind == OpKind::MaxPool ? -INFINITY : 0.0;
            at::Tensor xp = at::constant_pad_nd(toNchw(x), {wx.padBefore, wx.padTotal - wx.padBefore,
                                                           wy.padBefore, wy.padTotal - wy.padBefore}, fill);
            if (s.kind == OpKind::MaxPool) {
                y = at::max_pool2d(xp, {s.kh, s.kw}, {s.strideH, s.strideW});
            } else if (s.kind == OpKind::Depthwise) {
                at::Tensor w = dev(s.weightHwio.permute({2, 3, 0, 1}).contiguous());   // [c,1,kh,kw]
                y = at::conv2d(xp, w, at::Tensor(), at::IntArrayRef{s.strideH, s.strideW}, at::IntArrayRef{0, 0},
                               at::IntArrayRef{1, 1}, s.inChannels);
            } else {
                at::Tensor w = dev(s.weightHwio.permute({3, 2, 0, 1}).contiguous());   // OIHW
                y = at::conv2d(xp, w, dev(s.bias), at::IntArrayRef{s.strideH, s.strideW});
                if (s.act == kernels::Activation::Relu) y = at::relu(y);
                else if (s.act == kernels::Activation::Prelu) y = at::prelu(y, dev(s.alpha));
            }
            y = toNhwc(y);
            break;
        }
        case OpKind::Add:
            y = s.inputs.size() == 2 ? x + values[s.inputs[1]] : x + dev(s.constOperand.reshape({-1}));
            break;
        case OpKind::Relu: y = at::relu(x); break;
        case OpKind::Sigmoid: y = at::sigmoid(x); break;
        case OpKind::Identity: y = x; break;
        case OpKind::Prelu: {
            const at::Tensor a = dev(s.constOperand.reshape({-1}));
            y = at::where(x > 0, x, x * a);
            break;
        }
        case OpKind::Pad:
            y = at::constant_pad_nd(x, {s.pads[6], s.pads[7], s.pads[4], s.pads[5], s.pads[2], s.pads[3], s.pads[0], s.pads[1]}, 0.0);
            break;
        case OpKind::Reshape: y = x.reshape(reshapeTarget(s, x.sizes().vec())); break;
        case OpKind::Concat: {
            std::vector<at::Tensor> parts;
            for (int v : s.inputs) parts.push_back(values[v]);
            y = at::cat(parts, s.axis);
            break;
        }
        }
        values[s.output] = y;
    }
    std::vector<at::Tensor> outputs;
    for (int v : plan.outputValues) outputs.push_back(values[v].to(at::kCPU).contiguous());
    return outputs;
}

GraphModel::GraphModel(std::unique_ptr<GraphModelImpl> impl) : m_impl(std::move(impl)) {}
GraphModel::~GraphModel() = default;

std::shared_ptr<GraphModel> GraphModel::load(const std::string& modelJsonPath, const GraphModelOptions& options) {
    options.validate();
    auto impl = std::make_unique<GraphModelImpl>();
    impl->name = std::filesystem::path(modelJsonPath).stem().string();
    impl->plan = buildPlan(readModelFile(modelJsonPath));
    impl->referenceOps = options.referenceOps;
    if (options.device == "cuda") {
        if (at::hasCUDA()) {
            impl->device = at::Device(at::kCUDA);
            impl->referenceOps = true;   // LibTorch operators (cuDNN) on the GPU
        } else {
            logWarning("No CUDA device available (or LibTorch was built without CUDA): running " + impl->name +
                       " on the CPU.");
        }
    }
    return std::shared_ptr<GraphModel>(new GraphModel(std::move(impl)));
}

std::vector<at::Tensor> GraphModel::run(const at::Tensor& input) const {
    const auto& declared = m_impl->plan.inputShape;
    if (input.dim() != 4) throw OptionsError(m_impl->name + ": input must be 4-D NHWC");
    if (input.size(0) < 1 || input.size(0) > kMaxBatch)
        throw OptionsError(m_impl->name + ": batch size must be 1.." + std::to_string(kMaxBatch));
    for (int d = 1; d < 4; ++d)   // the batch is free (reshapes to a fixed batch of 1 are adapted)
        if (input.size(d) != declared[d])
            throw OptionsError(m_impl->name + ": input dimension " + std::to_string(d) + " is " +
                               std::to_string(input.size(d)) + ", the model expects " + std::to_string(declared[d]));
    std::lock_guard<std::mutex> lock(m_impl->mutex);
    if (m_impl->referenceOps) return m_impl->runTorch(input.to(at::kFloat));
    const at::Tensor x = input.to(at::kCPU, at::kFloat).contiguous();
    return m_impl->runFast(x);
}

const std::string& GraphModel::name() const { return m_impl->name; }
const std::vector<std::string>& GraphModel::outputNames() const { return m_impl->plan.outputNames; }
const std::vector<int64_t>& GraphModel::inputShape() const { return m_impl->plan.inputShape; }
std::string GraphModel::deviceName() const { return m_impl->device.is_cuda() ? "cuda" : "cpu"; }

} // namespace likeness::graph
