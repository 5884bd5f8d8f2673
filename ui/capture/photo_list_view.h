#pragma once
// The capture panel's thumbnail grid. Drops are handled here rather than by the
// model: files from outside become "add these", an internal drag becomes "move
// this row there"; the panel turns both into undoable PhotoSet edits.
#include <QListView>

namespace likeness::ui {

class PhotoSetModel;

class PhotoListView : public QListView {
    Q_OBJECT
public:
    explicit PhotoListView(PhotoSetModel* model, QWidget* parent = nullptr);

    /// Local files among a drop's URLs (unfiltered: the set reports what it refuses).
    static QStringList localFiles(const QMimeData* mime);
    /// Index the dragged photo would land at for a drop at `pos` (viewport coordinates).
    int dropRow(const QPoint& pos) const;

Q_SIGNALS:
    void filesDropped(const QStringList& paths);
    void moveRequested(int from, int to);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    bool accepts(const QMimeData* mime) const;

    PhotoSetModel* m_model;
};

} // namespace likeness::ui
