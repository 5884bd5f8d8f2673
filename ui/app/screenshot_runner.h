#pragma once
// The hidden --screenshot mode: open a photo, wait for its analysis (and, with
// --screenshot-fit N, for a fit of N iterations of its first face, and with
// --screenshot-view 3d for the 3D view's scene), save the window to a PNG and quit
// (the studio screenshots of scripts/demo.sh; see packaging/screenshot.sh).
#include <QObject>
#include <QString>

#include "controllers/analysis_snapshot.h"
#include "controllers/fit_snapshot.h"

class QTimer;

namespace likeness::ui {

class MainWindow;

class ScreenshotRunner : public QObject {
    Q_OBJECT
public:
    /// `window` must outlive the runner. Quits the application when done with
    /// exit code 0, or likeness::ExitCode on failure.
    /// `fitIterations` > 0: fit the first face with that many iterations before grabbing;
    /// `show3d`: then grab the 3D view (once its scene is built) instead of the photo.
    ScreenshotRunner(MainWindow* window, const QString& outputPath, const QString& imagePath,
                     int fitIterations = 0, bool show3d = false, int timeoutMs = 600000, QObject* parent = nullptr);

    void start();

private Q_SLOTS:
    void onShown(const likeness::ui::AnalysisSnapshotPtr& snapshot);
    void onFailed(const likeness::ui::AnalysisFailure& failure);
    void onFitShown(const likeness::ui::FitResultPtr& result);
    void onFitStopped(const QString& message);
    void onTimeout();

private:
    void grabAndQuit();
    void finish(int exitCode, const QString& message);

    MainWindow* m_window;
    QString m_output;
    QString m_image;
    int m_fitIterations = 0;
    bool m_show3d = false;
    QTimer* m_timeout;
    bool m_done = false;
};

} // namespace likeness::ui
