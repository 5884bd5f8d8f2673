#include "io/image_header.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace likeness {
namespace {

// ---------------------------------------------------------------- byte access
// Every read goes through these, which check the bounds first.
struct Bytes {
    const std::uint8_t* data;
    std::size_t size;

    bool has(std::uint64_t offset, std::uint64_t count) const {
        return offset <= size && count <= size - offset;
    }
    std::uint32_t u8(std::size_t at) const { return data[at]; }
    std::uint32_t be16(std::size_t at) const { return (u8(at) << 8) | u8(at + 1); }
    std::uint32_t le16(std::size_t at) const { return u8(at) | (u8(at + 1) << 8); }
    std::uint32_t le24(std::size_t at) const { return le16(at) | (u8(at + 2) << 16); }
    std::uint32_t be32(std::size_t at) const { return (be16(at) << 16) | be16(at + 2); }
    std::uint32_t le32(std::size_t at) const { return le16(at) | (le16(at + 2) << 16); }
    bool startsWith(std::size_t at, const char* magic) const {
        const std::size_t n = std::strlen(magic);
        return has(at, n) && std::memcmp(data + at, magic, n) == 0;
    }
};

// ---------------------------------------------------------------- TIFF / EXIF
// A TIFF structure (a .tif file or an EXIF block), classic or BigTIFF.
class TiffReader {
public:
    struct Entry {
        std::uint32_t tag = 0;
        std::uint32_t type = 0;
        std::uint64_t count = 0;
        std::uint64_t valueField = 0;  // offset of the 4- or 8-byte value/offset field
    };

    explicit TiffReader(Bytes bytes) : m_b(bytes) {
        if (m_b.startsWith(0, "II"))
            m_little = true;
        else if (m_b.startsWith(0, "MM"))
            m_little = false;
        else
            return;
        if (!m_b.has(0, 8))
            return;
        const std::uint32_t magic = u16(2);
        if (magic == 42) {
            m_ifd0 = u32(4);
            m_valid = true;
        } else if (magic == 43 && m_b.has(0, 16) && u16(4) == 8 && u16(6) == 0) {
            m_big = true;
            m_ifd0 = u64(8);
            m_valid = true;
        }
    }

    bool valid() const { return m_valid; }
    bool big() const { return m_big; }
    std::uint64_t ifd0() const { return m_ifd0; }

    /// Reads the entries of the IFD at `offset`; false when it does not fit in the data.
    bool readIfd(std::uint64_t offset, std::vector<Entry>& entries) const {
        entries.clear();
        const std::uint64_t countSize = m_big ? 8 : 2;
        const std::uint64_t entrySize = m_big ? 20 : 12;
        if (offset == 0 || !m_b.has(offset, countSize))
            return false;
        const std::uint64_t count = m_big ? u64(offset) : u16(offset);
        if (count == 0 || count > 4096 || !m_b.has(offset + countSize, count * entrySize))
            return false;
        for (std::uint64_t i = 0; i < count; ++i) {
            const std::uint64_t at = offset + countSize + i * entrySize;
            Entry e;
            e.tag = u16(at);
            e.type = u16(at + 2);
            e.count = m_big ? u64(at + 4) : u32(at + 4);
            e.valueField = at + (m_big ? 12 : 8);
            entries.push_back(e);
        }
        return true;
    }

    /// The i-th value of an integer entry (BYTE, SHORT, LONG, LONG8); false if unreadable.
    bool value(const Entry& e, std::uint64_t index, std::uint64_t& out) const {
        const int size = typeSize(e.type);
        if (size == 0 || index >= e.count)
            return false;
        const std::uint64_t inlineBytes = m_big ? 8 : 4;
        if (e.count > (std::uint64_t(1) << 40) / std::uint64_t(size))
            return false;
        const std::uint64_t total = e.count * std::uint64_t(size);
        std::uint64_t base = e.valueField;
        if (total > inlineBytes)
            base = m_big ? u64(e.valueField) : u32(e.valueField);
        const std::uint64_t at = base + index * std::uint64_t(size);
        if (!m_b.has(at, std::uint64_t(size)))
            return false;
        switch (e.type) {
        case 1: out = m_b.u8(at); return true;
        case 3: out = u16(at); return true;
        case 4: out = u32(at); return true;
        case 16: out = u64(at); return true;
        default: return false;
        }
    }

    /// The first value of the entry with `tag`, or `fallback`.
    std::uint64_t first(const std::vector<Entry>& entries, std::uint32_t tag, std::uint64_t fallback) const {
        for (const Entry& e : entries) {
            std::uint64_t v = 0;
            if (e.tag == tag && value(e, 0, v))
                return v;
        }
        return fallback;
    }

    /// Overwrites an inline SHORT/LONG value of `e` (count 1) in the file's byte order.
    bool setInlineValue(std::uint8_t* data, const Entry& e, std::uint32_t v) const {
        const int size = e.type == 3 ? 2 : (e.type == 4 ? 4 : 0);
        if (size == 0 || e.count != 1 || !m_b.has(e.valueField, std::uint64_t(size)))
            return false;
        for (int i = 0; i < size; ++i) {
            const int shift = m_little ? 8 * i : 8 * (size - 1 - i);
            data[e.valueField + std::uint64_t(i)] = std::uint8_t(v >> shift);
        }
        return true;
    }

    const Entry* find(const std::vector<Entry>& entries, std::uint32_t tag) const {
        for (const Entry& e : entries)
            if (e.tag == tag)
                return &e;
        return nullptr;
    }

private:
    static int typeSize(std::uint32_t type) {
        switch (type) {
        case 1: return 1;   // BYTE
        case 3: return 2;   // SHORT
        case 4: return 4;   // LONG
        case 16: return 8;  // LONG8 (BigTIFF)
        default: return 0;  // not an integer type we read
        }
    }
    std::uint32_t u16(std::uint64_t at) const {
        return m_b.has(at, 2) ? (m_little ? m_b.le16(at) : m_b.be16(at)) : 0;
    }
    std::uint32_t u32(std::uint64_t at) const {
        return m_b.has(at, 4) ? (m_little ? m_b.le32(at) : m_b.be32(at)) : 0;
    }
    std::uint64_t u64(std::uint64_t at) const {
        if (!m_b.has(at, 8))
            return 0;
        const std::uint64_t a = u32(at), b = u32(at + 4);
        return m_little ? (a | (b << 32)) : ((a << 32) | b);
    }

    Bytes m_b;
    bool m_little = true;
    bool m_big = false;
    bool m_valid = false;
    std::uint64_t m_ifd0 = 0;
};

constexpr std::uint32_t kTagImageWidth = 256;
constexpr std::uint32_t kTagImageLength = 257;
constexpr std::uint32_t kTagBitsPerSample = 258;
constexpr std::uint32_t kTagPhotometric = 262;
constexpr std::uint32_t kTagStripOffsets = 273;
constexpr std::uint32_t kTagOrientation = 274;
constexpr std::uint32_t kTagSamplesPerPixel = 277;
constexpr std::uint32_t kTagStripByteCounts = 279;
constexpr std::uint32_t kTagTileOffsets = 324;
constexpr std::uint32_t kTagTileByteCounts = 325;
constexpr std::uint32_t kTagExtraSamples = 338;

int orientationFrom(const TiffReader& tiff, const std::vector<TiffReader::Entry>& ifd) {
    const std::uint64_t v = tiff.first(ifd, kTagOrientation, 1);
    return (v >= 1 && v <= 8) ? int(v) : 1;
}

// Checks that every strip (or tile) of the IFD lies inside the file.
std::string checkTiffData(const TiffReader& tiff, const std::vector<TiffReader::Entry>& ifd, std::size_t fileSize) {
    const TiffReader::Entry* offsets = tiff.find(ifd, kTagStripOffsets);
    const TiffReader::Entry* counts = tiff.find(ifd, kTagStripByteCounts);
    if (!offsets || !counts) {
        offsets = tiff.find(ifd, kTagTileOffsets);
        counts = tiff.find(ifd, kTagTileByteCounts);
    }
    if (!offsets || !counts)
        return "corrupt (the TIFF image has no strip or tile offsets)";
    if (offsets->count != counts->count || offsets->count == 0)
        return "corrupt (the TIFF strip tables disagree)";
    for (std::uint64_t i = 0; i < offsets->count; ++i) {
        std::uint64_t offset = 0, count = 0;
        if (!tiff.value(*offsets, i, offset) || !tiff.value(*counts, i, count))
            return "truncated (the TIFF strip tables lie outside the file)";
        if (offset > fileSize || count > fileSize - offset)
            return "truncated (the TIFF image data ends early)";
    }
    return {};
}

void parseTiff(Bytes b, ImageHeader& h) {
    TiffReader tiff(b);
    if (!tiff.valid()) {
        h.problem = "corrupt (invalid TIFF header)";
        return;
    }
    std::vector<TiffReader::Entry> ifd;
    if (!tiff.readIfd(tiff.ifd0(), ifd)) {
        h.problem = "truncated or corrupt (the first TIFF directory lies outside the file)";
        return;
    }
    h.width = std::int64_t(tiff.first(ifd, kTagImageWidth, 0));
    h.height = std::int64_t(tiff.first(ifd, kTagImageLength, 0));
    const std::uint64_t samples = tiff.first(ifd, kTagSamplesPerPixel, 1);
    const std::uint64_t photometric = tiff.first(ifd, kTagPhotometric, 2);
    h.bitDepth = int(std::min<std::uint64_t>(tiff.first(ifd, kTagBitsPerSample, 1), 64));
    h.exifOrientation = orientationFrom(tiff, ifd);
    if (photometric == 3)  // palette: expands to colour (plus alpha if any)
        h.channels = samples >= 2 ? 4 : 3;
    else if (photometric == 5)  // CMYK
        h.channels = samples >= 5 ? 4 : 3;
    else
        h.channels = int(std::min<std::uint64_t>(samples, 4));
    h.hasAlpha = h.channels == 2 || h.channels == 4 || tiff.find(ifd, kTagExtraSamples) != nullptr;
    if (h.width <= 0 || h.height <= 0) {
        h.problem = "corrupt (the TIFF directory has no image size)";
        return;
    }
    h.problem = checkTiffData(tiff, ifd, b.size);
}

// ---------------------------------------------------------------- JPEG
bool isSofMarker(std::uint32_t m) {
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
}

void parseJpeg(Bytes b, ImageHeader& h) {
    const char* kTruncated = "truncated (the JPEG data ends before its end-of-image marker)";
    bool sawFrame = false;
    bool sawExif = false;
    std::size_t pos = 2;  // after SOI
    for (;;) {
        // Find the next marker: 0xFF, optional fill bytes 0xFF, then the code.
        // Stray bytes between segments are tolerated, as libjpeg does.
        const void* ff = pos < b.size ? std::memchr(b.data + pos, 0xFF, b.size - pos) : nullptr;
        if (!ff) {
            h.problem = kTruncated;
            return;
        }
        pos = std::size_t(static_cast<const std::uint8_t*>(ff) - b.data);
        while (pos < b.size && b.data[pos] == 0xFF)
            ++pos;
        if (pos >= b.size) {
            h.problem = kTruncated;
            return;
        }
        const std::uint32_t marker = b.data[pos++];
        if (marker == 0xD9) {  // EOI
            if (!sawFrame)
                h.problem = "corrupt (the JPEG data has no frame header)";
            return;
        }
        if (marker == 0x00 || marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7))
            continue;  // stand-alone markers (or stuffing) carry no length
        if (!b.has(pos, 2)) {
            h.problem = kTruncated;
            return;
        }
        const std::size_t length = b.be16(pos);
        if (length < 2) {
            h.problem = "corrupt (invalid JPEG segment length)";
            return;
        }
        if (!b.has(pos, length)) {
            h.problem = kTruncated;
            return;
        }
        const std::size_t body = pos + 2;
        const std::size_t bodyLength = length - 2;
        if (isSofMarker(marker) && !sawFrame) {
            if (bodyLength < 6) {
                h.problem = "corrupt (JPEG frame header too short)";
                return;
            }
            sawFrame = true;
            h.bitDepth = int(b.u8(body));
            h.height = b.be16(body + 1);
            h.width = b.be16(body + 3);
            const int components = int(b.u8(body + 5));
            h.channels = components == 1 ? 1 : 3;  // YCbCr, RGB, CMYK and YCCK all decode to colour
            if (h.width == 0 || h.height == 0) {
                h.problem = "corrupt or unsupported (the JPEG frame header gives no image size)";
                return;
            }
        } else if (marker == 0xE1 && !sawExif && bodyLength > 6 && b.startsWith(body, "Exif")) {
            sawExif = true;
            h.exifOrientation = exifOrientationFromTiff(b.data + body + 6, bodyLength - 6);
        }
        pos += length;
        if (marker == 0xDA) {  // SOS: entropy-coded data follows until the next real marker
            if (!sawFrame) {
                h.problem = "corrupt (JPEG scan before the frame header)";
                return;
            }
            for (;;) {
                const void* next = pos < b.size ? std::memchr(b.data + pos, 0xFF, b.size - pos) : nullptr;
                if (!next) {
                    h.problem = kTruncated;
                    return;
                }
                pos = std::size_t(static_cast<const std::uint8_t*>(next) - b.data);
                if (pos + 1 >= b.size) {
                    h.problem = kTruncated;
                    return;
                }
                const std::uint32_t code = b.data[pos + 1];
                if (code == 0x00 || (code >= 0xD0 && code <= 0xD7)) {
                    pos += 2;  // stuffed 0xFF byte or restart marker: still inside the scan
                    continue;
                }
                if (code == 0xFF) {
                    pos += 1;  // fill byte
                    continue;
                }
                break;  // a real marker: back to the segment loop
            }
        }
    }
}

// ---------------------------------------------------------------- PNG
void parsePng(Bytes b, ImageHeader& h) {
    std::size_t pos = 8;
    bool first = true;
    bool sawData = false;
    for (;;) {
        if (!b.has(pos, 12)) {
            h.problem = "truncated (the PNG data ends before its IEND chunk)";
            return;
        }
        const std::uint64_t length = b.be32(pos);
        const bool isIhdr = b.startsWith(pos + 4, "IHDR");
        if (first) {
            if (!isIhdr || length != 13) {
                h.problem = "corrupt (the PNG data does not start with an IHDR chunk)";
                return;
            }
            if (!b.has(pos + 8, 13)) {
                h.problem = "truncated (the PNG header chunk is cut short)";
                return;
            }
            // Record the size before anything else so a truncated or forged file
            // can still be refused for its dimensions.
            h.width = b.be32(pos + 8);
            h.height = b.be32(pos + 12);
            h.bitDepth = int(b.u8(pos + 16));
            const std::uint32_t colorType = b.u8(pos + 17);
            switch (colorType) {
            case 0: h.channels = 1; break;
            case 2: h.channels = 3; break;
            case 3: h.channels = 3; break;
            case 4: h.channels = 2; h.hasAlpha = true; break;
            case 6: h.channels = 4; h.hasAlpha = true; break;
            default:
                h.problem = "corrupt (invalid PNG colour type)";
                return;
            }
            if (h.width == 0 || h.height == 0) {
                h.problem = "corrupt (the PNG header gives a zero image size)";
                return;
            }
            first = false;
        }
        if (length > 0x7FFFFFFFu) {
            h.problem = "corrupt (invalid PNG chunk length)";
            return;
        }
        if (!b.has(pos, 12 + length)) {
            h.problem = "truncated (the PNG data ends in the middle of a chunk)";
            return;
        }
        const std::size_t body = pos + 8;
        if (b.startsWith(pos + 4, "IDAT"))
            sawData = true;
        else if (b.startsWith(pos + 4, "tRNS"))
            h.hasAlpha = true;
        else if (b.startsWith(pos + 4, "eXIf"))
            h.exifOrientation = exifOrientationFromTiff(b.data + body, std::size_t(length));
        else if (b.startsWith(pos + 4, "IEND")) {
            if (!sawData)
                h.problem = "corrupt (the PNG data has no image data chunk)";
            return;
        }
        pos += 12 + std::size_t(length);
    }
}

// ---------------------------------------------------------------- BMP
void parseBmp(Bytes b, ImageHeader& h) {
    if (!b.has(0, 26)) {
        h.problem = "truncated (the BMP header is cut short)";
        return;
    }
    const std::uint64_t dataOffset = b.le32(10);
    const std::uint32_t dibSize = b.le32(14);
    std::uint32_t bitsPerPixel = 0;
    std::uint32_t compression = 0;
    if (dibSize == 12) {  // BITMAPCOREHEADER (OS/2)
        h.width = b.le16(18);
        h.height = b.le16(20);
        bitsPerPixel = b.le16(24);
    } else if (dibSize >= 16 && dibSize <= 1024) {
        if (!b.has(0, 34)) {
            h.problem = "truncated (the BMP header is cut short)";
            return;
        }
        h.width = std::int32_t(b.le32(18));
        const std::int32_t height = std::int32_t(b.le32(22));
        h.height = height < 0 ? -std::int64_t(height) : std::int64_t(height);  // negative = top-down rows
        bitsPerPixel = b.le16(28);
        compression = dibSize >= 20 ? b.le32(30) : 0;
    } else {
        h.problem = "corrupt (unknown BMP header size)";
        return;
    }
    h.bitDepth = 8;
    h.channels = bitsPerPixel == 32 ? 4 : 3;  // 32-bit may carry alpha; the decoder decides
    h.hasAlpha = false;
    if (h.width <= 0 || h.height <= 0) {
        h.problem = "corrupt (the BMP header gives no image size)";
        return;
    }
    if (bitsPerPixel == 0 || bitsPerPixel > 32) {
        h.problem = "corrupt (invalid BMP bits per pixel)";
        return;
    }
    const bool uncompressed = compression == 0 || compression == 3 || compression == 6;  // RGB, BITFIELDS, ALPHABITFIELDS
    if (uncompressed) {
        const std::uint64_t rowBytes = (std::uint64_t(h.width) * bitsPerPixel + 31) / 32 * 4;
        if (dataOffset > b.size || rowBytes == 0 ||
            std::uint64_t(h.height) > (b.size - dataOffset) / rowBytes)
            h.problem = "truncated (the BMP file holds fewer pixel rows than its header says)";
    }
}

// ---------------------------------------------------------------- WebP
void parseWebp(Bytes b, ImageHeader& h) {
    const std::uint64_t riffEnd = std::uint64_t(b.le32(4)) + 8;
    if (riffEnd > b.size) {
        h.problem = "truncated (the WebP data is shorter than its RIFF header says)";
        // Keep going within what is there: the size may still be readable.
    }
    const std::size_t end = std::size_t(std::min<std::uint64_t>(riffEnd, b.size));
    const Bytes chunkBytes{b.data, end};
    std::size_t pos = 12;
    bool sawImage = false;
    bool extended = false;
    while (chunkBytes.has(pos, 8)) {
        const std::uint64_t length = b.le32(pos + 4);
        const std::size_t body = pos + 8;
        const bool complete = chunkBytes.has(body, length);
        if (b.startsWith(pos, "VP8X") && pos == 12) {
            if (!chunkBytes.has(body, 10))
                break;
            extended = true;
            const std::uint32_t flags = b.u8(body);
            h.width = std::int64_t(b.le24(body + 4)) + 1;
            h.height = std::int64_t(b.le24(body + 7)) + 1;
            h.hasAlpha = (flags & 0x10) != 0;
            h.channels = h.hasAlpha ? 4 : 3;
            h.bitDepth = 8;
            if ((flags & 0x02) != 0 && h.problem.empty())
                h.problem = "unsupported (animated WebP)";
        } else if (b.startsWith(pos, "VP8 ")) {
            sawImage = true;
            if (!extended) {
                if (!chunkBytes.has(body, 10) || b.u8(body + 3) != 0x9D || b.u8(body + 4) != 0x01 ||
                    b.u8(body + 5) != 0x2A) {
                    if (h.problem.empty())
                        h.problem = "corrupt (invalid WebP VP8 frame header)";
                    return;
                }
                h.width = b.le16(body + 6) & 0x3FFF;
                h.height = b.le16(body + 8) & 0x3FFF;
                h.channels = 3;
                h.bitDepth = 8;
            }
        } else if (b.startsWith(pos, "VP8L")) {
            sawImage = true;
            if (!extended) {
                if (!chunkBytes.has(body, 5) || b.u8(body) != 0x2F) {
                    if (h.problem.empty())
                        h.problem = "corrupt (invalid WebP lossless header)";
                    return;
                }
                const std::uint32_t bits = b.le32(body + 1);
                h.width = std::int64_t(bits & 0x3FFF) + 1;
                h.height = std::int64_t((bits >> 14) & 0x3FFF) + 1;
                h.hasAlpha = ((bits >> 28) & 1) != 0;
                h.channels = h.hasAlpha ? 4 : 3;
                h.bitDepth = 8;
            }
        } else if (b.startsWith(pos, "EXIF") && complete) {
            h.exifOrientation = exifOrientationFromTiff(b.data + body, std::size_t(length));
        }
        if (!complete) {
            if (h.problem.empty())
                h.problem = "truncated (the WebP data ends in the middle of a chunk)";
            return;
        }
        pos = body + std::size_t(length) + (length & 1);  // chunks are padded to even sizes
    }
    if (h.problem.empty() && !sawImage)
        h.problem = "corrupt (the WebP file holds no image)";
    if (h.problem.empty() && (h.width <= 0 || h.height <= 0))
        h.problem = "corrupt (the WebP header gives no image size)";
}

// Image formats Likeness does not read, named so the user knows what to convert.
std::string unsupportedFormatName(Bytes b) {
    if (b.startsWith(0, "GIF87a") || b.startsWith(0, "GIF89a"))
        return "GIF";
    if (b.startsWith(4, "ftyp")) {
        for (const char* brand : {"heic", "heix", "hevc", "heim", "heis", "mif1", "msf1"})
            if (b.startsWith(8, brand))
                return "HEIC/HEIF";
        for (const char* brand : {"avif", "avis"})
            if (b.startsWith(8, brand))
                return "AVIF";
    }
    static const std::uint8_t kJp2[] = {0, 0, 0, 0x0C, 'j', 'P', ' ', ' '};
    static const std::uint8_t kJ2k[] = {0xFF, 0x4F, 0xFF, 0x51};
    if ((b.has(0, 8) && std::memcmp(b.data, kJp2, 8) == 0) || (b.has(0, 4) && std::memcmp(b.data, kJ2k, 4) == 0))
        return "JPEG 2000";
    if (b.startsWith(0, "8BPS"))
        return "Photoshop (PSD)";
    static const std::uint8_t kExr[] = {0x76, 0x2F, 0x31, 0x01};
    if (b.has(0, 4) && std::memcmp(b.data, kExr, 4) == 0)
        return "OpenEXR";
    if (b.startsWith(0, "#?RADIANCE") || b.startsWith(0, "#?RGBE"))
        return "Radiance HDR";
    if (b.startsWith(0, "%PDF"))
        return "PDF";
    return {};
}

} // namespace

const char* imageFormatName(ImageFormat format) {
    switch (format) {
    case ImageFormat::Jpeg: return "JPEG";
    case ImageFormat::Png: return "PNG";
    case ImageFormat::Tiff: return "TIFF";
    case ImageFormat::Bmp: return "BMP";
    case ImageFormat::WebP: return "WebP";
    case ImageFormat::Unknown: break;
    }
    return "unknown";
}

ImageFormat sniffImageFormat(const std::uint8_t* data, std::size_t size) {
    const Bytes b{data, size};
    static const std::uint8_t kPng[] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    if (b.has(0, 8) && std::memcmp(data, kPng, 8) == 0)
        return ImageFormat::Png;
    if (b.has(0, 3) && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
        return ImageFormat::Jpeg;
    if (b.has(0, 4) && (std::memcmp(data, "II*\0", 4) == 0 || std::memcmp(data, "MM\0*", 4) == 0 ||
                        std::memcmp(data, "II+\0", 4) == 0 || std::memcmp(data, "MM\0+", 4) == 0))
        return ImageFormat::Tiff;
    if (b.startsWith(0, "RIFF") && b.startsWith(8, "WEBP"))
        return ImageFormat::WebP;
    if (b.startsWith(0, "BM") && b.has(0, 18)) {
        const std::uint32_t dibSize = b.le32(14);
        if (dibSize == 12 || (dibSize >= 16 && dibSize <= 1024))
            return ImageFormat::Bmp;
    }
    return ImageFormat::Unknown;
}

ImageHeader readImageHeader(const std::uint8_t* data, std::size_t size) {
    ImageHeader h;
    const Bytes b{data, data ? size : 0};
    h.format = sniffImageFormat(b.data, b.size);
    switch (h.format) {
    case ImageFormat::Jpeg: parseJpeg(b, h); break;
    case ImageFormat::Png: parsePng(b, h); break;
    case ImageFormat::Tiff: parseTiff(b, h); break;
    case ImageFormat::Bmp: parseBmp(b, h); break;
    case ImageFormat::WebP: parseWebp(b, h); break;
    case ImageFormat::Unknown:
        h.unsupportedFormat = unsupportedFormatName(b);
        h.problem = h.unsupportedFormat.empty() ? "not an image (unrecognised file header)"
                                                : "unsupported format (" + h.unsupportedFormat + ")";
        break;
    }
    return h;
}

int exifOrientationFromTiff(const std::uint8_t* data, std::size_t size) {
    Bytes b{data, data ? size : 0};
    if (b.startsWith(0, "Exif")) {  // some writers keep the JPEG APP1 prefix
        if (!b.has(0, 6))
            return 1;
        b = Bytes{b.data + 6, b.size - 6};
    }
    const TiffReader tiff(b);
    std::vector<TiffReader::Entry> ifd;
    if (!tiff.valid() || !tiff.readIfd(tiff.ifd0(), ifd))
        return 1;
    return orientationFrom(tiff, ifd);
}

bool resetTiffOrientation(std::uint8_t* data, std::size_t size) {
    const Bytes b{data, data ? size : 0};
    if (sniffImageFormat(b.data, b.size) != ImageFormat::Tiff)
        return false;
    const TiffReader tiff(b);
    std::vector<TiffReader::Entry> ifd;
    if (!tiff.valid() || !tiff.readIfd(tiff.ifd0(), ifd))
        return false;
    const TiffReader::Entry* entry = tiff.find(ifd, kTagOrientation);
    std::uint64_t value = 1;
    if (!entry || !tiff.value(*entry, 0, value) || value == 1)
        return false;
    return tiff.setInlineValue(data, *entry, 1);
}

} // namespace likeness
