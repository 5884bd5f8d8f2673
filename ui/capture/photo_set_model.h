#pragma once
// Item model over a PhotoSet for the capture panel's thumbnail view. The set is
// the truth: the model only mirrors it, and drags carry the dragged row (for
// reordering) plus the file's URL (so a photo can be dragged out to other apps).
#include <QAbstractListModel>
#include <QHash>
#include <QIcon>

namespace likeness::ui {

class PhotoSet;

class PhotoSetModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { PathRole = Qt::UserRole + 1, FaceCountRole, SelectedFaceRole, ThumbnailFailedRole };
    /// MIME type of an internal drag: "<model token>:<row>".
    static QString rowMimeType();

    explicit PhotoSetModel(PhotoSet* set, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;

    /// The row an internal drag from this model carries, -1 for anything else
    /// (another window's drag, files from outside).
    int draggedRow(const QMimeData* mime) const;

private:
    QString tooltip(int row) const;

    PhotoSet* m_set;
    QString m_token;                      // tells this model's drags from another instance's
    mutable QHash<QString, QIcon> m_icons; // by path; dropped when a thumbnail changes
};

} // namespace likeness::ui
