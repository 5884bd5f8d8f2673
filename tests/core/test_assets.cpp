// Asset paths, the pinned-checksum table and SHA-256.
#include <QtTest>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "assets/asset_paths.h"
#include "common/error.h"
#include "common/sha256.h"
#include "support/test_support.h"

namespace fs = std::filesystem;
using namespace likeness;

namespace {

// Runs `f`, expects an AssetError, returns its message.
template <class F>
QString assetErrorOf(F&& f) {
    try {
        f();
    } catch (const AssetError& e) {
        return QString::fromStdString(e.what());
    }
    return QString();
}

// Sets an environment variable for the lifetime of the object.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : m_name(name) {
        if (const char* old = std::getenv(name)) {
            m_had = true;
            m_old = old;
        }
        if (value)
            ::setenv(name, value, 1);
        else
            ::unsetenv(name);
    }
    ~ScopedEnv() {
        if (m_had)
            ::setenv(m_name.c_str(), m_old.c_str(), 1);
        else
            ::unsetenv(m_name.c_str());
    }

private:
    std::string m_name;
    bool m_had = false;
    std::string m_old;
};

} // namespace

class TestAssets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // FIPS 180-4 / NIST example vectors.
    void sha256StandardVectors() {
        QCOMPARE(sha256Hex(std::string()),
                 std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(sha256Hex(std::string("abc")),
                 std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(sha256Hex(std::string("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
                 std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        QCOMPARE(sha256Hex(std::string(1000000, 'a')),
                 std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    // Feeding the message in uneven pieces must not change the digest (buffering
    // across block boundaries, padding that spills into a second block).
    void sha256Incremental() {
        std::string message;
        for (int i = 0; i < 1000; ++i)
            message.push_back(char(i * 7 + 3));
        for (std::size_t length : {0u, 1u, 55u, 56u, 63u, 64u, 65u, 119u, 120u, 1000u}) {
            const std::string part = message.substr(0, length);
            Sha256 hash;
            std::size_t pos = 0, step = 1;
            while (pos < part.size()) {
                const std::size_t take = std::min(step, part.size() - pos);
                hash.update(part.data() + pos, take);
                pos += take;
                step = step * 3 % 97 + 1;
            }
            QCOMPARE(Sha256::toHex(hash.finish()), sha256Hex(part));
        }
    }

    void sha256FileMatchesMemory() {
        const std::string dir = test::scratchDir("assets_sha");
        const std::string path = dir + "/data.bin";
        std::string bytes(200000, '\0');
        for (std::size_t i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 2654435761u) >> 13);
        test::writeFile(path, bytes);
        QCOMPARE(assets::sha256File(path), sha256Hex(bytes));
        QVERIFY(!assetErrorOf([&] { assets::sha256File(dir + "/nope.bin"); }).isEmpty());
        QVERIFY(!assetErrorOf([&] { assets::sha256File(dir); }).isEmpty());
    }

    // The C++ table must be the same as scripts/assets.lock.
    void pinnedTableMatchesLockFile() {
        std::ifstream lock(std::string(LIKENESS_SOURCE_DIR) + "/scripts/assets.lock");
        QVERIFY(lock.good());
        std::string line;
        int entries = 0;
        while (std::getline(lock, line)) {
            if (line.empty() || line[0] == '#')
                continue;
            std::istringstream fields(line);
            std::string name, sha;
            std::uint64_t size = 0;
            fields >> name >> sha >> size;
            const assets::PinnedAsset* pinned = assets::findPinnedAsset(name);
            QVERIFY2(pinned, name.c_str());
            QCOMPARE(std::string(pinned->sha256), sha);
            QCOMPARE(pinned->size, size);
            ++entries;
        }
        QVERIFY(entries >= 8);
        QVERIFY(assets::findPinnedAsset("facemesh.bin"));
        QVERIFY(!assets::findPinnedAsset("no-such-asset.bin"));
    }

    void cacheRootFollowsEnvironment() {
        {
            ScopedEnv cache("LIKENESS_CACHE_DIR", "/tmp/likeness-cache-test");
            QCOMPARE(assets::cacheRoot(), std::string("/tmp/likeness-cache-test"));
            QCOMPARE(assets::modelDir(), std::string("/tmp/likeness-cache-test/models/human-3.3.6"));
            QCOMPARE(assets::topologyFile(), std::string("/tmp/likeness-cache-test/models/face_topology.json"));
            QCOMPARE(assets::samplePhoto("x.jpg"), std::string("/tmp/likeness-cache-test/samples/x.jpg"));
            QCOMPARE(assets::referenceDir(), std::string("/tmp/likeness-cache-test/reference"));
        }
        {
            ScopedEnv cache("LIKENESS_CACHE_DIR", "");  // empty counts as unset, like the scripts
            ScopedEnv xdg("XDG_CACHE_HOME", "/tmp/xdg");
            QCOMPARE(assets::cacheRoot(), std::string("/tmp/xdg/likeness"));
        }
        {
            ScopedEnv cache("LIKENESS_CACHE_DIR", nullptr);
            ScopedEnv xdg("XDG_CACHE_HOME", nullptr);
            ScopedEnv home("HOME", "/home/someone");
            QCOMPARE(assets::cacheRoot(), std::string("/home/someone/.cache/likeness"));
        }
        QCOMPARE(assets::fetchCommand(), std::string("scripts/fetch_assets.sh (or scripts/setup.sh)"));
    }

    // The real cache, filled by scripts/fetch_assets.sh.
    void verifiesRealAssets() {
        for (const char* name : {"blazeface.json", "blazeface.bin", "facemesh.json", "facemesh.bin", "iris.json",
                                 "iris.bin"}) {
            const std::string path = test::requireAsset(assets::modelDir() + "/" + name);
            assets::verifyPinnedAsset(path, name);
        }
        assets::verifyPinnedAsset(test::demoPhoto(), "grace_hopper_512x512.jpg");
    }

    void refusesCorruptCopies() {
        const std::string original = test::requireAsset(assets::modelDir() + "/facemesh.bin");
        const std::string dir = test::scratchDir("assets_verify");
        const std::string bytes = test::readFile(original);
        QCOMPARE(bytes.size(), std::size_t(assets::findPinnedAsset("facemesh.bin")->size));

        // One flipped bit in the middle: same size, different checksum.
        std::string flipped = bytes;
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x01);
        const std::string flippedPath = dir + "/flipped.bin";
        test::writeFile(flippedPath, flipped);
        QString message = assetErrorOf([&] { assets::verifyPinnedAsset(flippedPath, "facemesh.bin"); });
        QVERIFY2(message.contains("facemesh.bin is corrupt or a different version"), qPrintable(message));
        QVERIFY2(message.contains(QString::fromStdString(sha256Hex(flipped))), qPrintable(message));
        QVERIFY2(message.contains(assets::findPinnedAsset("facemesh.bin")->sha256), qPrintable(message));
        QVERIFY2(message.contains("scripts/fetch_assets.sh"), qPrintable(message));

        // Truncated: wrong size.
        const std::string truncatedPath = dir + "/truncated.bin";
        test::writeFile(truncatedPath, bytes.substr(0, bytes.size() - 1000));
        message = assetErrorOf([&] { assets::verifyPinnedAsset(truncatedPath, "facemesh.bin"); });
        QVERIFY2(message.contains("corrupt or a different version"), qPrintable(message));
        QVERIFY2(message.contains("expected 1477958"), qPrintable(message));
        QVERIFY2(message.contains("re-fetch"), qPrintable(message));

        // Missing.
        const std::string missing = dir + "/missing/facemesh.bin";
        message = assetErrorOf([&] { assets::verifyPinnedAsset(missing, "facemesh.bin"); });
        QVERIFY2(message.startsWith("Model asset facemesh.bin is missing (expected at " + QString::fromStdString(missing)),
                 qPrintable(message));
        QVERIFY2(message.contains("Run scripts/fetch_assets.sh"), qPrintable(message));

        // A folder where the file should be.
        fs::create_directories(dir + "/folder.bin");
        QVERIFY(!assetErrorOf([&] { assets::verifyPinnedAsset(dir + "/folder.bin", "facemesh.bin"); }).isEmpty());

        // A name that is not pinned at all.
        message = assetErrorOf([&] { assets::verifyPinnedAsset(original, "unknown.bin"); });
        QVERIFY2(message.contains("no pinned checksum"), qPrintable(message));

        // The intact copy passes.
        const std::string copyPath = dir + "/copy.bin";
        test::writeFile(copyPath, bytes);
        assets::verifyPinnedAsset(copyPath, "facemesh.bin");
    }
};

QTEST_APPLESS_MAIN(TestAssets)
#include "test_assets.moc"
