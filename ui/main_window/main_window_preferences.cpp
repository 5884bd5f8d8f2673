// MainWindow's Preferences integration, kept apart from main_window.cpp: the
// Edit > Preferences… action, the stable action names that shortcut preferences
// are stored under, the studio icons on the actions, and the saved preferences
// put into effect at start-up.
#include <memory>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

#include "app/icons.h"
#include "main_window/main_window.h"
#include "panels/fit_panel.h"
#include "preferences/apply_preferences.h"
#include "preferences/preferences.h"
#include "preferences/preferences_dialog.h"
#include "preferences/shortcut_settings.h"

namespace likeness::ui {

namespace {
constexpr int kPreferencesMessageMs = 8000;

/// Sets `icon` when it rendered (a missing SVG plugin keeps the style's icon).
void setIconIfAvailable(QAction* action, const QIcon& icon) {
    if (action && !icon.isNull()) action->setIcon(icon);
}
} // namespace

void MainWindow::createPreferencesAction() {
    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("editPreferences"));
    // The platform's key where it has one; Ctrl+, (as on macOS and in most editors) elsewhere.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (keys.isEmpty()) keys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    m_preferencesAction->setShortcuts(keys);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    const QString tip = tr("Language, light or dark colours, autosave and keyboard shortcuts");
    m_preferencesAction->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcutsText(keys)));
    m_preferencesAction->setStatusTip(tip);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::openPreferences);

    QMenu* edit = findChild<QMenu*>(QStringLiteral("editMenu"));
    if (!edit) {
        edit = new QMenu(tr("&Edit"), this);
        edit->setObjectName(QStringLiteral("editMenu"));
        edit->setToolTipsVisible(true);
        menuBar()->insertMenu(m_viewMenu->menuAction(), edit);  // File, Edit, View, …
    } else {
        edit->addSeparator();
    }
    edit->addAction(m_preferencesAction);

    nameActionsForShortcuts();
    applyStudioIcons();
    if (m_options.persistSettings) {
        if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
            applyPreferences(*app, StudioPreferences::load(), shortcutActions());
    }
}

void MainWindow::nameActionsForShortcuts() {
    // Shortcut preferences are stored by objectName: these names must stay stable.
    const QList<std::pair<QAction*, const char*>> names = {
        {m_openAction, "fileOpen"},
        {m_reanalyzeAction, "fileReanalyze"},
        {m_exportAction, "fileExport"},
        {m_quitAction, "fileQuit"},
        {m_pointsAction, "viewPoints"},
        {m_meshAction, "viewMesh"},
        {m_contoursAction, "viewContours"},
        {m_boxesAction, "viewBoxes"},
        {m_zoomInAction, "viewZoomIn"},
        {m_zoomOutAction, "viewZoomOut"},
        {m_fitAction, "viewFitToWindow"},
        {m_actualSizeAction, "viewActualSize"},
        {m_aboutAction, "helpAbout"},
        {m_facesDock ? m_facesDock->toggleViewAction() : nullptr, "viewFacesDock"},
        {m_timingsDock ? m_timingsDock->toggleViewAction() : nullptr, "viewTimingsDock"},
        {m_fitDock ? m_fitDock->toggleViewAction() : nullptr, "viewFitDock"},
        {m_mapsDock ? m_mapsDock->toggleViewAction() : nullptr, "viewMapsDock"},
    };
    for (const auto& [action, name] : names)
        if (action && action->objectName().isEmpty()) action->setObjectName(QString::fromLatin1(name));
}

QList<QAction*> MainWindow::shortcutActions() const {
    QList<QAction*> actions = {m_openAction,    m_reanalyzeAction, m_exportAction,     m_preferencesAction,
                               m_quitAction,    m_pointsAction,    m_meshAction,       m_contoursAction,
                               m_boxesAction,   m_zoomInAction,    m_zoomOutAction,    m_fitAction,
                               m_actualSizeAction};
    for (QDockWidget* dock : {m_facesDock, m_timingsDock, m_fitDock, m_mapsDock})
        if (dock) actions << dock->toggleViewAction();
    actions << m_fitPanel->runAction() << m_fitPanel->pauseAction() << m_fitPanel->cancelAction() << m_aboutAction;
    actions.removeAll(nullptr);
    return actions;
}

void MainWindow::applyStudioIcons() {
    setIconIfAvailable(m_openAction, studioIcon(QStringLiteral("open")));
    setIconIfAvailable(m_exportAction, studioIcon(QStringLiteral("export")));
    setIconIfAvailable(m_fitAction, studioIcon(QStringLiteral("frame-view")));
    setIconIfAvailable(m_preferencesAction, studioIcon(QStringLiteral("preferences")));
    setIconIfAvailable(m_fitPanel->runAction(), studioIcon(QStringLiteral("fit")));
    setIconIfAvailable(m_fitPanel->pauseAction(), studioIcon(QStringLiteral("pause")));
    setIconIfAvailable(m_fitPanel->cancelAction(), studioIcon(QStringLiteral("cancel")));
}

PreferencesDialog* MainWindow::preferencesDialog() const { return m_preferencesDialog; }

void MainWindow::openPreferences() {
    if (m_preferencesDialog) {
        m_preferencesDialog->raise();
        m_preferencesDialog->activateWindow();
        return;
    }
    auto* dialog = new PreferencesDialog(m_options.persistSettings ? StudioPreferences::load() : StudioPreferences(),
                                         this);
    dialog->setPersistent(m_options.persistSettings);
    dialog->setActions(shortcutActions());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    auto language = std::make_shared<QString>(dialog->preferences().language);
    connect(dialog, &PreferencesDialog::preferencesApplied, this, [this, language](const StudioPreferences& prefs) {
        const bool languageChanged = prefs.language != *language;
        *language = prefs.language;
        statusBar()->showMessage(languageChanged ? tr("Preferences applied. The studio now speaks the new language.")
                                                 : tr("Preferences applied."),
                                 kPreferencesMessageMs);
    });
    m_preferencesDialog = dialog;
    dialog->open();  // not exec(): the event loop keeps running
}

} // namespace likeness::ui
