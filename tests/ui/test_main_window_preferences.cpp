// The main window's Preferences integration: Edit > Preferences…, stable action
// names, saved shortcuts applied at start, studio icons, a tooltip on every
// control of the window and its docks, and switching the language of the open window.
#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QXmlStreamReader>
#include <QKeySequenceEdit>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QSet>
#include <QSettings>
#include <QTest>

#include "app/translation_loader.h"
#include "main_window/main_window.h"
#include "panels/fit_panel.h"
#include "panels/lighting_panel.h"
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

struct CatalogueString {
    QByteArray context, source, comment;
};

/// The singular strings of the shipped English catalogue, read straight from translations/.
QList<CatalogueString> englishCatalogue() {
    QList<CatalogueString> list;
    QFile file(QStringLiteral(LIKENESS_SOURCE_DIR "/translations/likeness_en.ts"));
    if (!file.open(QIODevice::ReadOnly)) return list;
    QXmlStreamReader xml(&file);
    QByteArray context;
    CatalogueString entry;
    bool plural = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("name")) context = xml.readElementText().toUtf8();
        else if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            entry = {context, {}, {}};
            plural = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) entry.source = xml.readElementText().toUtf8();
        else if (xml.isStartElement() && xml.name() == QLatin1String("comment")) entry.comment = xml.readElementText().toUtf8();
        else if (xml.isEndElement() && xml.name() == QLatin1String("message") && !plural) list.append(entry);
    }
    return list;
}

/// The static texts the window shows: titles, labels, buttons, tooltips, actions.
QStringList visibleTexts(QWidget* root) {
    QStringList texts;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        texts << w->windowTitle() << w->toolTip();
        if (auto* b = qobject_cast<QAbstractButton*>(w)) texts << b->text();
        if (auto* l = qobject_cast<QLabel*>(w)) texts << l->text();
        if (auto* g = qobject_cast<QGroupBox*>(w)) texts << g->title();
        if (auto* m = qobject_cast<QMenu*>(w)) texts << m->title();
        if (auto* c = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < c->count(); ++i) texts << c->itemText(i);
    }
    for (QAction* a : root->findChildren<QAction*>()) texts << a->text() << a->statusTip();
    texts.removeAll(QString());
    return texts;
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

    void applyingALanguageSwitchesTheOpenWindowAtOnce() {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        const QList<CatalogueString> catalogue = englishCatalogue();
        QVERIFY(catalogue.size() > 500);
        MainWindow window(testOptions(false));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* fileMenu = window.findChild<QMenu*>(QStringLiteral("fileMenu"));
        QVERIFY(fileMenu);
        QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
        QCOMPARE(window.lightingDock()->windowTitle(), QStringLiteral("Lighting"));

        window.preferencesAction()->trigger();
        QTRY_VERIFY(window.preferencesDialog());
        PreferencesDialog* dialog = window.preferencesDialog();
        dialog->languageCombo()->setCurrentIndex(dialog->languageCombo()->findData(QStringLiteral("de")));
        dialog->buttonBox()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!window.preferencesDialog());

        // Menus, dock titles, actions (text and tooltip with the shortcut), panel labels.
        QCOMPARE(fileMenu->title(), QStringLiteral("&Datei"));
        const QString lighting = QCoreApplication::translate("likeness::ui::MainWindow", "Lighting");
        QVERIFY(lighting != QStringLiteral("Lighting"));
        QCOMPARE(window.lightingDock()->windowTitle(), lighting);
        QAction* fit = window.fitFaceAction();
        QCOMPARE(fit->text(), QCoreApplication::translate("likeness::ui::FitPanel", "&Fit Face"));
        QVERIFY(fit->text() != QStringLiteral("&Fit Face"));
        // Without a photo the status tip says why Fit is disabled; the tooltip keeps the
        // description with its shortcut.
        const QString description = QCoreApplication::translate(
            "likeness::ui::FitPanel",
            "Fit the face model to the selected face: pose, shape, expression, skin colour and light");
        QVERIFY(!description.startsWith(QStringLiteral("Fit the face model")));
        QCOMPARE(fit->toolTip(),
                 QStringLiteral("%1 (%2)").arg(description, fit->shortcut().toString(QKeySequence::NativeText)));
        QVERIFY2(!fit->statusTip().isEmpty() && fit->statusTip() != QStringLiteral("Open a photo with a face to fit it."),
                 qPrintable(fit->statusTip()));
        // A tooltip made as tr("… (%1)").arg(shortcut), with the key names in German too.
        QAction* load = window.lightingPanel()->loadEnvironmentAction();
        QCOMPARE(load->toolTip(),
                 QCoreApplication::translate(
                     "likeness::ui::LightingPanel",
                     "Load an equirectangular environment (.hdr, .exr, .png, .jpg) as the light (%1)")
                     .arg(load->shortcut().toString(QKeySequence::NativeText)));
        QVERIFY2(load->toolTip().contains(QStringLiteral("Strg")), qPrintable(load->toolTip()));

        // No static English text with a different German translation is left on screen.
        QSet<QString> german, english;
        for (const CatalogueString& e : catalogue) {
            const QString now = QCoreApplication::translate(e.context.constData(), e.source.constData(),
                                                            e.comment.isEmpty() ? nullptr : e.comment.constData());
            german.insert(now);
            if (now != QString::fromUtf8(e.source)) english.insert(QString::fromUtf8(e.source));
        }
        QStringList leftInEnglish;
        for (const QString& text : visibleTexts(&window))
            if (english.contains(text) && !german.contains(text)) leftInEnglish << text;
        leftInEnglish.removeDuplicates();
        QVERIFY2(leftInEnglish.isEmpty(), qPrintable(leftInEnglish.join(QStringLiteral("\n"))));

        // And back: the window reads as before.
        window.preferencesAction()->trigger();
        QTRY_VERIFY(window.preferencesDialog());
        dialog = window.preferencesDialog();
        dialog->languageCombo()->setCurrentIndex(dialog->languageCombo()->findData(QStringLiteral("en")));
        dialog->buttonBox()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!window.preferencesDialog());
        QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
        QCOMPARE(window.lightingDock()->windowTitle(), QStringLiteral("Lighting"));
        QCOMPARE(fit->text(), QStringLiteral("&Fit Face"));
        QVERIFY(fit->toolTip().startsWith(QStringLiteral("Fit the face model")));
        QCOMPARE(load->toolTip(), QStringLiteral("Load an equirectangular environment (.hdr, .exr, .png, .jpg) as "
                                                 "the light (Ctrl+Shift+E)"));
    }
};

QTEST_MAIN(TestMainWindowPreferences)
#include "test_main_window_preferences.moc"
