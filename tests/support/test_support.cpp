#include "support/test_support.h"

#include <filesystem>
#include <fstream>
#include <sstream>
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

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string scratchDir(const std::string& testName) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::path(LIKENESS_BINARY_DIR) / "test-scratch" / testName;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir.string();
}

} // namespace likeness::test
