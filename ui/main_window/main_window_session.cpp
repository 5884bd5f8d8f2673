// The main window's sessions: File > Open Session / Save Session / Save Session As,
// the state a session captures and restores, autosave after every finished fit
// and on a timer, and the crash-recovery offer at start.
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

#include "capture/photo_set.h"
#include "main_window/main_window.h"
#include "overlay/topology_cache.h"
#include "panels/expression_panel.h"
#include "panels/fit_panel.h"
#include "panels/lighting_panel.h"
#include "panels/map_edit_panel.h"
#include "session/session_manager.h"
#include "session/studio_session.h"
#include "topology/face_topology.h"
#include "viewport/viewport_panel.h"

namespace likeness::ui {
namespace {

const char* const kEmbedPhotosKey = "session/embedPhotos";
const char* const kSessionDirKey = "session/lastDir";

QString sessionFilter() { return MainWindow::tr("Likeness sessions (*.likeness)"); }

} // namespace

StudioSnapshot MainWindow::studioSnapshot() const {
    StudioSnapshot s;
    s.photoSet = m_photos->toJson();
    s.currentPhoto = m_currentFile;
    s.embedPhotos = m_embedPhotosAction && m_embedPhotosAction->isChecked();
    s.analysis = m_snapshot;
    s.fit = m_fit ? m_fit : m_partialFit;
    s.fitOptions = m_fitPanel->options();
    s.edits = QJsonObject{{QStringLiteral("expression"), m_expression->toJson()},
                          {QStringLiteral("lighting"), m_lighting->toJson()},
                          {QStringLiteral("maps"), m_mapEdits->toJson()},
                          {QStringLiteral("view"), m_views->currentIndex()}};
    s.windowState = saveState();
    return s;
}

void MainWindow::createSessions() {
    auto capture = [this] { return sessionDocumentOf(studioSnapshot()); };
    auto restore = [this](const likeness::SessionDocument& document) {
        const auto topology = m_topology->get();
        if (!topology) throw likeness::AssetError("The face topology is not available: " +
                                                  m_topology->errorMessage().toStdString());
        const QString extractDir =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/session-photos");
        applyRestoredSession(restoredStudioOf(document, *topology, extractDir));
    };
    m_session = new SessionManager(capture, restore, {}, this);
    // Autosaves encode the maps and the fit on the worker: the GUI only takes shared snapshots.
    m_session->setDeferredCapture([this]() -> std::function<likeness::SessionDocument()> {
        const StudioSnapshot snapshot = studioSnapshot();
        return [snapshot] { return sessionDocumentOf(snapshot); };
    });
    if (!m_options.persistSettings) m_session->setAutosaveIntervalMs(0);   // tests: no background writes
    connect(m_undo, &QUndoStack::indexChanged, m_session, [this] { m_session->setModified(true); });
    connect(m_photos, &PhotoSet::changed, m_session, [this] { m_session->setModified(true); });
    connect(m_fitController, &FitController::stageFinished, m_session, [this](const FitResultPtr& partial) {
        m_partialFit = partial;   // kept by an autosave now, in case the map stages never finish
        m_session->setModified(true);
        m_session->autosaveNow();
    });
    connect(m_fitController, &FitController::runningChanged, this, [this](bool running) {
        if (!running) m_partialFit.reset();
    });
    connect(this, &MainWindow::fitShown, m_session, [this] {
        m_session->setModified(true);
        m_session->autosaveNow();   // a finished fit is worth keeping at once
    });
    connect(m_session, &SessionManager::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_session, &SessionManager::currentPathChanged, this, &MainWindow::updateTitle);
    connect(m_session, &SessionManager::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(qApp, &QCoreApplication::aboutToQuit, m_session, &SessionManager::shutdownCleanly);
}

void MainWindow::createSessionActions(QMenu* file) {
    auto* open = new QAction(tr("Open &Session…"), this);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    open->setToolTip(tr("Continue a saved session: photos, fit, maps, lighting and expression edits, layout "
                        "(Ctrl+Alt+O)"));
    connect(open, &QAction::triggered, this, [this] {
        if (!confirmDiscardSession()) return;
        const QString dir = QSettings().value(QLatin1String(kSessionDirKey), QDir::homePath()).toString();
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Session"), dir, sessionFilter());
        if (path.isEmpty()) return;
        QString error;
        if (!openSession(path, &error)) QMessageBox::warning(this, tr("Open Session"), error);
    });
    auto* saveAs = new QAction(tr("Save Session &As…"), this);
    saveAs->setShortcut(QKeySequence::SaveAs);
    saveAs->setToolTip(tr("Save everything in a new session file (Ctrl+Shift+S)"));
    connect(saveAs, &QAction::triggered, this, [this] {
        const QString dir = QSettings().value(QLatin1String(kSessionDirKey), QDir::homePath()).toString();
        QString path = QFileDialog::getSaveFileName(this, tr("Save Session"), dir + QStringLiteral("/face.likeness"),
                                                    sessionFilter());
        if (path.isEmpty()) return;
        if (!path.endsWith(QLatin1String(".likeness"))) path += QStringLiteral(".likeness");
        QString error;
        if (!saveSession(path, &error)) QMessageBox::warning(this, tr("Save Session"), error);
    });
    auto* save = new QAction(tr("&Save Session"), this);
    save->setShortcut(QKeySequence::Save);
    save->setToolTip(tr("Save the session into its file, or ask for one (Ctrl+S)"));
    connect(save, &QAction::triggered, this, [this, saveAs] {
        if (m_session->currentPath().isEmpty()) return saveAs->trigger();
        QString error;
        if (!saveSession(m_session->currentPath(), &error)) QMessageBox::warning(this, tr("Save Session"), error);
    });
    m_embedPhotosAction = new QAction(tr("&Embed Photos in Sessions"), this);
    m_embedPhotosAction->setCheckable(true);
    m_embedPhotosAction->setChecked(m_options.persistSettings && QSettings().value(QLatin1String(kEmbedPhotosKey)).toBool());
    m_embedPhotosAction->setToolTip(tr("Store the photo files inside the session (larger, but it opens anywhere); "
                                       "otherwise the session refers to them where they are"));
    connect(m_embedPhotosAction, &QAction::toggled, this, [this](bool on) {
        if (m_options.persistSettings) QSettings().setValue(QLatin1String(kEmbedPhotosKey), on);
    });
    for (QAction* a : {open, save, saveAs}) file->addAction(a);
    file->addAction(m_embedPhotosAction);
}

bool MainWindow::saveSession(const QString& path, QString* error) {
    if (!m_session->save(path, error)) return false;
    if (m_options.persistSettings) QSettings().setValue(QLatin1String(kSessionDirKey), QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Saved the session %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::openSession(const QString& path, QString* error) {
    if (!m_session->open(path, error)) return false;
    if (m_options.persistSettings) QSettings().setValue(QLatin1String(kSessionDirKey), QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Opened the session %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::applyRestoredSession(const RestoredStudio& restored) {
    // The photo set first: it validates everything before it changes anything.
    QString error;
    if (!restored.photoSet.isEmpty() && !m_photos->fromJson(restored.photoSet, &error))
        throw likeness::InputError("The session's photo set is damaged: " + error.toStdString());
    m_fitController->cancel();
    if (!restored.windowState.isEmpty()) restoreState(restored.windowState);
    m_pendingRestore = std::make_shared<RestoredStudio>(restored);
    if (!restored.currentPhoto.isEmpty()) openImage(restored.currentPhoto);
    else finishSessionRestore();
}

void MainWindow::finishSessionRestore() {
    if (!m_pendingRestore) return;
    const std::shared_ptr<RestoredStudio> restored = std::move(m_pendingRestore);
    m_pendingRestore.reset();
    if (restored->fit) {
        m_fitPanel->showResult(restored->fit);
        showFit(restored->fit);
    }
    m_views->setCurrentIndex(restored->edits.value(QStringLiteral("view")).toInt(0) == 1 ? 1 : 0);
    // The panels' edits apply once the 3D face is built from the fit (it sets their starting point).
    const QJsonObject expression = restored->edits.value(QStringLiteral("expression")).toObject();
    const QJsonObject lighting = restored->edits.value(QStringLiteral("lighting")).toObject();
    const QJsonObject maps = restored->edits.value(QStringLiteral("maps")).toObject();
    auto applyEdits = [this, expression, lighting, maps] {
        QString error;
        if (!expression.isEmpty() && !m_expression->fromJson(expression, &error))
            statusBar()->showMessage(tr("The session's expression was not restored: %1").arg(error), 10000);
        if (!lighting.isEmpty() && !m_lighting->fromJson(lighting, &error))
            statusBar()->showMessage(tr("The session's lighting was not restored: %1").arg(error), 10000);
        if (!maps.isEmpty() && !m_mapEdits->fromJson(maps, &error))
            statusBar()->showMessage(tr("The session's map edits were not restored: %1").arg(error), 10000);
        m_undo->clear();
        m_session->setModified(false);
    };
    if (restored->fit && m_viewportPanel->isBuilding()) {
        auto* once = new QObject(this);
        auto done = [once, applyEdits] {
            applyEdits();
            once->deleteLater();
        };
        connect(m_viewportPanel, &ViewportPanel::sceneReady, once, done);
        connect(m_viewportPanel, &ViewportPanel::sceneFailed, once, [once] { once->deleteLater(); });
    } else {
        applyEdits();
    }
}

bool MainWindow::confirmDiscardSession() {
    if (!m_session->isModified() || !m_options.confirmUnsavedChanges) return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
                                              tr("The session has changes that are not saved. Save them first?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Cancel) return false;
    if (answer == QMessageBox::Discard) return true;
    const QString path = m_session->currentPath().isEmpty()
                             ? QFileDialog::getSaveFileName(this, tr("Save Session"), QDir::homePath(), sessionFilter())
                             : m_session->currentPath();
    if (path.isEmpty()) return false;
    QString error;
    if (saveSession(path, &error)) return true;
    QMessageBox::warning(this, tr("Save Session"), error);
    return false;
}

void MainWindow::offerCrashRecovery() {
    if (m_recoveryOffered || !m_options.persistSettings || !m_options.showErrorDialogs) return;
    m_recoveryOffered = true;
    QString error;
    if (m_session->recoveryAvailable() && !m_session->offerRecovery(this, &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Recover Session"), error);
}

} // namespace likeness::ui
