#pragma once
// The subject's photos: the set the capture panel shows and the fit will use.
// Every user-level change (add, remove, reorder, face choice) is one undo step
// on the undo stack set with setUndoStack(); the state of an undo step is the
// JSON of the whole set (toJson()), so undo/redo and sessions share one format.
#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include "capture/thumbnail_loader.h"

class QUndoStack;

namespace likeness::ui {

/// One photo of the set, as the panel shows it.
struct PhotoEntry {
    enum class Thumbnail { Loading, Ready, Failed };
    QString path;                 // absolute
    int selectedFace = -1;        // face chosen by the user; -1 = not chosen (use the first)
    int faceCount = -1;           // faces the analysis found; -1 = not analysed yet
    Thumbnail thumbnailState = Thumbnail::Loading;
    QImage thumbnail;             // null while loading; the placeholder when it failed
    QString thumbnailError;       // why the photo cannot be read (Failed)
};

class PhotoSet : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxPhotos = 64;  // photos per subject at most
    static constexpr int kMaxFaces = 64;   // face indices above this are refused (the analyser reports <= 16)
    static constexpr int kThumbnailSide = 256; // device pixels: sharp up to ~2.5x at 96 px icons

    explicit PhotoSet(QObject* parent = nullptr);
    ~PhotoSet() override;

    /// Changes go through `stack` (nullptr = applied directly, no undo). Not owned.
    void setUndoStack(QUndoStack* stack);
    QUndoStack* undoStack() const;

    int count() const { return int(m_photos.size()); }
    bool isEmpty() const { return m_photos.isEmpty(); }
    /// The photo at `index` (0 <= index < count()).
    PhotoEntry entry(int index) const;
    QStringList paths() const;
    /// Index of `path` (compared as absolute, cleaned path), -1 if absent.
    int indexOf(const QString& path) const;

    /// Adds the image files among `paths` (one undo step) and makes the first added
    /// one current. Not added: non-files, unsupported suffixes, photos already in the
    /// set, and whatever exceeds kMaxPhotos; `rejected` (optional) receives one
    /// user-facing line per such path. Returns the number added.
    int add(const QStringList& paths, QStringList* rejected = nullptr);
    /// Removes the photo at `index` (one undo step). False if out of range.
    bool remove(int index);
    /// Moves the photo at `from` so that it ends up at index `to` (one undo step).
    bool move(int from, int to);
    /// Chooses face `face` (0-based; -1 = none) of the photo at `index` (one undo step).
    /// Refused when out of range (of the face count, when known).
    bool setSelectedFace(int index, int face);
    /// The analysis of `path` found `faceCount` faces (not an undo step: it is a fact,
    /// not an edit). A selection beyond the new count is reset to -1.
    void setFaceCount(const QString& path, int faceCount);

    /// The photo shown in the photo view; -1 when the set is empty. Not an undo step.
    int currentIndex() const { return m_current; }
    QString currentPath() const;
    void setCurrentIndex(int index);

    /// The whole set: {"format":"likeness.photoSet","version":1,"current":i,
    /// "photos":[{"path","selectedFace","faceCount"}]}.
    QJsonObject toJson() const;
    /// Replaces the set with `json` (a session being opened; not an undo step).
    /// Hostile or damaged input is refused with a message in `error`; the set is
    /// then unchanged. Paths need not exist (a missing photo shows as unreadable).
    bool fromJson(const QJsonObject& json, QString* error = nullptr);

    /// Waits for pending thumbnail decodes (tests, shutdown).
    void waitForThumbnails();

Q_SIGNALS:
    /// The list (order, membership, faces) changed.
    void changed();
    /// The current photo changed; -1 and an empty path when the set became empty.
    void currentChanged(int index, const QString& path);
    /// The face chosen for the photo at `index` changed (by the user, undo/redo or a new face count).
    void faceSelectionChanged(int index, int face);
    /// The thumbnail of the photo at `index` is ready (or failed).
    void thumbnailChanged(int index);

private:
    struct Photo {
        QString path;
        int selectedFace = -1;
    };
    struct Cached {               // survives removal, so undo shows the thumbnail at once
        PhotoEntry::Thumbnail state = PhotoEntry::Thumbnail::Loading;
        QImage thumbnail;
        QString error;
        int faceCount = -1;
        bool requested = false;
    };

    static QString normalised(const QString& path);
    /// Validates `json` into photos + current; false with `error` when refused.
    static bool parse(const QJsonObject& json, QList<Photo>* photos, int* current,
                      QHash<QString, int>* faceCounts, QString* error);
    /// Pushes one undo step from the current state to `after`.
    void commit(const QString& text, const QJsonObject& after);
    /// Shows `state` (already validated), emitting what changed.
    void applyState(const QJsonObject& state);
    void setPhotos(const QList<Photo>& photos, int current);
    QJsonObject stateWith(const QList<Photo>& photos, int current) const;
    void requestThumbnail(const QString& path);
    void onThumbnailLoaded(const ThumbnailResult& result);
    void pruneCache();

    QList<Photo> m_photos;
    int m_current = -1;
    QHash<QString, Cached> m_cache;
    QPointer<QUndoStack> m_undoStack;
    QThreadPool m_pool;           // thumbnails; its destructor waits for running decodes
};

} // namespace likeness::ui
