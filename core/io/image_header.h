#pragma once
// Reads an image file's header (format, size, channels, EXIF orientation) from
// its bytes without decoding any pixels, so that oversized images
// ("decompression bombs") can be refused before a decoder allocates memory.
#include <cstddef>
#include <cstdint>
#include <string>

namespace likeness {

enum class ImageFormat { Unknown, Jpeg, Png, Tiff, Bmp, WebP };

/// "JPEG", "PNG", "TIFF", "BMP", "WebP" or "unknown".
const char* imageFormatName(ImageFormat format);

/// What the header says. `problem` is empty when the header is usable; otherwise it
/// holds a user-facing reason ("truncated (…)", "corrupt (…)") without the file name.
struct ImageHeader {
    ImageFormat format = ImageFormat::Unknown;
    /// For a file that is an image in a format Likeness does not read (GIF, HEIC, …):
    /// its name; empty otherwise. `format` is Unknown then.
    std::string unsupportedFormat;
    std::int64_t width = 0;      // pixels, as stored (before EXIF orientation)
    std::int64_t height = 0;
    int channels = 0;            // 1 gray, 2 gray+alpha, 3 colour, 4 colour+alpha; 0 if unknown
    int bitDepth = 0;            // bits per sample as stored (1..32); 0 if unknown
    bool hasAlpha = false;       // header declares an alpha channel (or PNG tRNS transparency)
    int exifOrientation = 1;     // EXIF/TIFF Orientation 1..8; 1 when absent or invalid
    std::string problem;         // empty = fine

    bool ok() const { return format != ImageFormat::Unknown && problem.empty(); }
};

/// Identifies the format from the first bytes (magic numbers only).
ImageFormat sniffImageFormat(const std::uint8_t* data, std::size_t size);

/// Parses the header of a whole in-memory file. Never throws and never reads outside
/// [data, data + size). Besides the header it walks the container far enough to find
/// truncation cheaply: a JPEG must reach its EOI marker (FFD9), a PNG its IEND chunk,
/// a WebP's RIFF size must fit in the file, a TIFF's first IFD must lie inside it,
/// an uncompressed BMP must hold all its rows.
ImageHeader readImageHeader(const std::uint8_t* data, std::size_t size);

/// The Orientation tag (0x0112) of IFD0 of a TIFF-structured EXIF block ("II*\0…" or
/// "MM\0*…", optionally preceded by "Exif\0\0"); 1 when absent or invalid.
int exifOrientationFromTiff(const std::uint8_t* data, std::size_t size);

/// Sets the Orientation tag of a TIFF file's first IFD to 1 (top-left) in place;
/// returns true when it changed something. Unlike its other readers, OpenCV 4.6's TIFF
/// reader applies the orientation itself even with IMREAD_UNCHANGED; the loader
/// neutralises the tag so that every format goes through the same single transform.
bool resetTiffOrientation(std::uint8_t* data, std::size_t size);

} // namespace likeness
