#pragma once
// The studio's main window: the photo with its landmark overlay, the faces,
// timings, fit and maps docks, File/View/Help menus, drag & drop, recent files.
#include <memory>

#include <QMainWindow>
#include <QPointer>

#include "controllers/analysis_controller.h"
#include "controllers/analysis_snapshot.h"
#include "controllers/export_controller.h"
#include "controllers/export_job.h"
#include "controllers/fit_controller.h"
#include "controllers/fit_job.h"
#include "controllers/fit_snapshot.h"
#include "overlay/overlay_layers.h"

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QMimeData;
class QProgressDialog;
class QTabWidget;
class QUndoStack;

namespace likeness::ui {

class BusyIndicator;
class CapturePanel;
class ExportDialog;
class PhotoSet;
class SessionManager;
class StatusMonitor;
struct RestoredStudio;
struct StudioSnapshot;
class WebcamPanel;
class ExpressionPanel;
class LightingPanel;
class MapEditPanel;
class ViewportPanel;
class FacesPanel;
class FitPanel;
class MapInspector;
class PhotoView;
class PreferencesDialog;
class RecentFiles;
class TimingsPanel;
class TopologyCache;

struct MainWindowOptions {
    AnalysisControllerOptions analysis;  // model folder and device of the analyser
    QString topologyFile;                // face topology JSON; empty = the asset cache
    bool persistSettings = true;         // restore/save geometry, dock layout, overlays, recent files
    bool showErrorDialogs = true;        // false: errors go to the status bar only (--screenshot)
    bool warmUpAnalyzer = true;          // load the models at start rather than with the first photo
    bool confirmUnsavedChanges = true;   // closing, or opening a session, over unsaved changes asks first
    FitJob fitJob = coarseFitJob();      // what Face > Fit Face runs (tests substitute their own)
    AppearanceJob appearanceJob = appearanceFitJob(); // its medium and fine map stages
    ExportJob exportJob = coreExportJob(); // what File > Export… runs (tests substitute their own)
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const MainWindowOptions& options = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    AnalysisController* controller() const { return m_controller; }
    PhotoView* photoView() const { return m_view; }
    FacesPanel* facesPanel() const { return m_faces; }
    TimingsPanel* timingsPanel() const { return m_timings; }
    RecentFiles* recentFiles() const { return m_recent; }
    QMenu* recentFilesMenu() const { return m_recentMenu; }
    QAction* overlayAction(OverlayLayer layer) const;
    QAction* fitToWindowAction() const { return m_fitAction; }
    BusyIndicator* busyIndicator() const { return m_busy; }
    FitController* fitController() const { return m_fitController; }
    FitPanel* fitPanel() const { return m_fitPanel; }
    /// The Maps dock (View > Maps, Alt+4) and its inspector: the UV maps of every stage of
    /// the fit shown (empty without map stages).
    /// It is a tab beside the Fit dock.
    QDockWidget* mapsDock() const { return m_mapsDock; }
    MapInspector* mapInspector() const { return m_maps; }
    /// Face > Fit Face (Ctrl+R; also on the toolbar): enabled while a face is selected and no fit runs.
    QAction* fitFaceAction() const;
    /// File > Export… (Ctrl+E): enabled while a finished fit is shown and no export runs.
    QAction* exportAction() const { return m_exportAction; }
    ExportController* exportController() const { return m_exportController; }
    /// The progress dialog of the running export (nullptr when none).
    QProgressDialog* exportProgressDialog() const;
    /// The open Export dialog (nullptr when none).
    ExportDialog* exportDialog() const;
    /// The central views: the photo (tab 0) and the 3D view (tab 1; View > 3D View, Ctrl+Shift+2).
    QTabWidget* views() const { return m_views; }
    ViewportPanel* viewportPanel() const { return m_viewportPanel; }
    /// The Expression dock (View > Expression, Alt+5): the rig's 52 weights posing the 3D view.
    QDockWidget* expressionDock() const { return m_expressionDock; }
    ExpressionPanel* expressionPanel() const { return m_expression; }
    /// The Lighting dock (View > Lighting, Alt+8): relights the 3D view.
    QDockWidget* lightingDock() const { return m_lightingDock; }
    LightingPanel* lightingPanel() const { return m_lighting; }
    QDockWidget* mapEditsDock() const { return m_mapEditsDock; }
    MapEditPanel* mapEditPanel() const { return m_mapEdits; }
    /// The subject's photos (the Photos dock, View > Photos, Alt+6) and the webcam (Alt+7).
    PhotoSet* photoSet() const { return m_photos; }
    CapturePanel* capturePanel() const { return m_capture; }
    WebcamPanel* webcamPanel() const { return m_webcam; }
    QDockWidget* photosDock() const { return m_photosDock; }
    QDockWidget* webcamDock() const { return m_webcamDock; }
    /// Sessions: File > Open Session… / Save Session (Ctrl+S) / Save Session As…,
    /// autosave and crash recovery (main_window_session.cpp).
    SessionManager* sessionManager() const { return m_session; }
    /// Restores the session saved in `path`; false with the reason (nothing changes then).
    bool openSession(const QString& path, QString* error = nullptr);
    bool saveSession(const QString& path, QString* error = nullptr);
    /// A restored session's fit waits for its photo's analysis; true while it does.
    bool isRestoringSession() const { return m_pendingRestore != nullptr; }
    /// Offers to recover the autosave a crashed run left (once, after the window is shown).
    void offerCrashRecovery();
    /// The edits' undo history (lighting, expression, photo set): Edit > Undo / Redo.
    QUndoStack* undoStack() const { return m_undo; }
    /// Edit > Preferences… (Ctrl+,) and its open dialog (nullptr when none); main_window_preferences.cpp.
    QAction* preferencesAction() const { return m_preferencesAction; }
    PreferencesDialog* preferencesDialog() const;
    /// The actions whose shortcuts Preferences can change (all carry an objectName).
    QList<QAction*> shortcutActions() const;

    /// The fit shown over the photo; nullptr when none.
    FitResultPtr currentFit() const { return m_fit; }

    /// The photo shown (the latest one analysed successfully or being analysed).
    QString currentFile() const { return m_currentFile; }
    /// The analysis shown; nullptr before the first one.
    AnalysisSnapshotPtr currentSnapshot() const { return m_snapshot; }

public Q_SLOTS:
    /// Loads and analyses `path` in the background (superseding any running analysis).
    void openImage(const QString& path);
    /// File > Open: asks for a photo.
    void openImageDialog();
    /// Analyses the current photo again.
    void reanalyze();
    void showAbout();
    /// Edit > Preferences…: opens the Preferences dialog (window-modal, not blocking).
    void openPreferences();
    /// Fits the selected face of the current photo with the Fit panel's settings.
    void fitSelectedFace();
    /// File > Export…: opens the Export dialog (window-modal, not blocking); OK starts the export.
    void openExportDialog();
    /// Exports the shown fit into `folder` with a progress dialog; false when there is no fit to export.
    bool startExport(const QString& folder, const likeness::ExportJobOptions& options);

Q_SIGNALS:
    /// A finished analysis is on screen.
    void analysisShown(const likeness::ui::AnalysisSnapshotPtr& snapshot);
    /// A failed analysis was reported to the user.
    void analysisFailureShown(const likeness::ui::AnalysisFailure& failure);
    /// A finished fit is shown over the photo.
    void fitShown(const likeness::ui::FitResultPtr& result);
    /// A fit failed or was cancelled and the user was told (message as shown).
    void fitStopped(const QString& message);
    /// An export finished, failed or was cancelled and the user was told (the status bar's message).
    void exportEnded(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private Q_SLOTS:
    void onImageLoaded(quint64 requestId, const QString& path, const QImage& image);
    void onAnalysisFinished(const likeness::ui::AnalysisSnapshotPtr& snapshot);
    void onAnalysisFailed(const likeness::ui::AnalysisFailure& failure);
    void onBusyChanged(bool busy);
    void onDeviceChanged(const QString& deviceName);
    void onLayerToggled();
    void rebuildRecentFilesMenu();
    void updateFitAvailability();
    void onFitProgress(const likeness::ui::FitProgressPtr& progress);
    void onFitFinished(const likeness::ui::FitResultPtr& result);
    void onFitFailed(const likeness::ui::FitFailure& failure);
    void onFitCancelled(quint64 requestId, const likeness::ui::FitResultPtr& kept);
    void updateExportAvailability();
    void onExportProgress(quint64 requestId, const QString& stage, double fraction);
    void onExportFinished(const likeness::ui::ExportResultPtr& result);
    void onExportFailed(const likeness::ui::ExportFailure& failure);
    void onExportCancelled();

private:
    void createActions();
    void createMenus();
    void createLanguageMenu(QMenu* menu);
    void createToolBar();
    void createDocks();
    void createStatusBar();
    /// The central tabs (photo, 3D view) and the docks that edit the 3D view (main_window_studio.cpp).
    void createStudioViews();
    void createStudioDocks();
    void createEditMenu();
    void createCaptureDocks();
    void createSessions();
    void createSessionActions(QMenu* file);
    /// Applies the checked parts of a session that need no analysis; the fit and the
    /// panels' edits follow when the current photo's analysis is shown.
    void applyRestoredSession(const RestoredStudio& restored);
    void finishSessionRestore();
    /// What a session saves, gathered on the GUI thread (shared pieces only: cheap).
    StudioSnapshot studioSnapshot() const;
    /// Asks whether to save a modified session; false = the user cancelled.
    bool confirmDiscardSession();
    /// The analysis of the current photo finished: its face count and chosen face.
    void syncPhotoSetWithAnalysis(const AnalysisSnapshotPtr& snapshot);
    // main_window_preferences.cpp: the Preferences action, stable action names, studio icons.
    void createPreferencesAction();
    void nameActionsForShortcuts();
    void applyStudioIcons();
    void ensureTopology();
    void restoreSettings();
    void saveSettings() const;
    void updateTitle();
    void closeExportProgress();
    /// Shows `result` over the photo and its maps in the Maps dock (null: clears both).
    void showFit(const FitResultPtr& result);
    static QStringList droppedImageFiles(const QMimeData* mime);

    MainWindowOptions m_options;
    AnalysisController* m_controller = nullptr;
    std::unique_ptr<TopologyCache> m_topology;
    RecentFiles* m_recent = nullptr;

    PhotoView* m_view = nullptr;
    FacesPanel* m_faces = nullptr;
    TimingsPanel* m_timings = nullptr;
    QDockWidget* m_facesDock = nullptr;
    QDockWidget* m_timingsDock = nullptr;
    FitController* m_fitController = nullptr;
    FitPanel* m_fitPanel = nullptr;
    QDockWidget* m_fitDock = nullptr;
    MapInspector* m_maps = nullptr;
    QDockWidget* m_mapsDock = nullptr;
    ExportController* m_exportController = nullptr;
    QPointer<QProgressDialog> m_exportProgress;
    QPointer<ExportDialog> m_exportDialog;
    QTabWidget* m_views = nullptr;
    ViewportPanel* m_viewportPanel = nullptr;
    ExpressionPanel* m_expression = nullptr;
    QDockWidget* m_expressionDock = nullptr;
    LightingPanel* m_lighting = nullptr;
    QDockWidget* m_lightingDock = nullptr;
    MapEditPanel* m_mapEdits = nullptr;
    QDockWidget* m_mapEditsDock = nullptr;
    QUndoStack* m_undo = nullptr;
    SessionManager* m_session = nullptr;
    std::shared_ptr<RestoredStudio> m_pendingRestore;
    FitResultPtr m_partialFit;   // the running fit's finished stages (autosaved until the whole fit is shown)   // a session's fit and edits, waiting for its photo
    QAction* m_embedPhotosAction = nullptr;
    bool m_recoveryOffered = false;
    PhotoSet* m_photos = nullptr;
    CapturePanel* m_capture = nullptr;
    WebcamPanel* m_webcam = nullptr;
    QDockWidget* m_photosDock = nullptr;
    QDockWidget* m_webcamDock = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_faceMenu = nullptr;
    BusyIndicator* m_busy = nullptr;
    QLabel* m_deviceLabel = nullptr;
    StatusMonitor* m_statusMonitor = nullptr;

    QAction* m_openAction = nullptr;
    QAction* m_reanalyzeAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_pointsAction = nullptr;
    QAction* m_meshAction = nullptr;
    QAction* m_contoursAction = nullptr;
    QAction* m_boxesAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_fitAction = nullptr;
    QAction* m_actualSizeAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QPointer<PreferencesDialog> m_preferencesDialog;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;

    QString m_currentFile;          // shown (or being loaded) photo
    QString m_requestedFile;        // file of the active request
    bool m_requestImageShown = false; // the active request's photo replaced the previous one
    AnalysisSnapshotPtr m_snapshot;
    FitResultPtr m_fit;             // shown over the photo
};

} // namespace likeness::ui
