// .likeness session files: round trip of every field, and refusal (with a clear
// message, without touching the file) of damaged, truncated, foreign and newer files.
#include <QtTest>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "common/sha256.h"
#include "session/session_file.h"
#include "support/test_support.h"

#ifdef __unix__
#include <unistd.h>
#endif

using namespace likeness;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string binary(std::size_t size, unsigned seed) {
    std::string bytes(size, '\0');
    for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>((i * 131 + seed * 7) % 256);
    bytes[0] = '\0';   // zeros inside must survive
    return bytes;
}

SessionDocument fullDocument() {
    SessionDocument d;
    SessionPhoto referenced;
    referenced.path = "/home/artist/photos/front.jpg";
    referenced.selectedFace = 1;
    referenced.analysisJson = R"({"faces":[{"landmarks":[[1.5,2.5,-0.25]]}]})";
    SessionPhoto embedded;
    embedded.path = "/media/card/Ünïcode side.png";
    embedded.embedded = binary(70000, 3);
    embedded.selectedFace = -1;
    d.photos = {referenced, embedded};
    d.currentPhoto = 1;
    d.fitJson = R"({"format":"likeness-fit","version":2})";
    d.fitOptionsJson = R"({"iterations":200})";
    d.stageReportsJson = R"([{"stage":"coarse","ms":1234}])";
    d.maps = {{"medium", "diffuse", binary(5000, 1)}, {"fine", "normal", binary(3, 2)}};
    d.editsJson = R"({"lighting":{"yaw":10},"expression":{"jawOpen":0.5}})";
    d.uiState = binary(300, 9);
    d.application = "Likeness 9.9.9";
    d.savedAt = "2024-05-01T12:00:00Z";
    return d;
}

/// The file layout of docs/session_format.md, for crafting files a writer would not produce.
std::string craft(const json& manifest, const std::string& area, const std::string& version = "1.0") {
    const std::string text = manifest.dump();
    return "LIKENESS-SESSION " + version + "\nmanifest " + std::to_string(text.size()) + " " + sha256Hex(text) +
           "\n" + text + area;
}

/// Splits a written file into its manifest and blob area.
std::pair<json, std::string> split(const std::string& file) {
    const auto line1 = file.find('\n');
    const auto line2 = file.find('\n', line1 + 1);
    const std::string header = file.substr(line1 + 1, line2 - line1 - 1);
    const auto size = std::stoull(header.substr(9, header.rfind(' ') - 9));
    return {json::parse(file.substr(line2 + 1, size)), file.substr(line2 + 1 + size)};
}

} // namespace

class TestSessionFile : public QObject {
    Q_OBJECT
    std::string m_dir;

    std::string path(const std::string& name) const { return m_dir + "/" + name; }

    /// Reads `file` expecting a SessionFormatError whose message contains `needle`;
    /// checks that the file kept its bytes and modification time.
    void expectDamaged(const std::string& file, const std::string& needle) {
        const std::string before = test::readFile(file);
        const auto mtime = fs::last_write_time(file);
        bool threw = false;
        try {
            readSessionFile(file);
        } catch (const SessionFormatError& e) {
            threw = true;
            const std::string message = e.what();
            QVERIFY2(message.find(needle) != std::string::npos, message.c_str());
            QVERIFY2(message.find(file) != std::string::npos, "the message names the file");
        }
        QVERIFY2(threw, ("no SessionFormatError for " + needle).c_str());
        QVERIFY(test::readFile(file) == before);
        QVERIFY(fs::last_write_time(file) == mtime);
    }

private Q_SLOTS:
    void initTestCase() { m_dir = test::scratchDir("session_file"); }

    void roundTripsEveryField() {
        const SessionDocument d = fullDocument();
        writeSessionFile(path("full.likeness"), d);
        const SessionDocument r = readSessionFile(path("full.likeness"));
        QCOMPARE(r.formatVersion, kSessionFormatMajor);
        QCOMPARE(r.formatMinor, kSessionFormatMinor);
        QCOMPARE(r.photos.size(), std::size_t(2));
        for (std::size_t i = 0; i < 2; ++i) {
            QCOMPARE(r.photos[i].path, d.photos[i].path);
            QVERIFY(r.photos[i].embedded == d.photos[i].embedded);
            QCOMPARE(r.photos[i].selectedFace, d.photos[i].selectedFace);
            QCOMPARE(r.photos[i].analysisJson, d.photos[i].analysisJson);
        }
        QVERIFY(r.photos[0].embedded.empty());                 // by reference
        QCOMPARE(r.photos[1].embedded.size(), std::size_t(70000));
        QCOMPARE(r.currentPhoto, 1);
        QCOMPARE(r.fitJson, d.fitJson);
        QCOMPARE(r.fitOptionsJson, d.fitOptionsJson);
        QCOMPARE(r.stageReportsJson, d.stageReportsJson);
        QCOMPARE(r.maps.size(), std::size_t(2));
        for (std::size_t i = 0; i < 2; ++i) {
            QCOMPARE(r.maps[i].stage, d.maps[i].stage);
            QCOMPARE(r.maps[i].map, d.maps[i].map);
            QVERIFY(r.maps[i].png == d.maps[i].png);
        }
        QCOMPARE(r.editsJson, d.editsJson);
        QVERIFY(r.uiState == d.uiState);
        QCOMPARE(r.uiState.size(), std::size_t(300));
        QCOMPARE(r.application, d.application);
        QCOMPARE(r.savedAt, d.savedAt);
        for (const auto& entry : fs::directory_iterator(m_dir))
            QVERIFY2(entry.path().filename().string().find(".tmp-") == std::string::npos, "temporary file left");
    }

    void roundTripsEmptyDocument() {
        writeSessionFile(path("empty_doc.likeness"), SessionDocument{});
        const SessionDocument r = readSessionFile(path("empty_doc.likeness"));
        QVERIFY(r.photos.empty());
        QVERIFY(r.maps.empty());
        QCOMPARE(r.currentPhoto, -1);
        QVERIFY(r.fitJson.empty() && r.uiState.empty() && r.editsJson.empty());
    }

    void startsWithReadableHeader() {
        writeSessionFile(path("header.likeness"), fullDocument());
        const std::string bytes = test::readFile(path("header.likeness"));
        QCOMPARE(bytes.substr(0, 21), std::string("LIKENESS-SESSION 1.0\n"));
        const auto [manifest, area] = split(bytes);
        QCOMPARE(manifest["format"].get<std::string>(), std::string("likeness-session"));
        QCOMPARE(manifest["blobBytes"].get<std::size_t>(), area.size());
    }

    void refusesTruncatedFile() {
        writeSessionFile(path("whole.likeness"), fullDocument());
        const std::string bytes = test::readFile(path("whole.likeness"));
        const auto [manifest, area] = split(bytes);
        const std::size_t areaStart = bytes.size() - area.size();
        // Inside the first line, inside the manifest, just after it, inside the blobs, one byte short.
        for (std::size_t cut : {std::size_t(10), std::size_t(60), areaStart - 5, areaStart, areaStart + 100,
                                bytes.size() - 1}) {
            const std::string file = path("cut_" + std::to_string(cut) + ".likeness");
            test::writeFile(file, bytes.substr(0, cut));
            // (60 falls inside the second line: "malformed" or "truncated" depending on the digits.)
            const std::string needle = cut == 10 ? "not a Likeness session" : cut == 60 ? "" : "truncated";
            expectDamaged(file, needle);
        }
    }

    void refusesFlippedBytes() {
        writeSessionFile(path("flip.likeness"), fullDocument());
        const std::string bytes = test::readFile(path("flip.likeness"));
        const auto [manifest, area] = split(bytes);
        const std::size_t areaStart = bytes.size() - area.size();

        // A byte inside the embedded photo, found by its manifest reference.
        const auto ref = manifest["photos"][1]["embedded"];
        std::string flipped = bytes;
        flipped[areaStart + ref["offset"].get<std::size_t>() + 1234] ^= 0x20;
        test::writeFile(path("flip_blob.likeness"), flipped);
        expectDamaged(path("flip_blob.likeness"), "embedded image of photo 2 does not match its checksum");

        // The last byte of the window layout.
        const auto ui = manifest["uiState"];
        flipped = bytes;
        flipped[areaStart + ui["offset"].get<std::size_t>() + ui["size"].get<std::size_t>() - 1] ^= 1;
        test::writeFile(path("flip_ui.likeness"), flipped);
        expectDamaged(path("flip_ui.likeness"), "window layout does not match its checksum");

        // A byte of the manifest.
        flipped = bytes;
        flipped[bytes.find("front.jpg")] ^= 1;
        test::writeFile(path("flip_manifest.likeness"), flipped);
        expectDamaged(path("flip_manifest.likeness"), "manifest does not match its checksum");
    }

    void refusesGarbageAndEmptyFiles() {
        test::writeFile(path("garbage.likeness"), "\x89PNG\r\n\x1a\n this is an image, not a session");
        expectDamaged(path("garbage.likeness"), "is not a Likeness session");
        test::writeFile(path("empty.likeness"), "");
        expectDamaged(path("empty.likeness"), "is empty");
        test::writeFile(path("magic_only.likeness"), "LIKENESS-SESSION 1.0\n");
        expectDamaged(path("magic_only.likeness"), "manifest line is incomplete");
        test::writeFile(path("bad_version.likeness"), "LIKENESS-SESSION one\nmanifest 2 00\n{}");
        expectDamaged(path("bad_version.likeness"), "format version \"one\"");
        const std::string text = "{not json";
        test::writeFile(path("not_json.likeness"), "LIKENESS-SESSION 1.0\nmanifest " + std::to_string(text.size()) +
                                                       " " + sha256Hex(text) + "\n" + text);
        expectDamaged(path("not_json.likeness"), "manifest is not valid JSON");
        bool threw = false;
        try {
            readSessionFile(path("does_not_exist.likeness"));
        } catch (const InputError& e) {
            threw = std::string(e.what()).find("does not exist") != std::string::npos;
        }
        QVERIFY(threw);
    }

    void refusesNewerMajorVersion() {
        const auto [manifest, area] = split(serializeSession(fullDocument()));
        json newer = manifest;
        newer["version"] = {{"major", 3}, {"minor", 0}};
        const std::string file = path("newer.likeness");
        test::writeFile(file, craft(newer, area, "3.0"));
        const std::string before = test::readFile(file);
        const auto mtime = fs::last_write_time(file);
        bool threw = false;
        try {
            readSessionFile(file);
        } catch (const SessionVersionError& e) {
            threw = true;
            QCOMPARE(e.fileMajor(), 3);
            const std::string message = e.what();
            QVERIFY2(message.find("newer Likeness (format 3)") != std::string::npos, message.c_str());
            QVERIFY2(message.find("reads format 1") != std::string::npos, message.c_str());
            QVERIFY2(message.find("Update Likeness") != std::string::npos, message.c_str());
        }
        QVERIFY(threw);
        QVERIFY(test::readFile(file) == before);
        QVERIFY(fs::last_write_time(file) == mtime);

        // A newer major is refused by its first line, whatever follows.
        test::writeFile(path("newer_garbage.likeness"), "LIKENESS-SESSION 2.7\n\x01\x02 anything");
        QVERIFY_THROWS_EXCEPTION(SessionVersionError, readSessionFile(path("newer_garbage.likeness")));
    }

    void readsNewerMinorIgnoringUnknownFields() {
        const auto [manifest, area] = split(serializeSession(fullDocument()));
        json newer = manifest;
        newer["version"] = {{"major", 1}, {"minor", 7}};
        newer["futureField"] = {{"anything", 1}};
        newer["photos"][0]["futurePhotoField"] = "x";
        test::writeFile(path("minor.likeness"), craft(newer, area, "1.7"));
        const SessionDocument r = readSessionFile(path("minor.likeness"));
        QCOMPARE(r.formatMinor, 7);
        QCOMPARE(r.photos.size(), std::size_t(2));
        QCOMPARE(r.fitJson, fullDocument().fitJson);
    }

    void refusesOversizedAndOutOfBoundsClaims() {
        test::writeFile(path("huge_manifest.likeness"),
                        "LIKENESS-SESSION 1.0\nmanifest 999999999999 " + std::string(64, 'a') + "\n{}");
        expectDamaged(path("huge_manifest.likeness"), "claims a manifest of 999999999999 bytes");

        const auto [manifest, area] = split(serializeSession(fullDocument()));
        json bad = manifest;
        bad["fit"]["offset"] = area.size();   // past the end of the blob area
        test::writeFile(path("outside.likeness"), craft(bad, area));
        expectDamaged(path("outside.likeness"), "places the fit outside the file");

        bad = manifest;
        bad["maps"][0]["png"]["size"] = kMaxSessionBlobBytes + 1;
        test::writeFile(path("big_blob.likeness"), craft(bad, area));
        expectDamaged(path("big_blob.likeness"), "\"size\" out of range");

        bad = manifest;
        bad["blobBytes"] = kMaxSessionBlobAreaBytes + 1;
        test::writeFile(path("big_area.likeness"), craft(bad, area));
        expectDamaged(path("big_area.likeness"), "\"blobBytes\" out of range");

        bad = manifest;
        bad["photos"] = json::array();
        for (std::size_t i = 0; i <= kMaxSessionPhotos; ++i) bad["photos"].push_back({{"path", "/a"}});
        test::writeFile(path("many_photos.likeness"), craft(bad, area));
        expectDamaged(path("many_photos.likeness"), "more than 1000");

        bad = manifest;
        bad["currentPhoto"] = 2;
        test::writeFile(path("current.likeness"), craft(bad, area));
        expectDamaged(path("current.likeness"), "\"currentPhoto\" out of range");

        bad = manifest;
        bad["photos"][0]["path"] = 42;
        test::writeFile(path("path_type.likeness"), craft(bad, area));
        expectDamaged(path("path_type.likeness"), "non-text \"path\" for photo 1");

        bad = manifest;
        bad["version"]["minor"] = 1;   // disagrees with the first line
        test::writeFile(path("version_mismatch.likeness"), craft(bad, area));
        expectDamaged(path("version_mismatch.likeness"), "different format version");

        test::writeFile(path("trailing.likeness"), craft(manifest, area + "extra"));
        expectDamaged(path("trailing.likeness"), "5 unexpected bytes");
    }

    void failedWriteLeavesExistingFile() {
        const std::string file = path("keep.likeness");
        writeSessionFile(file, fullDocument());
        const std::string before = test::readFile(file);

        SessionDocument invalid = fullDocument();
        invalid.currentPhoto = 5;
        QVERIFY_THROWS_EXCEPTION(OptionsError, writeSessionFile(file, invalid));
        invalid = fullDocument();
        invalid.photos[0].path.clear();
        QVERIFY_THROWS_EXCEPTION(OptionsError, writeSessionFile(file, invalid));
        invalid = fullDocument();
        invalid.photos[0].path = "/bad/\xff\xfe.jpg";   // not UTF-8
        QVERIFY_THROWS_EXCEPTION(OptionsError, writeSessionFile(file, invalid));
        QVERIFY(test::readFile(file) == before);

        // A folder in the way, and a folder that does not exist.
        fs::create_directories(path("folder.likeness/inside"));
        QVERIFY_THROWS_EXCEPTION(InputError, writeSessionFile(path("folder.likeness"), fullDocument()));
        QVERIFY(fs::is_directory(path("folder.likeness/inside")));
        QVERIFY_THROWS_EXCEPTION(InputError, writeSessionFile(path("missing/dir/x.likeness"), fullDocument()));

#ifdef __unix__
        // A read-only folder (root ignores permissions, so only as a normal user).
        if (geteuid() != 0) {
            const std::string ro = path("readonly");
            fs::create_directories(ro);
            writeSessionFile(ro + "/s.likeness", fullDocument());
            const std::string kept = test::readFile(ro + "/s.likeness");
            fs::permissions(ro, fs::perms::owner_read | fs::perms::owner_exec);
            SessionDocument changed = fullDocument();
            changed.fitJson = "{}";
            bool threw = false;
            try {
                writeSessionFile(ro + "/s.likeness", changed);
            } catch (const InputError&) {
                threw = true;
            }
            fs::permissions(ro, fs::perms::owner_all);
            QVERIFY(threw);
            QVERIFY(test::readFile(ro + "/s.likeness") == kept);
        }
#endif
        for (const auto& entry : fs::recursive_directory_iterator(m_dir))
            QVERIFY2(entry.path().filename().string().find(".tmp-") == std::string::npos, "temporary file left");
    }

    void readingNeverChangesTheFile() {
        const std::string file = path("untouched.likeness");
        writeSessionFile(file, fullDocument());
        const std::string before = test::readFile(file);
        const auto mtime = fs::last_write_time(file);
        const auto perms = fs::status(file).permissions();
        for (int i = 0; i < 3; ++i) readSessionFile(file);
        QVERIFY(test::readFile(file) == before);
        QVERIFY(fs::last_write_time(file) == mtime);
        QVERIFY(fs::status(file).permissions() == perms);
        // Also readable when the file is read-only.
        fs::permissions(file, fs::perms::owner_read);
        QCOMPARE(readSessionFile(file).photos.size(), std::size_t(2));
        fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
    }
};

QTEST_APPLESS_MAIN(TestSessionFile)
#include "test_session_file.moc"
