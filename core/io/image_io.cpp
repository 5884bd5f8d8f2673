#include "io/image_io.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "common/error.h"
#include "io/image_header.h"

namespace likeness {
namespace {

namespace fs = std::filesystem;

constexpr std::int64_t kMaxPixelsCeiling = std::int64_t(1) << 30;  // OpenCV's default limit
constexpr int kMaxSideCeiling = 1 << 20;
constexpr std::uint64_t kMaxFileBytesCeiling = (std::uint64_t(1) << 31) - 1;  // cv::Mat columns are int

// "100", "0.5", "1.05"
std::string formatNumber(double value) {
    std::ostringstream out;
    out.precision(3);
    out << value;
    return out.str();
}

std::string formatBytes(std::uint64_t bytes) {
    if (bytes >= (std::uint64_t(1) << 30))
        return formatNumber(double(bytes) / double(std::uint64_t(1) << 30)) + " GiB";
    if (bytes >= (std::uint64_t(1) << 20))
        return formatNumber(double(bytes) / double(std::uint64_t(1) << 20)) + " MiB";
    if (bytes >= 1024)
        return formatNumber(double(bytes) / 1024.0) + " KiB";
    return std::to_string(bytes) + " bytes";
}

[[noreturn]] void fail(const std::string& name, const std::string& problem) {
    throw InputError(name + ": " + problem);
}

void checkDimensions(const std::string& name, std::int64_t width, std::int64_t height,
                     const ImageLoadOptions& options) {
    const std::string size = std::to_string(width) + "x" + std::to_string(height) + " pixels";
    // Compare without overflow: width, height < 2^32 from any header.
    if (width > 0 && height > 0 && width > options.maxPixels / height)
        fail(name, size + " exceeds the limit of " + formatNumber(double(options.maxPixels) / 1e6) +
                       " megapixels");
    if (width > options.maxSide || height > options.maxSide)
        fail(name, size + ": a side exceeds the limit of " + std::to_string(options.maxSide) + " pixels");
    if (width < options.minSide || height < options.minSide)
        fail(name, size + " is too small (each side must be at least " + std::to_string(options.minSide) +
                       " pixels)");
}

// EXIF orientation -> upright, the same transforms as OpenCV's ExifTransform.
void applyOrientation(cv::Mat& img, int orientation) {
    switch (orientation) {
    case 2: cv::flip(img, img, 1); break;                              // mirrored horizontally
    case 3: cv::flip(img, img, -1); break;                             // rotated 180
    case 4: cv::flip(img, img, 0); break;                              // mirrored vertically
    case 5: cv::transpose(img, img); break;                            // transposed
    case 6: cv::transpose(img, img); cv::flip(img, img, 1); break;     // rotate 90 clockwise
    case 7: cv::transpose(img, img); cv::flip(img, img, -1); break;    // transverse
    case 8: cv::transpose(img, img); cv::flip(img, img, 0); break;     // rotate 90 counter-clockwise
    default: break;
    }
}

// colour * alpha / max, per channel (compositing over black).
cv::Mat compositeOverBlack(const std::vector<cv::Mat>& colour, const cv::Mat& alpha) {
    const double scale = colour[0].depth() == CV_16U ? 1.0 / 65535.0 : 1.0 / 255.0;
    std::vector<cv::Mat> out(colour.size());
    for (std::size_t i = 0; i < colour.size(); ++i)
        cv::multiply(colour[i], alpha, out[i], scale);
    cv::Mat merged;
    cv::merge(out, merged);
    return merged;
}

} // namespace

void ImageLoadOptions::validate() const {
    if (maxFileBytes == 0 || maxFileBytes > kMaxFileBytesCeiling)
        throw OptionsError("Image loading: maxFileBytes must be between 1 byte and 2 GiB.");
    if (maxPixels < 1 || maxPixels > kMaxPixelsCeiling)
        throw OptionsError("Image loading: maxPixels must be between 1 and 2^30 (1073741824).");
    if (maxSide < 1 || maxSide > kMaxSideCeiling)
        throw OptionsError("Image loading: maxSide must be between 1 and 1048576 pixels.");
    if (minSide < 1 || minSide > maxSide)
        throw OptionsError("Image loading: minSide must be at least 1 and at most maxSide.");
}

Image loadImage(const std::string& path, const ImageLoadOptions& options) {
    options.validate();
    if (path.empty())
        throw InputError("No image file was given.");

    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status))
        fail(path, "file not found");
    if (fs::is_directory(status))
        fail(path, "is a folder, not an image file");
    if (!fs::is_regular_file(status))
        fail(path, "not a regular file");
    const std::uintmax_t size = fs::file_size(path, ec);
    if (ec)
        fail(path, "cannot be read (" + ec.message() + ")");
    if (size == 0)
        fail(path, "empty file (0 bytes)");
    if (size > options.maxFileBytes)
        fail(path, "the file is " + formatBytes(size) + ", larger than the limit of " +
                       formatBytes(options.maxFileBytes));

    std::ifstream in(path, std::ios::binary);
    if (!in)
        fail(path, std::string("cannot be read (") + std::strerror(errno) + ")");
    std::vector<std::uint8_t> bytes(size);
    in.read(reinterpret_cast<char*>(bytes.data()), std::streamsize(size));
    if (std::uintmax_t(in.gcount()) != size)
        fail(path, "cannot be read (the file changed or a read error occurred)");

    Image image = decodeImage(bytes, options, path);
    image.path = path;
    return image;
}

Image decodeImage(const std::vector<std::uint8_t>& bytes, const ImageLoadOptions& options,
                  const std::string& sourceName) {
    options.validate();
    const std::string name = sourceName.empty() ? std::string("image data") : sourceName;
    if (bytes.empty())
        fail(name, "empty file (0 bytes)");
    if (bytes.size() > options.maxFileBytes)
        fail(name, "the file is " + formatBytes(bytes.size()) + ", larger than the limit of " +
                       formatBytes(options.maxFileBytes));

    // 1. The header, without decoding: format, size, truncation.
    const ImageHeader header = readImageHeader(bytes.data(), bytes.size());
    if (header.format == ImageFormat::Unknown) {
        if (!header.unsupportedFormat.empty())
            fail(name, header.unsupportedFormat +
                           " images are not supported (use JPEG, PNG, TIFF, BMP or WebP)");
        fail(name, "not an image (unrecognised file header)");
    }
    const std::string format = imageFormatName(header.format);
    // The size limits come first: a forged header must be refused for its size even
    // when the rest of the file is garbage.
    if (header.width > 0 && header.height > 0)
        checkDimensions(name, header.width, header.height, options);
    if (!header.problem.empty())
        fail(name, format + " file " + header.problem);

    // 2. Decode. IMREAD_UNCHANGED keeps 16 bit and alpha and leaves orientation to us.
    // OpenCV's TIFF reader applies the Orientation tag itself (its other readers do not
    // with IMREAD_UNCHANGED): decode a copy with the tag reset so that the transform
    // below is the only one, for every format.
    std::vector<std::uint8_t> neutralTiff;
    const std::vector<std::uint8_t>* source = &bytes;
    if (header.format == ImageFormat::Tiff && header.exifOrientation != 1) {
        neutralTiff = bytes;
        if (resetTiffOrientation(neutralTiff.data(), neutralTiff.size()))
            source = &neutralTiff;
    }
    cv::Mat decoded;
    try {
        const cv::Mat buffer(1, int(source->size()), CV_8U, const_cast<std::uint8_t*>(source->data()));
        decoded = cv::imdecode(buffer, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception& e) {
        fail(name, "the " + format + " data could not be decoded (" + e.err + ")");
    }
    if (decoded.empty())
        fail(name, "the " + format + " data could not be decoded (the file is damaged or uses an unsupported "
                                     "variant of the format)");
    checkDimensions(name, decoded.cols, decoded.rows, options);

    const int depth = decoded.depth();
    if (depth != CV_8U && depth != CV_16U)
        fail(name, "unsupported sample format (" + std::string(depth == CV_32F || depth == CV_64F ? "floating point" :
                                                                "signed or 32-bit integer") +
                       "); save it with 8 or 16 bits per channel");

    // 3. To RGB, compositing alpha over black.
    Image image;
    const int channels = decoded.channels();
    const bool fileHasAlpha = channels == 2 || channels == 4;
    const bool fileIsGray = header.channels == 1 || header.channels == 2 || channels <= 2;
    cv::Mat rgb;
    if (channels == 1) {
        cv::cvtColor(decoded, rgb, cv::COLOR_GRAY2RGB);
    } else if (channels == 3) {
        cv::cvtColor(decoded, rgb, cv::COLOR_BGR2RGB);
    } else if (channels == 2 || channels == 4) {
        std::vector<cv::Mat> planes;
        cv::split(decoded, planes);
        decoded.release();
        const cv::Mat alpha = planes.back();
        const std::vector<cv::Mat> colour = channels == 2 ? std::vector<cv::Mat>{planes[0], planes[0], planes[0]}
                                                          : std::vector<cv::Mat>{planes[2], planes[1], planes[0]};
        if (cv::countNonZero(alpha) == 0)
            cv::merge(colour, rgb);  // an unset alpha channel: keep the colour as stored
        else
            rgb = compositeOverBlack(colour, alpha);
    } else {
        fail(name, "unsupported number of channels (" + std::to_string(channels) + ")");
    }

    // 4. Upright.
    image.exifOrientation = header.exifOrientation;
    if (options.applyExifOrientation)
        applyOrientation(rgb, header.exifOrientation);

    image.rgb = rgb;
    image.sourceChannels = (fileIsGray ? 1 : 3) + (fileHasAlpha ? 1 : 0);
    image.sourceBitDepth = depth == CV_16U ? 16 : 8;
    image.hadAlpha = fileHasAlpha;
    return image;
}

cv::Mat toFloatRgb(const Image& image) {
    if (image.rgb.empty())
        return {};
    cv::Mat out;
    image.rgb.convertTo(out, CV_32F, image.rgb.depth() == CV_16U ? 1.0 / 65535.0 : 1.0 / 255.0);
    return out;
}

cv::Mat toRgb8(const Image& image) {
    if (image.rgb.empty())
        return {};
    if (image.rgb.depth() == CV_8U)
        return image.rgb;
    cv::Mat out;
    image.rgb.convertTo(out, CV_8U, 1.0 / 257.0);
    return out;
}

} // namespace likeness
