#pragma once
// Choosing and installing the user-interface language.
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace likeness::ui {

/// QSettings key of the preferred language ("de", "en", ...; empty = system).
QString languageSettingsKey();

/// The language to use: `requested` (e.g. from --lang) if not empty, else the
/// QSettings value, else the system locale's name ("de_DE").
QString chooseLanguage(const QString& requested = {});

/// Languages with a translation compiled in (":/i18n/likeness_<lang>.qm").
QStringList availableLanguages();

/// Installs Likeness's translation for `language` (and Qt's own, when found),
/// parented to `app`, replacing those a previous call installed (so it also switches
/// the language at run time: widgets get QEvent::LanguageChange). Returns false when no Likeness translation matches the
/// language; the English catalogue (plural forms) is installed instead.
bool installTranslations(QCoreApplication& app, const QString& language);

} // namespace likeness::ui
