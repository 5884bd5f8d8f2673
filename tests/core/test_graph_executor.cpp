// The graph executor against TF.js' own CPU backend (reference outputs written
// by tests/reference/make_reference.mjs), its two execution paths against each
// other, and malformed model files.
#include <QtTest>

#include <ATen/ATen.h>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "assets/asset_paths.h"
#include "common/error.h"
#include "graph/graph_model.h"
#include "graph/tfjs_model_file.h"
#include "support/test_support.h"

using namespace likeness;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

at::Tensor readF32(const fs::path& file, const std::vector<int64_t>& shape) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + file.string());
    at::Tensor t = at::empty(shape, at::kFloat);
    in.read(reinterpret_cast<char*>(t.data_ptr<float>()), static_cast<std::streamsize>(t.numel() * 4));
    if (!in) throw std::runtime_error("short reference file " + file.string());
    return t;
}

std::string stripPort(std::string s) {
    const auto colon = s.rfind(':');
    return colon == std::string::npos ? s : s.substr(0, colon);
}

std::string modelJson(const std::string& model) { return (fs::path(assets::modelDir()) / (model + ".json")).string(); }

// Copies a model into a scratch folder so a test can damage it.
fs::path copyModel(const std::string& model, const std::string& testName) {
    const fs::path dir = test::scratchDir(testName);
    fs::copy_file(modelJson(model), dir / (model + ".json"));
    fs::copy_file(fs::path(assets::modelDir()) / (model + ".bin"), dir / (model + ".bin"));
    return dir / (model + ".json");
}

json readJson(const fs::path& p) { std::ifstream in(p); return json::parse(in); }
void writeJson(const fs::path& p, const json& j) { std::ofstream(p) << j.dump(); }

// Loads `path` and returns the AssetError message ("" if it loaded).
QString loadError(const fs::path& path) {
    try {
        graph::GraphModel::load(path.string());
    } catch (const AssetError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TestGraphExecutor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesTfjsReference_data() {
        QTest::addColumn<int>("caseIndex");
        const json index = readJson(test::requireAsset(assets::referenceDir() + "/index.json"));
        int i = 0;
        for (const auto& c : index["cases"]) {
            const std::string tag = c["model"].get<std::string>() + "/" + c["name"].get<std::string>();
            QTest::newRow(tag.c_str()) << i++;
        }
        QVERIFY(i >= 9);
    }

    // Max abs difference <= 1e-3 of each output's range, on both execution paths.
    void matchesTfjsReference() {
        QFETCH(int, caseIndex);
        const fs::path dir = assets::referenceDir();
        const json c = readJson(dir / "index.json")["cases"][caseIndex];
        const std::string model = c["model"];
        const at::Tensor input = readF32(dir / c["input"]["file"].get<std::string>(), c["input"]["shape"].get<std::vector<int64_t>>());
        for (bool reference : {false, true}) {
            graph::GraphModelOptions opt;
            opt.referenceOps = reference;
            auto m = graph::GraphModel::load(modelJson(model), opt);
            const std::vector<at::Tensor> outputs = m->run(input);
            QCOMPARE(outputs.size(), c["outputs"].size());
            for (const auto& o : c["outputs"]) {
                const std::string node = stripPort(o.value("node", o["name"].get<std::string>()));
                const auto& names = m->outputNames();
                const auto it = std::find(names.begin(), names.end(), node);
                QVERIFY2(it != names.end(), node.c_str());
                const at::Tensor want = readF32(dir / o["file"].get<std::string>(), o["shape"].get<std::vector<int64_t>>());
                const at::Tensor got = outputs[it - names.begin()];
                QCOMPARE(got.numel(), want.numel());
                const double range = std::max(1e-6, (want.max() - want.min()).item<double>());
                const double maxDiff = (got.reshape(want.sizes()) - want).abs().max().item<double>();
                const QString msg = QString("%1 %2 %3: max diff %4, range %5")
                                        .arg(reference ? "torch-ops" : "fast").arg(QString::fromStdString(model))
                                        .arg(QString::fromStdString(node)).arg(maxDiff).arg(range);
                QVERIFY2(maxDiff <= 1e-3 * range, qPrintable(msg));
            }
        }
    }

    void batchedRunEqualsSingleRuns() {
        auto m = graph::GraphModel::load(modelJson("iris"));
        at::manual_seed(3);
        const at::Tensor a = at::rand({1, 64, 64, 3}), b = at::rand({1, 64, 64, 3});
        const at::Tensor both = m->run(at::cat({a, b}, 0))[0];
        QVERIFY(at::allclose(both.narrow(0, 0, 1), m->run(a)[0], 1e-4, 1e-4));
        QVERIFY(at::allclose(both.narrow(0, 1, 1), m->run(b)[0], 1e-4, 1e-4));
    }

    void rejectsWrongInputShape() {
        auto m = graph::GraphModel::load(modelJson("facemesh"));
        QVERIFY_THROWS_EXCEPTION(OptionsError, m->run(at::zeros({1, 128, 128, 3})));
        QVERIFY_THROWS_EXCEPTION(OptionsError, m->run(at::zeros({192, 192, 3})));
    }

    void halfFloatDecoding() {
        QCOMPARE(graph::halfToFloat(0x3C00), 1.0f);
        QCOMPARE(graph::halfToFloat(0xC000), -2.0f);
        QCOMPARE(graph::halfToFloat(0x7BFF), 65504.0f);
        QCOMPARE(graph::halfToFloat(0x0001), 5.960464477539063e-08f);   // smallest subnormal
        QVERIFY(std::isinf(graph::halfToFloat(0x7C00)));
        QVERIFY(std::isnan(graph::halfToFloat(0x7E00)));
    }

    void unknownOpIsNamed() {
        const fs::path p = copyModel("facemesh", "graph_unknown_op");
        json j = readJson(p);
        for (auto& n : j["modelTopology"]["node"])
            if (n["op"] == "Sigmoid") { n["op"] = "FancyNewOp"; break; }
        writeJson(p, j);
        const QString msg = loadError(p);
        QVERIFY2(msg.contains("FancyNewOp") && msg.contains("activation_1/Sigmoid") && msg.contains("facemesh.json"),
                 qPrintable(msg));
    }

    void shortWeightShardIsRefused() {
        const fs::path p = copyModel("iris", "graph_short_shard");
        fs::resize_file(p.parent_path() / "iris.bin", fs::file_size(p.parent_path() / "iris.bin") - 100);
        const QString msg = loadError(p);
        QVERIFY2(msg.contains("iris.bin") && msg.contains("shorter"), qPrintable(msg));
    }

    void longWeightShardIsRefused() {
        const fs::path p = copyModel("iris", "graph_long_shard");
        std::ofstream(p.parent_path() / "iris.bin", std::ios::app | std::ios::binary) << "extra";
        QVERIFY(!loadError(p).isEmpty());
    }

    void missingShardIsNamed() {
        const fs::path p = copyModel("blazeface", "graph_missing_shard");
        fs::remove(p.parent_path() / "blazeface.bin");
        const QString msg = loadError(p);
        QVERIFY2(msg.contains("blazeface.bin") && msg.contains("missing"), qPrintable(msg));
    }

    void shardPathCannotLeaveFolder() {
        const fs::path p = copyModel("blazeface", "graph_shard_traversal");
        json j = readJson(p);
        j["weightsManifest"][0]["paths"][0] = "../../etc/passwd";
        writeJson(p, j);
        QVERIFY(loadError(p).contains("not a plain file name"));
    }

    void malformedJsonIsRefused() {
        const fs::path p = copyModel("blazeface", "graph_bad_json");
        std::ofstream(p) << "{\"modelTopology\": {\"node\": [";
        QVERIFY(loadError(p).contains("not valid JSON"));
        std::ofstream(p) << "[1, 2, 3]";
        QVERIFY(loadError(p).contains("not a TF.js graph model"));
    }

    void hugeWeightShapeIsRefused() {
        const fs::path p = copyModel("blazeface", "graph_huge_shape");
        json j = readJson(p);
        j["weightsManifest"][0]["weights"][0]["shape"] = {100000, 100000, 100000};
        writeJson(p, j);
        QVERIFY(!loadError(p).isEmpty());
    }

    void danglingInputAndCycleAreRefused() {
        const fs::path p = copyModel("iris", "graph_dangling");
        json j = readJson(p);
        auto& nodes = j["modelTopology"]["node"];
        json cyclic = j;
        for (auto& n : nodes)
            if (n["op"] == "Prelu") { n["input"][0] = "no/such/node"; break; }
        writeJson(p, j);
        QVERIFY(loadError(p).contains("no/such/node"));
        // Make the first Prelu read the last node: a cycle.
        std::string last;
        for (auto& n : cyclic["modelTopology"]["node"]) if (n["op"] == "Identity") last = n["name"];
        for (auto& n : cyclic["modelTopology"]["node"])
            if (n["op"] == "Prelu") { n["input"][0] = last; break; }
        writeJson(p, cyclic);
        QVERIFY(loadError(p).contains("cycle"));
    }

    void unsupportedAttributesAreRefused() {
        const fs::path p = copyModel("iris", "graph_dilation");
        json j = readJson(p);
        for (auto& n : j["modelTopology"]["node"])
            if (n["op"] == "DepthwiseConv2dNative") { n["attr"]["dilations"]["list"]["i"] = {"1", "2", "2", "1"}; break; }
        writeJson(p, j);
        QVERIFY(loadError(p).contains("dilated"));
    }
};

QTEST_APPLESS_MAIN(TestGraphExecutor)
#include "test_graph_executor.moc"
