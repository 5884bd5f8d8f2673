#pragma once
// PNG output for the CLI, written atomically (common/atomic_file.h) so a crash or
// Ctrl+C never leaves half a file.
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

namespace likeness::cli {

/// Encodes an RGB 8-bit image as PNG and writes it atomically.
void writePngAtomically(const std::string& path, const cv::Mat& rgb8);

} // namespace likeness::cli
