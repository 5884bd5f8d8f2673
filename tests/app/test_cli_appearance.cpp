// `likeness-cli fit --stages coarse,medium,fine` as a user runs it: a real process
// on the demo photo, every map file with its format, the stage report (each
// stage must improve on the one before), and the option checks.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <filesystem>
#include <fstream>
#include <opencv2/imgcodecs.hpp>

#include "support/test_support.h"

namespace fs = std::filesystem;

namespace {

struct Run {
    int exitCode = -1;
    QString err;
};

Run cli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(LIKENESS_CLI_PATH), args);
    p.waitForFinished(300000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

QString demo() { return QString::fromStdString(likeness::test::demoPhoto()); }

QJsonObject readJson(const fs::path& path) {
    QFile f(QString::fromStdString(path.string()));
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestCliAppearance : public QObject {
    Q_OBJECT
    fs::path m_dir;
    Run m_run;

private Q_SLOTS:
    void initTestCase() {
        // One short three-stage run shared by the checks (256^2 maps keep it at seconds).
        m_dir = likeness::test::scratchDir("cli_appearance");
        m_run = cli({"fit", demo(), "-o", QString::fromStdString(m_dir.string()), "--iterations", "150", "--level", "1", "--stages",
                     "coarse,medium,fine", "--map-size", "256", "--map-fit-size", "384", "--medium-iterations", "40",
                     "--fine-iterations", "40"});
    }

    void writesEveryMap() {
        QVERIFY2(m_run.exitCode == 0, qPrintable(m_run.err));
        for (const char* name : {"diffuse.png", "specular.png", "normal.png", "displacement.png", "lightmap.png", "envmap.png",
                                 "envmap.hdr", "shading.png", "render_coarse.png", "render_medium.png", "render_fine.png",
                                 "appearance.json", "stages/coarse/diffuse.png", "stages/medium/diffuse.png",
                                 "stages/medium/specular.png", "stages/fine/normal.png", "stages/fine/displacement.png"})
            QVERIFY2(fs::is_regular_file(m_dir / name), name);
        for (const auto& e : fs::recursive_directory_iterator(m_dir))
            QVERIFY2(e.path().extension() != ".tmp", qPrintable(QString::fromStdString(e.path().string())));
    }

    void mapFormats() {
        const cv::Mat diffuse = cv::imread((m_dir / "diffuse.png").string(), cv::IMREAD_UNCHANGED);
        QCOMPARE(diffuse.rows, 256);
        QCOMPARE(diffuse.type(), CV_8UC3);
        const cv::Mat normal = cv::imread((m_dir / "normal.png").string(), cv::IMREAD_UNCHANGED);
        QCOMPARE(normal.rows, 256);
        QCOMPARE(normal.type(), CV_16UC3);
        const cv::Mat displacement = cv::imread((m_dir / "displacement.png").string(), cv::IMREAD_UNCHANGED);
        QCOMPARE(displacement.type(), CV_16UC1);
        QCOMPARE(cv::imread((m_dir / "specular.png").string(), cv::IMREAD_UNCHANGED).type(), CV_8UC1);
        QCOMPARE(cv::imread((m_dir / "lightmap.png").string(), cv::IMREAD_UNCHANGED).rows, 64);
        // Tangent-space normals: unit length (within 16-bit rounding) and mostly facing out (+Z).
        double sumZ = 0, worstLength = 0;
        for (int y = 0; y < normal.rows; ++y)
            for (int x = 0; x < normal.cols; ++x) {
                const cv::Vec3w p = normal.at<cv::Vec3w>(y, x);   // OpenCV reads BGR
                const double nx = p[2] / 65535.0 * 2 - 1, ny = p[1] / 65535.0 * 2 - 1, nz = p[0] / 65535.0 * 2 - 1;
                worstLength = std::max(worstLength, std::abs(std::sqrt(nx * nx + ny * ny + nz * nz) - 1));
                sumZ += nz;
            }
        QVERIFY2(worstLength < 1e-3, qPrintable(QString::number(worstLength)));
        QVERIFY(sumZ / (normal.rows * normal.cols) > 0.9);
        // The fine stage changed the normal map (it is not all flat).
        cv::Mat channels[3];
        cv::split(normal, channels);
        double lo = 0, hi = 0;
        cv::minMaxLoc(channels[2], &lo, &hi);
        QVERIFY2(hi - lo > 0.05 * 65535, "the normal map is flat");
        // Displacement: mid-gray where nothing moved, spread around it.
        double dlo = 0, dhi = 0;
        cv::minMaxLoc(displacement, &dlo, &dhi);
        QVERIFY(dlo < 32768 && dhi > 32768);
    }

    void stageReportImproves() {
        const QJsonObject j = readJson(m_dir / "appearance.json");
        QCOMPARE(j["format"].toString(), QStringLiteral("likeness-appearance"));
        QCOMPARE(j["version"].toInt(), 1);
        QCOMPARE(j["map_size"].toInt(), 256);
        const QJsonArray stages = j["stages"].toArray();
        QCOMPARE(stages.size(), 3);
        QStringList names;
        for (const auto& s : stages) names << s.toObject()["stage"].toString();
        QCOMPARE(names, (QStringList{"coarse", "medium", "fine"}));
        for (int i = 1; i < 3; ++i) {
            const double before = stages[i - 1].toObject()["ssim"].toDouble(), after = stages[i].toObject()["ssim"].toDouble();
            QVERIFY2(after > before, qPrintable(QString("%1 SSIM %2 after %3").arg(names[i]).arg(after).arg(before)));
        }
        QVERIFY(stages[2].toObject()["ssim"].toDouble() > 0.9);
        QVERIFY(j["displacement_range_mm"].toDouble() > 0);
        QVERIFY(j["sh_bands"].toInt() >= 3);
        QVERIFY(m_run.err.contains("stage report"));
        // losses.csv continues through the stages with their own terms.
        QFile csv(QString::fromStdString((m_dir / "losses.csv").string()));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString all = QString::fromUtf8(csv.readAll());
        QVERIFY(all.section('\n', 0, 0).contains("symmetry"));
        QVERIFY(all.contains(",medium,") && all.contains(",fine,"));
    }

    void exportCarriesTheFittedMaps() {
        const fs::path out = m_dir / "export";
        const Run r = cli({"export", QString::fromStdString(m_dir.string()), "-f", "gltf", "-o", QString::fromStdString(out.string())});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const char* name : {"diffuse.png", "specular.png", "normal.png"})
            QVERIFY2(likeness::test::readFile((out / name).string()) == likeness::test::readFile((m_dir / name).string()), name);
        // The glTF references the normal map.
        QVERIFY(QString::fromStdString(likeness::test::readFile((out / "face.gltf").string())).contains("\"normalTexture\""));
        // A damaged fitted map is refused (exit 3), nothing half-written.
        const fs::path damaged = likeness::test::scratchDir("cli_appearance_damaged");
        fs::copy(m_dir, damaged, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
        fs::remove_all(damaged / "export");
        {
            std::ofstream f(damaged / "normal.png", std::ios::binary | std::ios::trunc);
            f << "not a png";
        }
        const Run bad = cli({"export", QString::fromStdString(damaged.string()), "-f", "glb"});
        QCOMPARE(bad.exitCode, 3);
        QVERIFY2(bad.err.contains("normal.png"), qPrintable(bad.err));
        QVERIFY(!fs::exists(damaged / "export" / "face.glb"));
    }

    void refusesBadStageOptions() {
        const QString out = QString::fromStdString(likeness::test::scratchDir("cli_appearance_bad"));
        for (const QStringList& bad : {QStringList{"--stages", "coarse,fine"}, QStringList{"--stages", "medium"},
                                       QStringList{"--map-size", "300"}, QStringList{"--map-size", "4096"},
                                       QStringList{"--stages", "coarse,medium,fine", "--map-size", "384"}}) {
            const Run r = cli(QStringList{"fit", demo(), "-o", out} + bad);
            QVERIFY2(r.exitCode == 2, qPrintable(bad.join(' ') + ": " + r.err));
            QVERIFY2(r.err.contains("stages") || r.err.contains("map"), qPrintable(r.err));
        }
        QVERIFY(!fs::exists(fs::path(out.toStdString()) / "fit.json"));
    }
};

QTEST_GUILESS_MAIN(TestCliAppearance)
#include "test_cli_appearance.moc"
