#pragma once
// Command line of the `likeness` GUI.
#include <QString>
#include <QStringList>

namespace likeness::ui {

struct GuiCommandLine {
    QStringList files;        // photos to open (the first one is analysed)
    QString language;         // --lang: UI language ("de", "en"); empty = settings / system
    QString device;           // --device: "cpu" or "cuda"; empty = cpu
    QString screenshotOut;    // hidden --screenshot OUT.png IMAGE: grab the window and quit
    QString screenshotImage;
    int screenshotFitIterations = 0; // hidden --screenshot-fit N: fit the face (N iterations) before the grab
    bool screenshot3d = false;       // hidden --screenshot-view 3d: grab with the 3D view shown (needs a fit)
    bool exitNow = false;     // --help / --version was printed, or an error (see exitCode)
    int exitCode = 0;

    bool screenshotMode() const { return !screenshotOut.isEmpty(); }
};

/// Finds --lang before the full parse, so that --help can already be translated.
QString languageFromArguments(const QStringList& arguments);

/// Parses `arguments` (including the program name). Prints help, version and
/// errors itself and sets exitNow / exitCode (2 = usage error).
GuiCommandLine parseGuiCommandLine(const QStringList& arguments);

} // namespace likeness::ui
