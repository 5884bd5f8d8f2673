// The main window's Preferences integration: Edit > Preferences…, stable action
// names, saved shortcuts applied at start, studio icons, and a tooltip on every
// control of the window and its docks.
#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QKeySequenceEdit>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QSettings>
#include <QTest>

#include "main_window/main_window.h"
#include "panels/fit_panel.h"
#include "preferences/preferences.h"
#include "preferences/preferences_dialog.h"
#include "gui_test_helpers.h"

using namespace likeness::ui;

namespace {
MainWindowOptions testOptions(bool persist) {
    MainWindowOptions options;
    options.warmUpAnalyzer = false;
    options.persistSettings = persist;
    options.showErrorDialogs = false;
    return options;
}

/// Controls (buttons, combos, spin boxes, sliders, line edits) in `root` without a
/// tooltip, skipping the inner parts of composite widgets (a spin box's line edit…).
QStringList controlsWithoutTooltip(QWidget* root) {
    QStringList missing;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) ||
                             qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractSlider*>(w) ||
                             qobject_cast<QLineEdit*>(w) || qobject_cast<QKeySequenceEdit*>(w);
        if (!control) continue;
        QWidget* parent = w->parentWidget();
        if (parent && (qobject_cast<QAbstractSpinBox*>(parent) || qobject_cast<QComboBox*>(parent) ||
                       qobject_cast<QKeySequenceEdit*>(parent) || parent->inherits("QTabBar") ||
                       parent->inherits("QDockWidget") || parent->inherits("QToolBar") ||
                       parent->inherits("QMenuBar") || parent->inherits("QStatusBar")))
            continue;  // inner parts, dock title buttons; toolbar buttons show their action's tooltip
        if (qobject_cast<QAbstractSlider*>(w) && w->inherits("QScrollBar")) continue;
        if (w->inherits("QTableCornerButton")) continue;
        if (w->toolTip().isEmpty())
            missing << QStringLiteral("%1 \"%2\" in %3")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                parent ? QString::fromLatin1(parent->metaObject()->className()) : QString());
    }
    return missing;
}
} // namespace

class TestMainWindowPreferences : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { likeness::test::isolateSettings("test_main_window_preferences"); }
    void init() { QSettings().clear(); }

    void editMenuOpensPreferencesWithTheWindowsActions() {
        MainWindow window(testOptions(false));
        QAction* prefs = window.preferencesAction();
        QVERIFY(prefs);
        QVERIFY(!prefs->shortcut().isEmpty());
        QVERIFY(!prefs->icon().isNull());
        QVERIFY(!prefs->statusTip().isEmpty());
        auto* edit = window.findChild<QMenu*>(QStringLiteral("editMenu"));
        QVERIFY(edit);
        QVERIFY(edit->actions().contains(prefs));
        QVERIFY(window.menuBar()->actions().contains(edit->menuAction()));

        const QList<QAction*> actions = window.shortcutActions();
        QVERIFY(actions.size() >= 15);
        QStringList names;
        for (QAction* a : actions) {
            QVERIFY2(!a->objectName().isEmpty(), qPrintable(a->text()));
            QVERIFY2(!names.contains(a->objectName()), qPrintable(a->objectName()));
            names << a->objectName();
        }
        for (const char* n : {"fileOpen", "fileExport", "fitRun", "fitPause", "fitCancel", "viewFitToWindow"})
            QVERIFY2(names.contains(QString::fromLatin1(n)), n);
        QVERIFY(!window.fitFaceAction()->icon().isNull());
        QVERIFY(!window.exportAction()->icon().isNull());

        prefs->trigger();
        QTRY_VERIFY(window.preferencesDialog());
        PreferencesDialog* dialog = window.preferencesDialog();
        QCOMPARE(dialog->shortcutTable()->rowCount(), int(actions.size()));
        QVERIFY(dialog->rowOfAction(QStringLiteral("fitRun")) >= 0);
        prefs->trigger();  // a second trigger raises the same dialog
        QCOMPARE(window.preferencesDialog(), dialog);
        dialog->reject();
        QTRY_VERIFY(!window.preferencesDialog());  // deleted on close
    }

    void savedShortcutsApplyAtStart() {
        StudioPreferences saved;
        saved.shortcuts.insert(QStringLiteral("fileOpen"), QKeySequence(Qt::Key_F3));
        saved.shortcuts.insert(QStringLiteral("fitRun"), QKeySequence());
        saved.save();
        MainWindow window(testOptions(true));
        QAction* open = nullptr;
        for (QAction* a : window.shortcutActions())
            if (a->objectName() == QLatin1String("fileOpen")) open = a;
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(Qt::Key_F3));
        QVERIFY(window.fitFaceAction()->shortcuts().isEmpty());
        QVERIFY(open->toolTip().endsWith(QStringLiteral("(%1)").arg(QKeySequence(Qt::Key_F3).toString(QKeySequence::NativeText))));

        // Without persisted settings (tests, --screenshot) the built-in shortcuts stay.
        MainWindow plain(testOptions(false));
        QCOMPARE(plain.fitFaceAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    }

    void everyControlHasATooltip() {
        MainWindow window(testOptions(false));
        const QStringList missing = controlsWithoutTooltip(&window);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("\n"))));
        for (QAction* a : window.shortcutActions())
            QVERIFY2(!a->statusTip().isEmpty() || a->menuRole() == QAction::AboutRole, qPrintable(a->objectName()));
    }
};

QTEST_MAIN(TestMainWindowPreferences)
#include "test_main_window_preferences.moc"
