#include "main_window/main_window.h"

#include <algorithm>
#include <cmath>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

#include "app/action_tips.h"
#include "app/live_retranslation.h"
#include "app/translation_loader.h"
#include "dialogs/export_dialog.h"
#include "imaging/image_formats.h"
#include "main_window/busy_indicator.h"
#include "main_window/recent_files.h"
#include "panels/faces_panel.h"
#include "capture/photo_set.h"
#include "panels/expression_panel.h"
#include "main_window/status_monitor.h"
#include "panels/fit_panel.h"
#include "session/session_manager.h"
#include "session/studio_session.h"
#include "panels/lighting_panel.h"
#include "panels/map_edit_panel.h"
#include "viewport/viewport_panel.h"
#include "panels/timings_panel.h"
#include "overlay/topology_cache.h"
#include "views/map_inspector.h"
#include "views/photo_view.h"

namespace likeness::ui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kLayersKey = QStringLiteral("view/layers");
const QString kLastDirKey = QStringLiteral("mainWindow/lastDirectory");
constexpr int kMessageMs = 8000;
constexpr int kExportProgressDelayMs = 300;  // short exports finish before their progress dialog shows

/// A small swatch in an overlay layer's colour: the toolbar doubles as a legend.
QIcon layerIcon(const QColor& color, OverlayLayer layer) {
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, 3);
    p.setPen(pen);
    switch (layer) {
    case OverlayLayer::Points:
        p.setBrush(color);
        for (const QPointF& c : {QPointF(9, 10), QPointF(23, 10), QPointF(16, 22)}) p.drawEllipse(c, 3.5, 3.5);
        break;
    case OverlayLayer::Mesh:
        p.drawPolygon(QPolygonF({QPointF(4, 26), QPointF(16, 5), QPointF(28, 26)}));
        p.drawLine(QPointF(16, 5), QPointF(16, 26));
        break;
    case OverlayLayer::Contours:
        p.drawEllipse(QRectF(6, 3, 20, 26));
        break;
    case OverlayLayer::Boxes:
        p.drawRect(QRectF(5, 5, 22, 22));
        break;
    }
    return QIcon(pixmap);
}

} // namespace

MainWindow::MainWindow(const MainWindowOptions& options, QWidget* parent)
    : QMainWindow(parent),
      m_options(options),
      m_controller(new AnalysisController(options.analysis, this)),
      m_topology(std::make_unique<TopologyCache>(options.topologyFile)),
      m_recent(new RecentFiles(QStringLiteral("recentFiles"), RecentFiles::kDefaultMaxCount, this)) {
    setObjectName(QStringLiteral("MainWindow"));
    m_recent->setPersistent(options.persistSettings);
    m_view = new PhotoView(this);
    createStudioViews();
    setAcceptDrops(true);
    m_fitController = new FitController(options.fitJob, options.appearanceJob, this);
    m_fitPanel = new FitPanel(this);  // its actions go into the menus and the toolbar
    m_exportController = new ExportController(options.exportJob, this);

    createActions();
    createMenus();
    createToolBar();
    createDocks();
    createStatusBar();
    createSessions();
    createPreferencesAction();  // after the menus and docks: it names and decorates their actions

    connect(m_controller, &AnalysisController::imageLoaded, this, &MainWindow::onImageLoaded);
    connect(m_controller, &AnalysisController::analysisFinished, this, &MainWindow::onAnalysisFinished);
    connect(m_controller, &AnalysisController::analysisFailed, this, &MainWindow::onAnalysisFailed);
    connect(m_controller, &AnalysisController::busyChanged, this, &MainWindow::onBusyChanged);
    connect(m_controller, &AnalysisController::deviceChanged, this, &MainWindow::onDeviceChanged);
    connect(m_controller, &AnalysisController::warningReported, this,
            [this](const QString& message) { statusBar()->showMessage(message, kMessageMs); });
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::rebuildRecentFilesMenu);
    connect(m_faces, &FacesPanel::faceSelected, m_view, &PhotoView::setSelectedFace);
    connect(m_faces, &FacesPanel::faceActivated, m_view, &PhotoView::zoomToFace);
    connect(m_faces, &FacesPanel::faceSelected, this, &MainWindow::updateFitAvailability);

    connect(m_fitPanel, &FitPanel::runRequested, this, &MainWindow::fitSelectedFace);
    connect(m_fitPanel, &FitPanel::pauseRequested, m_fitController, &FitController::setPaused);
    connect(m_fitPanel, &FitPanel::cancelRequested, m_fitController, &FitController::cancel);
    connect(m_fitPanel, &FitPanel::overlayVisibleChanged, m_view, &PhotoView::setFitOverlayVisible);
    connect(m_fitPanel, &FitPanel::overlayOpacityChanged, m_view, &PhotoView::setFitOverlayOpacity);
    connect(m_fitPanel, &FitPanel::wireframeVisibleChanged, m_view, &PhotoView::setFitWireframeVisible);
    m_view->setFitOverlayOpacity(m_fitPanel->overlayOpacity());
    m_view->setFitWireframeVisible(m_fitPanel->wireframeVisible());
    connect(m_fitPanel, &FitPanel::maskVisibleChanged, m_view, &PhotoView::setFitMaskVisible);
    m_view->setFitMaskVisible(m_fitPanel->maskVisible());
    connect(m_fitController, &FitController::progressed, this, &MainWindow::onFitProgress);
    connect(m_fitController, &FitController::finished, this, &MainWindow::onFitFinished);
    connect(m_fitController, &FitController::failed, this, &MainWindow::onFitFailed);
    connect(m_fitController, &FitController::cancelled, this, &MainWindow::onFitCancelled);
    connect(m_fitController, &FitController::runningChanged, m_fitPanel, &FitPanel::setRunning);
    connect(m_fitController, &FitController::runningChanged, this, &MainWindow::updateFitAvailability);
    connect(m_fitController, &FitController::pausedChanged, m_fitPanel, &FitPanel::setPaused);
    connect(m_exportController, &ExportController::progressed, this, &MainWindow::onExportProgress);
    connect(m_exportController, &ExportController::finished, this, &MainWindow::onExportFinished);
    connect(m_exportController, &ExportController::failed, this, &MainWindow::onExportFailed);
    connect(m_exportController, &ExportController::cancelled, this, &MainWindow::onExportCancelled);
    connect(m_exportController, &ExportController::runningChanged, this, &MainWindow::updateExportAvailability);

    resize(1200, 800);
    resizeDocks({m_facesDock}, {480}, Qt::Horizontal);
    resizeDocks({m_facesDock, m_timingsDock}, {200, 560}, Qt::Vertical);
    restoreSettings();
    rebuildRecentFilesMenu();
    updateTitle();
    updateFitAvailability();
    updateExportAvailability();
    if (options.warmUpAnalyzer) m_controller->warmUp();
}

MainWindow::~MainWindow() {
    m_session->shutdownCleanly();   // a window closed without a crash leaves no recovery file
}

QAction* MainWindow::fitFaceAction() const { return m_fitPanel->runAction(); }

QAction* MainWindow::overlayAction(OverlayLayer layer) const {
    switch (layer) {
    case OverlayLayer::Points: return m_pointsAction;
    case OverlayLayer::Mesh: return m_meshAction;
    case OverlayLayer::Contours: return m_contoursAction;
    case OverlayLayer::Boxes: return m_boxesAction;
    }
    return nullptr;
}

void MainWindow::createActions() {
    m_openAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    setActionTips(m_openAction, tr("Open a photo and find the faces in it"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openImageDialog);

    m_reanalyzeAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Analyse Again"), this);
    m_reanalyzeAction->setShortcut(QKeySequence(Qt::Key_F5));  // not QKeySequence::Refresh: GNOME adds Ctrl+R (Fit Face)
    setActionTips(m_reanalyzeAction, tr("Analyse the current photo again"));
    m_reanalyzeAction->setEnabled(false);
    connect(m_reanalyzeAction, &QAction::triggered, this, &MainWindow::reanalyze);

    m_exportAction = new QAction(tr("&Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("fileExport"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    setActionTips(m_exportAction, tr("Export the fitted face as a 3D model with its blendshapes and "
                                              "textures (glTF, FBX, OBJ, PLY, Live Link CSV)"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::openExportDialog);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    setActionTips(m_quitAction, tr("Quit Likeness"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    auto makeLayerAction = [this](OverlayLayer layer, const QString& text, const QKeySequence& key,
                                  const QString& description, QColor color, const char* name) {
        auto* action = new QAction(layerIcon(color, layer), text, this);
        action->setObjectName(QLatin1String(name));
        action->setCheckable(true);
        action->setChecked(true);
        action->setShortcut(key);
        action->setData(int(layer));
        setActionTips(action, description);
        connect(action, &QAction::toggled, this, &MainWindow::onLayerToggled);
        return action;
    };
    m_pointsAction = makeLayerAction(OverlayLayer::Points, tr("&Points"), QKeySequence(Qt::Key_P),
                                     tr("Show the landmarks (478 points per face)"),
                                     overlay_colors::points(), "showPoints");
    m_meshAction = makeLayerAction(OverlayLayer::Mesh, tr("&Mesh"), QKeySequence(Qt::Key_M),
                                   tr("Show the face mesh wireframe"), overlay_colors::mesh(), "showMesh");
    m_contoursAction = makeLayerAction(OverlayLayer::Contours, tr("&Contours"), QKeySequence(Qt::Key_C),
                                       tr("Show the lips, eyes, brows, silhouette and irises"),
                                       overlay_colors::contours(), "showContours");
    m_boxesAction = makeLayerAction(OverlayLayer::Boxes, tr("Detector &Boxes"), QKeySequence(Qt::Key_B),
                                    tr("Show the face detector's boxes"), overlay_colors::boxes(), "showBoxes");

    m_zoomInAction = new QAction(tr("Zoom &In"), this);
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    setActionTips(m_zoomInAction, tr("Zoom in"));
    connect(m_zoomInAction, &QAction::triggered, m_view, &PhotoView::zoomIn);

    m_zoomOutAction = new QAction(tr("Zoom &Out"), this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    setActionTips(m_zoomOutAction, tr("Zoom out"));
    connect(m_zoomOutAction, &QAction::triggered, m_view, &PhotoView::zoomOut);

    m_fitAction = new QAction(style()->standardIcon(QStyle::SP_TitleBarMaxButton), tr("&Fit to Window"), this);
    m_fitAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_0), QKeySequence(Qt::Key_F)});
    setActionTips(m_fitAction, tr("Fit the whole photo into the window"));
    connect(m_fitAction, &QAction::triggered, m_view, &PhotoView::fitToWindow);

    m_actualSizeAction = new QAction(tr("&Actual Size"), this);
    m_actualSizeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    setActionTips(m_actualSizeAction, tr("Show the photo at 100% (one screen pixel per image pixel)"));
    connect(m_actualSizeAction, &QAction::triggered, m_view, &PhotoView::zoomToActualSize);

    m_aboutAction = new QAction(tr("&About Likeness"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setStatusTip(tr("Version and licence information"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->setToolTipsVisible(true);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setToolTipsVisible(true);
    file->addAction(m_reanalyzeAction);
    file->addSeparator();
    createSessionActions(file);
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    createEditMenu();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setToolTipsVisible(true);
    m_viewMenu->addSection(tr("Overlays"));
    m_viewMenu->addAction(m_pointsAction);
    m_viewMenu->addAction(m_meshAction);
    m_viewMenu->addAction(m_contoursAction);
    m_viewMenu->addAction(m_boxesAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_fitAction);
    m_viewMenu->addAction(m_actualSizeAction);
    m_viewMenu->addSeparator();
    createLanguageMenu(m_viewMenu->addMenu(tr("&Language")));
    m_viewMenu->addSeparator();

    m_faceMenu = menuBar()->addMenu(tr("Fa&ce"));
    m_faceMenu->setToolTipsVisible(true);
    m_faceMenu->addAction(m_fitPanel->runAction());
    m_faceMenu->addAction(m_fitPanel->pauseAction());
    m_faceMenu->addAction(m_fitPanel->cancelAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::createLanguageMenu(QMenu* menu) {
    menu->setToolTipsVisible(true);
    menu->setToolTip(tr("Choose the language of the user interface"));
    auto* group = new QActionGroup(menu);
    const QString current = m_options.persistSettings ? QSettings().value(languageSettingsKey()).toString()
                                                      : QString();
    auto addLanguage = [&](const QString& text, const QString& code) {
        QAction* action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        action->setActionGroup(group);
        connect(action, &QAction::triggered, this, [this, code] {
            if (m_options.persistSettings) QSettings().setValue(languageSettingsKey(), code);
            switchLanguageLive(code.isEmpty() ? QLocale::system().name() : code);
            statusBar()->showMessage(tr("The studio now speaks the new language."), kMessageMs);
        });
    };
    addLanguage(tr("System Default"), QString());
    menu->addSeparator();
    for (const QString& code : availableLanguages()) {
        // Each language in its own words ("Deutsch", "English").
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty()) name[0] = name[0].toUpper();
        addLanguage(name.isEmpty() ? code : name, code);
    }
}

void MainWindow::createToolBar() {
    QToolBar* bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_openAction);
    bar->addSeparator();
    bar->addAction(m_pointsAction);
    bar->addAction(m_meshAction);
    bar->addAction(m_contoursAction);
    bar->addAction(m_boxesAction);
    bar->addSeparator();
    bar->addAction(m_fitAction);
    bar->addSeparator();
    bar->addAction(m_fitPanel->runAction());
    m_viewMenu->addAction(bar->toggleViewAction());
}

void MainWindow::createDocks() {
    m_faces = new FacesPanel(this);
    m_facesDock = new QDockWidget(tr("Faces"), this);
    m_facesDock->setObjectName(QStringLiteral("facesDock"));
    m_facesDock->setWidget(m_faces);
    addDockWidget(Qt::RightDockWidgetArea, m_facesDock);

    m_timings = new TimingsPanel(this);
    m_timingsDock = new QDockWidget(tr("Timings"), this);
    m_timingsDock->setObjectName(QStringLiteral("timingsDock"));
    m_timingsDock->setWidget(m_timings);
    addDockWidget(Qt::RightDockWidgetArea, m_timingsDock);

    m_fitDock = new QDockWidget(tr("Fit"), this);
    m_fitDock->setObjectName(QStringLiteral("fitDock"));
    m_fitDock->setWidget(m_fitPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_fitDock);
    tabifyDockWidget(m_timingsDock, m_fitDock);
    m_fitDock->raise();

    QAction* facesToggle = m_facesDock->toggleViewAction();
    facesToggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    setActionTips(facesToggle, tr("Show or hide the list of faces"));
    QAction* timingsToggle = m_timingsDock->toggleViewAction();
    timingsToggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    setActionTips(timingsToggle, tr("Show or hide the analysis timings"));
    QAction* fitToggle = m_fitDock->toggleViewAction();
    fitToggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    setActionTips(fitToggle, tr("Show or hide the fit settings, its live loss chart and results"));
    // The UV maps of the fit's stages. The inspector's zoom keys are its own (taken
    // while the focus is inside it): its actions stay out of the window's menus.
    m_maps = new MapInspector(this);
    m_mapsDock = new QDockWidget(tr("Maps"), this);
    m_mapsDock->setObjectName(QStringLiteral("mapsDock"));
    m_mapsDock->setWidget(m_maps);
    addDockWidget(Qt::RightDockWidgetArea, m_mapsDock);
    tabifyDockWidget(m_fitDock, m_mapsDock);  // a tab beside the Fit dock: the photo keeps its room
    m_fitDock->raise();
    QAction* mapsToggle = m_mapsDock->toggleViewAction();
    mapsToggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    setActionTips(mapsToggle, tr("Show or hide the UV maps of the fit's stages (coarse, medium, fine)"));

    m_viewMenu->addAction(facesToggle);
    m_viewMenu->addAction(timingsToggle);
    m_viewMenu->addAction(fitToggle);
    m_viewMenu->addAction(mapsToggle);
    createStudioDocks();
    createCaptureDocks();
}

void MainWindow::createStatusBar() {
    m_busy = new BusyIndicator(this);
    m_deviceLabel = new QLabel(this);
    m_deviceLabel->setToolTip(tr("The device the face analysis runs on"));
    onDeviceChanged(QString());
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_deviceLabel);
    // The fit's compute device (CPU threads or the GPU) and the process memory, refreshed every 2 s.
    m_statusMonitor = new StatusMonitor(this);
    m_statusMonitor->setDevice(QString::fromStdString(m_fitPanel->options().device));
    statusBar()->addPermanentWidget(m_statusMonitor);
    statusBar()->showMessage(tr("Open a photo to find the faces in it."));
}

void MainWindow::ensureTopology() {
    if (m_topology->isLoaded()) return;
    if (auto topology = m_topology->get()) {
        m_view->setTopology(std::move(topology));
        return;
    }
    const QString why = tr("Unavailable: the face topology could not be loaded. %1").arg(m_topology->errorMessage());
    for (QAction* action : {m_meshAction, m_contoursAction}) {
        action->setEnabled(false);
        action->setToolTip(why);
        action->setStatusTip(why);
    }
    statusBar()->showMessage(tr("The mesh and contour overlays are unavailable: the face topology could not be loaded."),
                             kMessageMs);
}

void MainWindow::openImage(const QString& path) {
    if (path.isEmpty()) return;
    const QFileInfo info(path);
    m_requestedFile = info.absoluteFilePath();
    m_requestImageShown = false;
    m_recent->add(m_requestedFile);
    // Every photo opened joins the subject's photo set (an undo step when it is new).
    if (m_photos->indexOf(m_requestedFile) < 0) m_photos->add({m_requestedFile});
    m_photos->setCurrentIndex(m_photos->indexOf(m_requestedFile));
    if (m_options.persistSettings) QSettings().setValue(kLastDirKey, info.absolutePath());
    m_controller->analyzeFile(m_requestedFile);
    statusBar()->showMessage(tr("Analysing %1…").arg(info.fileName()));
}

void MainWindow::openImageDialog() {
    QString dir = m_options.persistSettings ? QSettings().value(kLastDirKey).toString() : QString();
    if (dir.isEmpty()) dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QFileDialog dialog(this, tr("Open Photo"), dir);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters(imageFileDialogFilters());
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        openImage(dialog.selectedFiles().constFirst());
}

void MainWindow::reanalyze() {
    if (!m_currentFile.isEmpty()) openImage(m_currentFile);
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Likeness"),
                       tr("<h3>Likeness %1</h3>"
                          "<p>A face-capture studio: it finds the faces in a photo, their 478 landmarks "
                          "and head pose, and will reconstruct, rig and export them.</p>"
                          "<p>Face models: MediaPipe BlazeFace, FaceMesh and Iris (Apache 2.0) via "
                          "@vladmandic/human (MIT).</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::onImageLoaded(quint64, const QString& path, const QImage& image) {
    m_requestImageShown = true;
    m_currentFile = path;
    m_snapshot.reset();
    m_fit.reset();
    m_maps->clear();
    updateExportAvailability();
    m_fitController->cancel();  // its photo is gone
    m_view->setImage(image);
    m_faces->setBusy();
    m_timings->clear();
    m_reanalyzeAction->setEnabled(true);
    updateTitle();
}

void MainWindow::onAnalysisFinished(const AnalysisSnapshotPtr& snapshot) {
    ensureTopology();
    if (!m_requestImageShown) onImageLoaded(snapshot->requestId, snapshot->path, snapshot->image);
    m_snapshot = snapshot;
    const auto& faces = snapshot->result.faces;
    m_view->setFaces(faces);
    m_faces->setFaces(faces);  // selects the first face
    syncPhotoSetWithAnalysis(snapshot);
    if (m_pendingRestore && snapshot->path == m_pendingRestore->currentPhoto) finishSessionRestore();
    m_timings->setTimings(*snapshot);
    updateFitAvailability();
    if (!snapshot->deviceName.isEmpty()) onDeviceChanged(snapshot->deviceName);
    const QString name = QFileInfo(snapshot->path).fileName();
    if (faces.empty())
        statusBar()->showMessage(tr("No face found in %1.").arg(name));
    else
        statusBar()->showMessage(tr("%n face(s) found in %1.", "", int(faces.size())).arg(name));
    Q_EMIT analysisShown(snapshot);
}

void MainWindow::onAnalysisFailed(const AnalysisFailure& failure) {
    // A restored session whose photo is unreadable still gets its fit and edits (the 3D view needs no photo).
    if (m_pendingRestore && failure.path == m_pendingRestore->currentPhoto)
        QMetaObject::invokeMethod(this, &MainWindow::finishSessionRestore, Qt::QueuedConnection);
    if (failure.kind == AnalysisErrorKind::Input) m_recent->remove(failure.path);
    if (m_requestImageShown) {
        m_faces->clear(tr("The analysis failed."));
        m_timings->clear();
    }
    const QString name = QFileInfo(failure.path).fileName();
    statusBar()->showMessage(tr("Could not analyse %1.").arg(name), kMessageMs);

    if (m_options.showErrorDialogs) {
        QString title;
        switch (failure.kind) {
        case AnalysisErrorKind::Input: title = tr("Cannot Open Photo"); break;
        case AnalysisErrorKind::Assets: title = tr("Face Models Missing"); break;
        case AnalysisErrorKind::Options: title = tr("Invalid Settings"); break;
        case AnalysisErrorKind::Internal: title = tr("Analysis Failed"); break;
        }
        // Not exec(): the box is window-modal and the event loop keeps running.
        auto* box = new QMessageBox(QMessageBox::Warning, title, failure.message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("analysisErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(name);
        box->open();
    }
    Q_EMIT analysisFailureShown(failure);
}

void MainWindow::onBusyChanged(bool busy) { m_busy->setBusy(busy, tr("Analysing…")); }

void MainWindow::onDeviceChanged(const QString& deviceName) {
    m_deviceLabel->setText(deviceName.isEmpty() ? tr("Device: –") : tr("Device: %1").arg(deviceName));
}

void MainWindow::onLayerToggled() {
    OverlayLayers layers;
    for (QAction* action : {m_pointsAction, m_meshAction, m_contoursAction, m_boxesAction})
        if (action->isChecked()) layers |= OverlayLayer(action->data().toInt());
    m_view->setLayers(layers);
}

void MainWindow::rebuildRecentFilesMenu() {
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QFileInfo info(files[i]);
        // "&1 photo.jpg": the number is the menu's keyboard accelerator.
        const QString text = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(info.fileName())
                                   : info.fileName();
        QAction* action = m_recentMenu->addAction(text);
        action->setData(files[i]);
        const bool exists = info.exists();
        action->setEnabled(exists);
        action->setToolTip(exists ? files[i] : tr("%1 (not found)").arg(files[i]));
        const QString path = files[i];
        connect(action, &QAction::triggered, this, [this, path] { openImage(path); });
    }
    if (!files.isEmpty()) m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear Menu"));
    clear->setEnabled(!files.isEmpty());
    clear->setToolTip(tr("Forget the recently opened photos"));
    connect(clear, &QAction::triggered, m_recent, &RecentFiles::clear);
    m_recentMenu->setEnabled(true);
}

void MainWindow::restoreSettings() {
    if (!m_options.persistSettings) return;
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    const OverlayLayers layers(settings.value(kLayersKey, int(allOverlayLayers())).toInt());
    for (QAction* action : {m_pointsAction, m_meshAction, m_contoursAction, m_boxesAction})
        action->setChecked(layers.testFlag(OverlayLayer(action->data().toInt())));
    onLayerToggled();
}

void MainWindow::saveSettings() const {
    if (!m_options.persistSettings) return;
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kLayersKey, int(m_view->layers()));
}

void MainWindow::updateTitle() {
    setWindowFilePath(m_currentFile);
    const QString session = m_session ? m_session->currentPath() : QString();
    QString title = m_currentFile.isEmpty() ? tr("Likeness") : QFileInfo(m_currentFile).fileName();
    if (!session.isEmpty()) title = QFileInfo(session).fileName() + QStringLiteral(" — ") + title;
    if (m_session && m_session->isModified()) title += QLatin1Char('*');
    setWindowTitle(title);
}

void MainWindow::changeEvent(QEvent* event) {
    // The title is composed (file names + "Likeness"), so live retranslation cannot map it back.
    if (event->type() == QEvent::LanguageChange) updateTitle();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!confirmDiscardSession()) {
        event->ignore();
        return;
    }
    saveSettings();
    m_controller->cancel();
    m_fitController->cancel();
    m_exportController->cancel();  // files already written stay complete
    m_session->shutdownCleanly();   // a clean close leaves no recovery file behind
    event->accept();
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    ensureTopology();  // lazily, once: disables the overlays that need it when it is missing
}

QStringList MainWindow::droppedImageFiles(const QMimeData* mime) {
    QStringList files;
    if (!mime || !mime->hasUrls()) return files;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile()) continue;
        const QString path = url.toLocalFile();
        if (QFileInfo(path).isFile() && hasSupportedImageSuffix(path)) files << path;
    }
    return files;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppedImageFiles(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event) {
    if (!droppedImageFiles(event->mimeData()).isEmpty()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QStringList files = droppedImageFiles(event->mimeData());
    if (files.isEmpty()) return;
    event->acceptProposedAction();
    // All of them join the photo set (one undo step); the first is opened.
    QStringList fresh;
    for (const QString& f : files)
        if (m_photos->indexOf(QFileInfo(f).absoluteFilePath()) < 0) fresh << QFileInfo(f).absoluteFilePath();
    if (!fresh.isEmpty()) m_photos->add(fresh);
    openImage(files.front());
    if (files.size() > 1)
        statusBar()->showMessage(tr("Added %n photo(s) to the Photos dock; the first is open.", "", int(files.size())),
                                 kMessageMs);
}

} // namespace likeness::ui

namespace likeness::ui {

void MainWindow::updateFitAvailability() {
    const int index = m_faces->selectedFace();
    const bool hasFace = m_snapshot && index >= 0 && index < int(m_snapshot->result.faces.size());
    QString why;
    if (!m_snapshot || m_snapshot->result.faces.empty())
        why = tr("Open a photo with a face to fit it.");
    else if (!hasFace)
        why = tr("Select a face in the Faces list to fit it.");
    m_fitPanel->setFaceAvailable(hasFace, why);
}

void MainWindow::fitSelectedFace() {
    const int index = m_faces->selectedFace();
    if (!m_snapshot || index < 0 || index >= int(m_snapshot->result.faces.size())) return;
    const likeness::CoarseFitOptions options = m_fitPanel->options();
    const likeness::AppearanceOptions appearance = m_fitPanel->appearanceOptions();
    showFit({});
    m_fitPanel->fitStarted(m_fitPanel->totalIterations());
    m_statusMonitor->setDevice(QString::fromStdString(options.device));
    m_fitController->start(m_snapshot->image, m_snapshot->result.faces[size_t(index)], options, appearance,
                           m_snapshot->path);
    m_fitDock->show();
    m_fitDock->raise();
    statusBar()->showMessage(tr("Fitting face %1 of %2…").arg(index + 1).arg(QFileInfo(m_snapshot->path).fileName()));
}

void MainWindow::onFitProgress(const FitProgressPtr& progress) { m_fitPanel->addProgress(progress); }

void MainWindow::showFit(const FitResultPtr& result) {
    m_fit = result;
    updateExportAvailability();
    m_view->setFitResult(result);
    m_viewportPanel->showFit(result, result ? m_topology->get() : nullptr);
    if (!result) {
        m_expression->setFittedWeights({});
        m_lighting->clearFittedLight();
        m_mapEdits->applyNeutral();
        m_mapEdits->setFaceAvailable(false);
    }
    if (result) m_view->setFitOverlayVisible(m_fitPanel->overlayVisible());
    if (!result || result->maps.isEmpty()) {
        m_maps->clear();
        return;
    }
    m_maps->setLayers(result->maps);  // the Maps tab is there; the Fit tab with the results stays in front
}

void MainWindow::onFitFinished(const FitResultPtr& result) {
    m_fitPanel->showResult(result);
    showFit(result);
    QString message = tr("Fit finished in %1 s.").arg(result->elapsedMs / 1000.0, 0, 'f', 1);
    if (!result->fit.images.empty()) {
        const likeness::ImageFit& image = result->fit.images.front();
        message = tr("Fit finished in %1 s: SSIM %2, PSNR %3 dB.")
                      .arg(result->elapsedMs / 1000.0, 0, 'f', 1)
                      .arg(double(image.ssimInMask), 0, 'f', 3)
                      .arg(double(image.psnrInMask), 0, 'f', 1);
    }
    if (!result->stages.isEmpty()) {  // the figures of the last map stage
        const FitStageReport& last = result->stages.back();
        message = tr("Fit finished in %1 s: SSIM %2, PSNR %3 dB (%4 stage).")
                      .arg(result->elapsedMs / 1000.0, 0, 'f', 1)
                      .arg(last.ssim, 0, 'f', 3)
                      .arg(last.psnr, 0, 'f', 1)
                      .arg(FitPanel::stageLabel(last.stage));
    }
    statusBar()->showMessage(message, kMessageMs);
    Q_EMIT fitShown(result);
}

void MainWindow::onFitFailed(const FitFailure& failure) {
    m_fitPanel->showFailure(failure);
    if (failure.lastGood) showFit(failure.lastGood);
    const QString message = m_fitPanel->statusText();
    statusBar()->showMessage(tr("The fit failed."), kMessageMs);
    if (m_options.showErrorDialogs && failure.kind == FitErrorKind::Internal) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Fit Failed"), failure.message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("fitErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    Q_EMIT fitStopped(message);
}

void MainWindow::onFitCancelled(quint64, const FitResultPtr& kept) {
    m_fitPanel->showCancelled(kept);
    if (kept) showFit(kept);  // the coarse fit and the map stages that finished
    statusBar()->showMessage(tr("Fit cancelled."), kMessageMs);
    Q_EMIT fitStopped(m_fitPanel->statusText());
}

QProgressDialog* MainWindow::exportProgressDialog() const { return m_exportProgress; }

ExportDialog* MainWindow::exportDialog() const { return m_exportDialog; }

void MainWindow::updateExportAvailability() {
    m_exportAction->setEnabled(m_fit && !m_exportController->isRunning());
}

void MainWindow::openExportDialog() {
    if (!m_fit || m_exportController->isRunning()) return;
    if (m_exportDialog) {
        m_exportDialog->raise();
        m_exportDialog->activateWindow();
        return;
    }
    auto* dialog = new ExportDialog(this, m_options.persistSettings);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startExport(dialog->folder(), dialog->options()); });
    m_exportDialog = dialog;
    dialog->open();  // not exec(): the event loop keeps running
}

bool MainWindow::startExport(const QString& folder, const likeness::ExportJobOptions& options) {
    if (!m_fit || m_exportController->isRunning()) return false;
    std::shared_ptr<const likeness::FaceTopology> topology = m_topology->get();
    if (!topology) {
        onExportFailed({0, ExportErrorKind::Assets,
                        tr("The face topology could not be loaded. %1").arg(m_topology->errorMessage()), folder});
        return false;
    }
    likeness::ExportJobOptions edited = options;
    edited.asset.edits = m_mapEdits->edits();   // the maps as the 3D view shows them
    m_exportController->start(m_fit, folder, edited, std::move(topology));

    closeExportProgress();
    auto* progress = new QProgressDialog(tr("Preparing the export…"), QString(), 0, 100, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Exporting"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(kExportProgressDelayMs);
    auto* cancel = new QPushButton(tr("Cancel"), progress);
    cancel->setObjectName(QStringLiteral("exportCancel"));
    cancel->setToolTip(tr("Stop after the file being written; the files written so far stay complete"));
    progress->setCancelButton(cancel);
    // Stay open until the worker has stopped (QProgressDialog would hide at once).
    disconnect(progress, SIGNAL(canceled()), progress, SLOT(cancel()));
    connect(progress, &QProgressDialog::canceled, this, [this, progress, cancel] {
        cancel->setEnabled(false);
        progress->setLabelText(tr("Cancelling…"));
        m_exportController->cancel();
    });
    progress->setValue(0);
    m_exportProgress = progress;
    statusBar()->showMessage(tr("Exporting to %1…").arg(QDir::toNativeSeparators(folder)));
    return true;
}

void MainWindow::closeExportProgress() {
    if (!m_exportProgress) return;
    m_exportProgress->disconnect(this);
    m_exportProgress->hide();
    m_exportProgress->deleteLater();
    m_exportProgress = nullptr;
}

void MainWindow::onExportProgress(quint64, const QString& stage, double fraction) {
    if (!m_exportProgress || m_exportController->isCancelling()) return;
    m_exportProgress->setLabelText(exportStageText(stage));
    m_exportProgress->setValue(int(std::lround(std::clamp(fraction, 0.0, 1.0) * 100)));
}

void MainWindow::onExportFinished(const ExportResultPtr& result) {
    closeExportProgress();
    const QString message = tr("Exported %n file(s) to %1.", "", int(result->files.size()))
                                .arg(QDir::toNativeSeparators(result->folder));
    statusBar()->showMessage(message, kMessageMs);
    Q_EMIT exportEnded(message);
}

void MainWindow::onExportFailed(const ExportFailure& failure) {
    closeExportProgress();
    const QString message = tr("Export failed: %1").arg(failure.message);
    statusBar()->showMessage(message, kMessageMs);
    if (m_options.showErrorDialogs) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Export Failed"), failure.message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("exportErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        if (!failure.folder.isEmpty()) box->setInformativeText(QDir::toNativeSeparators(failure.folder));
        box->open();
    }
    Q_EMIT exportEnded(message);
}

void MainWindow::onExportCancelled() {
    closeExportProgress();
    const QString message = tr("Export cancelled.");
    statusBar()->showMessage(message, kMessageMs);
    Q_EMIT exportEnded(message);
}

} // namespace likeness::ui
