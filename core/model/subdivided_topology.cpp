#include "model/face_model.h"

#include <map>
#include <mutex>
#include <stdexcept>
#include <utility>

#include <ATen/ATen.h>
#include <Eigen/Dense>

#include "common/error.h"
#include "model/loop_subdivision.h"
#include "topology/face_topology.h"

namespace likeness {

struct SubdividedTopology::Data {
    int level = 0;
    SubdivisionMode mode = SubdivisionMode::Interpolating;
    int vertexCount = 0;
    at::Tensor triangles;      // [F,3] int64
    at::Tensor uvs;            // [V,2] float
    at::Tensor baseIndex;      // [468] int64
    at::Tensor subdivision;    // [V,468] sparse COO float64 (CPU): plain Loop, control -> level
    at::Tensor controlFromBase;  // [468,468] dense float64 (CPU): solves for the control mesh; undefined = identity

    // Per device and dtype copies of the two operators.
    mutable std::mutex cacheMutex;
    mutable std::map<std::pair<std::string, int>, std::pair<at::Tensor, at::Tensor>> cache;

    std::pair<at::Tensor, at::Tensor> operatorsFor(const at::Device& device, at::ScalarType type) const {
        const std::pair<std::string, int> key(device.str(), int(type));
        std::lock_guard<std::mutex> lock(cacheMutex);
        auto it = cache.find(key);
        if (it == cache.end()) {
            const auto options = at::TensorOptions().device(device).dtype(type);
            at::Tensor s = subdivision.to(options).coalesce();
            at::Tensor c = controlFromBase.defined() ? controlFromBase.to(options) : at::Tensor();
            it = cache.emplace(key, std::make_pair(s, c)).first;
        }
        return it->second;
    }
};

namespace {

at::Tensor sparseFromRows(const SparseRows& m) {
    const int64_t nnz = int64_t(m.col.size());
    at::Tensor indices = at::empty({2, nnz}, at::kLong);
    at::Tensor values = at::empty({nnz}, at::kDouble);
    int64_t* rows = indices[0].data_ptr<int64_t>();
    int64_t* cols = indices[1].data_ptr<int64_t>();
    double* vals = values.data_ptr<double>();
    for (int r = 0; r < m.rows; ++r)
        for (int64_t k = m.rowStart[std::size_t(r)]; k < m.rowStart[std::size_t(r) + 1]; ++k) {
            rows[k] = r;
            cols[k] = m.col[std::size_t(k)];
            vals[k] = m.value[std::size_t(k)];
        }
    return at::sparse_coo_tensor(indices, values, {m.rows, m.cols}).coalesce();
}

// Inverse of the base-vertex rows of the Loop operator: control = inverse * base
// makes the level's base vertices equal the base points. Those rows are
// diagonally dominant smoothing stencils (centre weight >= ~0.4), so the matrix
// is well conditioned.
at::Tensor interpolationInverse(const SparseRows& m, int baseCount) {
    Eigen::MatrixXd b = Eigen::MatrixXd::Zero(baseCount, baseCount);
    for (int r = 0; r < baseCount; ++r)
        for (int64_t k = m.rowStart[std::size_t(r)]; k < m.rowStart[std::size_t(r) + 1]; ++k)
            b(r, m.col[std::size_t(k)]) = m.value[std::size_t(k)];
    const Eigen::MatrixXd inv = b.partialPivLu().inverse();
    at::Tensor out = at::empty({baseCount, baseCount}, at::kDouble);
    double* p = out.data_ptr<double>();
    for (int r = 0; r < baseCount; ++r)
        for (int c = 0; c < baseCount; ++c)
            p[r * baseCount + c] = inv(r, c);
    return out;
}

} // namespace

SubdividedTopology::SubdividedTopology(const FaceTopology& base, int level)
    : SubdividedTopology(base, level, SubdivisionMode::Interpolating) {}

SubdividedTopology::SubdividedTopology(const FaceTopology& base, int level, SubdivisionMode mode) {
    if (level < 0 || level > kMaxLevel)
        throw OptionsError("Subdivision level " + std::to_string(level) + " is not supported (0 to " +
                           std::to_string(kMaxLevel) + ").");
    const int n = base.vertexCount();
    LoopSubdivisionResult loop;
    try {
        loop = loopSubdivide(n, base.triangles(), level);
    } catch (const std::invalid_argument& e) {
        throw AssetError(std::string("The face topology cannot be subdivided: ") + e.what() + ".");
    }

    auto data = std::make_shared<Data>();
    data->level = level;
    data->mode = mode;
    data->vertexCount = loop.vertexCount;
    data->triangles = at::empty({int64_t(loop.triangles.size()), 3}, at::kLong);
    int64_t* t = data->triangles.data_ptr<int64_t>();
    for (const auto& tri : loop.triangles)
        for (int v : tri)
            *t++ = v;
    data->baseIndex = at::arange(n, at::kLong);
    data->subdivision = sparseFromRows(loop.fromControl);
    if (mode == SubdivisionMode::Interpolating && level > 0)
        data->controlFromBase = interpolationInverse(loop.fromControl, n);

    // UVs: linear (edge midpoints). Smooth rules would fold the layout near its
    // thin triangles (the mouth's inner corners); linear refinement of a valid
    // layout never folds and keeps UV468 exactly at the base vertices.
    at::Tensor uv0 = at::empty({n, 2}, at::kDouble);
    for (int i = 0; i < n; ++i) {
        uv0[i][0] = double(base.uvs()[std::size_t(i)][0]);
        uv0[i][1] = double(base.uvs()[std::size_t(i)][1]);
    }
    const LoopSubdivisionResult linear = linearSubdivide(n, base.triangles(), level);
    data->uvs = at::mm(sparseFromRows(linear.fromControl), uv0).clamp(0.0, 1.0).to(at::kFloat).contiguous();
    m_data = std::move(data);
}

SubdivisionMode SubdividedTopology::mode() const { return m_data->mode; }
int SubdividedTopology::level() const { return m_data->level; }
int SubdividedTopology::vertexCount() const { return m_data->vertexCount; }
const at::Tensor& SubdividedTopology::triangles() const { return m_data->triangles; }
const at::Tensor& SubdividedTopology::uvs() const { return m_data->uvs; }
const at::Tensor& SubdividedTopology::baseVertexIndex() const { return m_data->baseIndex; }

at::Tensor SubdividedTopology::fromBase(const at::Tensor& baseData) const {
    const int64_t n = FaceTopology::kVertexCount;
    if (!baseData.defined() || baseData.dim() < 1 || baseData.size(0) != n)
        throw InputError("Per-vertex data for subdivision must have " + std::to_string(n) +
                         " rows (one per FaceMesh vertex).");
    if (m_data->level == 0)
        return baseData.clone();
    const at::ScalarType type =
        baseData.scalar_type() == at::kDouble ? at::kDouble : at::kFloat;
    at::Tensor x = baseData.scalar_type() == type ? baseData : baseData.to(type);
    std::vector<int64_t> shape = baseData.sizes().vec();
    x = x.reshape({n, -1});
    const auto ops = m_data->operatorsFor(baseData.device(), type);
    if (ops.second.defined())
        x = at::mm(ops.second, x);
    at::Tensor y = at::mm(ops.first, x);
    shape[0] = m_data->vertexCount;
    return y.reshape(shape);
}

at::Tensor SubdividedTopology::operatorMatrix() const {
    at::Tensor dense = m_data->subdivision.to_dense();
    if (m_data->controlFromBase.defined())
        dense = at::mm(dense, m_data->controlFromBase);
    return dense.to(at::kFloat).contiguous();
}

} // namespace likeness
