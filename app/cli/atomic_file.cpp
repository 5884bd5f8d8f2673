#include "atomic_file.h"

#include <filesystem>
#include <fstream>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <system_error>

#include "common/atomic_file.h"
#include "common/error.h"

namespace likeness::cli {
namespace fs = std::filesystem;

void writeFileAtomically(const std::string& path, const std::string& bytes) {
    likeness::writeFileAtomically(path, bytes);
}

void writePngAtomically(const std::string& path, const cv::Mat& rgb8) {
    cv::Mat bgr;
    cv::cvtColor(rgb8, bgr, cv::COLOR_RGB2BGR);
    std::vector<unsigned char> png;
    if (!cv::imencode(".png", bgr, png)) throw InputError("Cannot encode " + path + ".");
    writeFileAtomically(path, std::string(png.begin(), png.end()));
}

} // namespace likeness::cli
