#include "assets/asset_paths.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <vector>

#include "common/error.h"
#include "common/sha256.h"

namespace likeness::assets {
namespace {

namespace fs = std::filesystem;

// The same table as scripts/assets.lock (name, sha256, size in bytes; size 0 =
// not pinned). Keep both in step when an asset is upgraded.
constexpr PinnedAsset kPinnedAssets[] = {
    {"npm-tarball", "425e9c51dbbca0c8934362b170cb0d54c2529c11c654b3c03092b16e9d6ad3f7", 0},
    {"blazeface.json", "cd7bbfc078270572beb39f9e5ae67aadbd50b5e67cff37e6d4f6b3ea39312e5f", 79038},
    {"blazeface.bin", "dc9a97fdc50bc43216554bdd69aa3e7b9361a519ee7bdd996a2f69a98a6f9b72", 538928},
    {"facemesh.json", "b60ca26f404724f43bd2b1575761d8265180e1f053cc0731caa68462927309e7", 95845},
    {"facemesh.bin", "3826da640b0a3021161605369ee6af293f75d518040355b960ec71a3390c1c0b", 1477958},
    {"iris.json", "49038ac9dcc09aa05474d91d98e9db5b47af4830929bcf102ed5a56bfbabb465", 122025},
    {"iris.bin", "d7f296d184274213d4642681ae186112cbbec77fd2ab066257d3c56a1940bc71", 2599092},
    {"grace_hopper_512x512.jpg", "ee9d775343587100337da3bd24f9f9daf49756132362f09ca3ac9b676c4341b3", 0},
    {"640px-IceBlockNearJoekullsarlon.jpg", "593cdf845bc284b98abbca0eabb0fa45cdc0590f7cb7d7d71c4ca86a9d5077a4", 0},
};

std::string envOrEmpty(const char* name) {
    const char* value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

// "Model asset facemesh.bin", "Sample photo grace_hopper_512x512.jpg", ...
std::string describe(const std::string& fileName) {
    const fs::path ext = fs::path(fileName).extension();
    if (ext == ".jpg" || ext == ".jpeg" || ext == ".png")
        return "Sample photo " + fileName;
    if (ext == ".json" || ext == ".bin")
        return "Model asset " + fileName;
    return "Asset " + fileName;
}

} // namespace

std::string cacheRoot() {
    // Same rule as scripts/common.sh: an empty variable counts as unset.
    const std::string explicitDir = envOrEmpty("LIKENESS_CACHE_DIR");
    if (!explicitDir.empty())
        return explicitDir;
    const std::string xdg = envOrEmpty("XDG_CACHE_HOME");
    if (!xdg.empty())
        return (fs::path(xdg) / "likeness").string();
    const std::string home = envOrEmpty("HOME");
    if (!home.empty())
        return (fs::path(home) / ".cache" / "likeness").string();
    throw AssetError("Cannot locate the asset cache: none of LIKENESS_CACHE_DIR, XDG_CACHE_HOME "
                     "or HOME is set. Set LIKENESS_CACHE_DIR and run " + fetchCommand() + ".");
}

std::string modelDir() { return (fs::path(cacheRoot()) / "models" / "human-3.3.6").string(); }

std::string topologyFile() { return (fs::path(cacheRoot()) / "models" / "face_topology.json").string(); }

std::string samplePhoto(const std::string& fileName) {
    return (fs::path(cacheRoot()) / "samples" / fileName).string();
}

std::string referenceDir() { return (fs::path(cacheRoot()) / "reference").string(); }

std::string fetchCommand() { return "scripts/fetch_assets.sh (or scripts/setup.sh)"; }

const PinnedAsset* findPinnedAsset(const std::string& fileName) {
    for (const PinnedAsset& asset : kPinnedAssets)
        if (fileName == asset.fileName)
            return &asset;
    return nullptr;
}

std::string sha256File(const std::string& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec))
        throw AssetError("Cannot read " + path + ": it is a folder, not a file.");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw AssetError("Cannot read " + path + ": " + std::strerror(errno) + ".");
    Sha256 hash;
    std::vector<char> buffer(1 << 16);
    while (in) {
        in.read(buffer.data(), std::streamsize(buffer.size()));
        const std::streamsize got = in.gcount();
        if (got > 0)
            hash.update(buffer.data(), std::size_t(got));
    }
    if (in.bad())
        throw AssetError("Cannot read " + path + ": read error.");
    return Sha256::toHex(hash.finish());
}

void verifyPinnedAsset(const std::string& path, const std::string& fileName) {
    const PinnedAsset* pinned = findPinnedAsset(fileName);
    if (!pinned)
        throw AssetError("Asset " + fileName + " has no pinned checksum (not listed in scripts/assets.lock).");
    const std::string what = describe(fileName);
    const std::string refetch = " Run " + fetchCommand() + " to re-fetch it.";

    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status))
        throw AssetError(what + " is missing (expected at " + path + "). Run " + fetchCommand() +
                         " to fetch it.");
    if (!fs::is_regular_file(status))
        throw AssetError(what + " at " + path + " is not a regular file." + refetch);

    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec)
        throw AssetError(what + " at " + path + " cannot be read (" + ec.message() + ")." + refetch);
    if (pinned->size != 0 && size != pinned->size)
        throw AssetError(what + " is corrupt or a different version (" + std::to_string(size) +
                         " bytes, expected " + std::to_string(pinned->size) + "; file " + path + ")." + refetch);

    std::string actual;
    try {
        actual = sha256File(path);
    } catch (const AssetError& e) {
        throw AssetError(what + ": " + e.what() + refetch);
    }
    if (actual != pinned->sha256)
        throw AssetError(what + " is corrupt or a different version (sha256 " + actual + ", expected " +
                         pinned->sha256 + "; file " + path + ")." + refetch);
}

} // namespace likeness::assets
