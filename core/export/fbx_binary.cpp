#include "export/fbx_binary.h"

#include <cstring>
#include <limits>
#include <type_traits>
#include <zlib.h>

#include "common/error.h"

namespace likeness::fbx {
namespace {

// FBX is little-endian, like every machine we build for (checked here), so a
// value's bytes are copied as they are.
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "the FBX writer assumes a little-endian host");

template <typename T>
void putLE(std::string& out, T value) {
    static_assert(std::is_trivially_copyable_v<T>);
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out.append(bytes, sizeof(T));
}

constexpr size_t kCompressFrom = 128;   // bytes: smaller arrays stay raw (zlib's header would not pay)

template <typename T>
Property arrayProperty(char type, const std::vector<T>& values) {
    if (values.size() > std::numeric_limits<uint32_t>::max() / sizeof(T))
        throw InputError("FBX: an array of " + std::to_string(values.size()) + " values is too large for FBX 7.4.");
    std::string raw;
    raw.reserve(values.size() * sizeof(T));
    for (const T& v : values) putLE(raw, v);
    Property p{type, {}};
    putLE(p.payload, static_cast<uint32_t>(values.size()));   // element count
    // Arrays of more than a few values are zlib-deflated (encoding 1, as FBX SDK files
    // are): a face's 52 shapes shrink about 3x. Level 1: most of the gain, little time.
    if (raw.size() >= kCompressFrom) {
        uLongf packed = compressBound(static_cast<uLong>(raw.size()));
        std::string z(packed, '\0');
        if (compress2(reinterpret_cast<Bytef*>(z.data()), &packed, reinterpret_cast<const Bytef*>(raw.data()),
                      static_cast<uLong>(raw.size()), 1) == Z_OK && packed < raw.size()) {
            putLE(p.payload, uint32_t(1));
            putLE(p.payload, static_cast<uint32_t>(packed));
            p.payload.append(z.data(), packed);
            return p;
        }
    }
    putLE(p.payload, uint32_t(0));   // encoding 0: raw
    putLE(p.payload, static_cast<uint32_t>(raw.size()));
    p.payload += raw;
    return p;
}

Property lengthPrefixed(char type, const char* data, size_t size) {
    if (size > std::numeric_limits<uint32_t>::max()) throw InputError("FBX: a property is too large for FBX 7.4.");
    Property p{type, {}};
    putLE(p.payload, static_cast<uint32_t>(size));
    p.payload.append(data, size);
    return p;
}

constexpr size_t kNullRecord = 13;   // FBX 7.4: three uint32 + a zero name length

// A scope is closed by a null record when it has children; a record with
// neither properties nor children gets one too ("Name: {}"), as the FBX SDK
// writes, and so does one marked keepScope().
bool hasNullRecord(const Node& n) {
    return !n.children().empty() || n.properties().empty() || n.keepsScope();
}

uint64_t recordSize(const Node& n) {
    uint64_t size = 13 + n.name().size();
    for (const Property& p : n.properties()) size += 1 + p.payload.size();
    for (const Node& c : n.children()) size += recordSize(c);
    if (hasNullRecord(n)) size += kNullRecord;
    return size;
}

void writeRecord(std::string& out, const Node& n) {
    if (n.name().empty() || n.name().size() > 255) throw InputError("FBX: record name '" + n.name() + "' is invalid.");
    const uint64_t end = out.size() + recordSize(n);
    if (end > std::numeric_limits<uint32_t>::max())
        throw InputError("FBX: the scene is larger than FBX 7.4's 4 GiB limit.");
    uint64_t propBytes = 0;
    for (const Property& p : n.properties()) propBytes += 1 + p.payload.size();
    putLE(out, static_cast<uint32_t>(end));
    putLE(out, static_cast<uint32_t>(n.properties().size()));
    putLE(out, static_cast<uint32_t>(propBytes));
    out.push_back(static_cast<char>(n.name().size()));
    out += n.name();
    for (const Property& p : n.properties()) {
        out.push_back(p.type);
        out += p.payload;
    }
    for (const Node& c : n.children()) writeRecord(out, c);
    if (hasNullRecord(n)) out.append(kNullRecord, '\0');
}

} // namespace

Node& Node::child(const std::string& name) {
    m_children.emplace_back(name);
    return m_children.back();
}

Node& Node::add(bool value) {
    m_props.push_back({'C', std::string(1, value ? '\1' : '\0')});
    return *this;
}

Node& Node::add(int32_t value) {
    Property p{'I', {}};
    putLE(p.payload, value);
    m_props.push_back(std::move(p));
    return *this;
}

Node& Node::add(int64_t value) {
    Property p{'L', {}};
    putLE(p.payload, value);
    m_props.push_back(std::move(p));
    return *this;
}

Node& Node::add(float value) {
    Property p{'F', {}};
    putLE(p.payload, value);
    m_props.push_back(std::move(p));
    return *this;
}

Node& Node::add(double value) {
    Property p{'D', {}};
    putLE(p.payload, value);
    m_props.push_back(std::move(p));
    return *this;
}

Node& Node::add(const std::string& value) {
    m_props.push_back(lengthPrefixed('S', value.data(), value.size()));
    return *this;
}

Node& Node::add(const char* value) { return add(std::string(value)); }

Node& Node::addRaw(const std::vector<unsigned char>& bytes) {
    m_props.push_back(lengthPrefixed('R', reinterpret_cast<const char*>(bytes.data()), bytes.size()));
    return *this;
}

Node& Node::addArray(const std::vector<int32_t>& values) {
    m_props.push_back(arrayProperty('i', values));
    return *this;
}

Node& Node::addArray(const std::vector<int64_t>& values) {
    m_props.push_back(arrayProperty('l', values));
    return *this;
}

Node& Node::addArray(const std::vector<float>& values) {
    m_props.push_back(arrayProperty('f', values));
    return *this;
}

Node& Node::addArray(const std::vector<double>& values) {
    m_props.push_back(arrayProperty('d', values));
    return *this;
}

std::vector<unsigned char> fileId() {
    return {0x28, 0xb3, 0x2a, 0xeb, 0xb6, 0x24, 0xcc, 0xc2, 0xbf, 0xc8, 0xb0, 0x2a, 0xa9, 0x2b, 0xfc, 0xf1};
}

std::string creationTime() { return "1970-01-01 10:00:00:000"; }

std::string objectName(const std::string& name, const std::string& cls) {
    return name + std::string("\0\1", 2) + cls;
}

std::string serializeBinary(const std::list<Node>& topLevel, uint32_t version) {
    std::string out("Kaydara FBX Binary  \0\x1a\0", 23);
    putLE(out, version);
    for (const Node& n : topLevel) writeRecord(out, n);
    out.append(kNullRecord, '\0');   // end of the top-level records

    // Footer (FBX 7.4 binary layout): the footer code that goes with fileId() and
    // creationTime(), 4 zero bytes, zero padding to a 16-byte boundary (a whole
    // 16 bytes when already aligned), the version again, 120 zero bytes and a
    // fixed 16-byte magic.
    static const unsigned char footerCode[16] = {0xfa, 0xbc, 0xab, 0x09, 0xd0, 0xc8, 0xd4, 0x66,
                                                 0xb1, 0x76, 0xfb, 0x83, 0x1c, 0xf7, 0x26, 0x7e};
    static const unsigned char footerMagic[16] = {0xf8, 0x5a, 0x8c, 0x6a, 0xde, 0xf5, 0xd9, 0x7e,
                                                  0xec, 0xe9, 0x0c, 0xe3, 0x75, 0x8f, 0x29, 0x0b};
    out.append(reinterpret_cast<const char*>(footerCode), 16);
    out.append(4, '\0');
    size_t pad = 16 - out.size() % 16;
    out.append(pad, '\0');
    putLE(out, version);
    out.append(120, '\0');
    out.append(reinterpret_cast<const char*>(footerMagic), 16);
    return out;
}

} // namespace likeness::fbx
