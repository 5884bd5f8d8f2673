#pragma once
// Image sizes from the headers of Radiance HDR and OpenEXR files, read from the bytes
// without decoding, so oversized environments are refused before OpenCV allocates.
#include <cstddef>
#include <cstdint>
#include <string>

namespace likeness {

enum class HdrFormat { Unknown, Radiance, OpenExr };

struct HdrHeader {
    HdrFormat format = HdrFormat::Unknown;
    std::int64_t width = 0, height = 0;
    std::string problem;   // empty = usable; else a user-facing reason without the file name
    bool ok() const { return format != HdrFormat::Unknown && problem.empty() && width > 0 && height > 0; }
};

/// Recognises "#?RADIANCE"/"#?RGBE" (any "#?" header) and the OpenEXR magic 76 2f 31 01.
/// Radiance: the header lines up to the blank line, then the resolution line
/// ("-Y H +X W" or any of the eight orientations); at most 64 KiB of header.
/// OpenEXR: the first part's attributes up to the terminating null byte; the size is
/// the "dataWindow" box2i. Never reads outside [data, data + size); never throws.
HdrHeader readHdrHeader(const std::uint8_t* data, std::size_t size);

} // namespace likeness
