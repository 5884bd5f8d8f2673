#include "app/screenshot_runner.h"

#include <cstdio>

#include <QAction>
#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QTabWidget>
#include <QTimer>

#include "common/error.h"
#include "main_window/main_window.h"
#include "panels/fit_panel.h"
#include "viewport/face_viewport.h"
#include "viewport/viewport_panel.h"

namespace likeness::ui {

ScreenshotRunner::ScreenshotRunner(MainWindow* window, const QString& outputPath, const QString& imagePath,
                                   int fitIterations, bool show3d, int timeoutMs, QObject* parent)
    : QObject(parent), m_window(window), m_output(outputPath), m_image(imagePath), m_fitIterations(fitIterations),
      m_show3d(show3d && fitIterations > 0), m_timeout(new QTimer(this)) {
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(timeoutMs);
    connect(m_timeout, &QTimer::timeout, this, &ScreenshotRunner::onTimeout);
    connect(m_window, &MainWindow::analysisShown, this, &ScreenshotRunner::onShown);
    connect(m_window, &MainWindow::analysisFailureShown, this, &ScreenshotRunner::onFailed);
    connect(m_window, &MainWindow::fitShown, this, &ScreenshotRunner::onFitShown);
    connect(m_window, &MainWindow::fitStopped, this, &ScreenshotRunner::onFitStopped);
    if (m_show3d)
        connect(m_window->viewportPanel(), &ViewportPanel::sceneReady, this, [this](const ViewportScenePtr& scene) {
            if (!scene) return;
            m_window->views()->setCurrentIndex(1);
            // The viewport initialises OpenGL on its first paint; give it a few frames.
            QTimer::singleShot(500, this, &ScreenshotRunner::grabAndQuit);
        });
}

void ScreenshotRunner::start() {
    m_window->show();
    m_timeout->start();
    m_window->openImage(m_image);
}

void ScreenshotRunner::onShown(const AnalysisSnapshotPtr& snapshot) {
    if (snapshot->result.faces.empty())
        std::fprintf(stderr, "likeness: warning: no face found in %s\n", qPrintable(m_image));
    if (m_fitIterations > 0 && !snapshot->result.faces.empty()) {
        FitPanel* panel = m_window->fitPanel();
        likeness::CoarseFitOptions options = panel->options();
        options.iterations = m_fitIterations;
        panel->setOptions(options);
        // The coarse fit alone: N is its iterations (the map stages would add their own).
        likeness::AppearanceOptions appearance = panel->appearanceOptions();
        appearance.medium = appearance.fine = false;
        panel->setAppearanceOptions(appearance);
        // The fit's render is the subject: opaque, with only the detector box over it.
        for (OverlayLayer layer : {OverlayLayer::Points, OverlayLayer::Mesh, OverlayLayer::Contours})
            m_window->overlayAction(layer)->setChecked(false);
        panel->setOverlayOpacity(1.0);
        m_window->fitSelectedFace();  // grabbed when the fit is shown
        return;
    }
    // Let the layout and the view settle (dock sizes, fit to window) before grabbing.
    QTimer::singleShot(200, this, &ScreenshotRunner::grabAndQuit);
}

void ScreenshotRunner::onFailed(const AnalysisFailure& failure) {
    const int code = failure.kind == AnalysisErrorKind::Input    ? likeness::ExitInputError
                     : failure.kind == AnalysisErrorKind::Assets ? likeness::ExitAssetError
                                                                 : likeness::ExitInternal;
    finish(code, failure.message);
}

void ScreenshotRunner::onFitShown(const FitResultPtr&) {
    if (m_show3d) return;   // grabbed when the 3D view's scene is ready
    QTimer::singleShot(300, this, &ScreenshotRunner::grabAndQuit);
}

void ScreenshotRunner::onFitStopped(const QString& message) { finish(likeness::ExitInternal, message); }

void ScreenshotRunner::onTimeout() { finish(likeness::ExitInternal, m_fitIterations > 0 ? tr("Timed out waiting for the analysis and the fit.")
                                                              : tr("Timed out waiting for the analysis.")); }

void ScreenshotRunner::grabAndQuit() {
    QPixmap pixmap = m_window->grab();
    // The 3D view is a native GL window, which a widget grab leaves out: draw its frame in.
    FaceViewport* viewport = m_window->viewportPanel()->viewport();
    if (!pixmap.isNull() && viewport && viewport->isVisible() && viewport->isGlReady()) {
        const QImage frame = viewport->grabFramebuffer();
        QPainter painter(&pixmap);
        painter.drawImage(QRect(viewport->mapTo(m_window, QPoint(0, 0)), viewport->size()), frame);
    }
    if (pixmap.isNull() || !pixmap.save(m_output, "PNG"))
        finish(likeness::ExitInternal, tr("Could not write %1.").arg(m_output));
    else
        finish(likeness::ExitOk, {});
}

void ScreenshotRunner::finish(int exitCode, const QString& message) {
    if (m_done) return;
    m_done = true;
    m_timeout->stop();
    if (!message.isEmpty()) std::fprintf(stderr, "likeness: %s\n", qPrintable(message));
    QCoreApplication::exit(exitCode);
}

} // namespace likeness::ui
