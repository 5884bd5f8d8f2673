#pragma once
// Atomic file output for the CLI: write a temporary file next to the target,
// then rename it over the target, so a crash or Ctrl+C never leaves half a file.
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

namespace likeness::cli {

/// Throws InputError naming the path when the file cannot be written.
void writeFileAtomically(const std::string& path, const std::string& bytes);
/// Encodes an RGB 8-bit image as PNG and writes it atomically.
void writePngAtomically(const std::string& path, const cv::Mat& rgb8);

} // namespace likeness::cli
