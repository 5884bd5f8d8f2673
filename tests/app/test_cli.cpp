// likeness-cli as a user runs it: a real process, real files, exit codes and
// messages for good and bad input (no crash, no trace, a clear message).
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <filesystem>
#include <fstream>

#include "assets/asset_paths.h"
#include "support/test_support.h"

namespace fs = std::filesystem;

namespace {

struct Run {
    int exitCode = -1;
    QString err, out;
    bool crashed = false;
};

Run cli(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LIKENESS_CLI_PATH), args);
    p.waitForFinished(120000);
    Run r;
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    return r;
}

QString writeFile(const std::string& dir, const std::string& name, const std::string& bytes) {
    const fs::path p = fs::path(dir) / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return QString::fromStdString(p.string());
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void analyzesTheDemoPhoto() {
        const std::string dir = likeness::test::scratchDir("cli_demo");
        const QString json = QString::fromStdString(dir + "/out.json");
        const Run r = cli({"analyze", QString::fromStdString(likeness::test::demoPhoto()), "--json", json, "--overlay",
                           QString::fromStdString(dir)});
        QVERIFY2(!r.crashed && r.exitCode == 0, qPrintable(r.err));
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root["format"].toString(), QString("likeness-analysis"));
        const QJsonArray faces = root["images"].toArray()[0].toObject()["faces"].toArray();
        QCOMPARE(faces.size(), 1);
        QCOMPARE(faces[0].toObject()["landmarks"].toArray().size(), 478);
        QVERIFY(faces[0].toObject()["score"].toDouble() > 0.5);
        QVERIFY(fs::file_size(dir + "/grace_hopper_512x512_overlay.png") > 10000);
    }

    void jsonToStdoutAndFaceSelection() {
        Run r = cli({"analyze", QString::fromStdString(likeness::test::demoPhoto()), "--json", "-", "--face", "0"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()["images"].toArray()[0].toObject()["faces"].toArray().size(), 1);
        r = cli({"analyze", QString::fromStdString(likeness::test::demoPhoto()), "--face", "3"});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("only 1 face"), qPrintable(r.err));
    }

    void noFaceIsAResultNotACrash() {
        const Run r = cli({"analyze", QString::fromStdString(likeness::test::requireAsset(
                                          likeness::assets::samplePhoto("640px-IceBlockNearJoekullsarlon.jpg")))});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("no face found"), qPrintable(r.err));
    }

    void badInputsGetClearErrors_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero-byte") << "empty.jpg" << QByteArray() << "empty";
        QTest::newRow("text named png") << "notes.png" << QByteArray("just some text, not an image\n") << "not an image";
        // A PNG whose header claims 100000 x 100000 pixels (IHDR with a valid CRC).
        QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000186a0000186a00802000000");
        png += QByteArray::fromHex("27309c9f");   // CRC-32 of the IHDR chunk above
        png += QByteArray(64, '\x01');
        QTest::newRow("decompression bomb") << "bomb.png" << png << "megapixels";
    }

    void badInputsGetClearErrors() {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const std::string dir = likeness::test::scratchDir("cli_bad");
        const QString path = writeFile(dir, name.toStdString(), bytes.toStdString());
        const Run r = cli({"analyze", path});
        QVERIFY2(!r.crashed, qPrintable(r.err));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(name) && r.err.contains(expected, Qt::CaseInsensitive), qPrintable(r.err));
    }

    void truncatedJpegIsRefused() {
        std::ifstream in(likeness::test::demoPhoto(), std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(in)), {});
        const std::string dir = likeness::test::scratchDir("cli_truncated");
        const QString path = writeFile(dir, "cut.jpg", bytes.substr(0, bytes.size() / 2));
        const Run r = cli({"analyze", path});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("cut.jpg") && r.err.contains("truncated", Qt::CaseInsensitive), qPrintable(r.err));
    }

    void missingFileAndUsageErrors() {
        Run r = cli({"analyze", "/no/such/photo.jpg"});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("/no/such/photo.jpg"));
        r = cli({"analyze"});
        QCOMPARE(r.exitCode, 2);
        r = cli({"analyze", "x.jpg", "--face", "minus-one"});
        QCOMPARE(r.exitCode, 2);
        r = cli({"frobnicate"});
        QCOMPARE(r.exitCode, 2);
        r = cli({"--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("exit codes"));
    }

    // A corrupt model asset is refused with its name and the command that repairs it.
    void corruptModelAssetIsNamed() {
        const fs::path cache = likeness::test::scratchDir("cli_corrupt_cache");
        const fs::path models = cache / "models" / "human-3.3.6";
        fs::create_directories(models);
        for (const char* f : {"blazeface.json", "blazeface.bin", "facemesh.json", "facemesh.bin", "iris.json", "iris.bin"})
            fs::copy_file(fs::path(likeness::assets::modelDir()) / f, models / f);
        { std::fstream bin(models / "facemesh.bin", std::ios::in | std::ios::out | std::ios::binary); bin.seekp(1000); bin.put('\x7f'); }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LIKENESS_CACHE_DIR", QString::fromStdString(cache.string()));
        const Run r = cli({"analyze", QString::fromStdString(likeness::test::demoPhoto())}, env);
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains("facemesh.bin") && r.err.contains("fetch_assets.sh"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
