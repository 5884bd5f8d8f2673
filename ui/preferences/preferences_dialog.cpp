#include "preferences/preferences_dialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/icons.h"
#include "app/live_retranslation.h"
#include "app/translation_loader.h"
#include "preferences/palette.h"
#include "preferences/shortcut_settings.h"

namespace likeness::ui {

namespace {

/// Whether two shortcuts clash: equal, or one the start of the other (Qt could
/// then never tell which action the keys meant).
bool clashes(const QKeySequence& a, const QKeySequence& b) {
    if (a.isEmpty() || b.isEmpty()) return false;
    return a.matches(b) != QKeySequence::NoMatch || b.matches(a) != QKeySequence::NoMatch;
}

/// The language whose translator to install for a preference ("" = the system's).
QString effectiveLanguage(const QString& preference) {
    return preference.isEmpty() ? QLocale::system().name() : preference;
}

} // namespace

PreferencesDialog::PreferencesDialog(const StudioPreferences& current, QWidget* parent)
    : QDialog(parent), m_appliedLanguage(current.language) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowIcon(studioIcon(QStringLiteral("preferences")));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createGeneralPage(), QString());
    m_tabs->addTab(createShortcutsPage(), QString());

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::apply);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
    resize(640, 480);

    retranslateUi();
    setPreferences(current);
}

PreferencesDialog::~PreferencesDialog() {
    // ~QDialog hides the window, which takes the focus from a key editor and makes it
    // emit editingFinished: by then m_rows is gone, so the editors must be quiet first.
    disconnectEditors();
}

void PreferencesDialog::disconnectEditors() {
    for (const ShortcutRow& row : std::as_const(m_rows))
        if (row.edit) disconnect(row.edit, nullptr, this, nullptr);
}

QWidget* PreferencesDialog::createGeneralPage() {
    auto* page = new QWidget(this);
    m_appearanceBox = new QGroupBox(page);
    m_languageLabel = new QLabel(m_appearanceBox);
    m_language = new QComboBox(m_appearanceBox);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_languageLabel->setBuddy(m_language);
    m_languageNote = new QLabel(m_appearanceBox);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_themeLabel = new QLabel(m_appearanceBox);
    m_theme = new QComboBox(m_appearanceBox);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_themeLabel->setBuddy(m_theme);
    auto* appearance = new QFormLayout(m_appearanceBox);
    appearance->addRow(m_languageLabel, m_language);
    appearance->addRow(QString(), m_languageNote);
    appearance->addRow(m_themeLabel, m_theme);

    m_sessionBox = new QGroupBox(page);
    m_autosaveLabel = new QLabel(m_sessionBox);
    m_autosave = new QSpinBox(m_sessionBox);
    m_autosave->setObjectName(QStringLiteral("autosaveSpin"));
    m_autosave->setRange(StudioPreferences::kMinAutosaveMinutes, StudioPreferences::kMaxAutosaveMinutes);
    m_autosaveLabel->setBuddy(m_autosave);
    auto* session = new QFormLayout(m_sessionBox);
    session->addRow(m_autosaveLabel, m_autosave);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_appearanceBox);
    layout->addWidget(m_sessionBox);
    layout->addStretch(1);
    return page;
}

QWidget* PreferencesDialog::createShortcutsPage() {
    auto* page = new QWidget(this);
    m_shortcutIntro = new QLabel(page);
    m_shortcutIntro->setWordWrap(true);
    m_table = new QTableWidget(0, ShortcutColumnCount, page);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);  // the key editors are cell widgets
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ShortcutColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DefaultColumn, QHeaderView::ResizeToContents);
    m_shortcutMessage = new QLabel(page);
    m_shortcutMessage->setObjectName(QStringLiteral("shortcutMessage"));
    m_shortcutMessage->setWordWrap(true);
    QFont bold = m_shortcutMessage->font();
    bold.setBold(true);
    m_shortcutMessage->setFont(bold);
    m_resetShortcuts = new QPushButton(page);
    m_resetShortcuts->setObjectName(QStringLiteral("resetShortcuts"));
    m_resetShortcuts->setIcon(studioIcon(QStringLiteral("reset")));
    connect(m_resetShortcuts, &QPushButton::clicked, this, &PreferencesDialog::resetShortcutsToDefaults);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_shortcutMessage, 1);
    bottom->addWidget(m_resetShortcuts, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_shortcutIntro);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    return page;
}

void PreferencesDialog::retranslateUi() {
    setWindowTitle(tr("Preferences"));
    m_tabs->setTabText(0, tr("General"));
    m_tabs->setTabToolTip(0, tr("Language, colours and autosave"));
    m_tabs->setTabText(1, tr("Shortcuts"));
    m_tabs->setTabToolTip(1, tr("The keyboard shortcuts of the studio's commands"));

    m_appearanceBox->setTitle(tr("Appearance"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setToolTip(tr("The language of the user interface. \"System default\" follows the "
                              "language of your desktop."));
    m_languageNote->setText(tr("Apply switches the whole studio to the new language at once. A few texts "
                               "that show live values change at their next update."));
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setToolTip(tr("Light or dark colours for the whole studio (applied at once), or the look "
                           "of your desktop"));
    m_sessionBox->setTitle(tr("Session"));
    m_autosaveLabel->setText(tr("&Autosave every:"));
    m_autosave->setSuffix(tr(" min"));
    m_autosave->setToolTip(tr("How often the open session is saved in the background (1 to 60 minutes)"));

    m_shortcutIntro->setText(tr("Click a shortcut and press the new keys. Use the clear button to remove a "
                                "shortcut. Changes take effect with Apply or OK."));
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut"), tr("Default")});
    m_table->horizontalHeaderItem(ActionColumn)->setToolTip(tr("The command, as in the menus"));
    m_table->horizontalHeaderItem(ShortcutColumn)->setToolTip(tr("The keys that run the command"));
    m_table->horizontalHeaderItem(DefaultColumn)->setToolTip(tr("The command's built-in shortcut"));
    m_table->setToolTip(tr("The commands of the studio and their keyboard shortcuts"));
    m_resetShortcuts->setText(tr("&Reset to Defaults"));
    m_resetShortcuts->setToolTip(tr("Give every command its built-in shortcut again"));
    m_shortcutMessage->clear();  // a message of the old language would be stale

    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Apply the preferences and close"));
    m_buttons->button(QDialogButtonBox::Apply)->setToolTip(tr("Apply the preferences and keep this dialog open"));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without applying the changes since the "
                                                               "last Apply"));
    for (int row = 0; row < m_rows.size(); ++row) {
        m_rows[row].edit->setToolTip(tr("Click, then press the keys of the new shortcut"));
        if (QTableWidgetItem* item = m_table->item(row, DefaultColumn))
            item->setToolTip(tr("Built-in shortcut of this command"));
    }
    fillLanguageCombo();
    fillThemeCombo();
}

void PreferencesDialog::fillLanguageCombo() {
    const QString chosen = m_language->count() ? m_language->currentData().toString() : m_base.language;
    const QSignalBlocker block(m_language);
    m_language->clear();
    m_language->addItem(tr("System default"), QString());
    for (const QString& code : availableLanguages()) {
        // Each language in its own words ("Deutsch", "English"): readable whatever is shown now.
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty()) name[0] = name[0].toUpper();
        m_language->addItem(name.isEmpty() ? code : name, code);
    }
    const int index = m_language->findData(chosen);
    m_language->setCurrentIndex(index >= 0 ? index : 0);
}

void PreferencesDialog::fillThemeCombo() {
    const QString chosen = m_theme->count() ? m_theme->currentData().toString() : m_base.theme;
    const QSignalBlocker block(m_theme);
    m_theme->clear();
    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    const int index = m_theme->findData(chosen);
    m_theme->setCurrentIndex(index >= 0 ? index : 0);
}

void PreferencesDialog::setActions(const QList<QAction*>& actions) {
    disconnectEditors();  // the old editors go with the table's rows, perhaps emitting on focus loss
    m_rows.clear();
    for (QAction* action : actions) {
        if (!action || action->objectName().isEmpty() || action->isSeparator()) continue;
        if (rowOfAction(action->objectName()) >= 0) continue;  // the same action twice
        ShortcutRow row;
        row.action = action;
        row.name = action->objectName();
        row.defaults = defaultShortcuts(action);
        const auto it = m_base.shortcuts.constFind(row.name);
        if (it == m_base.shortcuts.constEnd()) row.current = action->shortcuts();
        else if (!it.value().isEmpty()) row.current = {it.value()};
        m_rows << row;
    }
    rebuildShortcutTable();
}

QList<QAction*> PreferencesDialog::actions() const {
    QList<QAction*> list;
    for (const ShortcutRow& row : m_rows)
        if (row.action) list << row.action;
    return list;
}

QString PreferencesDialog::actionLabel(const QAction* action) {
    QString text = action->iconText();
    if (text.isEmpty()) text = action->text();
    // Menu mnemonics ("&Open…") are no use in a table; "&&" is a literal ampersand.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

void PreferencesDialog::rebuildShortcutTable() {
    m_table->clearContents();
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        ShortcutRow& r = m_rows[row];
        auto* name = new QTableWidgetItem(r.action->icon(), actionLabel(r.action));
        name->setToolTip(r.action->statusTip().isEmpty() ? r.action->toolTip() : r.action->statusTip());
        m_table->setItem(row, ActionColumn, name);
        auto* defaults = new QTableWidgetItem(shortcutsText(r.defaults));
        defaults->setToolTip(tr("Built-in shortcut of this command"));
        m_table->setItem(row, DefaultColumn, defaults);
        r.edit = new QKeySequenceEdit(m_table);
        r.edit->setObjectName(QStringLiteral("shortcutEdit_%1").arg(r.name));
        r.edit->setClearButtonEnabled(true);
        r.edit->setToolTip(tr("Click, then press the keys of the new shortcut"));
        m_table->setCellWidget(row, ShortcutColumn, r.edit);
        showRowShortcut(row);
        connect(r.edit, &QKeySequenceEdit::editingFinished, this, [this, row] { onShortcutEdited(row); });
        // The clear button empties the editor without "editing finished". A key press
        // empties it too, just before it records the key: only an editor still empty
        // once the event is handled was cleared.
        connect(r.edit, &QKeySequenceEdit::keySequenceChanged, this, [this, row](const QKeySequence& keys) {
            if (!keys.isEmpty()) return;
            QTimer::singleShot(0, this, [this, row] {
                if (row < m_rows.size() && m_rows[row].edit->keySequence().isEmpty()) onShortcutEdited(row);
            });
        });
    }
}

void PreferencesDialog::showRowShortcut(int row) {
    ShortcutRow& r = m_rows[row];
    const QSignalBlocker block(r.edit);
    r.edit->setKeySequence(r.current.isEmpty() ? QKeySequence() : r.current.first());
}

QKeySequenceEdit* PreferencesDialog::shortcutEdit(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row].edit : nullptr;
}

int PreferencesDialog::rowOfAction(const QString& objectName) const {
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].name == objectName) return row;
    return -1;
}

int PreferencesDialog::conflictingRow(int row, const QKeySequence& sequence) const {
    for (int other = 0; other < m_rows.size(); ++other) {
        if (other == row) continue;
        for (const QKeySequence& taken : m_rows[other].current)
            if (clashes(sequence, taken)) return other;
    }
    return -1;
}

void PreferencesDialog::onShortcutEdited(int row) {
    if (row < 0 || row >= m_rows.size() || !m_rows[row].edit) return;
    setShortcutForRow(row, m_rows[row].edit->keySequence());
}

bool PreferencesDialog::setShortcutForRow(int row, const QKeySequence& sequence) {
    if (row < 0 || row >= m_rows.size()) return false;
    ShortcutRow& r = m_rows[row];
    const int other = conflictingRow(row, sequence);
    if (other >= 0) {
        m_shortcutMessage->setText(tr("%1 is already the shortcut of \"%2\". Choose other keys, or give \"%2\" "
                                      "another shortcut first.")
                                       .arg(sequence.toString(QKeySequence::NativeText),
                                            actionLabel(m_rows[other].action)));
        showRowShortcut(row);  // back to the keys it had
        return false;
    }
    // The editor shows one shortcut; a second built-in one (e.g. "F" besides Ctrl+0)
    // stays as long as the first is unchanged.
    const bool unchanged = !r.current.isEmpty() && r.current.first() == sequence;
    if (!unchanged) r.current = sequence.isEmpty() ? QList<QKeySequence>() : QList<QKeySequence>{sequence};
    m_shortcutMessage->clear();
    showRowShortcut(row);
    return true;
}

void PreferencesDialog::resetShortcutsToDefaults() {
    for (int row = 0; row < m_rows.size(); ++row) {
        m_rows[row].current = m_rows[row].defaults;
        showRowShortcut(row);
    }
    m_shortcutMessage->setText(tr("Every command has its built-in shortcut again (press Apply or OK to keep this)."));
}

void PreferencesDialog::setPreferences(const StudioPreferences& prefs) {
    m_base = prefs;
    m_base.validate();
    {
        const QSignalBlocker blockLanguage(m_language);
        const int language = m_language->findData(m_base.language);
        m_language->setCurrentIndex(language >= 0 ? language : 0);
        const QSignalBlocker blockTheme(m_theme);
        const int theme = m_theme->findData(m_base.theme);
        m_theme->setCurrentIndex(theme >= 0 ? theme : 0);
        m_autosave->setValue(m_base.autosaveMinutes);
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        ShortcutRow& r = m_rows[row];
        const auto it = m_base.shortcuts.constFind(r.name);
        if (it == m_base.shortcuts.constEnd()) r.current = r.defaults;
        else r.current = it.value().isEmpty() ? QList<QKeySequence>() : QList<QKeySequence>{it.value()};
        showRowShortcut(row);
    }
}

StudioPreferences PreferencesDialog::preferences() const {
    StudioPreferences prefs = m_base;
    prefs.language = m_language->currentData().toString();
    prefs.theme = m_theme->currentData().toString();
    prefs.autosaveMinutes = m_autosave->value();
    for (const ShortcutRow& r : m_rows) {
        if (r.current == r.defaults) prefs.shortcuts.remove(r.name);
        else prefs.shortcuts.insert(r.name, r.current.isEmpty() ? QKeySequence() : r.current.first());
    }
    prefs.validate();
    return prefs;
}

void PreferencesDialog::apply() {
    const StudioPreferences prefs = preferences();
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance())) applyTheme(*app, prefs.theme);
    applyShortcuts(actions(), prefs.shortcuts);
    m_base = prefs;
    if (prefs.language != m_appliedLanguage) {
        m_appliedLanguage = prefs.language;
        // Every open window's static texts switch now (live_retranslation.h); this dialog
        // also retranslates in changeEvent() on the posted QEvent::LanguageChange.
        switchLanguageLive(effectiveLanguage(prefs.language));
    }
    if (m_persistent) prefs.save();
    Q_EMIT preferencesApplied(prefs);
}

void PreferencesDialog::accept() {
    apply();
    QDialog::accept();
}

void PreferencesDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace likeness::ui
