#include "support/test_support.h"

#include <filesystem>
#include <stdexcept>

#include "assets/asset_paths.h"

namespace likeness::test {

std::string requireAsset(const std::string& path) {
    if (!std::filesystem::exists(path))
        throw std::runtime_error("test asset missing: " + path + " - run: " + assets::fetchCommand());
    return path;
}

std::string demoPhoto() {
    return requireAsset(assets::samplePhoto("grace_hopper_512x512.jpg"));
}

std::string scratchDir(const std::string& testName) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::path(LIKENESS_BINARY_DIR) / "test-scratch" / testName;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir.string();
}

} // namespace likeness::test
