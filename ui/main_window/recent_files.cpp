#include "main_window/recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace likeness::ui {

namespace {
QString normalized(const QString& path) { return QFileInfo(path).absoluteFilePath(); }
} // namespace

RecentFiles::RecentFiles(const QString& settingsKey, int maxCount, QObject* parent)
    : QObject(parent), m_key(settingsKey), m_maxCount(qMax(1, maxCount)) {
    const QStringList stored = QSettings().value(m_key).toStringList();
    for (const QString& path : stored)
        if (!path.isEmpty() && !m_files.contains(path) && m_files.size() < m_maxCount) m_files << path;
}

void RecentFiles::add(const QString& path) {
    const QString file = normalized(path);
    if (!m_files.isEmpty() && m_files.front() == file) return;
    m_files.removeAll(file);
    m_files.prepend(file);
    while (m_files.size() > m_maxCount) m_files.removeLast();
    save();
}

void RecentFiles::remove(const QString& path) {
    if (m_files.removeAll(normalized(path)) > 0) save();
}

void RecentFiles::clear() {
    if (m_files.isEmpty()) return;
    m_files.clear();
    save();
}

void RecentFiles::save() {
    if (m_persistent) QSettings().setValue(m_key, m_files);
    Q_EMIT changed();
}

} // namespace likeness::ui
