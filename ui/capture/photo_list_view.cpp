#include "capture/photo_list_view.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>

#include "capture/photo_set_model.h"

namespace likeness::ui {

PhotoListView::PhotoListView(PhotoSetModel* model, QWidget* parent) : QListView(parent), m_model(model) {
    setModel(model);
    setViewMode(QListView::IconMode);
    setMovement(QListView::Static); // Free/Snap would move icons in place instead of reordering the set
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    setIconSize(QSize(96, 96));
    setGridSize(QSize(116, 124));
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    // QListView accepts drops on its viewport only for Free/Snap movement: turn them back on.
    viewport()->setAcceptDrops(true);
}

QStringList PhotoListView::localFiles(const QMimeData* mime) {
    QStringList files;
    if (!mime || !mime->hasUrls()) return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl& url : urls)
        if (url.isLocalFile()) files << url.toLocalFile();
    return files;
}

bool PhotoListView::accepts(const QMimeData* mime) const {
    return m_model->draggedRow(mime) >= 0 || !localFiles(mime).isEmpty();
}

int PhotoListView::dropRow(const QPoint& pos) const {
    const QModelIndex target = indexAt(pos);
    if (!target.isValid()) return model()->rowCount();
    // Left half of a thumbnail: before it; right half: after it.
    const QRect rect = visualRect(target);
    return pos.x() < rect.center().x() ? target.row() : target.row() + 1;
}

void PhotoListView::dragEnterEvent(QDragEnterEvent* event) {
    if (!accepts(event->mimeData())) {
        event->ignore();
        return;
    }
    event->setDropAction(m_model->draggedRow(event->mimeData()) >= 0 ? Qt::MoveAction : Qt::CopyAction);
    event->accept();
}

void PhotoListView::dragMoveEvent(QDragMoveEvent* event) {
    if (!accepts(event->mimeData())) {
        event->ignore();
        return;
    }
    event->setDropAction(m_model->draggedRow(event->mimeData()) >= 0 ? Qt::MoveAction : Qt::CopyAction);
    event->accept();
}

void PhotoListView::dropEvent(QDropEvent* event) {
    const QMimeData* mime = event->mimeData();
    const int from = m_model->draggedRow(mime);
    if (from >= 0) {
        int to = dropRow(event->position().toPoint());
        if (to > from) --to; // the row leaves its old place first
        // Copy, not Move: the set already reordered itself, the view must not remove the source row.
        event->setDropAction(Qt::CopyAction);
        event->accept();
        if (to != from) Q_EMIT moveRequested(from, to);
        return;
    }
    const QStringList files = localFiles(mime);
    if (files.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT filesDropped(files);
}

} // namespace likeness::ui
