// The main window's 3D side: the central photo / 3D tabs, the Expression dock
// and the Edit menu's undo history. Kept apart from main_window.cpp, which
// holds the photo, analysis, fit and export side.
#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

#include "capture/capture_panel.h"
#include "capture/live_landmarks.h"
#include "capture/photo_set.h"
#include "capture/webcam_panel.h"
#include "main_window/main_window.h"
#include "panels/faces_panel.h"
#include "panels/lighting_panel.h"
#include "panels/map_edit_panel.h"
#include "panels/expression_panel.h"
#include "viewport/viewport_panel.h"
#include "views/photo_view.h"

namespace likeness::ui {
namespace {

/// The Lighting panel's light as the viewport's uniforms (both in the fit's camera space).
ViewportLight viewportLightOf(const likeness::EffectiveLight& light) {
    ViewportLight out;
    out.bands = light.bands;
    out.sh = light.sh;
    out.keyEnabled = light.keyEnabled;
    out.keyDirection = light.keyDirection;
    out.keyRadiance = light.keyRadiance;
    return out;
}

} // namespace

void MainWindow::createStudioViews() {
    m_undo = new QUndoStack(this);
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    m_viewportPanel = new ViewportPanel(this);
    m_views->addTab(m_view, tr("Photo"));
    m_views->addTab(m_viewportPanel, tr("3D View"));
    m_views->setTabToolTip(0, tr("The photo with the landmarks, mesh and fitted render over it (Ctrl+Shift+1)"));
    m_views->setTabToolTip(1, tr("The fitted face in 3D: orbit, shading modes, relighting, expressions (Ctrl+Shift+2)"));
    setCentralWidget(m_views);
}

void MainWindow::createEditMenu() {
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));   // Preferences joins this menu
    m_editMenu->setToolTipsVisible(true);
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setToolTip(tr("Undo the last edit of the lighting, expression, maps or photo set (Ctrl+Z)"));
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setToolTip(tr("Redo the edit undone last (Ctrl+Shift+Z)"));
    undo->setObjectName(QStringLiteral("undoAction"));
    redo->setObjectName(QStringLiteral("redoAction"));
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
}

void MainWindow::createStudioDocks() {
    m_expression = new ExpressionPanel(this);
    m_expression->setUndoStack(m_undo);
    m_expressionDock = new QDockWidget(tr("Expression"), this);
    m_expressionDock->setObjectName(QStringLiteral("expressionDock"));
    m_expressionDock->setWidget(m_expression);
    addDockWidget(Qt::LeftDockWidgetArea, m_expressionDock);
    QAction* expressionToggle = m_expressionDock->toggleViewAction();
    expressionToggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_5));
    expressionToggle->setToolTip(tr("Show or hide the 52 ARKit expression sliders that pose the 3D view (Alt+5)"));

    m_lighting = new LightingPanel(this);
    m_lighting->setUndoStack(m_undo);
    m_lightingDock = new QDockWidget(tr("Lighting"), this);
    m_lightingDock->setObjectName(QStringLiteral("lightingDock"));
    m_lightingDock->setWidget(m_lighting);
    addDockWidget(Qt::LeftDockWidgetArea, m_lightingDock);
    tabifyDockWidget(m_expressionDock, m_lightingDock);
    QAction* lightingToggle = m_lightingDock->toggleViewAction();
    lightingToggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_8));
    lightingToggle->setToolTip(tr("Show or hide the lighting of the 3D view: fitted light, presets, environments, "
                                  "key light (Alt+8)"));
    connect(m_lighting, &LightingPanel::lightChanged, this,
            [this] { m_viewportPanel->setLight(viewportLightOf(m_lighting->effectiveLight())); });
    connect(m_lighting, &LightingPanel::renderStillRequested, this, [this] {
        m_views->setCurrentIndex(1);
        m_viewportPanel->saveStillDialog();
    });
    connect(m_lighting, &LightingPanel::environmentFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });

    m_mapEdits = new MapEditPanel(this);
    m_mapEdits->setUndoStack(m_undo);
    m_mapEditsDock = new QDockWidget(tr("Map Edits"), this);
    m_mapEditsDock->setObjectName(QStringLiteral("mapEditsDock"));
    m_mapEditsDock->setWidget(m_mapEdits);
    addDockWidget(Qt::LeftDockWidgetArea, m_mapEditsDock);
    tabifyDockWidget(m_lightingDock, m_mapEditsDock);
    QAction* mapEditsToggle = m_mapEditsDock->toggleViewAction();
    mapEditsToggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_9));
    mapEditsToggle->setToolTip(tr("Show or hide the edits of the fitted maps: albedo exposure and saturation, "
                                  "specular and normal strength (Alt+9)"));
    connect(m_mapEdits, &MapEditPanel::editsChanged, m_viewportPanel, &ViewportPanel::setMapEdits);

    // The views' own switches.
    QAction* photoTab = new QAction(tr("&Photo View"), this);
    photoTab->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_1));
    photoTab->setToolTip(tr("Show the photo with its overlays (Ctrl+Shift+1)"));
    connect(photoTab, &QAction::triggered, this, [this] { m_views->setCurrentIndex(0); });
    QAction* viewportTab = new QAction(tr("&3D View"), this);
    viewportTab->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_2));
    viewportTab->setToolTip(tr("Show the fitted face in 3D (Ctrl+Shift+2)"));
    connect(viewportTab, &QAction::triggered, this, [this] { m_views->setCurrentIndex(1); });
    addAction(photoTab);
    addAction(viewportTab);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(photoTab);
    m_viewMenu->addAction(viewportTab);
    m_viewMenu->addAction(expressionToggle);
    m_viewMenu->addAction(lightingToggle);
    m_viewMenu->addAction(mapEditsToggle);

    connect(m_expression, &ExpressionPanel::weightsChanged, m_viewportPanel, &ViewportPanel::setExpressionWeights);
    connect(m_viewportPanel, &ViewportPanel::sceneReady, this, [this](const ViewportScenePtr& scene) {
        // A new face: its fitted expression is the start, the old face's edits no longer apply.
        m_undo->clear();
        m_expression->setFittedWeights(scene->fittedWeights);
        m_lighting->setFittedLight(scene->fittedLight.sh, scene->fittedLight.bands);
        m_mapEdits->applyNeutral();
        m_mapEdits->setFaceAvailable(true);
    });
    connect(m_viewportPanel, &ViewportPanel::stillSaved, this,
            [this](const QString& path) { statusBar()->showMessage(tr("Saved the still %1.").arg(path), 5000); });
}

void MainWindow::createCaptureDocks() {
    m_photos = new PhotoSet(this);
    m_photos->setUndoStack(m_undo);
    m_capture = new CapturePanel(m_photos, this);
    m_photosDock = new QDockWidget(tr("Photos"), this);
    m_photosDock->setObjectName(QStringLiteral("photosDock"));
    m_photosDock->setWidget(m_capture);
    addDockWidget(Qt::LeftDockWidgetArea, m_photosDock);
    // The live landmarks use the same models and device as the photo analysis.
    m_webcam = new WebcamPanel(makeFaceMeshFrameAnalyzer(m_options.analysis), true, this);
    m_webcamDock = new QDockWidget(tr("Webcam"), this);
    m_webcamDock->setObjectName(QStringLiteral("webcamDock"));
    m_webcamDock->setWidget(m_webcam);
    addDockWidget(Qt::LeftDockWidgetArea, m_webcamDock);
    tabifyDockWidget(m_photosDock, m_webcamDock);
    tabifyDockWidget(m_photosDock, m_expressionDock);
    m_photosDock->raise();

    QAction* photosToggle = m_photosDock->toggleViewAction();
    photosToggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_6));
    photosToggle->setToolTip(tr("Show or hide the subject's photos: add, remove, reorder, choose the face (Alt+6)"));
    QAction* webcamToggle = m_webcamDock->toggleViewAction();
    webcamToggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_7));
    webcamToggle->setToolTip(tr("Show or hide the webcam preview with live landmarks and Capture Still (Alt+7)"));
    m_viewMenu->addAction(photosToggle);
    m_viewMenu->addAction(webcamToggle);
    m_editMenu->addSeparator();
    for (QAction* a : {m_capture->addPhotosAction(), m_capture->pastePhotosAction(), m_capture->removePhotoAction(),
                       m_capture->moveUpAction(), m_capture->moveDownAction()})
        m_editMenu->addAction(a);

    connect(m_photos, &PhotoSet::currentChanged, this, [this](int, const QString& path) {
        if (!path.isEmpty() && path != m_requestedFile) openImage(path);
    });
    connect(m_photos, &PhotoSet::faceSelectionChanged, this, [this](int index, int face) {
        if (index == m_photos->currentIndex() && face >= 0 && face != m_faces->selectedFace()) m_faces->selectFace(face);
    });
    connect(m_faces, &FacesPanel::faceSelected, this, [this](int face) {
        // The user's choice in the Faces list is the photo's face (an undo step); the
        // first face chosen automatically after an analysis is not an edit.
        const int index = m_photos->currentIndex();
        if (index < 0 || m_photos->entry(index).path != m_currentFile) return;
        const int stored = m_photos->entry(index).selectedFace;
        if (face != stored && !(stored < 0 && face == 0)) m_photos->setSelectedFace(index, face);
    });
    connect(m_webcam, &WebcamPanel::stillCaptured, this, [this](const QString& path) {
        m_photos->add({path});
        statusBar()->showMessage(tr("Captured %1 into the Photos dock.").arg(path), 5000);
    });
    connect(m_capture, &CapturePanel::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });
}

void MainWindow::syncPhotoSetWithAnalysis(const AnalysisSnapshotPtr& snapshot) {
    const int faces = static_cast<int>(snapshot->result.faces.size());
    m_photos->setFaceCount(snapshot->path, faces);
    const int index = m_photos->indexOf(snapshot->path);
    if (index < 0) return;
    const int chosen = m_photos->entry(index).selectedFace;
    if (chosen > 0 && chosen < faces) m_faces->selectFace(chosen);
}

} // namespace likeness::ui
