#pragma once
// A TF.js graph model (model.json + weight shards) executed on LibTorch.
//
// Loading validates everything read from the files (sizes, dtypes, ops, node
// references) and throws AssetError naming the file, node and op at fault.
// Execution on CPU uses Likeness' own NHWC kernels (LibTorch 1.13's CPU
// depthwise convolution is far too slow for real time); on CUDA, and on CPU
// when `referenceOps` is set, it uses LibTorch operators.
#include <memory>
#include <string>
#include <vector>

#include <ATen/core/Tensor.h>

namespace likeness::graph {

struct GraphModelOptions {
    std::string device = "cpu";  // "cpu" or "cuda" (falls back to CPU with a warning if unavailable)
    bool referenceOps = false;   // run LibTorch operators instead of the fast CPU kernels (tests)
    void validate() const;
};

class GraphModelImpl;

class GraphModel {
public:
    /// Loads `modelJsonPath` and the shards its manifest names (same folder).
    static std::shared_ptr<GraphModel> load(const std::string& modelJsonPath,
                                            const GraphModelOptions& options = {});
    ~GraphModel();

    /// Runs the graph. `input` is float32 NHWC [N, H, W, C] with the spatial size
    /// and channels the model declares; it may live on any device. Returns the
    /// outputs (on CPU, contiguous float32) in `outputNames()` order.
    std::vector<at::Tensor> run(const at::Tensor& input) const;

    const std::string& name() const;                       // file stem, e.g. "facemesh"
    /// Sink nodes of the graph (no ":0" suffix), sorted by name: "Identity", "Identity_1", ...
    const std::vector<std::string>& outputNames() const;
    const std::vector<int64_t>& inputShape() const;        // NHWC, -1 for a free batch
    std::string deviceName() const;                        // "cpu" or "cuda"

private:
    explicit GraphModel(std::unique_ptr<GraphModelImpl> impl);
    std::unique_ptr<GraphModelImpl> m_impl;
};

} // namespace likeness::graph
