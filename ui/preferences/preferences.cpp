#include "preferences/preferences.h"

#include <algorithm>
#include <iterator>

#include <QRegularExpression>
#include <QSettings>

#include "app/translation_loader.h"

namespace likeness::ui {

namespace {
constexpr int kMaxShortcutTextLength = 100;  // "Ctrl+Shift+Alt+Meta+F12, …": real ones are far shorter
constexpr int kMaxActionNameLength = 200;

/// "de", "pt_BR": what availableLanguages() and QLocale names look like.
bool looksLikeLanguageCode(const QString& code) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(_[A-Z][a-zA-Z]{1,3})?$"));
    return pattern.match(code).hasMatch();
}
} // namespace

QString themeSettingsKey() { return QStringLiteral("ui/theme"); }
QString autosaveSettingsKey() { return QStringLiteral("session/autosaveMinutes"); }
QString shortcutsSettingsGroup() { return QStringLiteral("shortcuts"); }

QStringList StudioPreferences::themes() {
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

bool parseShortcut(const QString& text, QKeySequence* out) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *out = QKeySequence();
        return true;
    }
    if (trimmed.size() > kMaxShortcutTextLength) return false;
    const QKeySequence sequence = QKeySequence::fromString(trimmed, QKeySequence::PortableText);
    if (sequence.isEmpty()) return false;
    for (int i = 0; i < sequence.count(); ++i)
        if (sequence[i].key() == Qt::Key_unknown || sequence[i].key() == 0) return false;
    // fromString() skips parts it cannot read; a faithful parse reads back the same.
    if (sequence.toString(QKeySequence::PortableText).compare(trimmed, Qt::CaseInsensitive) != 0) return false;
    *out = sequence;
    return true;
}

void StudioPreferences::validate() {
    if (!themes().contains(theme)) theme = QStringLiteral("system");
    autosaveMinutes = std::clamp(autosaveMinutes, kMinAutosaveMinutes, kMaxAutosaveMinutes);
    if (!language.isEmpty() && !looksLikeLanguageCode(language)) language.clear();
    for (auto it = shortcuts.begin(); it != shortcuts.end();) {
        if (it.key().trimmed().isEmpty() || it.key().size() > kMaxActionNameLength)
            it = shortcuts.erase(it);
        else
            ++it;
    }
    while (shortcuts.size() > kMaxShortcuts) shortcuts.erase(std::prev(shortcuts.end()));
}

StudioPreferences StudioPreferences::load() {
    QSettings settings;
    StudioPreferences prefs;
    prefs.language = settings.value(languageSettingsKey()).toString();
    prefs.theme = settings.value(themeSettingsKey(), prefs.theme).toString();
    bool ok = false;
    const int minutes = settings.value(autosaveSettingsKey(), prefs.autosaveMinutes).toInt(&ok);
    if (ok) prefs.autosaveMinutes = minutes;

    settings.beginGroup(shortcutsSettingsGroup());
    const QStringList names = settings.childKeys();
    for (const QString& name : names) {
        if (prefs.shortcuts.size() >= kMaxShortcuts) break;
        QKeySequence sequence;
        if (parseShortcut(settings.value(name).toString(), &sequence)) prefs.shortcuts.insert(name, sequence);
    }
    settings.endGroup();
    prefs.validate();
    return prefs;
}

void StudioPreferences::save() const {
    StudioPreferences valid = *this;
    valid.validate();
    QSettings settings;
    settings.setValue(languageSettingsKey(), valid.language);
    settings.setValue(themeSettingsKey(), valid.theme);
    settings.setValue(autosaveSettingsKey(), valid.autosaveMinutes);
    settings.remove(shortcutsSettingsGroup());
    settings.beginGroup(shortcutsSettingsGroup());
    for (auto it = valid.shortcuts.cbegin(); it != valid.shortcuts.cend(); ++it)
        settings.setValue(it.key(), it.value().toString(QKeySequence::PortableText));
    settings.endGroup();
}

bool StudioPreferences::operator==(const StudioPreferences& other) const {
    return language == other.language && theme == other.theme && autosaveMinutes == other.autosaveMinutes &&
           shortcuts == other.shortcuts;
}

} // namespace likeness::ui
