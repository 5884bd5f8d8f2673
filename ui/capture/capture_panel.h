#pragma once
// The Capture dock: the subject's photos as thumbnails. Add (button, drag and
// drop, paste), remove, reorder, and choose the face of a photo with several.
// Every edit is an undoable PhotoSet change; the panel itself holds no state.
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QMimeData;

namespace likeness::ui {

class PhotoListView;
class PhotoSet;
class PhotoSetModel;

class CapturePanel : public QWidget {
    Q_OBJECT
public:
    /// Shows and edits `set` (not owned; must outlive the panel).
    explicit CapturePanel(PhotoSet* set, QWidget* parent = nullptr);

    PhotoSet* photoSet() const { return m_set; }

    /// Actions for the window's menus and toolbars. Their shortcuts (Ctrl+Shift+O,
    /// Delete, Ctrl+V, Ctrl+Up, Ctrl+Down) work while the panel has the focus.
    QAction* addPhotosAction() const { return m_addAction; }
    QAction* removePhotoAction() const { return m_removeAction; }
    QAction* pastePhotosAction() const { return m_pasteAction; }
    QAction* moveUpAction() const { return m_moveUpAction; }
    QAction* moveDownAction() const { return m_moveDownAction; }

    QListView* view() const;
    QComboBox* faceCombo() const { return m_faceCombo; }
    /// The last message (what was refused, paste errors); empty when none.
    QString messageText() const;

    /// Adds `paths` to the set, reporting what was refused. Returns the number added.
    int addFiles(const QStringList& paths);
    /// Pastes `mime`: local image files among its URLs, else raw image data saved
    /// as a PNG under AppDataLocation/pasted/. Returns the number of photos added.
    int pasteMime(const QMimeData* mime);

public Q_SLOTS:
    /// The file dialog (image filters; remembers the folder).
    void choosePhotos();
    /// Pastes the clipboard (pasteMime()).
    void paste();
    void removeCurrent();
    void moveCurrent(int delta);

Q_SIGNALS:
    /// A short message for the status bar (also shown in the panel).
    void message(const QString& text);

private:
    void syncFromSet();
    void syncFaceChoice();
    void showMessage(const QString& text);
    void updateActions();

    PhotoSet* m_set;
    PhotoSetModel* m_model = nullptr;
    PhotoListView* m_view = nullptr;
    QLabel* m_faceLabel = nullptr;
    QComboBox* m_faceCombo = nullptr;
    QLabel* m_faceInfo = nullptr;
    QLabel* m_message = nullptr;
    QAction* m_addAction = nullptr;
    QAction* m_removeAction = nullptr;
    QAction* m_pasteAction = nullptr;
    QAction* m_moveUpAction = nullptr;
    QAction* m_moveDownAction = nullptr;
};

} // namespace likeness::ui
