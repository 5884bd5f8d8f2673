#include "app/live_retranslation.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QListWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTabBar>
#include <QToolButton>
#include <QWidget>
#include <QXmlStreamReader>
#include <QAbstractSeries>
#include <QAbstractAxis>

#include "app/action_tips.h"
#include "app/translation_loader.h"

namespace likeness::ui {
namespace {

constexpr int kMaxModelRows = 500;   // item views larger than this hold data, not labels

using Source = TranslationSnapshot::Source;

/// Every singular message of the English catalogue (plural forms show live counts).
const QList<Source>& catalogue() {
    static const QList<Source> entries = [] {
        QList<Source> list;
        QFile file(QStringLiteral(":/i18n-catalogue/likeness_en.ts"));
        if (!file.open(QIODevice::ReadOnly)) return list;
        QXmlStreamReader xml(&file);
        QByteArray context;
        Source entry;
        bool plural = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("name")) context = xml.readElementText().toUtf8();
                else if (name == QLatin1String("message")) {
                    entry = {context, {}, {}};
                    plural = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                } else if (name == QLatin1String("source")) entry.text = xml.readElementText().toUtf8();
                else if (name == QLatin1String("comment")) entry.comment = xml.readElementText().toUtf8();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && !plural &&
                       !entry.text.isEmpty()) {
                list.append(entry);
            }
        }
        return list;
    }();
    return entries;
}

/// What `s` reads as under the translators installed now.
QString translate(const Source& s) {
    return QCoreApplication::translate(s.context.constData(), s.text.constData(),
                                       s.comment.isEmpty() ? nullptr : s.comment.constData());
}

class Retranslator {
public:
    explicit Retranslator(const TranslationSnapshot& before) : m_before(before) {}
    int changed() const { return m_changed; }

    /// The new translation of `text` shown by `owner` (null when it is not a catalogue string).
    QString translated(const QString& text, const QObject* owner) const {
        if (text.isEmpty()) return {};
        const QList<Source> sources = m_before.sourcesOf(text);
        if (sources.isEmpty()) return {};
        return translate(sources.size() > 1 ? preferOwnersContext(sources, owner) : sources.front());
    }

    template <typename Get, typename Set>
    void update(const QObject* owner, Get get, Set set) {
        const QString old = get();
        const QString now = translated(old, owner);
        if (now.isNull() || now == old) return;
        set(now);
        ++m_changed;
    }

    void widget(QWidget* w) {
        update(w, [w] { return w->windowTitle(); }, [w](const QString& t) { w->setWindowTitle(t); });
        update(w, [w] { return w->toolTip(); }, [w](const QString& t) { w->setToolTip(t); });
        update(w, [w] { return w->statusTip(); }, [w](const QString& t) { w->setStatusTip(t); });
        update(w, [w] { return w->whatsThis(); }, [w](const QString& t) { w->setWhatsThis(t); });
        if (auto* b = qobject_cast<QAbstractButton*>(w)) {
            auto* tool = qobject_cast<QToolButton*>(b);
            if (!tool || !tool->defaultAction()) update(b, [b] { return b->text(); }, [b](const QString& t) { b->setText(t); });
        }
        if (auto* l = qobject_cast<QLabel*>(w)) update(l, [l] { return l->text(); }, [l](const QString& t) { l->setText(t); });
        if (auto* g = qobject_cast<QGroupBox*>(w)) update(g, [g] { return g->title(); }, [g](const QString& t) { g->setTitle(t); });
        if (auto* m = qobject_cast<QMenu*>(w)) update(m, [m] { return m->title(); }, [m](const QString& t) { m->setTitle(t); });
        if (auto* e = qobject_cast<QLineEdit*>(w))
            update(e, [e] { return e->placeholderText(); }, [e](const QString& t) { e->setPlaceholderText(t); });
        if (auto* s = qobject_cast<QAbstractSpinBox*>(w))
            update(s, [s] { return s->specialValueText(); }, [s](const QString& t) { s->setSpecialValueText(t); });
        if (auto* s = qobject_cast<QSpinBox*>(w)) {
            update(s, [s] { return s->suffix(); }, [s](const QString& t) { s->setSuffix(t); });
            update(s, [s] { return s->prefix(); }, [s](const QString& t) { s->setPrefix(t); });
        }
        if (auto* s = qobject_cast<QDoubleSpinBox*>(w)) {
            update(s, [s] { return s->suffix(); }, [s](const QString& t) { s->setSuffix(t); });
            update(s, [s] { return s->prefix(); }, [s](const QString& t) { s->setPrefix(t); });
        }
        if (auto* c = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < c->count(); ++i) {
                update(c, [c, i] { return c->itemText(i); }, [c, i](const QString& t) { c->setItemText(i, t); });
                update(c, [c, i] { return c->itemData(i, Qt::ToolTipRole).toString(); },
                       [c, i](const QString& t) { c->setItemData(i, t, Qt::ToolTipRole); });
            }
        if (auto* bar = qobject_cast<QTabBar*>(w))
            for (int i = 0; i < bar->count(); ++i) {
                update(bar, [bar, i] { return bar->tabText(i); }, [bar, i](const QString& t) { bar->setTabText(i, t); });
                update(bar, [bar, i] { return bar->tabToolTip(i); },
                       [bar, i](const QString& t) { bar->setTabToolTip(i, t); });
            }
        if (auto* view = qobject_cast<QAbstractItemView*>(w)) itemModel(view->model(), view);
        if (auto* chart = qobject_cast<QChartView*>(w)) chartTexts(chart->chart(), chart);
    }

    void action(QAction* a) {
        const QObject* owner = a->parent() ? a->parent() : a;
        // Read the icon text first: while it was never set it follows text().
        const QString iconText = a->iconText();
        update(owner, [a] { return a->text(); }, [a](const QString& t) { a->setText(t); });
        if (a->iconText() == iconText)
            update(owner, [a] { return a->iconText(); }, [a](const QString& t) { a->setIconText(t); });
        // The status tip is the description, or a state message of its own (why the action is
        // disabled); either way it is a catalogue text.
        update(owner, [a] { return a->statusTip(); }, [a](const QString& t) { a->setStatusTip(t); });
        // setActionTips made the tooltip "description (shortcuts)". Key names are translated
        // too (Ctrl / Strg), so the old suffix is cut at its last " (" and made anew.
        const QString tip = a->toolTip();
        const QString suffix = shortcutsSuffix(a->shortcuts());
        const int cut = tip.lastIndexOf(QStringLiteral(" ("));
        if (!suffix.isEmpty() && cut > 0 && tip.endsWith(QLatin1Char(')'))) {
            const QString body = tip.left(cut);
            QString now = translated(body, owner);
            if (!now.isNull()) {
                now += suffix;
            } else {
                // Tooltips made as tr("… (%1)").arg(shortcut) rather than with setActionTips.
                const QString pattern = translated(body + QStringLiteral(" (%1)"), owner);
                if (!pattern.isNull()) now = pattern.arg(shortcutsText(a->shortcuts()));
            }
            if (!now.isNull()) {
                if (now != tip) {
                    a->setToolTip(now);
                    ++m_changed;
                }
                return;
            }
        }
        update(owner, [a] { return a->toolTip(); }, [a](const QString& t) { a->setToolTip(t); });
    }

private:
    const Source& preferOwnersContext(const QList<Source>& sources,
                                                           const QObject* owner) const {
        for (const QObject* o = owner; o; o = o->parent())
            for (const QMetaObject* m = o->metaObject(); m; m = m->superClass())
                for (const Source& s : sources)
                    if (s.context == m->className()) return s;
        return sources.front();
    }

    void itemModel(QAbstractItemModel* model, QWidget* view) {
        if (!model || model->rowCount() > kMaxModelRows) return;
        for (Qt::Orientation o : {Qt::Horizontal, Qt::Vertical}) {
            const int sections = o == Qt::Horizontal ? model->columnCount() : model->rowCount();
            for (int i = 0; i < sections; ++i)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    update(view, [=] { return model->headerData(i, o, role).toString(); },
                           [=](const QString& t) { model->setHeaderData(i, o, t, role); });
        }
        // Rows are retranslated only in models that hold plain labels: a custom model's
        // setData may mean something else (renaming a photo, say).
        const bool labelModel = qobject_cast<QStandardItemModel*>(model) || qobject_cast<QTreeWidget*>(view) ||
                                qobject_cast<QListWidget*>(view) || qobject_cast<QTableWidget*>(view);
        if (!labelModel) return;
        for (int r = 0; r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c) {
                const QModelIndex index = model->index(r, c);
                if (!(model->flags(index) & Qt::ItemIsEnabled)) continue;
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    update(view, [=] { return model->data(index, role).toString(); },
                           [=](const QString& t) { model->setData(index, t, role); });
            }
    }

    void chartTexts(QChart* chart, QWidget* view) {
        if (!chart) return;
        update(view, [chart] { return chart->title(); }, [chart](const QString& t) { chart->setTitle(t); });
        for (QAbstractAxis* axis : chart->axes())
            update(view, [axis] { return axis->titleText(); }, [axis](const QString& t) { axis->setTitleText(t); });
        for (QAbstractSeries* series : chart->series())
            update(view, [series] { return series->name(); }, [series](const QString& t) { series->setName(t); });
    }

    const TranslationSnapshot& m_before;
    int m_changed = 0;
};

} // namespace

TranslationSnapshot TranslationSnapshot::current() {
    TranslationSnapshot snapshot;
    for (const Source& s : catalogue()) snapshot.m_byText[translate(s)].append(s);
    return snapshot;
}

int retranslateWidgetTree(QWidget* root, const TranslationSnapshot& before) {
    if (!root) return 0;
    Retranslator r(before);
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    QSet<QAction*> actions;
    for (QAction* a : root->findChildren<QAction*>()) actions.insert(a);
    for (QWidget* w : widgets) {
        r.widget(w);
        for (QAction* a : w->actions()) actions.insert(a);
    }
    for (QAction* a : actions) r.action(a);
    return r.changed();
}

bool switchLanguageLive(const QString& language) {
    QCoreApplication* app = QCoreApplication::instance();
    if (!app) return false;
    const TranslationSnapshot before = TranslationSnapshot::current();
    const bool found = installTranslations(*app, language);
    for (QWidget* window : QApplication::topLevelWidgets()) retranslateWidgetTree(window, before);
    return found;
}

} // namespace likeness::ui
