#include "app/translation_loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace likeness::ui {

namespace {
const QString kResourceDir = QStringLiteral(":/i18n");
// Marks the translators installed here, so that a later call replaces them.
const char* const kTranslatorTag = "likeness-i18n";

void removeInstalledTranslators(QCoreApplication& app) {
    const QList<QTranslator*> translators = app.findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : translators) {
        if (translator->objectName() != QLatin1String(kTranslatorTag)) continue;
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTranslator* newTranslator(QCoreApplication& app) {
    auto* translator = new QTranslator(&app);
    translator->setObjectName(QLatin1String(kTranslatorTag));
    return translator;
}
} // namespace

QString languageSettingsKey() { return QStringLiteral("ui/language"); }

QString chooseLanguage(const QString& requested) {
    if (!requested.isEmpty()) return requested;
    const QString stored = QSettings().value(languageSettingsKey()).toString();
    if (!stored.isEmpty()) return stored;
    return QLocale::system().name();
}

QStringList availableLanguages() {
    QStringList languages;
    const QStringList files = QDir(kResourceDir).entryList({QStringLiteral("likeness_*.qm")}, QDir::Files);
    for (const QString& file : files)
        languages << file.mid(int(qstrlen("likeness_"))).chopped(int(qstrlen(".qm")));
    return languages;
}

bool installTranslations(QCoreApplication& app, const QString& language) {
    // Called again at run time (Preferences): the previous language goes first. Each
    // (un)install sends QEvent::LanguageChange to every widget, which retranslates.
    removeInstalledTranslators(app);
    const QLocale locale(language);
    // QTranslator::load(locale, ...) tries "likeness_de_DE", then "likeness_de", ...
    auto* likeness = newTranslator(app);
    if (!likeness->load(locale, QStringLiteral("likeness"), QStringLiteral("_"), kResourceDir)) {
        // No such language: English, whose catalogue holds the plural forms ("1 face", "2 faces").
        if (likeness->load(QStringLiteral("likeness_en"), kResourceDir))
            QCoreApplication::installTranslator(likeness);
        else
            delete likeness;
        return false;
    }
    QCoreApplication::installTranslator(likeness);
    // Qt's own strings (standard buttons, file dialog) when the system has them.
    auto* qt = newTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace likeness::ui
