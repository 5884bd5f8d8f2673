#include "app/studio_app.h"

#include <QMessageBox>
#include <QTimer>

#include <QApplication>

#include "app/app_icon.h"
#include "app/gui_command_line.h"
#include "app/screenshot_runner.h"
#include "app/translation_loader.h"
#include "main_window/main_window.h"

#ifndef LIKENESS_VERSION
#define LIKENESS_VERSION "0.0.0"
#endif

namespace likeness::ui {

int runStudio(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Likeness"));
    QApplication::setOrganizationDomain(QStringLiteral("likeness.invalid"));
    QApplication::setApplicationName(QStringLiteral("likeness"));
    QApplication::setApplicationDisplayName(QStringLiteral("Likeness"));
    QApplication::setApplicationVersion(QStringLiteral(LIKENESS_VERSION));
    QApplication::setWindowIcon(appIcon());

    installTranslations(app, chooseLanguage(languageFromArguments(QApplication::arguments())));
    const GuiCommandLine commandLine = parseGuiCommandLine(QApplication::arguments());
    if (commandLine.exitNow) return commandLine.exitCode;

    MainWindowOptions options;
    if (!commandLine.device.isEmpty()) options.analysis.device = commandLine.device;
    if (commandLine.screenshotMode()) {
        options.persistSettings = false;
        options.showErrorDialogs = false;
        options.warmUpAnalyzer = false;
        options.confirmUnsavedChanges = false;
        MainWindow window(options);
        window.resize(1280, 800);
        ScreenshotRunner runner(&window, commandLine.screenshotOut, commandLine.screenshotImage,
                                commandLine.screenshotFitIterations, commandLine.screenshot3d);
        runner.start();
        return app.exec();
    }

    MainWindow window(options);
    window.show();
    if (commandLine.files.isEmpty()) {
        // After a crash, the last autosave is offered before anything else happens.
        QTimer::singleShot(0, &window, &MainWindow::offerCrashRecovery);
    } else if (commandLine.files.front().endsWith(QLatin1String(".likeness"), Qt::CaseInsensitive)) {
        QString error;
        if (!window.openSession(commandLine.files.front(), &error))
            QMessageBox::warning(&window, MainWindow::tr("Open Session"), error);
    } else {
        window.openImage(commandLine.files.front());
    }
    return app.exec();
}

} // namespace likeness::ui
