#pragma once
// SHA-256 (FIPS 180-4), used to verify the pinned third-party assets.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace likeness {

/// Incremental SHA-256: update() any number of times, then finish() once.
class Sha256 {
public:
    using Digest = std::array<std::uint8_t, 32>;

    Sha256();
    void update(const void* data, std::size_t size);
    void update(const std::string& bytes) { update(bytes.data(), bytes.size()); }
    /// Pads, finishes and returns the digest; the object must be reset() before reuse.
    Digest finish();
    void reset();

    /// Lowercase hexadecimal form of a digest (64 characters).
    static std::string toHex(const Digest& digest);

private:
    void processBlock(const std::uint8_t* block);

    std::array<std::uint32_t, 8> m_state;
    std::array<std::uint8_t, 64> m_buffer;
    std::size_t m_buffered = 0;      // bytes waiting in m_buffer
    std::uint64_t m_totalBytes = 0;  // message length so far
};

/// SHA-256 of a byte range as lowercase hex.
std::string sha256Hex(const void* data, std::size_t size);
/// SHA-256 of a string's bytes as lowercase hex.
std::string sha256Hex(const std::string& bytes);

} // namespace likeness
