#pragma once
// Where the pinned third-party assets live (a cache outside the repository,
// filled by scripts/fetch_assets.sh) and how to check them before use.
#include <cstdint>
#include <string>

namespace likeness::assets {

/// $LIKENESS_CACHE_DIR, else $XDG_CACHE_HOME/likeness, else ~/.cache/likeness.
std::string cacheRoot();
/// Folder with blazeface/facemesh/iris .json + .bin.
std::string modelDir();
/// The face topology JSON converted from facemeshcoords.ts.
std::string topologyFile();
/// A sample photo by file name, e.g. "grace_hopper_512x512.jpg".
std::string samplePhoto(const std::string& fileName);
/// TF.js reference outputs (index.json + .f32 files).
std::string referenceDir();
/// The command that (re)fetches every asset, for error messages.
std::string fetchCommand();

/// A file with a pinned checksum (see scripts/assets.lock).
struct PinnedAsset {
    const char* fileName;
    const char* sha256;
    std::uint64_t size;   // 0 = not pinned
};

/// The pinned entry for `fileName` (e.g. "facemesh.bin"), or nullptr.
const PinnedAsset* findPinnedAsset(const std::string& fileName);

/// Throws AssetError naming the asset and the fetch command when `path` is
/// missing, has the wrong size, or its SHA-256 differs from the pinned one.
void verifyPinnedAsset(const std::string& path, const std::string& fileName);

/// SHA-256 of a file as lowercase hex (throws AssetError if unreadable).
std::string sha256File(const std::string& path);

} // namespace likeness::assets
