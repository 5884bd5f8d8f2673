#include "atomic_file.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "common/atomic_file.h"
#include "common/error.h"

namespace likeness::cli {
void writePngAtomically(const std::string& path, const cv::Mat& rgb8) {
    cv::Mat bgr;
    cv::cvtColor(rgb8, bgr, cv::COLOR_RGB2BGR);
    std::vector<unsigned char> png;
    if (!cv::imencode(".png", bgr, png)) throw InputError("Cannot encode " + path + ".");
    likeness::writeFileAtomically(path, png.data(), png.size());
}

} // namespace likeness::cli
