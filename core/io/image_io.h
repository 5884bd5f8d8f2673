#pragma once
// Loading photos: JPEG, PNG, TIFF, BMP and WebP through OpenCV, with the file's
// header checked first so that oversized or damaged files are refused with a
// clear InputError before any decoder runs.
//
// What loadImage/decodeImage return (see likeness::Image):
// - RGB channel order; 8-bit files give CV_8UC3, 16-bit PNG/TIFF give CV_16UC3.
//   Files with fewer than 8 bits per sample (1/2/4-bit PNG, palette BMP) give 8 bit.
//   Other sample formats (32-bit integer or float TIFF) are refused.
// - Grayscale is replicated into three equal channels.
// - Alpha is composited over black (colour * alpha, i.e. premultiplied), so fully
//   transparent areas become black whatever colour they stored. `hadAlpha` is set
//   when the file has an alpha channel. An alpha channel that is zero everywhere is
//   ignored (some BMP/TIFF writers leave it unset) and the colour is kept as stored.
// - The EXIF Orientation (JPEG APP1, PNG eXIf, WebP EXIF, TIFF tag 274) is read by
//   image_header and applied here, the same way for every format, so the pixels are
//   upright; it is recorded in `exifOrientation`.
//
// Limits (ImageLoadOptions) are checked from the header, before decoding: file size,
// width*height, longest side and shortest side. OpenCV's own limits
// (OPENCV_IO_MAX_IMAGE_PIXELS etc., 2^30 pixels by default) remain a second line of
// defence, but OpenCV reads them once when the library loads, so they can only be
// lowered through the environment before the program starts.
//
// Truncation: OpenCV's JPEG reader returns a partly grey image with only a warning on
// a cut-off file, so the header check walks the JPEG markers and requires the
// end-of-image marker (FFD9) after the last scan; a PNG must reach its IEND chunk, a
// TIFF's strips must lie inside the file, an uncompressed BMP must hold all its rows,
// a WebP's chunks must be complete. Any other decoder failure is an InputError too.
#include <cstdint>
#include <string>
#include <vector>

#include <opencv2/core/mat.hpp>

#include "io/image.h"

namespace likeness {

struct ImageLoadOptions {
    std::uint64_t maxFileBytes = 512ull << 20;  // 512 MiB: larger files are refused before being read
    std::int64_t maxPixels = 100'000'000;       // 100 megapixels (width*height): bigger images are refused
                                                // from their header, before decoding (decompression bombs)
    int maxSide = 32768;                        // longest side in pixels
    int minSide = 32;                           // shortest side in pixels: smaller images cannot show a
                                                // usable face (FaceMesh works on 192x192 crops)
    bool applyExifOrientation = true;           // rotate/flip the pixels upright per EXIF Orientation

    /// Throws OptionsError. Upper bounds: maxPixels <= 2^30 (OpenCV's own limit),
    /// maxSide <= 1048576, maxFileBytes < 2 GiB; minSide >= 1 and <= maxSide.
    void validate() const;
};

/// Loads an image file. Throws InputError naming the file and the problem
/// (missing, a folder, empty, too large, not an image, unsupported, truncated,
/// corrupt, too small) and OptionsError for invalid options.
Image loadImage(const std::string& path, const ImageLoadOptions& options = {});

/// Decodes an in-memory image file (same rules as loadImage). `sourceName` is used in
/// error messages ("image data" when empty); Image::path stays empty.
Image decodeImage(const std::vector<std::uint8_t>& bytes, const ImageLoadOptions& options = {},
                  const std::string& sourceName = {});

/// CV_32FC3, RGB, values in [0,1] (8-bit / 255, 16-bit / 65535). Empty for an empty image.
cv::Mat toFloatRgb(const Image& image);

/// CV_8UC3, RGB. For an 8-bit image this shares the pixels with image.rgb (no copy);
/// 16-bit is rounded to 8 bit (/ 257). Empty for an empty image.
cv::Mat toRgb8(const Image& image);

} // namespace likeness
