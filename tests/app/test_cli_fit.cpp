// `likeness-cli fit` as a user runs it: a real process on the demo photo,
// every output file, Ctrl+C, grayscale and tiny faces, no face, bad options.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <sstream>

#include "assets/asset_paths.h"
#include "support/test_support.h"

namespace fs = std::filesystem;

namespace {

struct Run {
    int exitCode = -1;
    QString err;
    bool crashed = false;
};

Run cli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(LIKENESS_CLI_PATH), args);
    p.waitForFinished(180000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError()), p.exitStatus() != QProcess::NormalExit};
}

// A short fit: few iterations at a low level keep each run at seconds.
QStringList fitArgs(const QString& image, const std::string& dir, int iterations = 30) {
    return {"fit", image, "-o", QString::fromStdString(dir), "--iterations", QString::number(iterations), "--level", "1",
            "--size", "128"};
}

QJsonObject readJson(const std::string& path) {
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

std::vector<std::string> lines(const std::string& path) {
    std::ifstream in(path);
    std::vector<std::string> out;
    for (std::string l; std::getline(in, l);) out.push_back(l);
    return out;
}

QString demo() { return QString::fromStdString(likeness::test::demoPhoto()); }

} // namespace

class TestCliFit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fitsTheDemoPhotoAndWritesEveryFile() {
        const std::string dir = likeness::test::scratchDir("cli_fit_demo");
        const Run r = cli(fitArgs(demo(), dir, 30));
        QVERIFY2(!r.crashed && r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains("iteration 30/30"), qPrintable(r.err));
        for (const char* f : {"mesh.obj", "neutral.obj", "fit.json", "losses.csv", "render_overlay.png", "side_by_side.png"})
            QVERIFY2(fs::exists(fs::path(dir) / f) && fs::file_size(fs::path(dir) / f) > 100, f);
        for (const auto& e : fs::directory_iterator(dir)) QVERIFY2(e.path().extension() != ".tmp", "a temporary file was left");

        const QJsonObject fit = readJson(dir + "/fit.json");
        QCOMPARE(fit["format"].toString(), QString("likeness-fit"));
        QCOMPARE(fit["neutral"].toArray().size(), 468);
        QCOMPARE(fit["iterations"].toInt(), 30);
        QVERIFY(!fit["cancelled"].toBool());
        const QJsonObject image = fit["images"].toArray()[0].toObject();
        const QJsonObject expression = image["expression"].toObject();
        QCOMPARE(expression.size(), 52);
        QVERIFY(expression.contains("jawOpen") && expression.contains("eyeBlinkLeft"));
        for (const auto& w : expression) QVERIFY(w.toDouble() >= 0 && w.toDouble() <= 1);
        QCOMPARE(image["pose"].toObject()["rotation_axis_angle"].toArray().size(), 3);
        QVERIFY(image["focal_px"].toDouble() > 100);
        QCOMPARE(image["sh_light"].toArray().size(), 9);
        QVERIFY(image["ssim"].toDouble() > 0.3 && image["ssim"].toDouble() <= 1);
        QVERIFY(image["psnr"].toDouble() > 10);
        QVERIFY(!image["status"].toString().isEmpty());
        QCOMPARE(fit["options"].toObject()["iterations"].toInt(), 30);

        // OBJ: v, vt and f lines, one vt per vertex, faces v/vt.
        int v = 0, vt = 0, f = 0;
        bool slashed = false;
        for (const std::string& l : lines(dir + "/mesh.obj")) {
            if (l.rfind("v ", 0) == 0) ++v;
            else if (l.rfind("vt ", 0) == 0) ++vt;
            else if (l.rfind("f ", 0) == 0) {
                ++f;
                slashed = slashed || l.find('/') != std::string::npos;
            }
        }
        QCOMPARE(v, fit["model"].toObject()["vertex_count"].toInt());
        QCOMPARE(vt, v);
        QCOMPARE(f, fit["model"].toObject()["triangle_count"].toInt());
        QVERIFY(slashed);

        // losses.csv: a header with every term, one row per iteration.
        const std::vector<std::string> csv = lines(dir + "/losses.csv");
        QVERIFY(csv.size() >= 31);
        for (const char* term : {"iteration", "stage", "landmarks", "photometric", "laplacian", "expression",
                                 "albedo_smoothness", "albedo_symmetry", "light_prior", "total"})
            QVERIFY2(csv[0].find(term) != std::string::npos, term);

        // The overlay images have the photo's size (side by side: twice as wide).
        const cv::Mat overlay = cv::imread(dir + "/render_overlay.png");
        const cv::Mat pair = cv::imread(dir + "/side_by_side.png");
        QCOMPARE(overlay.cols, 512);
        QCOMPARE(pair.cols, 1024);
    }

    void ctrlCWritesTheLastGoodState() {
        const std::string dir = likeness::test::scratchDir("cli_fit_sigint");
        QProcess p;
        p.start(QStringLiteral(LIKENESS_CLI_PATH), fitArgs(demo(), dir, 100000));
        QVERIFY(p.waitForStarted());
        QString err;
        for (int i = 0; i < 600 && !err.contains("iteration 21/"); ++i) {
            p.waitForReadyRead(200);
            err += QString::fromUtf8(p.readAllStandardError());
        }
        QVERIFY2(err.contains("iteration 21/"), qPrintable(err));
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        err += QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 6);
        QVERIFY2(err.contains("cancelled"), qPrintable(err));
        const QJsonObject fit = readJson(dir + "/fit.json");
        QVERIFY(fit["cancelled"].toBool());
        QVERIFY(fit["iterations"].toInt() >= 21);
        QVERIFY(fs::exists(dir + "/mesh.obj") && fs::exists(dir + "/side_by_side.png"));
        QVERIFY(lines(dir + "/losses.csv").size() >= 22);
    }

    void grayscalePhotoFitsWithAStatus() {
        const std::string dir = likeness::test::scratchDir("cli_fit_gray");
        cv::Mat gray = cv::imread(likeness::test::demoPhoto(), cv::IMREAD_GRAYSCALE);
        QVERIFY(cv::imwrite(dir + "/gray.png", gray));
        const Run r = cli(fitArgs(QString::fromStdString(dir + "/gray.png"), dir + "/out", 12));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject image = readJson(dir + "/out/fit.json")["images"].toArray()[0].toObject();
        QVERIFY(image["grayscale"].toBool());
        QVERIFY2(image["status"].toString().contains("grayscale"), qPrintable(image["status"].toString()));
    }

    void tinyFaceFitsWithAStatus() {
        const std::string dir = likeness::test::scratchDir("cli_fit_tiny");
        cv::Mat photo = cv::imread(likeness::test::demoPhoto());
        cv::Mat small;
        cv::resize(photo, small, cv::Size(112, 112), 0, 0, cv::INTER_AREA);
        QVERIFY(cv::imwrite(dir + "/tiny.png", small));
        const Run r = cli(fitArgs(QString::fromStdString(dir + "/tiny.png"), dir + "/out", 12));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString status = readJson(dir + "/out/fit.json")["images"].toArray()[0].toObject()["status"].toString();
        QVERIFY2(status.contains("tiny face"), qPrintable(status));
    }

    // A black card over the mouth and chin: the fit must run to the end and say that its
    // result is unreliable rather than report "ok" for a face it cannot see.
    void occludedFaceFitsWithAStatus() {
        const std::string dir = likeness::test::scratchDir("cli_fit_occluded");
        cv::Mat photo = cv::imread(likeness::test::demoPhoto());
        cv::rectangle(photo, cv::Rect(200, 240, 150, 80), cv::Scalar(0, 0, 0), cv::FILLED);
        QVERIFY(cv::imwrite(dir + "/occluded.png", photo));
        const Run r = cli(fitArgs(QString::fromStdString(dir + "/occluded.png"), dir + "/out", 150));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject image = readJson(dir + "/out/fit.json")["images"].toArray()[0].toObject();
        const QString status = image["status"].toString();
        qInfo("occluded: SSIM %.3f, status: %s", image["ssim"].toDouble(), qPrintable(status));
        QVERIFY2(status.startsWith("low confidence"), qPrintable(status));
    }

    void noFaceIsExitCode4() {
        const std::string dir = likeness::test::scratchDir("cli_fit_noface");
        const Run r = cli(fitArgs(QString::fromStdString(likeness::test::requireAsset(
                                      likeness::assets::samplePhoto("640px-IceBlockNearJoekullsarlon.jpg"))),
                                  dir));
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("no face found"), qPrintable(r.err));
        QVERIFY(!fs::exists(dir + "/fit.json"));
    }

    void badArguments() {
        QCOMPARE(cli({"fit", demo()}).exitCode, 2);                                  // no -o
        QCOMPARE(cli({"fit", "-o", "/tmp/x"}).exitCode, 2);                          // no image
        QCOMPARE(cli({"fit", demo(), "-o", "/tmp/x", "--level", "7"}).exitCode, 2);
        QCOMPARE(cli({"fit", demo(), "-o", "/tmp/x", "--iterations", "many"}).exitCode, 2);
        QCOMPARE(cli({"fit", demo(), "-o", "/tmp/x", "--device", "tpu"}).exitCode, 2);
        QCOMPARE(cli({"fit", "/no/such/photo.jpg", "-o", "/tmp/x"}).exitCode, 3);
        const Run help = cli({"--help"});
        QVERIFY(help.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliFit)
#include "test_cli_fit.moc"
