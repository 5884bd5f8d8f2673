// Preferences: settings round trip and validation, light/dark palettes, shortcut
// editing with conflicts, live language switch, the studio icons at 1x/2x and the
// status-bar monitor.
#include <memory>
#include <vector>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLibraryInfo>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

#include "app/icons.h"
#include "app/translation_loader.h"
#include "main_window/process_memory.h"
#include "main_window/status_monitor.h"
#include "preferences/apply_preferences.h"
#include "preferences/palette.h"
#include "preferences/preferences.h"
#include "preferences/preferences_dialog.h"
#include "preferences/shortcut_settings.h"
#include "gui_test_helpers.h"

using namespace likeness::ui;

namespace {

constexpr const char* kDialogContext = "likeness::ui::PreferencesDialog";

/// Stands in for a catalogue that holds the dialog's strings: proves the dialog
/// retranslates itself on QEvent::LanguageChange whatever the shipped .ts holds.
class DialogCatalogue : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char* = nullptr, int = -1) const override {
        if (qstrcmp(context, kDialogContext) != 0) return {};
        if (qstrcmp(source, "Preferences") == 0) return QStringLiteral("Einstellungen (Test)");
        if (qstrcmp(source, "Shortcuts") == 0) return QStringLiteral("Tastenkürzel (Test)");
        return {};
    }
    bool isEmpty() const override { return false; }
};

/// Opaque pixels of `image` and their mean lightness (0..1).
std::pair<int, double> coverage(const QImage& image) {
    int count = 0;
    double lightness = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() < 200) continue;
            ++count;
            lightness += c.lightnessF();
        }
    return {count, count ? lightness / count : 0.0};
}

QAction* makeAction(QObject* parent, const char* name, const QString& text, const QList<QKeySequence>& keys) {
    auto* action = new QAction(text, parent);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcuts(keys);
    QStringList shown;
    for (const QKeySequence& k : keys) shown << k.toString(QKeySequence::NativeText);
    action->setToolTip(text + QStringLiteral(" (%1)").arg(shown.join(QStringLiteral(", "))));
    return action;
}

} // namespace

class TestPreferences : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        likeness::test::isolateSettings("test_preferences");
        m_startStyle = QApplication::style()->name();
        m_startWindow = QApplication::palette().color(QPalette::Window);
    }

    void init() { QSettings().clear(); }

    void preferencesRoundTrip() {
        StudioPreferences prefs;
        QCOMPARE(StudioPreferences::load(), prefs);  // empty settings: the defaults
        prefs.language = QStringLiteral("de");
        prefs.theme = QStringLiteral("dark");
        prefs.autosaveMinutes = 12;
        prefs.shortcuts.insert(QStringLiteral("fileOpen"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        prefs.shortcuts.insert(QStringLiteral("fileExport"), QKeySequence());  // cleared by the user
        prefs.save();
        const StudioPreferences back = StudioPreferences::load();
        QCOMPARE(back, prefs);
        QVERIFY(back.shortcuts.contains(QStringLiteral("fileExport")));
        QVERIFY(back.shortcuts.value(QStringLiteral("fileExport")).isEmpty());
        QCOMPARE(QSettings().value(languageSettingsKey()).toString(), QStringLiteral("de"));  // View > Language's key

        // Saving again replaces the shortcut group: a removed override is gone.
        prefs.shortcuts.remove(QStringLiteral("fileOpen"));
        prefs.save();
        QVERIFY(!StudioPreferences::load().shortcuts.contains(QStringLiteral("fileOpen")));
    }

    void hostileSettingsAreValidated() {
        QSettings settings;
        settings.setValue(themeSettingsKey(), QStringLiteral("neon"));
        settings.setValue(autosaveSettingsKey(), 0);
        settings.setValue(languageSettingsKey(), QStringLiteral("../../etc/passwd"));
        settings.setValue(QStringLiteral("shortcuts/good"), QStringLiteral("Ctrl+Shift+K"));
        settings.setValue(QStringLiteral("shortcuts/bogus"), QStringLiteral("Ctrl+Bogus+Q"));
        settings.setValue(QStringLiteral("shortcuts/long"), QString(5000, QLatin1Char('A')));
        settings.setValue(QStringLiteral("shortcuts/cleared"), QString());
        settings.sync();
        StudioPreferences prefs = StudioPreferences::load();
        QCOMPARE(prefs.theme, QStringLiteral("system"));
        QCOMPARE(prefs.autosaveMinutes, 1);
        QCOMPARE(prefs.language, QString());
        QCOMPARE(prefs.shortcuts.value(QStringLiteral("good")), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
        QVERIFY(!prefs.shortcuts.contains(QStringLiteral("bogus")));
        QVERIFY(!prefs.shortcuts.contains(QStringLiteral("long")));
        QVERIFY(prefs.shortcuts.contains(QStringLiteral("cleared")));

        settings.setValue(autosaveSettingsKey(), 999);
        QCOMPARE(StudioPreferences::load().autosaveMinutes, 60);
        settings.setValue(autosaveSettingsKey(), QStringLiteral("soon"));
        QCOMPARE(StudioPreferences::load().autosaveMinutes, 3);

        QKeySequence parsed;
        QVERIFY(parseShortcut(QStringLiteral("Ctrl+K, Ctrl+O"), &parsed));
        QCOMPARE(parsed.count(), 2);
        QVERIFY(!parseShortcut(QStringLiteral("Ctrl+"), &parsed));
        QVERIFY(!parseShortcut(QStringLiteral("Hyper+X"), &parsed));
    }

    void themesSwitchThePaletteAndBack() {
        auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
        QVERIFY(app);
        applyTheme(*app, QStringLiteral("dark"));
        QCOMPARE(currentTheme(), QStringLiteral("dark"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() < 0.25);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightnessF() > 0.75);
        QVERIFY(isDarkPalette(QApplication::palette()));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        // Disabled text stays readable yet distinct from enabled text.
        const QColor disabled = QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        QVERIFY(disabled.lightnessF() > 0.4 && disabled.lightnessF() < 0.7);
        // The icons follow the palette: light drawings on the dark theme.
        const auto [darkCount, darkLightness] = coverage(studioIcon(QStringLiteral("open")).pixmap(QSize(32, 32)).toImage());
        QVERIFY(darkCount > 20);
        QVERIFY2(darkLightness > 0.7, qPrintable(QString::number(darkLightness)));

        applyTheme(*app, QStringLiteral("light"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() > 0.85);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightnessF() < 0.25);
        QVERIFY(!isDarkPalette(QApplication::palette()));
        const auto [lightCount, lightLightness] = coverage(studioIcon(QStringLiteral("open")).pixmap(QSize(32, 32)).toImage());
        QVERIFY(lightCount > 20);
        QVERIFY2(lightLightness < 0.3, qPrintable(QString::number(lightLightness)));

        applyTheme(*app, QStringLiteral("system"));
        QCOMPARE(currentTheme(), QStringLiteral("system"));
        QCOMPARE(QApplication::style()->name(), m_startStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_startWindow);

        // applyPreferences() at start-up: the theme and the shortcuts.
        QAction open(QStringLiteral("Open"));
        open.setObjectName(QStringLiteral("fileOpen"));
        open.setShortcut(QKeySequence::Open);
        StudioPreferences prefs;
        prefs.theme = QStringLiteral("dark");
        prefs.shortcuts.insert(QStringLiteral("fileOpen"), QKeySequence(Qt::Key_F2));
        applyPreferences(*app, prefs, {&open});
        QVERIFY(isDarkPalette(QApplication::palette()));
        QCOMPARE(open.shortcut(), QKeySequence(Qt::Key_F2));
        applyTheme(*app, QStringLiteral("system"));
    }

    void dialogShowsAndAppliesTheGeneralPage() {
        StudioPreferences start;
        start.autosaveMinutes = 7;
        PreferencesDialog dialog(start);
        QCOMPARE(dialog.autosaveSpin()->value(), 7);
        QCOMPARE(dialog.autosaveSpin()->maximum(), 60);
        QCOMPARE(dialog.languageCombo()->itemData(0).toString(), QString());  // "System default"
        QVERIFY(dialog.languageCombo()->findData(QStringLiteral("de")) > 0);
        QCOMPARE(dialog.languageCombo()->itemText(dialog.languageCombo()->findData(QStringLiteral("de"))),
                 QStringLiteral("Deutsch"));  // each language in its own name
        QCOMPARE(dialog.themeCombo()->count(), 3);
        dialog.themeCombo()->setCurrentIndex(dialog.themeCombo()->findData(QStringLiteral("dark")));
        dialog.autosaveSpin()->setValue(15);
        QSignalSpy applied(&dialog, &PreferencesDialog::preferencesApplied);
        dialog.buttonBox()->button(QDialogButtonBox::Apply)->click();
        QCOMPARE(applied.count(), 1);
        const auto prefs = applied.front().front().value<StudioPreferences>();
        QCOMPARE(prefs.theme, QStringLiteral("dark"));
        QCOMPARE(prefs.autosaveMinutes, 15);
        QVERIFY(isDarkPalette(QApplication::palette()));  // at once, no restart
        QCOMPARE(StudioPreferences::load().autosaveMinutes, 15);
        QCOMPARE(StudioPreferences::load().theme, QStringLiteral("dark"));

        dialog.themeCombo()->setCurrentIndex(dialog.themeCombo()->findData(QStringLiteral("system")));
        dialog.buttonBox()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(!isDarkPalette(QApplication::palette()) || QApplication::palette().color(QPalette::Window) == m_startWindow);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_startWindow);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void shortcutsAreEditedAppliedAndConflictsRefused() {
        QObject owner;
        QAction* open = makeAction(&owner, "fileOpen", QStringLiteral("&Open…"), {QKeySequence(Qt::CTRL | Qt::Key_O)});
        QAction* exportAction =
            makeAction(&owner, "fileExport", QStringLiteral("&Export…"), {QKeySequence(Qt::CTRL | Qt::Key_E)});
        QAction* fit = makeAction(&owner, "viewFit", QStringLiteral("&Fit to Window"),
                                  {QKeySequence(Qt::CTRL | Qt::Key_0), QKeySequence(Qt::Key_F)});
        auto* unnamed = new QAction(QStringLiteral("No name"), &owner);  // cannot be stored: left out

        PreferencesDialog dialog;
        dialog.setActions({open, exportAction, fit, unnamed});
        QCOMPARE(dialog.shortcutTable()->rowCount(), 3);
        const int openRow = dialog.rowOfAction(QStringLiteral("fileOpen"));
        const int exportRow = dialog.rowOfAction(QStringLiteral("fileExport"));
        const int fitRow = dialog.rowOfAction(QStringLiteral("viewFit"));
        QCOMPARE(dialog.shortcutTable()->item(openRow, PreferencesDialog::ActionColumn)->text(), QStringLiteral("Open…"));
        QCOMPARE(dialog.shortcutEdit(exportRow)->keySequence(), QKeySequence(Qt::CTRL | Qt::Key_E));

        // Taken by another action, or a prefix of / prefixed by another: refused, with the reason.
        QVERIFY(!dialog.setShortcutForRow(exportRow, QKeySequence(Qt::CTRL | Qt::Key_O)));
        QVERIFY(dialog.shortcutMessage()->text().contains(QKeySequence(Qt::CTRL | Qt::Key_O).toString(QKeySequence::NativeText)));
        QVERIFY(dialog.shortcutMessage()->text().contains(QStringLiteral("Open…")));
        QCOMPARE(dialog.shortcutEdit(exportRow)->keySequence(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY(!dialog.setShortcutForRow(exportRow, QKeySequence(Qt::Key_F)));  // Fit's second shortcut
        QVERIFY(!dialog.setShortcutForRow(exportRow, QKeySequence(QKeySequence(Qt::CTRL | Qt::Key_O, Qt::CTRL | Qt::Key_K))));

        // Typed like a user: the editor finishes a second after the keys; the clash is refused.
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.shortcutEdit(fitRow)->setFocus();
        QTest::keyClick(dialog.shortcutEdit(fitRow), Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.shortcutMessage()->text().contains(QStringLiteral("Export…")), 4000);
        QCOMPARE(dialog.shortcutEdit(fitRow)->keySequence(), QKeySequence(Qt::CTRL | Qt::Key_0));

        // A free shortcut is taken, applied to the action, its tooltip and the settings.
        const QKeySequence newExport(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
        QVERIFY(dialog.setShortcutForRow(exportRow, newExport));
        QVERIFY(dialog.shortcutMessage()->text().isEmpty());
        QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));  // not before Apply
        QSignalSpy applied(&dialog, &PreferencesDialog::preferencesApplied);
        dialog.apply();
        QCOMPARE(applied.count(), 1);
        QCOMPARE(exportAction->shortcuts(), QList<QKeySequence>{newExport});
        QVERIFY(exportAction->toolTip().endsWith(QStringLiteral("(%1)").arg(newExport.toString(QKeySequence::NativeText))));
        QCOMPARE(fit->shortcuts().size(), 2);  // untouched rows keep both their shortcuts
        QCOMPARE(StudioPreferences::load().shortcuts.value(QStringLiteral("fileExport")), newExport);
        QVERIFY(!StudioPreferences::load().shortcuts.contains(QStringLiteral("fileOpen")));  // only changes stored

        // Cleared with the editor's clear button: the action has none.
        dialog.shortcutEdit(openRow)->clear();
        QTRY_VERIFY(dialog.preferences().shortcuts.contains(QStringLiteral("fileOpen")));
        QVERIFY(dialog.preferences().shortcuts.value(QStringLiteral("fileOpen")).isEmpty());
        dialog.apply();
        QVERIFY(open->shortcuts().isEmpty());

        // Reset to defaults brings back the built-in ones.
        dialog.resetShortcutsButton()->click();
        dialog.apply();
        QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
        QVERIFY(StudioPreferences::load().shortcuts.isEmpty());
        QCOMPARE(defaultShortcuts(fit).size(), 2);
    }

    void languageSwitchRetranslatesTheDialogLive() {
        auto* app = QCoreApplication::instance();
        installTranslations(*app, QStringLiteral("en"));
        DialogCatalogue catalogue;
        PreferencesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Preferences"));
        QAbstractButton* cancel = dialog.buttonBox()->button(QDialogButtonBox::Cancel);
        QCOMPARE(cancel->text().remove(QLatin1Char('&')), QStringLiteral("Cancel"));

        dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(QStringLiteral("de")));
        dialog.apply();
        // The German catalogue is installed for the whole application…
        QCOMPARE(QCoreApplication::translate("likeness::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
        QCOMPARE(StudioPreferences::load().language, QStringLiteral("de"));
        // …and the open dialog follows at once: Qt's standard buttons (Qt's German
        // catalogue) and, where the catalogue has them, the dialog's own texts.
        const QString qtGerman =
            QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath)).filePath(QStringLiteral("qtbase_de.qm"));
        if (QFile::exists(qtGerman))
            QTRY_COMPARE(cancel->text().remove(QLatin1Char('&')), QStringLiteral("Abbrechen"));
        const QString shippedTitle = QCoreApplication::translate(kDialogContext, "Preferences");
        QTRY_COMPARE(dialog.windowTitle(), shippedTitle);
        QVERIFY(dialog.languageCombo()->currentData().toString() == QStringLiteral("de"));  // choice kept

        // The dialog's own strings retranslate on LanguageChange.
        QCoreApplication::installTranslator(&catalogue);
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen (Test)"));
        QCOMPARE(dialog.tabs()->tabText(1), QStringLiteral("Tastenkürzel (Test)"));
        QCoreApplication::removeTranslator(&catalogue);

        // Back to English: the German translators are replaced, not stacked.
        dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(QStringLiteral("en")));
        dialog.apply();
        QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Preferences"));
        QTRY_COMPARE(cancel->text().remove(QLatin1Char('&')), QStringLiteral("Cancel"));
        QCOMPARE(QCoreApplication::translate("likeness::ui::MainWindow", "&File"), QStringLiteral("&File"));
        int installed = 0;
        for (QTranslator* t : app->findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly))
            if (!t->isEmpty()) ++installed;
        QVERIFY2(installed <= 2, qPrintable(QString::number(installed)));  // Likeness's and Qt's English at most
    }

    void everyControlOfTheDialogHasATooltip() {
        QObject owner;
        PreferencesDialog dialog;
        dialog.setActions({makeAction(&owner, "fileOpen", QStringLiteral("Open"), {QKeySequence::Open})});
        const QList<QWidget*> controls = dialog.findChildren<QWidget*>();
        int checked = 0;
        for (QWidget* w : controls) {
            const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) ||
                                 qobject_cast<QSpinBox*>(w) || qobject_cast<QKeySequenceEdit*>(w) ||
                                 qobject_cast<QTableWidget*>(w);
            if (!control) continue;
            // Parts of composite widgets (the editor's clear button, the tab bar's scroll arrows).
            if (w->parentWidget() && (qobject_cast<QKeySequenceEdit*>(w->parentWidget()) ||
                                      w->parentWidget()->inherits("QTabBar") ||
                                      w->parentWidget()->inherits("QLineEdit")))
                continue;
            if (w->inherits("QTableCornerButton")) continue;
            ++checked;
            QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->metaObject()->className() + QStringLiteral(" ") + w->objectName()));
        }
        QVERIFY(checked >= 7);
    }

    void everyIconLoadsCrispAt1xAnd2x() {
        const QStringList required = {QStringLiteral("open"),       QStringLiteral("save"),
                                      QStringLiteral("add-photo"),  QStringLiteral("remove"),
                                      QStringLiteral("fit"),        QStringLiteral("pause"),
                                      QStringLiteral("cancel"),     QStringLiteral("export"),
                                      QStringLiteral("undo"),       QStringLiteral("redo"),
                                      QStringLiteral("frame-view"), QStringLiteral("preferences"),
                                      QStringLiteral("camera"),     QStringLiteral("capture"),
                                      QStringLiteral("light"),      QStringLiteral("expression"),
                                      QStringLiteral("reset")};
        const QStringList names = studioIconNames();
        for (const QString& name : required) QVERIFY2(names.contains(name), qPrintable(name));
        QVERIFY(studioIcon(QStringLiteral("no-such-icon")).isNull());

        for (const QString& name : names) {
            const QIcon icon = studioIcon(name);
            QVERIFY2(!icon.isNull(), qPrintable(name));
            const QPixmap one = icon.pixmap(QSize(24, 24), 1.0);
            const QPixmap two = icon.pixmap(QSize(24, 24), 2.0);
            QCOMPARE(one.size(), QSize(24, 24));
            QCOMPARE(two.size(), QSize(48, 48));  // rendered at the physical size, not scaled up
            QCOMPARE(two.devicePixelRatio(), 2.0);
            const int ink1 = coverage(one.toImage()).first;
            const int ink2 = coverage(two.toImage()).first;
            QVERIFY2(ink1 > 10, qPrintable(name));
            // Four times the pixels: about four times the ink (an upscaled 1x would be blurrier, not bigger).
            QVERIFY2(ink2 > 2.5 * ink1, qPrintable(QStringLiteral("%1: %2 vs %3").arg(name).arg(ink2).arg(ink1)));
            // Fixed colour and the disabled look.
            const QImage red = renderStudioIcon(name, QSize(32, 32), Qt::red);
            QVERIFY(!red.isNull());
            const QPixmap disabled = studioIcon(name, Qt::black).pixmap(QSize(24, 24), QIcon::Disabled);
            QVERIFY2(coverage(disabled.toImage()).first == 0, qPrintable(name));  // 40% opacity: nothing opaque
        }
        // The app icon too.
        QVERIFY(!QIcon(QStringLiteral(":/icons/likeness.svg")).pixmap(QSize(32, 32), 2.0).isNull());
    }

    void statusMonitorShowsDeviceAndMemory() {
        StatusMonitor monitor;
        QVERIFY(monitor.memory().valid);
        QVERIFY(monitor.memory().residentBytes > 10LL * 1024 * 1024);
        QVERIFY(monitor.memory().peakBytes >= monitor.memory().residentBytes);
        QVERIFY(monitor.memoryLabel()->text().startsWith(QStringLiteral("Memory: ")));
        QVERIFY(monitor.memoryLabel()->text().contains(QRegularExpression(QStringLiteral("\\d+ (MiB|GiB)$"))));
        QVERIFY(monitor.memoryLabel()->toolTip().contains(QStringLiteral("Peak")));
        QVERIFY(monitor.deviceLabel()->text().startsWith(QStringLiteral("CPU · ")));
        QVERIFY(!monitor.deviceLabel()->toolTip().isEmpty());
        monitor.setDevice(QStringLiteral("cuda:0"));
        QVERIFY(monitor.deviceLabel()->text().startsWith(QStringLiteral("GPU: ")));
        monitor.setDevice(QStringLiteral("cpu"));
        QVERIFY(monitor.deviceLabel()->text().startsWith(QStringLiteral("CPU · ")));

        // It updates by itself, and follows a real allocation.
        const qint64 before = monitor.memory().residentBytes;
        QSignalSpy updated(&monitor, &StatusMonitor::memoryUpdated);
        monitor.setInterval(100);
        std::vector<char> block(size_t(96) * 1024 * 1024);
        for (size_t i = 0; i < block.size(); i += 4096) block[i] = char(i);  // touch every page
        QTRY_VERIFY(updated.count() >= 2);
        QTRY_VERIFY(monitor.memory().residentBytes > before + 64LL * 1024 * 1024);
        QVERIFY(block[4096] == char(4096));
    }

    void procParsersRejectGarbage() {
        QCOMPARE(parseStatmResident("1000 250 10 1 0 100 0\n", 4096), qint64(250) * 4096);
        QCOMPARE(parseStatmResident("garbage", 4096), qint64(-1));
        QCOMPARE(parseStatmResident("1 -5 3", 4096), qint64(-1));
        QCOMPARE(parseStatmResident("", 4096), qint64(-1));
        QCOMPARE(parseStatusPeak("Name:\tx\nVmHWM:\t  2048 kB\nVmRSS: 1 kB\n"), qint64(2048) * 1024);
        QCOMPARE(parseStatusPeak("VmHWM: lots kB\n"), qint64(-1));
        QCOMPARE(parseStatusPeak("VmHWM: 12 MB\n"), qint64(-1));
        QCOMPARE(parseStatusPeak("Name: x\n"), qint64(-1));
        QCOMPARE(formatMemory(512LL * 1024 * 1024), QStringLiteral("512 MiB"));
        QCOMPARE(formatMemory(3LL * 1024 * 1024 * 1024 / 2), QStringLiteral("1.5 GiB"));
    }

private:
    QString m_startStyle;
    QColor m_startWindow;
};

QTEST_MAIN(TestPreferences)
#include "test_preferences.moc"
