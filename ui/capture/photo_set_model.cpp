#include "capture/photo_set_model.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QPixmap>
#include <QStyle>
#include <QUrl>
#include <QUuid>

#include "capture/photo_set.h"

namespace likeness::ui {

QString PhotoSetModel::rowMimeType() { return QStringLiteral("application/x-likeness-photo-row"); }

PhotoSetModel::PhotoSetModel(PhotoSet* set, QObject* parent)
    : QAbstractListModel(parent), m_set(set), m_token(QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    // Any change of the list resets the model: sets are small (<= 64 photos).
    connect(m_set, &PhotoSet::changed, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(m_set, &PhotoSet::thumbnailChanged, this, [this](int row) {
        m_icons.remove(m_set->entry(row).path);
        const QModelIndex i = index(row);
        Q_EMIT dataChanged(i, i, {Qt::DecorationRole, Qt::ToolTipRole, ThumbnailFailedRole});
    });
}

int PhotoSetModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_set->count(); }

QString PhotoSetModel::tooltip(int row) const {
    const PhotoEntry e = m_set->entry(row);
    QStringList lines{QDir::toNativeSeparators(e.path)};
    if (e.thumbnailState == PhotoEntry::Thumbnail::Failed) lines << tr("Cannot read this photo: %1").arg(e.thumbnailError);
    if (e.faceCount < 0) lines << tr("Not analysed yet.");
    else if (e.faceCount == 0) lines << tr("No face found.");
    else if (e.faceCount == 1) lines << tr("1 face found.");
    else lines << tr("%1 faces found; face %2 is used.").arg(e.faceCount).arg(qMax(0, e.selectedFace) + 1);
    lines << tr("Click to show it; drag to reorder.");
    return lines.join(u'\n');
}

QVariant PhotoSetModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_set->count()) return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole: return QFileInfo(m_set->entry(row).path).fileName();
    case Qt::ToolTipRole: return tooltip(row);
    case Qt::DecorationRole: {
        const PhotoEntry e = m_set->entry(row);
        if (e.thumbnail.isNull()) return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
        auto it = m_icons.find(e.path);
        // One large pixmap: QIcon scales it to the icon size times the screen's
        // device pixel ratio, so the thumbnail stays sharp on high-DPI screens.
        if (it == m_icons.end()) it = m_icons.insert(e.path, QIcon(QPixmap::fromImage(e.thumbnail)));
        return *it;
    }
    case PathRole: return m_set->entry(row).path;
    case FaceCountRole: return m_set->entry(row).faceCount;
    case SelectedFaceRole: return m_set->entry(row).selectedFace;
    case ThumbnailFailedRole: return m_set->entry(row).thumbnailState == PhotoEntry::Thumbnail::Failed;
    default: return {};
    }
}

Qt::ItemFlags PhotoSetModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList PhotoSetModel::mimeTypes() const { return {rowMimeType(), QStringLiteral("text/uri-list")}; }

QMimeData* PhotoSetModel::mimeData(const QModelIndexList& indexes) const {
    if (indexes.isEmpty() || !indexes.front().isValid()) return nullptr;
    const int row = indexes.front().row();
    auto* mime = new QMimeData;
    mime->setData(rowMimeType(), QStringLiteral("%1:%2").arg(m_token).arg(row).toUtf8());
    mime->setUrls({QUrl::fromLocalFile(m_set->entry(row).path)});
    return mime;
}

Qt::DropActions PhotoSetModel::supportedDragActions() const { return Qt::MoveAction | Qt::CopyAction; }
Qt::DropActions PhotoSetModel::supportedDropActions() const { return Qt::MoveAction | Qt::CopyAction; }

int PhotoSetModel::draggedRow(const QMimeData* mime) const {
    if (!mime || !mime->hasFormat(rowMimeType())) return -1;
    const QByteArray data = mime->data(rowMimeType());
    if (data.size() > 256) return -1;
    const QList<QByteArray> parts = data.split(':');
    if (parts.size() != 2 || QString::fromUtf8(parts[0]) != m_token) return -1;
    bool ok = false;
    const int row = parts[1].toInt(&ok);
    return ok && row >= 0 && row < m_set->count() ? row : -1;
}

} // namespace likeness::ui
