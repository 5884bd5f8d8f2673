#pragma once
// The studio's preferences as a plain struct, stored in QSettings. Every value
// read back is validated: a hand-edited or corrupt settings file never yields an
// unknown theme, an absurd autosave interval or a garbage shortcut.
#include <QKeySequence>
#include <QMetaType>
#include <QMap>
#include <QString>
#include <QStringList>

namespace likeness::ui {

struct StudioPreferences {
    /// Interface language ("de", "en", … from availableLanguages()); "" = the system's.
    QString language;
    /// "system" (the platform's style and colours), "light" or "dark".
    QString theme = QStringLiteral("system");
    /// Minutes between autosaves of the session; 1..60.
    int autosaveMinutes = 3;
    /// The user's shortcuts, by QAction::objectName(); only actions the user changed.
    /// An empty sequence means "no shortcut" (the user cleared it).
    QMap<QString, QKeySequence> shortcuts;

    static constexpr int kMinAutosaveMinutes = 1;
    static constexpr int kMaxAutosaveMinutes = 60;
    static constexpr int kMaxShortcuts = 500;  // bounds what a hostile settings file can make us hold

    /// The themes known, in the order the Preferences dialog lists them.
    static QStringList themes();

    /// Normalises every field: unknown theme → "system", autosave clamped to 1..60,
    /// unknown/malformed language → "" (system), shortcuts with empty names dropped.
    void validate();

    /// Reads the preferences from QSettings (validated).
    static StudioPreferences load();
    /// Writes them to QSettings (the shortcut group is replaced as a whole).
    void save() const;

    bool operator==(const StudioPreferences& other) const;
    bool operator!=(const StudioPreferences& other) const { return !(*this == other); }
};

/// QSettings keys (the language key is languageSettingsKey(), shared with View > Language).
QString themeSettingsKey();
QString autosaveSettingsKey();
QString shortcutsSettingsGroup();

/// Parses a shortcut as stored (QKeySequence::PortableText). Returns false for text
/// that is no key sequence; "" parses as the empty sequence (no shortcut).
bool parseShortcut(const QString& text, QKeySequence* out);

} // namespace likeness::ui
Q_DECLARE_METATYPE(likeness::ui::StudioPreferences)
