#pragma once
// A `.likeness` session file: everything the studio needs to continue where the
// artist stopped (photos by reference or embedded, their analysis, the fit, its
// settings and reports, the maps, the panels' edits and the window layout).
// The on-disk layout and the versioning rule are documented in
// docs/session_format.md. The document is plain data: the studio fills the
// opaque JSON/byte fields itself; this layer only stores them faithfully.
#include <cstdint>
#include <string>
#include <vector>

#include "common/error.h"

namespace likeness {

/// Format version written by this build. Readers refuse a newer major version
/// and ignore unknown fields of the same major (a newer minor).
constexpr int kSessionFormatMajor = 1;
constexpr int kSessionFormatMinor = 0;

// Bounds every reader enforces (the file is untrusted).
constexpr std::uint64_t kMaxSessionManifestBytes = 16ull << 20;    // the manifest holds metadata only
constexpr std::uint64_t kMaxSessionBlobBytes = 512ull << 20;       // one photo, map or JSON payload
constexpr std::uint64_t kMaxSessionBlobAreaBytes = 4ull << 30;     // all payloads together
constexpr std::size_t kMaxSessionPhotos = 1000;
constexpr std::size_t kMaxSessionMaps = 256;
constexpr std::size_t kMaxSessionNameChars = 4096;                 // paths, stage and map names

/// The file is not a session, or it is damaged (truncated, checksum mismatch,
/// malformed manifest, values out of bounds). The message names the file and the fault.
class SessionFormatError : public InputError {
public:
    using InputError::InputError;
};

/// The file was written with a newer major format version than this build reads.
class SessionVersionError : public InputError {
public:
    SessionVersionError(const std::string& message, int fileMajor) : InputError(message), m_fileMajor(fileMajor) {}
    int fileMajor() const { return m_fileMajor; }

private:
    int m_fileMajor;
};

/// One photo of the session.
struct SessionPhoto {
    std::string path;          // absolute path as the studio referenced it (also the name of an embedded photo)
    std::string embedded;      // the photo file's bytes; empty = stored by reference (read from `path`)
    int selectedFace = -1;     // index of the face the artist chose; -1 = none
    std::string analysisJson;  // opaque JSON text (faces, landmarks …) the studio produced; empty = not analysed
};

/// One UV map produced by a fit stage.
struct SessionMap {
    std::string stage;         // e.g. "medium", "fine"
    std::string map;           // e.g. "diffuse", "normal"
    std::string png;           // PNG file bytes
};

struct SessionDocument {
    int formatVersion = kSessionFormatMajor;  // on read: the file's major version
    int formatMinor = kSessionFormatMinor;    // on read: the file's minor version
    std::vector<SessionPhoto> photos;
    int currentPhoto = -1;                    // index into photos; -1 = none
    std::string fitJson;                      // fitToJson (report/fit_json.h) text; empty = no fit
    std::string fitOptionsJson;               // opaque: the fit panel's settings
    std::string stageReportsJson;             // opaque: per-stage reports
    std::vector<SessionMap> maps;
    std::string editsJson;                    // opaque JSON object text: {"lighting": {...}, "expression": {...}}
    std::string uiState;                      // opaque bytes (QMainWindow::saveState)
    std::string application;                  // e.g. "Likeness 0.3.0"
    std::string savedAt;                      // ISO 8601 time of the save
};

/// Checks the document against the bounds above. Throws OptionsError naming the fault.
void validateSessionDocument(const SessionDocument& document);

/// Serialises `document` (validated first) into the bytes of a session file.
std::string serializeSession(const SessionDocument& document);

/// Validates, serialises and writes atomically (temporary file + rename): on any
/// error an existing file at `path` is left unchanged. Throws OptionsError
/// (invalid document) or InputError (cannot write).
void writeSessionFile(const std::string& path, const SessionDocument& document);

/// Reads and verifies a session file (opened read-only; never modified).
/// Throws InputError (missing/unreadable), SessionVersionError (newer major
/// version) or SessionFormatError (not a session, or damaged).
SessionDocument readSessionFile(const std::string& path);

} // namespace likeness
