#include "capture/photo_set.h"

#include <cmath>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include "imaging/image_formats.h"
#include "session/state_edit_command.h"

namespace likeness::ui {

namespace {

const QString kFormat = QStringLiteral("likeness.photoSet");
constexpr int kVersion = 1;
constexpr int kMaxPathLength = 4096;
constexpr int kMaxCachedPhotos = 4 * PhotoSet::kMaxPhotos; // removed photos stay cached for undo, up to this

/// An integer JSON value within [lo, hi]; false for anything else (strings, 1.5, NaN, huge).
bool readInt(const QJsonValue& value, int lo, int hi, int* out) {
    if (!value.isDouble()) return false;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < lo || d > hi) return false;
    *out = int(d);
    return true;
}

} // namespace

PhotoSet::PhotoSet(QObject* parent) : QObject(parent) {
    // Two decoders at most: the GUI stays responsive and other jobs keep their cores.
    m_pool.setMaxThreadCount(2);
}

PhotoSet::~PhotoSet() {
    m_pool.clear();
    m_pool.waitForDone();
}

void PhotoSet::setUndoStack(QUndoStack* stack) { m_undoStack = stack; }

QUndoStack* PhotoSet::undoStack() const { return m_undoStack.data(); }

PhotoEntry PhotoSet::entry(int index) const {
    PhotoEntry e;
    if (index < 0 || index >= count()) return e;
    const Photo& photo = m_photos[index];
    e.path = photo.path;
    e.selectedFace = photo.selectedFace;
    const auto it = m_cache.constFind(photo.path);
    if (it != m_cache.constEnd()) {
        e.faceCount = it->faceCount;
        e.thumbnailState = it->state;
        e.thumbnail = it->thumbnail;
        e.thumbnailError = it->error;
    }
    return e;
}

QStringList PhotoSet::paths() const {
    QStringList list;
    for (const Photo& photo : m_photos) list << photo.path;
    return list;
}

QString PhotoSet::normalised(const QString& path) {
    if (path.isEmpty()) return {};
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

int PhotoSet::indexOf(const QString& path) const {
    const QString key = normalised(path);
    for (int i = 0; i < count(); ++i)
        if (m_photos[i].path == key) return i;
    return -1;
}

QString PhotoSet::currentPath() const { return m_current >= 0 ? m_photos[m_current].path : QString(); }

void PhotoSet::setCurrentIndex(int index) {
    if (index < -1 || index >= count() || (index == -1 && !isEmpty()) || index == m_current) return;
    m_current = index;
    Q_EMIT currentChanged(m_current, currentPath());
}

int PhotoSet::add(const QStringList& paths, QStringList* rejected) {
    QList<Photo> photos = m_photos;
    QSet<QString> present;
    for (const Photo& photo : photos) present.insert(photo.path);
    int added = 0;
    int firstAdded = -1;
    auto reject = [rejected](const QString& path, const QString& why) {
        if (rejected) *rejected << tr("%1: %2").arg(QFileInfo(path).fileName().isEmpty() ? path
                                                                                          : QFileInfo(path).fileName(),
                                                    why);
    };
    for (const QString& raw : paths) {
        const QString path = normalised(raw);
        if (path.isEmpty()) continue;
        if (path.size() > kMaxPathLength) {
            reject(raw, tr("the path is too long"));
        } else if (!QFileInfo(path).isFile()) {
            reject(raw, tr("not a file"));
        } else if (!hasSupportedImageSuffix(path)) {
            reject(raw, tr("not a supported image type (%1)").arg(supportedImageSuffixes().join(QStringLiteral(", "))));
        } else if (present.contains(path)) {
            reject(raw, tr("already in the set"));
        } else if (photos.size() >= kMaxPhotos) {
            reject(raw, tr("the set is full (%1 photos at most)").arg(kMaxPhotos));
        } else {
            present.insert(path);
            if (firstAdded < 0) firstAdded = int(photos.size());
            photos.append(Photo{path, -1});
            ++added;
        }
    }
    if (added == 0) return 0;
    commit(added == 1 ? tr("Add Photo") : tr("Add %1 Photos").arg(added), stateWith(photos, firstAdded));
    return added;
}

bool PhotoSet::remove(int index) {
    if (index < 0 || index >= count()) return false;
    QList<Photo> photos = m_photos;
    photos.removeAt(index);
    // The current photo stays current; removing it makes its neighbour current.
    int current = m_current;
    if (photos.isEmpty()) current = -1;
    else if (index < m_current) current = m_current - 1;
    else if (index == m_current) current = qMin(index, int(photos.size()) - 1);
    commit(tr("Remove Photo"), stateWith(photos, current));
    return true;
}

bool PhotoSet::move(int from, int to) {
    if (from < 0 || from >= count() || to < 0 || to >= count() || from == to) return false;
    QList<Photo> photos = m_photos;
    const QString current = currentPath();
    photos.move(from, to);
    int newCurrent = -1;
    for (int i = 0; i < photos.size(); ++i)
        if (photos[i].path == current) newCurrent = i;
    commit(tr("Reorder Photos"), stateWith(photos, newCurrent));
    return true;
}

bool PhotoSet::setSelectedFace(int index, int face) {
    if (index < 0 || index >= count() || face < -1 || face >= kMaxFaces) return false;
    const int known = entry(index).faceCount;
    if (known >= 0 && face >= known) return false;
    if (m_photos[index].selectedFace == face) return true;
    QList<Photo> photos = m_photos;
    photos[index].selectedFace = face;
    commit(face < 0 ? tr("Clear Face Choice") : tr("Select Face %1").arg(face + 1), stateWith(photos, m_current));
    return true;
}

void PhotoSet::setFaceCount(const QString& path, int faceCount) {
    const QString key = normalised(path);
    if (key.isEmpty() || faceCount < -1) return;
    faceCount = qMin(faceCount, kMaxFaces);
    m_cache[key].faceCount = faceCount;
    const int index = indexOf(key);
    if (index < 0) return;
    if (faceCount >= 0 && m_photos[index].selectedFace >= faceCount) {
        m_photos[index].selectedFace = -1;
        Q_EMIT faceSelectionChanged(index, -1);
    }
    Q_EMIT changed();
}

QJsonObject PhotoSet::stateWith(const QList<Photo>& photos, int current) const {
    QJsonArray list;
    for (const Photo& photo : photos) {
        const auto it = m_cache.constFind(photo.path);
        list.append(QJsonObject{{QStringLiteral("path"), photo.path},
                                {QStringLiteral("selectedFace"), photo.selectedFace},
                                {QStringLiteral("faceCount"), it != m_cache.constEnd() ? it->faceCount : -1}});
    }
    return QJsonObject{{QStringLiteral("format"), kFormat},
                       {QStringLiteral("version"), kVersion},
                       {QStringLiteral("current"), current},
                       {QStringLiteral("photos"), list}};
}

QJsonObject PhotoSet::toJson() const { return stateWith(m_photos, m_current); }

bool PhotoSet::parse(const QJsonObject& json, QList<Photo>* photos, int* current, QHash<QString, int>* faceCounts,
                     QString* error) {
    auto fail = [error](const QString& message) {
        if (error) *error = message;
        return false;
    };
    if (json.value(QStringLiteral("format")).toString() != kFormat)
        return fail(tr("Not a photo set (the format is not \"%1\").").arg(kFormat));
    int version = 0;
    if (!readInt(json.value(QStringLiteral("version")), 1, 1000000, &version))
        return fail(tr("The photo set has no valid version."));
    if (version > kVersion)
        return fail(tr("The photo set was saved by a newer Likeness (version %1); this version reads version %2.")
                        .arg(version).arg(kVersion));
    const QJsonValue list = json.value(QStringLiteral("photos"));
    if (!list.isArray()) return fail(tr("The photo set has no list of photos."));
    const QJsonArray array = list.toArray();
    if (array.size() > kMaxPhotos)
        return fail(tr("The photo set lists %1 photos; at most %2 are supported.").arg(array.size()).arg(kMaxPhotos));
    QSet<QString> seen;
    for (int i = 0; i < array.size(); ++i) {
        const QString where = tr("Photo %1 of the set").arg(i + 1);
        if (!array[i].isObject()) return fail(tr("%1 is not an object.").arg(where));
        const QJsonObject item = array[i].toObject();
        const QString path = item.value(QStringLiteral("path")).toString();
        if (path.isEmpty() || path.size() > kMaxPathLength || path.contains(QChar(0)) || !QDir::isAbsolutePath(path))
            return fail(tr("%1 has no valid absolute path.").arg(where));
        if (!hasSupportedImageSuffix(path)) return fail(tr("%1 is not a supported image file: %2").arg(where, path));
        const QString key = normalised(path);
        if (seen.contains(key)) return fail(tr("%1 is listed twice: %2").arg(where, path));
        seen.insert(key);
        int face = -1, faces = -1;
        if (item.contains(QStringLiteral("selectedFace")) &&
            !readInt(item.value(QStringLiteral("selectedFace")), -1, kMaxFaces - 1, &face))
            return fail(tr("%1 has an invalid face choice.").arg(where));
        if (item.contains(QStringLiteral("faceCount")) &&
            !readInt(item.value(QStringLiteral("faceCount")), -1, kMaxFaces, &faces))
            return fail(tr("%1 has an invalid face count.").arg(where));
        if (faces >= 0 && face >= faces) return fail(tr("%1 chooses a face it does not have.").arg(where));
        photos->append(Photo{key, face});
        faceCounts->insert(key, faces);
    }
    *current = photos->isEmpty() ? -1 : 0;
    if (json.contains(QStringLiteral("current")) &&
        !readInt(json.value(QStringLiteral("current")), photos->isEmpty() ? -1 : 0, int(photos->size()) - 1, current))
        return fail(tr("The photo set's current photo is out of range."));
    return true;
}

bool PhotoSet::fromJson(const QJsonObject& json, QString* error) {
    QList<Photo> photos;
    int current = -1;
    QHash<QString, int> faceCounts;
    if (!parse(json, &photos, &current, &faceCounts, error)) return false;
    for (auto it = faceCounts.constBegin(); it != faceCounts.constEnd(); ++it)
        if (it.value() >= 0 || !m_cache.contains(it.key())) m_cache[it.key()].faceCount = it.value();
    setPhotos(photos, current);
    return true;
}

void PhotoSet::commit(const QString& text, const QJsonObject& after) {
    if (!m_undoStack) {
        applyState(after);
        return;
    }
    // The command may outlive the set (the stack belongs to the window): guard `this`.
    QPointer<PhotoSet> self(this);
    m_undoStack->push(new StateEditCommand(text, -1, toJson(), after, [self](const QJsonObject& state) {
        if (self) self->applyState(state);
    }));
}

void PhotoSet::applyState(const QJsonObject& state) {
    QList<Photo> photos;
    int current = -1;
    QHash<QString, int> faceCounts;
    if (!parse(state, &photos, &current, &faceCounts, nullptr)) return; // our own states always parse
    // Face counts found since the step was recorded are newer facts: they win.
    for (Photo& photo : photos) {
        const int known = m_cache.value(photo.path).faceCount;
        if (known >= 0 && photo.selectedFace >= known) photo.selectedFace = -1;
    }
    setPhotos(photos, current);
}

void PhotoSet::setPhotos(const QList<Photo>& photos, int current) {
    const QList<Photo> before = m_photos;
    const QString beforeCurrent = currentPath();
    m_photos = photos;
    m_current = photos.isEmpty() ? -1 : qBound(0, current, int(photos.size()) - 1);
    for (const Photo& photo : m_photos) requestThumbnail(photo.path);
    pruneCache();
    Q_EMIT changed();
    for (int i = 0; i < m_photos.size(); ++i) {
        int previous = -1;
        bool found = false;
        for (const Photo& old : before)
            if (old.path == m_photos[i].path) {
                previous = old.selectedFace;
                found = true;
            }
        if (found && previous != m_photos[i].selectedFace) Q_EMIT faceSelectionChanged(i, m_photos[i].selectedFace);
    }
    if (currentPath() != beforeCurrent) Q_EMIT currentChanged(m_current, currentPath());
}

void PhotoSet::requestThumbnail(const QString& path) {
    Cached& cached = m_cache[path];
    if (cached.requested) return;
    cached.requested = true;
    cached.state = PhotoEntry::Thumbnail::Loading;
    ThumbnailLimits limits;
    limits.thumbnailSide = kThumbnailSide;
    // `this` outlives the task: the destructor waits for the pool. The queued call
    // is discarded with the set's other posted events if it is destroyed first.
    (void)QtConcurrent::run(&m_pool, [this, path, limits] {
        const ThumbnailResult result = loadThumbnail(path, limits);
        QMetaObject::invokeMethod(this, [this, result] { onThumbnailLoaded(result); }, Qt::QueuedConnection);
    });
}

void PhotoSet::onThumbnailLoaded(const ThumbnailResult& result) {
    auto it = m_cache.find(result.path);
    if (it == m_cache.end()) return;
    if (result.image.isNull()) {
        it->state = PhotoEntry::Thumbnail::Failed;
        it->thumbnail = placeholderThumbnail(kThumbnailSide);
        it->error = result.error;
    } else {
        it->state = PhotoEntry::Thumbnail::Ready;
        it->thumbnail = result.image;
        it->error.clear();
    }
    const int index = indexOf(result.path);
    if (index >= 0) Q_EMIT thumbnailChanged(index);
}

void PhotoSet::waitForThumbnails() {
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this);
}

void PhotoSet::pruneCache() {
    if (m_cache.size() <= kMaxCachedPhotos) return;
    const QStringList inSet = paths();
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if (!inSet.contains(it.key()) && it->state != PhotoEntry::Thumbnail::Loading) it = m_cache.erase(it);
        else ++it;
    }
}

} // namespace likeness::ui
