#include "panels/faces_panel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace likeness::ui {

namespace {
QString degrees(float value) { return FacesPanel::tr("%1°").arg(double(value), 0, 'f', 1); }
} // namespace

FacesPanel::FacesPanel(QWidget* parent) : QWidget(parent) {
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("#"), tr("Score"), tr("Presence"), tr("Yaw"), tr("Pitch"), tr("Roll"),
                             tr("Points")});
    QTreeWidgetItem* header = m_tree->headerItem();
    header->setToolTip(IndexColumn, tr("Face number, largest face first"));
    header->setToolTip(ScoreColumn, tr("Detector confidence (0-1)"));
    header->setToolTip(PresenceColumn, tr("Landmark model's confidence that this is a face (0-1)"));
    header->setToolTip(YawColumn, tr("Head turn in degrees; positive turns toward the image's right"));
    header->setToolTip(PitchColumn, tr("Head tilt in degrees; positive tilts the chin down"));
    header->setToolTip(RollColumn, tr("Head roll in degrees; positive rotates clockwise in the image"));
    header->setToolTip(LandmarksColumn, tr("Number of landmarks (478 with irises)"));
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setToolTip(tr("Select a face to highlight it; double-click to zoom onto it"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);

    connect(m_tree, &QTreeWidget::itemSelectionChanged, this,
            [this] { Q_EMIT faceSelected(selectedFace()); });
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { Q_EMIT faceActivated(m_tree->indexOfTopLevelItem(item)); });
    clear(tr("No photo open."));
}

void FacesPanel::setFaces(const std::vector<likeness::FaceObservation>& faces) {
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    for (size_t i = 0; i < faces.size(); ++i) {
        const likeness::FaceObservation& face = faces[i];
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(IndexColumn, QString::number(i + 1));
        item->setText(ScoreColumn, QString::number(double(face.detectionScore), 'f', 3));
        item->setText(PresenceColumn, QString::number(double(face.presence), 'f', 3));
        item->setText(YawColumn, degrees(face.pose.yawDeg));
        item->setText(PitchColumn, degrees(face.pose.pitchDeg));
        item->setText(RollColumn, degrees(face.pose.rollDeg));
        item->setText(LandmarksColumn, QString::number(face.landmarks.size()));
        for (int c = ScoreColumn; c < ColumnCount; ++c) item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_summary->setText(faces.empty() ? tr("No face found.") : tr("%n face(s) found.", "", int(faces.size())));
    m_tree->setEnabled(!faces.empty());
    selectFace(faces.empty() ? -1 : 0);
    Q_EMIT faceSelected(selectedFace());
}

void FacesPanel::clear(const QString& message) {
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    m_tree->setEnabled(false);
    m_summary->setText(message);
    Q_EMIT faceSelected(-1);
}

void FacesPanel::setBusy() {
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    m_tree->setEnabled(false);
    m_summary->setText(tr("Analysing…"));
}

int FacesPanel::faceCount() const { return m_tree->topLevelItemCount(); }

int FacesPanel::selectedFace() const {
    const QList<QTreeWidgetItem*> selected = m_tree->selectedItems();
    return selected.isEmpty() ? -1 : m_tree->indexOfTopLevelItem(selected.front());
}

QString FacesPanel::summaryText() const { return m_summary->text(); }

void FacesPanel::selectFace(int index) {
    QTreeWidgetItem* item = index >= 0 ? m_tree->topLevelItem(index) : nullptr;
    if (item) {
        m_tree->setCurrentItem(item);
        item->setSelected(true);
    } else {
        m_tree->clearSelection();
    }
}

} // namespace likeness::ui
