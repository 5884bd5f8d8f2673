#include "app/gui_command_line.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>

#include "common/error.h"

namespace likeness::ui {

namespace {
void printTo(FILE* stream, const QString& text) {
    std::fputs(qPrintable(text), stream);
    std::fflush(stream);
}
} // namespace

QString languageFromArguments(const QStringList& arguments) {
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size()) return arguments[i + 1];
        if (arg.startsWith(QLatin1String("--lang="))) return arg.mid(7);
    }
    return {};
}

GuiCommandLine parseGuiCommandLine(const QStringList& arguments) {
    GuiCommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("GuiCommandLine", "Likeness face-capture studio."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("GuiCommandLine", "User-interface language, e.g. en or de (default: system)."),
        QCoreApplication::translate("GuiCommandLine", "code"));
    const QCommandLineOption device(
        QStringLiteral("device"),
        QCoreApplication::translate("GuiCommandLine", "Run the face analysis on cpu or cuda (default: cpu)."),
        QCoreApplication::translate("GuiCommandLine", "device"));
    QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("GuiCommandLine",
                                    "Open IMAGE, wait for the analysis, save the window to OUT.png and quit."),
        QStringLiteral("OUT.png"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshotFit(
        QStringLiteral("screenshot-fit"),
        QCoreApplication::translate("GuiCommandLine", "With --screenshot: fit the face with N iterations first."),
        QStringLiteral("N"));
    screenshotFit.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshotView(
        QStringLiteral("screenshot-view"),
        QCoreApplication::translate("GuiCommandLine", "With --screenshot-fit: show the photo (default) or the 3d view."),
        QStringLiteral("photo|3d"));
    screenshotView.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(lang);
    parser.addOption(device);
    parser.addOption(screenshot);
    parser.addOption(screenshotFit);
    parser.addOption(screenshotView);
    parser.addPositionalArgument(QStringLiteral("photo"),
                                 QCoreApplication::translate("GuiCommandLine", "Photo to open."),
                                 QStringLiteral("[photo]"));

    auto fail = [&](const QString& message) {
        printTo(stderr, QStringLiteral("likeness: %1\n").arg(message));
        result.exitNow = true;
        result.exitCode = likeness::ExitUsage;
        return result;
    };
    if (!parser.parse(arguments)) return fail(parser.errorText());
    if (parser.isSet(help)) {
        printTo(stdout, parser.helpText());
        result.exitNow = true;
        return result;
    }
    if (parser.isSet(version)) {
        printTo(stdout, QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                                      QCoreApplication::applicationVersion()));
        result.exitNow = true;
        return result;
    }
    result.language = parser.value(lang);
    result.device = parser.value(device);
    if (!result.device.isEmpty() && result.device != QLatin1String("cpu") &&
        result.device != QLatin1String("cuda"))
        return fail(QCoreApplication::translate("GuiCommandLine", "--device must be cpu or cuda."));
    result.files = parser.positionalArguments();
    if (parser.isSet(screenshot)) {
        result.screenshotOut = parser.value(screenshot);
        if (result.files.size() != 1)
            return fail(QCoreApplication::translate("GuiCommandLine", "--screenshot OUT.png needs exactly one IMAGE."));
        result.screenshotImage = result.files.front();
    }
    if (parser.isSet(screenshotFit)) {
        bool ok = false;
        result.screenshotFitIterations = parser.value(screenshotFit).toInt(&ok);
        if (!ok || result.screenshotFitIterations < 1 || !parser.isSet(screenshot))
            return fail(QCoreApplication::translate("GuiCommandLine",
                                                    "--screenshot-fit N needs --screenshot and a positive N."));
    }
    if (parser.isSet(screenshotView)) {
        const QString view = parser.value(screenshotView);
        if ((view != QLatin1String("photo") && view != QLatin1String("3d")) || !parser.isSet(screenshotFit))
            return fail(QCoreApplication::translate("GuiCommandLine",
                                                    "--screenshot-view must be photo or 3d, with --screenshot-fit."));
        result.screenshot3d = view == QLatin1String("3d");
    }
    return result;
}

} // namespace likeness::ui
