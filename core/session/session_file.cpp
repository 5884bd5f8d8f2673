#include "session/session_file.h"

#include <cctype>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "common/atomic_file.h"
#include "common/sha256.h"

namespace likeness {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kMagic = "LIKENESS-SESSION";
constexpr const char* kFormatName = "likeness-session";
constexpr std::size_t kMaxHeaderLine = 128;   // both header lines are far shorter

std::string mib(std::uint64_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

// ---- writing ---------------------------------------------------------------

/// Appends payloads to the blob area and returns their manifest references.
class BlobWriter {
public:
    json add(const std::string& bytes) {
        if (bytes.empty()) return nullptr;
        json ref = {{"offset", m_area.size()}, {"size", bytes.size()}, {"sha256", sha256Hex(bytes)}};
        m_area += bytes;
        return ref;
    }
    const std::string& area() const { return m_area; }

private:
    std::string m_area;
};

void checkName(const std::string& value, const std::string& what) {
    if (value.size() > kMaxSessionNameChars)
        throw OptionsError("The session's " + what + " is longer than " + std::to_string(kMaxSessionNameChars) +
                           " characters.");
}

void checkBlob(const std::string& bytes, const std::string& what) {
    if (bytes.size() > kMaxSessionBlobBytes)
        throw OptionsError("The session's " + what + " is larger than " + mib(kMaxSessionBlobBytes) +
                           ", the most a session file stores per item.");
}

// ---- reading ---------------------------------------------------------------

/// Reads the untrusted file: every fault becomes a SessionFormatError naming the file.
class SessionReader {
public:
    explicit SessionReader(std::string path) : m_path(std::move(path)) {}

    SessionDocument read() {
        std::error_code ec;
        const auto status = fs::status(m_path, ec);
        if (ec || !fs::exists(status)) throw InputError("The session " + m_path + " does not exist.");
        if (!fs::is_regular_file(status)) throw InputError(m_path + " is not a file.");
        m_size = fs::file_size(m_path, ec);
        if (ec) throw InputError("Cannot read the session " + m_path + ": " + ec.message() + ".");
        m_in.open(m_path, std::ios::binary | std::ios::in);
        if (!m_in) throw InputError("Cannot open the session " + m_path + " for reading (permissions?).");
        if (m_size == 0) damaged("is empty: it is not a Likeness session");

        SessionDocument document;
        readHeader(document);
        const json manifest = readManifest();
        parseManifest(manifest, document);
        return document;
    }

private:
    [[noreturn]] void damaged(const std::string& what) const {
        throw SessionFormatError("The session " + m_path + " " + what + ".");
    }
    [[noreturn]] void badManifest(const std::string& what) const {
        damaged("is damaged: its manifest " + what);
    }

    std::string readBytes(std::uint64_t offset, std::uint64_t size, const std::string& what) {
        std::string bytes(size, '\0');
        m_in.clear();
        m_in.seekg(static_cast<std::streamoff>(offset));
        if (!m_in.read(bytes.data(), static_cast<std::streamsize>(size)))
            damaged("could not be read completely (" + what + "); it may be truncated");
        return bytes;
    }

    /// One '\n'-terminated line starting at `m_pos`, at most kMaxHeaderLine bytes.
    std::string headerLine(const std::string& head, const std::string& what) {
        const auto end = head.find('\n', m_pos);
        if (end == std::string::npos || end - m_pos > kMaxHeaderLine) {
            if (end != std::string::npos || head.size() < m_size)
                damaged("is damaged: its " + what + " line is malformed");
            damaged("is damaged or truncated: its " + what + " line is incomplete");
        }
        std::string line = head.substr(m_pos, end - m_pos);
        m_pos = end + 1;
        return line;
    }

    static bool parseUnsigned(const std::string& text, std::uint64_t& value) {
        if (text.empty() || text.size() > 19) return false;
        value = 0;
        for (char c : text) {
            if (!std::isdigit(static_cast<unsigned char>(c))) return false;
            value = value * 10 + static_cast<std::uint64_t>(c - '0');
        }
        return true;
    }

    void readHeader(SessionDocument& document) {
        const std::string head = readBytes(0, std::min<std::uint64_t>(m_size, 2 * kMaxHeaderLine + 2), "header");
        const std::string magic = std::string(kMagic) + " ";
        if (head.compare(0, magic.size(), magic) != 0)
            damaged("is not a Likeness session (it does not start with \"" + std::string(kMagic) + "\")");

        // Line 1: "LIKENESS-SESSION <major>.<minor>". The version comes first so
        // that a future layout can change everything after it.
        const std::string versionText = headerLine(head, "first").substr(magic.size());
        const auto dot = versionText.find('.');
        std::uint64_t major = 0, minor = 0;
        if (dot == std::string::npos || !parseUnsigned(versionText.substr(0, dot), major) ||
            !parseUnsigned(versionText.substr(dot + 1), minor) || major > 1000000 || minor > 1000000)
            damaged("is damaged: its format version \"" + versionText + "\" is not <major>.<minor>");
        if (major > static_cast<std::uint64_t>(kSessionFormatMajor))
            throw SessionVersionError("The session " + m_path + " was saved by a newer Likeness (format " +
                                          std::to_string(major) + "); this version reads format " +
                                          std::to_string(kSessionFormatMajor) + ". Update Likeness to open it.",
                                      static_cast<int>(major));
        if (major < 1) damaged("is damaged: format version " + versionText + " does not exist");
        document.formatVersion = static_cast<int>(major);
        document.formatMinor = static_cast<int>(minor);

        // Line 2: "manifest <bytes> <sha256>".
        const std::string line = headerLine(head, "manifest");
        const auto space1 = line.find(' '), space2 = line.rfind(' ');
        if (line.compare(0, 9, "manifest ") != 0 || space1 == space2 ||
            !parseUnsigned(line.substr(space1 + 1, space2 - space1 - 1), m_manifestSize))
            damaged("is damaged: its manifest line is malformed");
        m_manifestSha = line.substr(space2 + 1);
        if (m_manifestSize > kMaxSessionManifestBytes)
            damaged("is damaged: it claims a manifest of " + std::to_string(m_manifestSize) +
                    " bytes, more than the " + mib(kMaxSessionManifestBytes) + " a session manifest may have");
        if (m_pos + m_manifestSize > m_size)
            damaged("is truncated: it ends inside its manifest");
    }

    json readManifest() {
        const std::string text = readBytes(m_pos, m_manifestSize, "manifest");
        if (sha256Hex(text) != m_manifestSha) damaged("is damaged: its manifest does not match its checksum");
        m_blobStart = m_pos + m_manifestSize;
        try {
            return json::parse(text);
        } catch (const json::exception&) {
            badManifest("is not valid JSON");
        }
    }

    // Typed access to manifest fields; every mismatch is a clear format error.
    const json& field(const json& object, const char* key, const std::string& where) const {
        const auto it = object.find(key);
        if (it == object.end()) badManifest("lacks \"" + std::string(key) + "\"" + where);
        return *it;
    }
    std::string string(const json& object, const char* key, const std::string& where, bool required) const {
        if (!required && !object.contains(key)) return {};
        const json& value = field(object, key, where);
        if (!value.is_string()) badManifest("has a non-text \"" + std::string(key) + "\"" + where);
        const auto& text = value.get_ref<const std::string&>();
        if (text.size() > kMaxSessionNameChars) badManifest("has an overlong \"" + std::string(key) + "\"" + where);
        return text;
    }
    std::int64_t integer(const json& object, const char* key, std::int64_t lo, std::int64_t hi,
                         const std::string& where) const {
        const json& value = field(object, key, where);
        if (!value.is_number_integer()) badManifest("has a non-integer \"" + std::string(key) + "\"" + where);
        const auto v = value.get<std::int64_t>();
        if (value.is_number_unsigned() && value.get<std::uint64_t>() > static_cast<std::uint64_t>(hi))
            badManifest("has \"" + std::string(key) + "\" out of range" + where);
        if (v < lo || v > hi) badManifest("has \"" + std::string(key) + "\" out of range" + where);
        return v;
    }
    const json& array(const json& object, const char* key, std::size_t maxCount) const {
        const json& value = field(object, key, "");
        if (!value.is_array()) badManifest("has a non-list \"" + std::string(key) + "\"");
        if (value.size() > maxCount)
            badManifest("lists " + std::to_string(value.size()) + " " + key + ", more than " +
                        std::to_string(maxCount));
        return value;
    }

    /// The payload a blob reference (or null/absence = empty) names, checksum verified.
    std::string blob(const json& object, const char* key, const std::string& what) {
        const auto it = object.find(key);
        if (it == object.end() || it->is_null()) return {};
        if (!it->is_object()) badManifest("has a malformed reference for the " + what);
        const std::string where = " in the reference for the " + what;
        const auto offset = static_cast<std::uint64_t>(integer(*it, "offset", 0, INT64_MAX, where));
        const auto size = static_cast<std::uint64_t>(
            integer(*it, "size", 0, static_cast<std::int64_t>(kMaxSessionBlobBytes), where));
        const std::string sha = string(*it, "sha256", where, true);
        if (offset > m_blobBytes || size > m_blobBytes - offset)
            badManifest("places the " + what + " outside the file");
        std::string bytes = readBytes(m_blobStart + offset, size, what);
        if (sha256Hex(bytes) != sha) damaged("is damaged: the " + what + " does not match its checksum");
        return bytes;
    }

    void parseManifest(const json& manifest, SessionDocument& document) {
        if (!manifest.is_object()) badManifest("is not a JSON object");
        if (string(manifest, "format", "", true) != kFormatName)
            badManifest("does not name the format \"" + std::string(kFormatName) + "\"");
        const json& version = field(manifest, "version", "");
        if (!version.is_object() ||
            integer(version, "major", 0, 1000000, " in \"version\"") != document.formatVersion ||
            integer(version, "minor", 0, 1000000, " in \"version\"") != document.formatMinor)
            badManifest("names a different format version than the file's first line");

        m_blobBytes = static_cast<std::uint64_t>(
            integer(manifest, "blobBytes", 0, static_cast<std::int64_t>(kMaxSessionBlobAreaBytes), ""));
        const std::uint64_t expected = m_blobStart + m_blobBytes;
        if (m_size < expected)
            damaged("is truncated: it has " + std::to_string(m_size) + " bytes, its manifest describes " +
                    std::to_string(expected));
        if (m_size > expected)
            damaged("is damaged: it has " + std::to_string(m_size - expected) + " unexpected bytes at its end");

        document.application = string(manifest, "application", "", false);
        document.savedAt = string(manifest, "savedAt", "", false);

        const json& photos = array(manifest, "photos", kMaxSessionPhotos);
        for (std::size_t i = 0; i < photos.size(); ++i) {
            const json& entry = photos[i];
            const std::string label = "photo " + std::to_string(i + 1);
            if (!entry.is_object()) badManifest("has a malformed entry for " + label);
            SessionPhoto photo;
            photo.path = string(entry, "path", " for " + label, true);
            if (photo.path.empty()) badManifest("has an empty path for " + label);
            photo.selectedFace = static_cast<int>(integer(entry, "selectedFace", -1, 1000000, " for " + label));
            photo.embedded = blob(entry, "embedded", "embedded image of " + label);
            photo.analysisJson = blob(entry, "analysis", "analysis of " + label);
            document.photos.push_back(std::move(photo));
        }
        document.currentPhoto = static_cast<int>(
            integer(manifest, "currentPhoto", -1, static_cast<std::int64_t>(document.photos.size()) - 1, ""));

        document.fitJson = blob(manifest, "fit", "fit");
        document.fitOptionsJson = blob(manifest, "fitOptions", "fit settings");
        document.stageReportsJson = blob(manifest, "stageReports", "stage reports");
        document.editsJson = blob(manifest, "edits", "edits");
        document.uiState = blob(manifest, "uiState", "window layout");

        const json& maps = array(manifest, "maps", kMaxSessionMaps);
        for (std::size_t i = 0; i < maps.size(); ++i) {
            const json& entry = maps[i];
            const std::string label = "map " + std::to_string(i + 1);
            if (!entry.is_object()) badManifest("has a malformed entry for " + label);
            SessionMap map;
            map.stage = string(entry, "stage", " for " + label, true);
            map.map = string(entry, "map", " for " + label, true);
            map.png = blob(entry, "png", "image of " + label + " (" + map.stage + " " + map.map + ")");
            document.maps.push_back(std::move(map));
        }
    }

    std::string m_path;
    std::ifstream m_in;
    std::uint64_t m_size = 0;          // of the whole file
    std::uint64_t m_pos = 0;           // parse position within the header
    std::uint64_t m_manifestSize = 0;
    std::string m_manifestSha;
    std::uint64_t m_blobStart = 0;     // file offset of the blob area
    std::uint64_t m_blobBytes = 0;     // its size, from the manifest
};

} // namespace

void validateSessionDocument(const SessionDocument& d) {
    if (d.photos.size() > kMaxSessionPhotos)
        throw OptionsError("A session holds at most " + std::to_string(kMaxSessionPhotos) + " photos.");
    if (d.maps.size() > kMaxSessionMaps)
        throw OptionsError("A session holds at most " + std::to_string(kMaxSessionMaps) + " maps.");
    if (d.currentPhoto < -1 || d.currentPhoto >= static_cast<int>(d.photos.size()))
        throw OptionsError("The session's current photo " + std::to_string(d.currentPhoto) + " is not one of its " +
                           std::to_string(d.photos.size()) + " photos.");
    std::uint64_t total = 0;
    auto blob = [&](const std::string& bytes, const std::string& what) {
        checkBlob(bytes, what);
        total += bytes.size();
    };
    for (std::size_t i = 0; i < d.photos.size(); ++i) {
        const auto& p = d.photos[i];
        const std::string label = "photo " + std::to_string(i + 1);
        if (p.path.empty()) throw OptionsError("The session's " + label + " has no path.");
        checkName(p.path, "path of " + label);
        if (p.selectedFace < -1) throw OptionsError("The session's " + label + " has an invalid selected face.");
        blob(p.embedded, "embedded image of " + label);
        blob(p.analysisJson, "analysis of " + label);
    }
    for (std::size_t i = 0; i < d.maps.size(); ++i) {
        checkName(d.maps[i].stage, "stage name of map " + std::to_string(i + 1));
        checkName(d.maps[i].map, "name of map " + std::to_string(i + 1));
        blob(d.maps[i].png, "map " + d.maps[i].stage + " " + d.maps[i].map);
    }
    blob(d.fitJson, "fit");
    blob(d.fitOptionsJson, "fit settings");
    blob(d.stageReportsJson, "stage reports");
    blob(d.editsJson, "edits");
    blob(d.uiState, "window layout");
    checkName(d.application, "application name");
    checkName(d.savedAt, "save time");
    if (total > kMaxSessionBlobAreaBytes)
        throw OptionsError("The session is larger than " + mib(kMaxSessionBlobAreaBytes) +
                           "; store photos by reference instead of embedding them.");
}

std::string serializeSession(const SessionDocument& d) {
    validateSessionDocument(d);
    BlobWriter blobs;
    json manifest = {{"format", kFormatName},
                     {"version", {{"major", kSessionFormatMajor}, {"minor", kSessionFormatMinor}}},
                     {"application", d.application},
                     {"savedAt", d.savedAt},
                     {"currentPhoto", d.currentPhoto}};
    json photos = json::array();
    for (const auto& p : d.photos)
        photos.push_back({{"path", p.path},
                          {"selectedFace", p.selectedFace},
                          {"embedded", blobs.add(p.embedded)},
                          {"analysis", blobs.add(p.analysisJson)}});
    manifest["photos"] = std::move(photos);
    manifest["fit"] = blobs.add(d.fitJson);
    manifest["fitOptions"] = blobs.add(d.fitOptionsJson);
    manifest["stageReports"] = blobs.add(d.stageReportsJson);
    manifest["edits"] = blobs.add(d.editsJson);
    manifest["uiState"] = blobs.add(d.uiState);
    json maps = json::array();
    for (const auto& m : d.maps) maps.push_back({{"stage", m.stage}, {"map", m.map}, {"png", blobs.add(m.png)}});
    manifest["maps"] = std::move(maps);
    manifest["blobBytes"] = blobs.area().size();

    std::string manifestText;
    try {
        manifestText = manifest.dump(1);
    } catch (const json::exception&) {
        throw OptionsError("A path or name in the session is not valid UTF-8 text.");
    }
    if (manifestText.size() > kMaxSessionManifestBytes)
        throw OptionsError("The session's manifest is larger than " + mib(kMaxSessionManifestBytes) + ".");

    std::string out = std::string(kMagic) + " " + std::to_string(kSessionFormatMajor) + "." +
                      std::to_string(kSessionFormatMinor) + "\nmanifest " + std::to_string(manifestText.size()) +
                      " " + sha256Hex(manifestText) + "\n";
    out.reserve(out.size() + manifestText.size() + blobs.area().size());
    out += manifestText;
    out += blobs.area();
    return out;
}

void writeSessionFile(const std::string& path, const SessionDocument& document) {
    const std::string bytes = serializeSession(document);   // throws before anything touches the disk
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw InputError("Cannot save the session: " + path + " is a folder.");
    writeFileAtomically(path, bytes);
}

SessionDocument readSessionFile(const std::string& path) { return SessionReader(path).read(); }

} // namespace likeness
