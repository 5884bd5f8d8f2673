// Small pieces of likeness_ui: image conversion, recent files, the command
// line, resources and translations.
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <opencv2/core.hpp>

#include "app/app_icon.h"
#include "app/gui_command_line.h"
#include "app/translation_loader.h"
#include "common/error.h"
#include "imaging/image_formats.h"
#include "imaging/qimage_conversion.h"
#include "io/image.h"
#include "main_window/recent_files.h"
#include "gui_test_helpers.h"

using namespace likeness::ui;

class TestUiUnits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { likeness::test::isolateSettings("test_ui_units"); }

    void converts8BitRgb() {
        likeness::Image image;
        image.rgb = cv::Mat(3, 5, CV_8UC3);
        for (int y = 0; y < 3; ++y)
            for (int x = 0; x < 5; ++x) image.rgb.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(10 * x), uchar(50 * y), 200);
        const QImage q = toQImage(image);
        QCOMPARE(q.format(), QImage::Format_RGB888);
        QCOMPARE(q.size(), QSize(5, 3));
        QCOMPARE(q.pixelColor(4, 2), QColor(40, 100, 200));  // R, G, B in the Mat's order
        QCOMPARE(q.pixelColor(0, 0), QColor(0, 0, 200));
    }

    void converts16BitRgb() {
        likeness::Image image;
        image.rgb = cv::Mat(2, 2, CV_16UC3, cv::Scalar(1000, 30000, 65535));
        image.sourceBitDepth = 16;
        const QImage q = toQImage(image);
        QCOMPARE(q.format(), QImage::Format_RGBX64);
        const QRgba64 p = q.pixelColor(1, 1).rgba64();
        QCOMPARE(int(p.red()), 1000);
        QCOMPARE(int(p.green()), 30000);
        QCOMPARE(int(p.blue()), 65535);
        QCOMPARE(int(p.alpha()), 65535);
    }

    void convertsEmptyAndRejectsOthers() {
        QVERIFY(toQImage(likeness::Image()).isNull());
        likeness::Image floats;
        floats.rgb = cv::Mat(2, 2, CV_32FC3);
        QVERIFY_THROWS_EXCEPTION(likeness::InputError, toQImage(floats));
    }

    void imageSuffixes() {
        QVERIFY(hasSupportedImageSuffix(QStringLiteral("/a/b/photo.JPG")));
        QVERIFY(hasSupportedImageSuffix(QStringLiteral("x.webp")));
        QVERIFY(!hasSupportedImageSuffix(QStringLiteral("notes.txt")));
        QCOMPARE(imageFileDialogFilters().size(), 2);
    }

    void recentFilesOrderLimitAndPersistence() {
        QSettings().remove(QStringLiteral("recentTest"));
        {
            RecentFiles recent(QStringLiteral("recentTest"), 3);
            recent.add(QStringLiteral("/p/a.jpg"));
            recent.add(QStringLiteral("/p/b.jpg"));
            recent.add(QStringLiteral("/p/a.jpg"));  // moves to the front, no duplicate
            QCOMPARE(recent.files(), QStringList({"/p/a.jpg", "/p/b.jpg"}));
            recent.add(QStringLiteral("/p/c.jpg"));
            recent.add(QStringLiteral("/p/d.jpg"));  // the oldest drops out
            QCOMPARE(recent.files(), QStringList({"/p/d.jpg", "/p/c.jpg", "/p/a.jpg"}));
            recent.remove(QStringLiteral("/p/c.jpg"));
        }
        RecentFiles reloaded(QStringLiteral("recentTest"), 3);
        QCOMPARE(reloaded.files(), QStringList({"/p/d.jpg", "/p/a.jpg"}));
        reloaded.clear();
        QVERIFY(RecentFiles(QStringLiteral("recentTest")).files().isEmpty());

        RecentFiles transient(QStringLiteral("recentTest"));
        transient.setPersistent(false);
        transient.add(QStringLiteral("/p/e.jpg"));
        QVERIFY(RecentFiles(QStringLiteral("recentTest")).files().isEmpty());
    }

    void commandLine() {
        GuiCommandLine cl = parseGuiCommandLine({"likeness", "--lang", "de", "photo.jpg"});
        QVERIFY(!cl.exitNow);
        QCOMPARE(cl.language, QStringLiteral("de"));
        QCOMPARE(cl.files, QStringList({"photo.jpg"}));
        QVERIFY(!cl.screenshotMode());

        cl = parseGuiCommandLine({"likeness", "--screenshot", "out.png", "in.jpg"});
        QVERIFY(!cl.exitNow);
        QVERIFY(cl.screenshotMode());
        QCOMPARE(cl.screenshotOut, QStringLiteral("out.png"));
        QCOMPARE(cl.screenshotImage, QStringLiteral("in.jpg"));

        QCOMPARE(cl.screenshotFitIterations, 0);
        cl = parseGuiCommandLine({"likeness", "--screenshot", "out.png", "--screenshot-fit", "50", "in.jpg"});
        QVERIFY(!cl.exitNow);
        QCOMPARE(cl.screenshotFitIterations, 50);
        cl = parseGuiCommandLine({"likeness", "--screenshot-fit", "50", "in.jpg"});  // needs --screenshot
        QCOMPARE(cl.exitCode, int(likeness::ExitUsage));
        cl = parseGuiCommandLine({"likeness", "--screenshot", "out.png", "--screenshot-fit", "x", "in.jpg"});
        QCOMPARE(cl.exitCode, int(likeness::ExitUsage));
        QVERIFY(!cl.screenshot3d);
        cl = parseGuiCommandLine(
            {"likeness", "--screenshot", "out.png", "--screenshot-fit", "50", "--screenshot-view", "3d", "in.jpg"});
        QVERIFY(!cl.exitNow);
        QVERIFY(cl.screenshot3d);
        cl = parseGuiCommandLine({"likeness", "--screenshot", "out.png", "--screenshot-view", "3d", "in.jpg"});
        QCOMPARE(cl.exitCode, int(likeness::ExitUsage));   // the 3D view needs a fit
        cl = parseGuiCommandLine(
            {"likeness", "--screenshot", "out.png", "--screenshot-fit", "5", "--screenshot-view", "side", "in.jpg"});
        QCOMPARE(cl.exitCode, int(likeness::ExitUsage));

        cl = parseGuiCommandLine({"likeness", "--screenshot", "out.png"});
        QVERIFY(cl.exitNow);
        QCOMPARE(cl.exitCode, int(likeness::ExitUsage));
        cl = parseGuiCommandLine({"likeness", "--device", "tpu"});
        QCOMPARE(cl.exitCode, int(likeness::ExitUsage));

        QCOMPARE(languageFromArguments({"likeness", "--lang=de"}), QStringLiteral("de"));
        QCOMPARE(languageFromArguments({"likeness", "x.jpg"}), QString());
    }

    void resources() {
        initResources();
        QVERIFY(QFile::exists(QStringLiteral(":/icons/likeness.svg")));
        QVERIFY(!appIcon().isNull());
        QCOMPARE(paintAppIcon(64).size(), QSize(64, 64));
        const QStringList languages = availableLanguages();
        QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(u',')));
        QVERIFY(languages.contains(QStringLiteral("en")));
    }

    void languageChoice() {
        QCOMPARE(chooseLanguage(QStringLiteral("de")), QStringLiteral("de"));
        QSettings().setValue(languageSettingsKey(), QStringLiteral("en"));
        QCOMPARE(chooseLanguage(), QStringLiteral("en"));
        QSettings().remove(languageSettingsKey());
        QCOMPARE(chooseLanguage(), QLocale::system().name());
    }

    void germanTranslationIsLoadedAndComplete() {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/likeness_de.qm")));
        QCOMPARE(german.translate("likeness::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
        QVERIFY(!german.translate("likeness::ui::FacesPanel", "%n face(s) found.", "", 2).isEmpty());

        // Every message of the German catalogue is translated.
        QFile ts(QStringLiteral(LIKENESS_SOURCE_DIR "/translations/likeness_de.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        QVERIFY(text.count(QStringLiteral("<message")) > 50);
        QCOMPARE(text.count(QStringLiteral("type=\"unfinished\"")), 0);

        auto* app = QCoreApplication::instance();
        QVERIFY(installTranslations(*app, QStringLiteral("de_DE")));
        QCOMPARE(QCoreApplication::translate("likeness::ui::MainWindow", "&View"), QStringLiteral("&Ansicht"));
        QVERIFY(!installTranslations(*app, QStringLiteral("xx")));  // falls back to English
        QCOMPARE(QCoreApplication::translate("likeness::ui::FacesPanel", "%n face(s) found.", "", 1),
                 QStringLiteral("1 face found."));
        QCOMPARE(QCoreApplication::translate("likeness::ui::FacesPanel", "%n face(s) found.", "", 3),
                 QStringLiteral("3 faces found."));
        for (QTranslator* t : app->findChildren<QTranslator*>()) QCoreApplication::removeTranslator(t);
        QCOMPARE(QCoreApplication::translate("likeness::ui::MainWindow", "&View"), QStringLiteral("&View"));
    }

    void englishCatalogueOnlyAddsPluralForms() {
        // English is the source language: a singular message translates to its source
        // (or is left empty, which shows the source); only plural forms differ.
        QFile ts(QStringLiteral(LIKENESS_SOURCE_DIR "/translations/likeness_en.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int singular = 0;
        bool numerus = false;
        QString source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement) continue;
            if (xml.name() == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation") && !numerus) {
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                ++singular;
                QVERIFY2(translation.isEmpty() || translation == source,
                         qPrintable(QStringLiteral("'%1' is translated to '%2'").arg(source, translation)));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(singular > 50);
    }
};

QTEST_MAIN(TestUiUnits)
#include "test_ui_units.moc"
