#include "lighting/hdr_header.h"

#include <algorithm>
#include <cstring>
#include <sstream>

namespace likeness {
namespace {

HdrHeader radiance(const std::uint8_t* data, std::size_t size) {
    HdrHeader h;
    h.format = HdrFormat::Radiance;
    const std::size_t limit = std::min<std::size_t>(size, 64 * 1024);
    std::size_t pos = 0;
    bool blank = false;
    // Header lines until an empty one.
    while (pos < limit) {
        const std::size_t start = pos;
        while (pos < limit && data[pos] != '\n') ++pos;
        if (pos >= limit) break;
        const bool empty = pos == start;
        ++pos;
        if (empty) {
            blank = true;
            break;
        }
    }
    if (!blank) {
        h.problem = "truncated or corrupt Radiance header (no end of header found)";
        return h;
    }
    const std::size_t start = pos;
    while (pos < limit && data[pos] != '\n') ++pos;
    if (pos >= limit) {
        h.problem = "truncated Radiance header (no resolution line)";
        return h;
    }
    std::istringstream line(std::string(reinterpret_cast<const char*>(data + start), pos - start));
    std::string a, b;
    long long n1 = 0, n2 = 0;
    if (!(line >> a >> n1 >> b >> n2) || a.size() != 2 || b.size() != 2 || (a[0] != '-' && a[0] != '+') ||
        (b[0] != '-' && b[0] != '+') || n1 <= 0 || n2 <= 0 ||
        !((a[1] == 'Y' && b[1] == 'X') || (a[1] == 'X' && b[1] == 'Y'))) {
        h.problem = "corrupt Radiance header (bad resolution line)";
        return h;
    }
    h.height = a[1] == 'Y' ? n1 : n2;
    h.width = a[1] == 'Y' ? n2 : n1;
    return h;
}

std::int32_t readInt32(const std::uint8_t* p) {   // EXR is little-endian
    return std::int32_t(std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 |
                        std::uint32_t(p[3]) << 24);
}

HdrHeader openExr(const std::uint8_t* data, std::size_t size) {
    HdrHeader h;
    h.format = HdrFormat::OpenExr;
    std::size_t pos = 8;   // magic + version
    auto readString = [&](std::string& out) {
        const std::size_t start = pos;
        while (pos < size && data[pos] != 0 && pos - start < 256) ++pos;
        if (pos >= size || data[pos] != 0) return false;
        out.assign(reinterpret_cast<const char*>(data + start), pos - start);
        ++pos;
        return true;
    };
    for (int attributes = 0; attributes < 1024; ++attributes) {
        std::string name, type;
        if (!readString(name)) break;
        if (name.empty()) {   // end of the header
            if (h.width <= 0 || h.height <= 0) h.problem = "corrupt OpenEXR header (no data window)";
            return h;
        }
        if (!readString(type) || pos + 4 > size) break;
        const std::int32_t length = readInt32(data + pos);
        pos += 4;
        if (length < 0 || std::size_t(length) > size - pos) break;
        if (name == "dataWindow") {
            if (type != "box2i" || length != 16) {
                h.problem = "corrupt OpenEXR header (bad data window)";
                return h;
            }
            const std::int64_t x0 = readInt32(data + pos), y0 = readInt32(data + pos + 4),
                               x1 = readInt32(data + pos + 8), y1 = readInt32(data + pos + 12);
            h.width = x1 - x0 + 1;
            h.height = y1 - y0 + 1;
            if (h.width <= 0 || h.height <= 0) {
                h.problem = "corrupt OpenEXR header (empty data window)";
                return h;
            }
        }
        pos += std::size_t(length);
    }
    h.problem = "truncated or corrupt OpenEXR header";
    return h;
}

} // namespace

HdrHeader readHdrHeader(const std::uint8_t* data, std::size_t size) {
    if (data && size >= 2 && data[0] == '#' && data[1] == '?') return radiance(data, size);
    if (data && size >= 8 && data[0] == 0x76 && data[1] == 0x2f && data[2] == 0x31 && data[3] == 0x01)
        return openExr(data, size);
    return {};
}

} // namespace likeness
