#pragma once
// The hidden --screenshot mode: open a photo, wait for its analysis, save the
// window to a PNG and quit (for the README screenshot; see packaging/screenshot.sh).
#include <QObject>
#include <QString>

#include "controllers/analysis_snapshot.h"

class QTimer;

namespace likeness::ui {

class MainWindow;

class ScreenshotRunner : public QObject {
    Q_OBJECT
public:
    /// `window` must outlive the runner. Quits the application when done with
    /// exit code 0, or likeness::ExitCode on failure.
    ScreenshotRunner(MainWindow* window, const QString& outputPath, const QString& imagePath,
                     int timeoutMs = 180000, QObject* parent = nullptr);

    void start();

private Q_SLOTS:
    void onShown(const likeness::ui::AnalysisSnapshotPtr& snapshot);
    void onFailed(const likeness::ui::AnalysisFailure& failure);
    void onTimeout();

private:
    void grabAndQuit();
    void finish(int exitCode, const QString& message);

    MainWindow* m_window;
    QString m_output;
    QString m_image;
    QTimer* m_timeout;
    bool m_done = false;
};

} // namespace likeness::ui
