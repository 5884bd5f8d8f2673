#include "atomic_file.h"

#include <filesystem>
#include <fstream>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <system_error>

#include "common/error.h"

namespace likeness::cli {
namespace fs = std::filesystem;

void writeFileAtomically(const std::string& path, const std::string& bytes) {
    const fs::path tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out || !out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())) || !out.flush())
            throw InputError("Cannot write " + tmp.string() + ".");
    }
    std::error_code ec;
    fs::rename(tmp, path, ec);
    if (ec) {
        fs::remove(tmp, ec);
        throw InputError("Cannot write " + path + ".");
    }
}

void writePngAtomically(const std::string& path, const cv::Mat& rgb8) {
    cv::Mat bgr;
    cv::cvtColor(rgb8, bgr, cv::COLOR_RGB2BGR);
    std::vector<unsigned char> png;
    if (!cv::imencode(".png", bgr, png)) throw InputError("Cannot encode " + path + ".");
    writeFileAtomically(path, std::string(png.begin(), png.end()));
}

} // namespace likeness::cli
