#pragma once
// The most recently opened photos, newest first, persisted with QSettings.
#include <QObject>
#include <QStringList>

namespace likeness::ui {

class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultMaxCount = 10;

    /// Reads the list from QSettings (the application's organisation and name) under `settingsKey`.
    explicit RecentFiles(const QString& settingsKey = QStringLiteral("recentFiles"),
                         int maxCount = kDefaultMaxCount, QObject* parent = nullptr);

    QStringList files() const { return m_files; }
    int maxCount() const { return m_maxCount; }
    /// When false, changes are kept in memory only (e.g. the --screenshot mode).
    void setPersistent(bool persistent) { m_persistent = persistent; }

    /// Moves `path` (made absolute) to the front, dropping the oldest beyond maxCount.
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void save();

    QString m_key;
    int m_maxCount;
    bool m_persistent = true;
    QStringList m_files;
};

} // namespace likeness::ui
