#include "main_window/process_memory.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFile>
#include <QList>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace likeness::ui {

namespace {

constexpr qint64 kMaxProcFileBytes = 64 * 1024;  // /proc/self/status is ~1.5 KiB; never read more than this

QByteArray readSmallFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.read(kMaxProcFileBytes);  // /proc files report size 0: read(), not readAll() on a size
}

qint64 pageSize() {
#if defined(Q_OS_UNIX)
    const long size = sysconf(_SC_PAGESIZE);
    if (size > 0) return size;
#endif
    return 4096;
}

} // namespace

qint64 parseStatmResident(const QByteArray& statm, qint64 pageSizeBytes) {
    const QList<QByteArray> fields = statm.simplified().split(' ');
    if (fields.size() < 2 || pageSizeBytes <= 0) return -1;
    bool ok = false;
    const qint64 pages = fields[1].toLongLong(&ok);
    if (!ok || pages < 0 || pages > (qint64(1) << 50) / pageSizeBytes) return -1;
    return pages * pageSizeBytes;
}

qint64 parseStatusPeak(const QByteArray& status) {
    const QList<QByteArray> lines = status.split('\n');
    for (const QByteArray& line : lines) {
        if (!line.startsWith("VmHWM:")) continue;
        const QList<QByteArray> parts = line.mid(6).simplified().split(' ');
        if (parts.size() != 2 || parts[1] != "kB") return -1;
        bool ok = false;
        const qint64 kib = parts[0].toLongLong(&ok);
        if (!ok || kib < 0 || kib > (qint64(1) << 40)) return -1;
        return kib * 1024;
    }
    return -1;
}

ProcessMemory readProcessMemory() {
    ProcessMemory memory;
    const qint64 resident = parseStatmResident(readSmallFile(QStringLiteral("/proc/self/statm")), pageSize());
    if (resident < 0) return memory;
    memory.valid = true;
    memory.residentBytes = resident;
    memory.peakBytes = std::max<qint64>(0, parseStatusPeak(readSmallFile(QStringLiteral("/proc/self/status"))));
    return memory;
}

QString formatMemory(qint64 bytes) {
    constexpr double kMiB = 1024.0 * 1024.0;
    const double mib = double(bytes) / kMiB;
    if (mib < 1024.0) return QCoreApplication::translate("likeness::ui::StatusMonitor", "%L1 MiB").arg(qRound(mib));
    return QCoreApplication::translate("likeness::ui::StatusMonitor", "%L1 GiB").arg(mib / 1024.0, 0, 'f', 1);
}

} // namespace likeness::ui
