#include "common/atomic_file.h"

#include <filesystem>
#include <fstream>
#include <random>
#include <system_error>

#include "common/error.h"

namespace likeness {
namespace fs = std::filesystem;

void writeFileAtomically(const std::string& path, const void* data, size_t size) {
    // A unique sibling: two writers of the same target never share a temporary file.
    char suffix[24];
    std::snprintf(suffix, sizeof suffix, ".tmp-%08x", static_cast<unsigned>(std::random_device{}()));
    const fs::path tmp = path + suffix;
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out || !out.write(static_cast<const char*>(data), static_cast<std::streamsize>(size)) || !out.flush()) {
            out.close();
            std::error_code ec;
            fs::remove(tmp, ec);
            throw InputError("Cannot write " + path + " (is the folder writable and the disk not full?).");
        }
    }
    std::error_code ec;
    fs::rename(tmp, path, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(tmp, ignored);
        throw InputError("Cannot write " + path + ": " + ec.message() + ".");
    }
}

void writeFileAtomically(const std::string& path, const std::string& bytes) {
    writeFileAtomically(path, bytes.data(), bytes.size());
}

} // namespace likeness
