#include "lighting/environment_map.h"

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "common/error.h"
#include "io/image_io.h"
#include "lighting/hdr_header.h"
#include "lighting/sh_projection.h"

namespace likeness {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& path, const std::string& problem) {
    throw InputError(path + ": " + problem);
}

std::string megabytes(std::uint64_t bytes) { return std::to_string((bytes + (1u << 19)) >> 20) + " MiB"; }

void checkSize(const std::string& path, std::int64_t w, std::int64_t h, const EnvironmentLoadOptions& o) {
    const std::string size = std::to_string(w) + "x" + std::to_string(h) + " pixels";
    if (w > o.maxSide || h > o.maxSide)
        fail(path, size + ": a side exceeds the limit of " + std::to_string(o.maxSide) + " pixels");
    if (w > o.maxPixels / h)
        fail(path, size + " exceeds the limit of " + std::to_string(o.maxPixels >> 20) + " megapixels");
    if (w < 2 || h < 2) fail(path, size + " is too small for an environment map");
}

// OpenCV reads OPENCV_IO_ENABLE_OPENEXR once, at the first EXR it sees: set it before.
void enableOpenExr() {
    static std::once_flag once;
    std::call_once(once, [] { setenv("OPENCV_IO_ENABLE_OPENEXR", "1", /*overwrite=*/0); });
}

std::vector<std::uint8_t> readBytes(const std::string& path, const EnvironmentLoadOptions& o) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) fail(path, "file not found");
    if (!fs::is_regular_file(status)) fail(path, "not a regular file");
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec) fail(path, "cannot be read (" + ec.message() + ")");
    if (size == 0) fail(path, "empty file (0 bytes)");
    if (size > o.maxFileBytes)
        fail(path, "the file is " + megabytes(size) + ", larger than the limit of " + megabytes(o.maxFileBytes));
    std::ifstream in(path, std::ios::binary);
    std::vector<std::uint8_t> bytes(size);
    in.read(reinterpret_cast<char*>(bytes.data()), std::streamsize(size));
    if (!in || std::uintmax_t(in.gcount()) != size) fail(path, "cannot be read (a read error occurred)");
    return bytes;
}

// Float HDR data: decode, BGR -> RGB float.
cv::Mat decodeHdr(const std::string& path, const std::vector<std::uint8_t>& bytes, const HdrHeader& header) {
    if (header.format == HdrFormat::OpenExr) enableOpenExr();
    const std::string what = header.format == HdrFormat::OpenExr ? "OpenEXR" : "Radiance HDR";
    cv::Mat decoded;
    try {
        const cv::Mat buffer(1, int(bytes.size()), CV_8U, const_cast<std::uint8_t*>(bytes.data()));
        decoded = cv::imdecode(buffer, cv::IMREAD_ANYDEPTH | cv::IMREAD_COLOR);
    } catch (const cv::Exception& e) {
        fail(path, "the " + what + " data could not be decoded (" + e.err + ")");
    }
    if (decoded.empty()) {
        if (header.format == HdrFormat::OpenExr)
            fail(path, "the OpenEXR data could not be decoded (the file is damaged, or this build's OpenCV cannot "
                       "read OpenEXR; OPENCV_IO_ENABLE_OPENEXR must not be 0). Save it as Radiance .hdr instead");
        fail(path, "the Radiance HDR data could not be decoded (the file is damaged)");
    }
    if (decoded.cols != header.width || decoded.rows != header.height)
        fail(path, "the " + what + " data does not match its header's size");
    cv::Mat rgb;
    decoded.convertTo(rgb, CV_32F);
    cv::cvtColor(rgb, rgb, cv::COLOR_BGR2RGB);
    return rgb;
}

// Photo formats: io/image_io's checked loader, then sRGB -> linear.
cv::Mat decodePhoto(const std::string& path, const EnvironmentLoadOptions& o) {
    ImageLoadOptions io;
    io.maxFileBytes = o.maxFileBytes;
    io.maxPixels = o.maxPixels;
    io.maxSide = o.maxSide;
    io.minSide = 2;
    io.applyExifOrientation = false;   // a panorama's pixels are its directions
    cv::Mat rgb = toFloatRgb(loadImage(path, io));
    rgb.forEach<cv::Vec3f>([](cv::Vec3f& p, const int*) {
        for (int c = 0; c < 3; ++c)
            p[c] = p[c] <= 0.04045f ? p[c] / 12.92f : std::pow((p[c] + 0.055f) / 1.055f, 2.4f);
    });
    return rgb;
}

} // namespace

void EnvironmentLoadOptions::validate() const {
    if (maxFileBytes == 0 || maxFileBytes > (std::uint64_t(1) << 31) - 1)
        throw OptionsError("Environment loading: maxFileBytes must be between 1 byte and 2 GiB.");
    if (maxSide < 2 || maxSide > 65536)
        throw OptionsError("Environment loading: maxSide must be between 2 and 65536 pixels.");
    if (maxPixels < 4 || maxPixels > (std::int64_t(1) << 30))
        throw OptionsError("Environment loading: maxPixels must be between 4 and 2^30.");
    if (workingWidth < 0 || workingWidth > 16384)
        throw OptionsError("Environment loading: workingWidth must be between 0 and 16384.");
}

EquirectImage loadEquirectEnvironment(const std::string& path, const EnvironmentLoadOptions& options) {
    options.validate();
    if (path.empty()) throw InputError("No environment file was given.");
    EquirectImage out;
    cv::Mat rgb;
    {
        const std::vector<std::uint8_t> bytes = readBytes(path, options);
        const HdrHeader header = readHdrHeader(bytes.data(), bytes.size());
        if (header.format != HdrFormat::Unknown) {
            out.format = header.format == HdrFormat::OpenExr ? "OpenEXR" : "Radiance HDR";
            if (header.width > 0 && header.height > 0) checkSize(path, header.width, header.height, options);
            if (!header.ok()) fail(path, header.problem.empty() ? "corrupt header" : header.problem);
            rgb = decodeHdr(path, bytes, header);
        }
    }
    if (rgb.empty()) {
        out.format = "image";
        rgb = decodePhoto(path, options);   // refuses non-images with its own clear message
    }
    checkSize(path, rgb.cols, rgb.rows, options);
    out.sourceWidth = rgb.cols;
    out.sourceHeight = rgb.rows;

    bool finite = true;
    for (int y = 0; y < rgb.rows; ++y) {
        float* row = rgb.ptr<float>(y);
        for (int i = 0; i < rgb.cols * 3; ++i) {
            if (!std::isfinite(row[i])) finite = false;
            if (row[i] < 0.f) row[i] = 0.f;
        }
    }
    if (!finite) fail(path, "the environment contains invalid (NaN or infinite) values");

    const double aspect = double(rgb.cols) / rgb.rows;
    if (aspect < 1.8 || aspect > 2.2)
        out.warning = "The environment is " + std::to_string(rgb.cols) + "x" + std::to_string(rgb.rows) +
                      " pixels, not a 2:1 latitude-longitude panorama; it is mapped as one anyway.";

    if (options.workingWidth > 0 && rgb.cols > options.workingWidth) {
        const int h = std::max(1, int(std::lround(double(rgb.rows) * options.workingWidth / rgb.cols)));
        cv::Mat small;
        cv::resize(rgb, small, cv::Size(options.workingWidth, h), 0, 0, cv::INTER_AREA);
        rgb = small;
    }
    if (!rgb.isContinuous()) rgb = rgb.clone();
    out.width = rgb.cols;
    out.height = rgb.rows;
    out.rgb.assign(rgb.ptr<float>(), rgb.ptr<float>() + size_t(rgb.total()) * 3);
    return out;
}

EnvironmentLight loadEnvironmentLight(const std::string& path, const EnvironmentLoadOptions& options) {
    const EquirectImage image = loadEquirectEnvironment(path, options);
    EnvironmentLight out;
    out.sh = shProjectEquirect(image.rgb.data(), image.width, image.height, 5);
    out.sourceWidth = image.sourceWidth;
    out.sourceHeight = image.sourceHeight;
    out.warning = image.warning;
    for (float c : out.sh)
        if (!std::isfinite(c)) fail(path, "the environment's values are too large to project");
    return out;
}

} // namespace likeness
