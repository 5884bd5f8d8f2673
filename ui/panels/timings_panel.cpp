#include "panels/timings_panel.h"

#include "controllers/analysis_snapshot.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace likeness::ui {

namespace {

/// Readable names of the analyser's stage keys; unknown keys are shown as they are.
QString stageLabel(const QString& stage) {
    if (stage == QLatin1String("load")) return TimingsPanel::tr("Load image");
    if (stage == QLatin1String("decode")) return TimingsPanel::tr("Decode");
    if (stage == QLatin1String("detect")) return TimingsPanel::tr("Face detection");
    if (stage == QLatin1String("mesh")) return TimingsPanel::tr("Face mesh");
    if (stage == QLatin1String("iris")) return TimingsPanel::tr("Irises");
    if (stage == QLatin1String("pose")) return TimingsPanel::tr("Head pose");
    if (stage == QLatin1String("models")) return TimingsPanel::tr("Model loading");
    if (stage == QLatin1String("total")) return TimingsPanel::tr("Analysis");
    return stage;
}

QTreeWidgetItem* addRow(QTreeWidget* tree, const QString& label, double ms, const QString& key) {
    auto* item = new QTreeWidgetItem(tree);
    item->setText(0, label);
    item->setText(1, TimingsPanel::tr("%1 ms").arg(ms, 0, 'f', ms < 10 ? 2 : 1));
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setData(0, Qt::UserRole, key);
    item->setData(1, Qt::UserRole, ms);
    return item;
}

} // namespace

TimingsPanel::TimingsPanel(QWidget* parent) : QWidget(parent) {
    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Stage"), tr("Time")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setToolTip(tr("Wall-clock time of each stage of the last analysis"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tree);
}

void TimingsPanel::setTimings(const AnalysisSnapshot& snapshot) {
    m_tree->clear();
    const double loadMs = snapshot.loadMs;
    const std::vector<likeness::StageTiming>& timings = snapshot.result.timings;
    addRow(m_tree, stageLabel(QStringLiteral("load")), loadMs, QStringLiteral("load"));
    if (snapshot.modelLoadMs > 0)
        addRow(m_tree, stageLabel(QStringLiteral("models")), snapshot.modelLoadMs, QStringLiteral("models"));
    // The analyser reports its own "total" (stages plus overhead); without it, sum the stages.
    double stagesMs = 0, analyzerTotalMs = -1;
    for (const likeness::StageTiming& t : timings) {
        const QString key = QString::fromStdString(t.stage);
        addRow(m_tree, stageLabel(key), t.ms, key);
        if (key == QLatin1String("total")) analyzerTotalMs = t.ms;
        else stagesMs += t.ms;
    }
    const double total =
        loadMs + snapshot.modelLoadMs + (analyzerTotalMs >= 0 ? analyzerTotalMs : stagesMs);
    QTreeWidgetItem* totalItem = addRow(m_tree, tr("Total"), total, QStringLiteral("overall"));
    QFont bold = totalItem->font(0);
    bold.setBold(true);
    totalItem->setFont(0, bold);
    totalItem->setFont(1, bold);
}

void TimingsPanel::clear() { m_tree->clear(); }

} // namespace likeness::ui
