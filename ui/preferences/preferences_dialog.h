#pragma once
// Edit > Preferences…: General (language, theme, autosave interval) and Shortcuts
// (the actions handed in, each with a key-sequence editor, conflict check and
// "Reset to defaults"). Apply switches the theme and the shortcuts at once and
// installs the new language's translator (this dialog retranslates live; the
// main window's texts follow at the next start).
#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QPointer>

#include "preferences/preferences.h"

class QAction;
class QComboBox;
class QDialogButtonBox;
class QEvent;
class QGroupBox;
class QKeySequenceEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace likeness::ui {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    enum ShortcutColumn { ActionColumn, ShortcutColumn, DefaultColumn, ShortcutColumnCount };

    /// Shows `current` (usually StudioPreferences::load()).
    explicit PreferencesDialog(const StudioPreferences& current = StudioPreferences::load(),
                               QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    /// The actions whose shortcuts can be edited (those with an objectName; others
    /// are left out). Their present shortcuts are taken as the defaults the first time.
    void setActions(const QList<QAction*>& actions);
    QList<QAction*> actions() const;

    /// Fills the controls from `prefs` (validated).
    void setPreferences(const StudioPreferences& prefs);
    /// The preferences as chosen in the controls (shortcuts: only those differing
    /// from the defaults; preferences of actions not in the table are kept).
    StudioPreferences preferences() const;

    /// Whether Apply/OK also save to QSettings (default true).
    void setPersistent(bool persistent) { m_persistent = persistent; }

    /// Sets the shortcut of the table's `row` as if typed. Refused (false, the
    /// message says which action has it, the editor shows the old keys) when
    /// another action's shortcut equals it or one is the prefix of the other.
    bool setShortcutForRow(int row, const QKeySequence& sequence);
    /// Row of the action named `objectName`; -1 when not in the table.
    int rowOfAction(const QString& objectName) const;

    // Widgets, for tests and the lead's integration.
    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* languageCombo() const { return m_language; }
    QComboBox* themeCombo() const { return m_theme; }
    QSpinBox* autosaveSpin() const { return m_autosave; }
    QLabel* languageNote() const { return m_languageNote; }
    QTableWidget* shortcutTable() const { return m_table; }
    QKeySequenceEdit* shortcutEdit(int row) const;
    QLabel* shortcutMessage() const { return m_shortcutMessage; }
    QPushButton* resetShortcutsButton() const { return m_resetShortcuts; }
    QDialogButtonBox* buttonBox() const { return m_buttons; }

public Q_SLOTS:
    /// Applies what the controls show: theme, shortcuts, language; saves (when
    /// persistent) and emits preferencesApplied().
    void apply();
    /// Every shortcut back to its action's default.
    void resetShortcutsToDefaults();
    void accept() override;

Q_SIGNALS:
    /// After Apply or OK, with the preferences now in effect.
    void preferencesApplied(const likeness::ui::StudioPreferences& prefs);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct ShortcutRow {
        QPointer<QAction> action;
        QString name;                      // objectName: the key in StudioPreferences::shortcuts
        QList<QKeySequence> defaults;
        QList<QKeySequence> current;       // as chosen in the table
        QKeySequenceEdit* edit = nullptr;
    };

    QWidget* createGeneralPage();
    QWidget* createShortcutsPage();
    void retranslateUi();
    void fillLanguageCombo();
    void fillThemeCombo();
    void rebuildShortcutTable();
    void disconnectEditors();
    void showRowShortcut(int row);
    void onShortcutEdited(int row);
    /// The row (other than `row`) whose shortcuts clash with `sequence`; -1 when none.
    int conflictingRow(int row, const QKeySequence& sequence) const;
    static QString actionLabel(const QAction* action);

    StudioPreferences m_base;        // shown last by setPreferences(): keeps entries not in the table
    QString m_appliedLanguage;       // the language whose translator Apply installed last
    bool m_persistent = true;
    QList<ShortcutRow> m_rows;

    QTabWidget* m_tabs = nullptr;
    QGroupBox* m_appearanceBox = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QLabel* m_themeLabel = nullptr;
    QComboBox* m_theme = nullptr;
    QGroupBox* m_sessionBox = nullptr;
    QLabel* m_autosaveLabel = nullptr;
    QSpinBox* m_autosave = nullptr;
    QLabel* m_shortcutIntro = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_shortcutMessage = nullptr;
    QPushButton* m_resetShortcuts = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace likeness::ui
