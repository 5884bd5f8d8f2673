#include "graph/tfjs_model_file.h"

#include <ATen/ATen.h>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "common/error.h"

namespace likeness::graph {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

[[noreturn]] void fail(const std::string& file, const std::string& what) {
    throw AssetError("Model file " + file + ": " + what);
}

std::vector<uint8_t> readBytes(const fs::path& path, int64_t maxBytes, const std::string& what) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        throw AssetError(what + " " + path.string() + " is missing or not a regular file.");
    const auto size = static_cast<int64_t>(fs::file_size(path, ec));
    if (ec) throw AssetError("Cannot read " + what + " " + path.string() + ": " + ec.message());
    if (size > maxBytes)
        throw AssetError(what + " " + path.string() + " is " + std::to_string(size) +
                         " bytes, more than the limit of " + std::to_string(maxBytes) + ".");
    std::vector<uint8_t> bytes(static_cast<size_t>(size));
    std::ifstream in(path, std::ios::binary);
    if (!in || !in.read(reinterpret_cast<char*>(bytes.data()), size))
        throw AssetError("Cannot read " + what + " " + path.string() + ".");
    return bytes;
}

std::string base64Decode(const std::string& in) {
    static const auto table = [] {
        std::array<int8_t, 256> t{};
        t.fill(-1);
        const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 64; ++i) t[static_cast<uint8_t>(alphabet[i])] = static_cast<int8_t>(i);
        return t;
    }();
    std::string out;
    uint32_t acc = 0;
    int bits = 0;
    for (char c : in) {
        if (c == '=') break;
        const int v = table[static_cast<uint8_t>(c)];
        if (v < 0) throw std::invalid_argument("invalid base64");
        acc = (acc << 6) | static_cast<uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((acc >> bits) & 0xFF));
        }
    }
    return out;
}

int64_t parseInt(const json& j) {
    // int64 values are serialised as strings in TF.js JSON.
    if (j.is_string()) return std::stoll(j.get<std::string>());
    if (j.is_number_integer()) return j.get<int64_t>();
    throw std::invalid_argument("expected an integer");
}

AttrValue parseAttr(const json& j) {
    AttrValue a;
    if (!j.is_object()) throw std::invalid_argument("attribute is not an object");
    if (j.contains("s")) { a.kind = AttrValue::Kind::String; a.s = base64Decode(j["s"].get<std::string>()); }
    else if (j.contains("i")) { a.kind = AttrValue::Kind::Int; a.i = parseInt(j["i"]); }
    else if (j.contains("f")) { a.kind = AttrValue::Kind::Float; a.f = j["f"].get<double>(); }
    else if (j.contains("b")) { a.kind = AttrValue::Kind::Bool; a.b = j["b"].get<bool>(); }
    else if (j.contains("type")) { a.kind = AttrValue::Kind::Type; a.s = j["type"].get<std::string>(); }
    else if (j.contains("list")) {
        const json& l = j["list"];
        if (l.contains("i")) {
            a.kind = AttrValue::Kind::IntList;
            for (const auto& v : l["i"]) a.ints.push_back(parseInt(v));
        } else if (l.contains("s")) {
            a.kind = AttrValue::Kind::StringList;
            for (const auto& v : l["s"]) a.strings.push_back(base64Decode(v.get<std::string>()));
        } else if (l.contains("f")) {
            a.kind = AttrValue::Kind::FloatList;
            for (const auto& v : l["f"]) a.floats.push_back(v.get<double>());
        } else {
            a.kind = AttrValue::Kind::IntList; // empty list
        }
    }
    // Other kinds (shape, tensor) are read where needed from the raw JSON.
    return a;
}

std::string stripInputName(std::string s) {
    if (!s.empty() && s[0] == '^') s.erase(0, 1); // control dependency
    const auto colon = s.rfind(':');
    if (colon != std::string::npos && s.find_first_not_of("0123456789", colon + 1) == std::string::npos) {
        if (s.substr(colon + 1) != "0")
            throw std::invalid_argument("uses output " + s.substr(colon + 1) + " of node " + s.substr(0, colon) +
                                        " (only single-output ops are supported)");
        s.erase(colon);
    }
    return s;
}

size_t bytesPerElement(const std::string& dtype) {
    if (dtype == "float32" || dtype == "int32") return 4;
    if (dtype == "float16" || dtype == "uint16") return 2;
    if (dtype == "uint8") return 1;
    return 0;
}

at::Tensor decodeWeight(const uint8_t* p, int64_t n, const std::string& dtype, const json& quant) {
    const bool isInt = dtype == "int32";
    at::Tensor t = at::empty({n}, isInt ? at::kInt : at::kFloat);
    if (quant.is_null()) {
        std::memcpy(t.data_ptr(), p, static_cast<size_t>(n) * 4);
        return t;
    }
    const std::string qtype = quant.value("dtype", "");
    float* out = t.data_ptr<float>();
    if (isInt) throw std::invalid_argument("quantised int32 weights are not supported");
    if (qtype == "float16") {
        for (int64_t k = 0; k < n; ++k) {
            uint16_t h;
            std::memcpy(&h, p + 2 * k, 2);
            out[k] = halfToFloat(h);
        }
    } else if (qtype == "uint8" || qtype == "uint16") {
        // TF.js affine quantisation: value = q * scale + min.
        const float scale = quant.at("scale").get<float>();
        const float minV = quant.at("min").get<float>();
        for (int64_t k = 0; k < n; ++k) {
            uint32_t q;
            if (qtype == "uint8") q = p[k];
            else { uint16_t v; std::memcpy(&v, p + 2 * k, 2); q = v; }
            out[k] = static_cast<float>(q) * scale + minV;
        }
    } else {
        throw std::invalid_argument("unsupported quantisation dtype '" + qtype + "'");
    }
    return t;
}

} // namespace

float halfToFloat(uint16_t h) {
    const uint32_t sign = (h & 0x8000u) << 16;
    uint32_t exp = (h >> 10) & 0x1F;
    uint32_t mant = h & 0x3FF;
    uint32_t bits;
    if (exp == 0) {
        if (mant == 0) bits = sign;                       // zero
        else {                                            // subnormal: normalise
            exp = 127 - 15 + 1;
            while (!(mant & 0x400)) { mant <<= 1; --exp; }
            mant &= 0x3FF;
            bits = sign | (exp << 23) | (mant << 13);
        }
    } else if (exp == 0x1F) {
        bits = sign | 0x7F800000u | (mant << 13);         // inf / NaN
    } else {
        bits = sign | ((exp - 15 + 127) << 23) | (mant << 13);
    }
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

ModelFile readModelFile(const std::string& modelJsonPath, const ModelFileLimits& limits) {
    const fs::path jsonPath(modelJsonPath);
    const std::string file = jsonPath.string();
    const std::vector<uint8_t> text = readBytes(jsonPath, limits.maxJsonBytes, "Model file");

    json root;
    try {
        root = json::parse(text.begin(), text.end());
    } catch (const json::exception& e) {
        fail(file, std::string("not valid JSON (") + e.what() + ")");
    }
    if (!root.is_object() || !root.contains("modelTopology") || !root.contains("weightsManifest"))
        fail(file, "not a TF.js graph model (modelTopology/weightsManifest missing)");
    if (root.value("format", "graph-model") != "graph-model")
        fail(file, "format '" + root.value("format", "") + "' is not 'graph-model'");

    ModelFile model;
    model.path = file;
    const json& nodes = root["modelTopology"]["node"];
    if (!nodes.is_array() || nodes.empty()) fail(file, "the graph has no nodes");
    if (static_cast<int64_t>(nodes.size()) > limits.maxNodes)
        fail(file, "the graph has " + std::to_string(nodes.size()) + " nodes, more than the limit");

    for (const json& n : nodes) {
        NodeDef node;
        try {
            node.name = n.at("name").get<std::string>();
            node.op = n.at("op").get<std::string>();
            if (n.contains("input"))
                for (const auto& in : n["input"]) node.inputs.push_back(stripInputName(in.get<std::string>()));
            if (n.contains("attr"))
                for (const auto& [key, value] : n["attr"].items()) {
                    if (key == "shape" && node.op == "Placeholder") {
                        for (const auto& d : value.at("shape").value("dim", json::array()))
                            model.inputShape.push_back(d.contains("size") ? parseInt(d["size"]) : -1);
                        continue;
                    }
                    node.attrs[key] = parseAttr(value);
                }
        } catch (const std::exception& e) {
            fail(file, "node '" + n.value("name", std::string("?")) + "' is malformed (" + e.what() + ")");
        }
        model.nodes.push_back(std::move(node));
    }

    // Weights: each group's shards are concatenated, weights laid out in order.
    int64_t totalBytes = 0;
    try {
        for (const json& group : root["weightsManifest"]) {
            std::vector<uint8_t> buffer;
            std::vector<std::string> shardNames;
            for (const auto& p : group.at("paths")) {
                const std::string shard = p.get<std::string>();
                // A shard name is a plain file name: refuse paths that leave the folder.
                if (shard.empty() || shard.find('/') != std::string::npos || shard.find('\\') != std::string::npos ||
                    shard == "." || shard == "..")
                    fail(file, "weight shard name '" + shard + "' is not a plain file name");
                auto bytes = readBytes(jsonPath.parent_path() / shard, limits.maxShardBytes, "Weight shard");
                totalBytes += static_cast<int64_t>(bytes.size());
                if (totalBytes > limits.maxTotalWeightBytes) fail(file, "weight shards exceed the size limit");
                buffer.insert(buffer.end(), bytes.begin(), bytes.end());
                shardNames.push_back(shard);
            }
            size_t offset = 0;
            for (const json& w : group.at("weights")) {
                const std::string name = w.at("name").get<std::string>();
                const std::string dtype = w.at("dtype").get<std::string>();
                std::vector<int64_t> shape;
                int64_t numel = 1;
                for (const auto& d : w.at("shape")) {
                    const int64_t v = d.get<int64_t>();
                    if (v < 0 || v > limits.maxTensorElements)
                        fail(file, "weight '" + name + "' has an invalid dimension " + std::to_string(v));
                    shape.push_back(v);
                    numel *= v;
                    if (numel > limits.maxTensorElements)
                        fail(file, "weight '" + name + "' has too many elements");
                }
                const json quant = w.contains("quantization") ? w["quantization"] : json();
                const size_t elemBytes = bytesPerElement(quant.is_null() ? dtype : quant.value("dtype", ""));
                if (elemBytes == 0 || (dtype != "float32" && dtype != "int32"))
                    fail(file, "weight '" + name + "' has unsupported dtype '" + dtype + "'" +
                                   (quant.is_null() ? "" : " / quantisation '" + quant.value("dtype", "") + "'"));
                const size_t need = static_cast<size_t>(numel) * elemBytes;
                if (offset + need > buffer.size()) {
                    std::string shards;
                    for (const auto& s : shardNames) shards += (shards.empty() ? "" : ", ") + s;
                    fail(file, "weight shard(s) " + shards + " hold " + std::to_string(buffer.size()) +
                                   " bytes, shorter than the manifest needs (weight '" + name + "' ends at byte " +
                                   std::to_string(offset + need) + ")");
                }
                at::Tensor t = decodeWeight(buffer.data() + offset, numel, dtype, quant).reshape(shape);
                offset += need;
                model.weights[name] = t;
            }
            if (offset != buffer.size())
                fail(file, "weight shards hold " + std::to_string(buffer.size()) + " bytes but the manifest describes " +
                               std::to_string(offset));
        }
    } catch (const AssetError&) {
        throw;
    } catch (const std::exception& e) {
        fail(file, std::string("malformed weights manifest (") + e.what() + ")");
    }
    return model;
}

} // namespace likeness::graph
