#pragma once
// Loading an equirectangular (latitude-longitude) environment as linear float RGB and
// projecting it to SH light (mapping: sh_projection.h).
//
// Formats are recognised by content, not by the file name: Radiance .hdr and OpenEXR
// .exr (float, through OpenCV; OpenEXR reading is switched on with
// OPENCV_IO_ENABLE_OPENEXR=1 unless the environment already sets that variable) and
// the photo formats of io/image_io.h (PNG, JPEG, TIFF, BMP, WebP; 8 or 16 bit, taken
// as sRGB-encoded and linearised). The sizes are checked from the header before
// decoding. Any aspect ratio is accepted and mapped as a full panorama; one that is
// not about 2:1 (outside 1.8..2.2) gives a warning. Negative values (EXR) are
// clipped to 0; NaN or infinite values are refused.
#include <cstdint>
#include <string>
#include <vector>

namespace likeness {

struct EnvironmentLoadOptions {
    std::uint64_t maxFileBytes = 256ull << 20;   // 256 MiB: larger files are refused before reading
    int maxSide = 16384;                         // longest side in pixels
    std::int64_t maxPixels = 64ll << 20;         // 64 Mpx (768 MB as float RGB) decoded at most
    int workingWidth = 256;                      // larger maps are averaged down to this width
                                                 // (height in proportion) for projection speed; 0 = keep
    /// Throws OptionsError.
    void validate() const;
};

struct EquirectImage {
    int width = 0, height = 0;          // after downsampling
    std::vector<float> rgb;             // width * height * 3 linear RGB, row-major from the top
    int sourceWidth = 0, sourceHeight = 0;
    std::string format;                 // "Radiance HDR", "OpenEXR", "PNG", ...
    std::string warning;                // non-empty: a user-facing note (e.g. the aspect ratio)
};

/// Throws InputError naming the file and the problem (missing, too large, not an
/// image, corrupt, unsupported, non-finite values) and OptionsError for bad options.
EquirectImage loadEquirectEnvironment(const std::string& path, const EnvironmentLoadOptions& options = {});

struct EnvironmentLight {
    std::vector<float> sh;   // [25][3] (5 bands), camera space
    int sourceWidth = 0, sourceHeight = 0;
    std::string warning;
};

/// loadEquirectEnvironment + shProjectEquirect at 5 bands (the preset/environment
/// band count). Same errors.
EnvironmentLight loadEnvironmentLight(const std::string& path, const EnvironmentLoadOptions& options = {});

} // namespace likeness
