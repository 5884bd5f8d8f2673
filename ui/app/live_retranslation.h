#pragma once
// Switching the language of windows that are already open. Qt's way is a
// retranslate() per widget on QEvent::LanguageChange; most of the studio's widgets
// set their texts once, in their constructors. This finds those texts again: the
// catalogue of every translatable string (translations/likeness_en.ts, embedded)
// tells which (context, source) a text on screen was translated from under the
// old language, and the widget gets that string's translation under the new one.
// Texts that show live values ("3 faces", file names) are not in the catalogue
// as such and change at their next update.
#include <QHash>
#include <QList>
#include <QString>

class QWidget;

namespace likeness::ui {

/// What every catalogue string reads as under the translators installed now.
class TranslationSnapshot {
public:
    struct Source {
        QByteArray context, text, comment;
    };
    /// Reads the catalogue (once per process) and translates it with the installed translators.
    static TranslationSnapshot current();
    /// The catalogue strings that read as `text` now (empty when none).
    QList<Source> sourcesOf(const QString& text) const { return m_byText.value(text); }
    int size() const { return int(m_byText.size()); }

private:
    QHash<QString, QList<Source>> m_byText;
};

/// Re-translates the static texts of `root` and its children (titles, labels, buttons,
/// tooltips, status tips, placeholders, combo items, tabs, headers, actions, chart
/// titles): each text that reads as a catalogue string under `before` becomes that
/// string's translation now. Returns the number of texts changed.
int retranslateWidgetTree(QWidget* root, const TranslationSnapshot& before);

/// Installs the translations for `language` (installTranslations) and re-translates every
/// open top-level window. Returns installTranslations's result.
bool switchLanguageLive(const QString& language);

} // namespace likeness::ui
