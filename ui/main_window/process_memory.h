#pragma once
// The process's memory use, read from Linux's /proc (resident set and its peak).
#include <QString>
#include <QtGlobal>

namespace likeness::ui {

struct ProcessMemory {
    bool valid = false;      // false where /proc is missing or unreadable (not Linux)
    qint64 residentBytes = 0; // resident set size now (/proc/self/statm, 2nd field)
    qint64 peakBytes = 0;     // peak resident set ("VmHWM" of /proc/self/status); 0 when unknown
};

/// Reads the current figures (a few small, bounded file reads).
ProcessMemory readProcessMemory();

/// The resident set from the text of a statm file (pages × `pageSize`); -1 when malformed.
qint64 parseStatmResident(const QByteArray& statm, qint64 pageSize);
/// The "VmHWM:  123456 kB" line of a status file, in bytes; -1 when absent or malformed.
qint64 parseStatusPeak(const QByteArray& status);

/// "512 MiB", "1.4 GiB": binary units, as the kernel counts.
QString formatMemory(qint64 bytes);

} // namespace likeness::ui
