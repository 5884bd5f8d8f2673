#include "session/session_manager.h"

#include <limits>
#include <new>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QtConcurrent/QtConcurrentRun>

#include "common/atomic_file.h"
#include "common/error.h"

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#endif

namespace likeness::ui {

namespace {

constexpr qint64 kMaxMarkerBytes = 64 * 1024;

std::string nativePath(const QString& path) { return QFile::encodeName(path).toStdString(); }

QString messageOf(const std::exception& e) { return QString::fromStdString(e.what()); }

QString basePathOf(const QString& recoveryFile) {
    return recoveryFile.left(recoveryFile.size() - int(sizeof(".likeness")) + 1);
}

/// A marker's JSON object, or an empty one when it is missing or malformed.
QJsonObject readMarker(const QString& path) {
    QFile file(path);
    if (file.size() > kMaxMarkerBytes || !file.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(file.read(kMaxMarkerBytes)).object();
}

/// Whether the run that wrote `marker` may still be running: a process of that id
/// runs here, or the marker comes from another host (we cannot tell; leave it alone).
bool markerOwnerAlive(const QJsonObject& marker) {
    if (marker.isEmpty()) return false;
    if (marker.value(QStringLiteral("host")).toString() != QSysInfo::machineHostName()) return true;
    return processIsRunning(marker.value(QStringLiteral("pid")).toInteger());
}

} // namespace

bool processIsRunning(qint64 pid) {
    if (pid <= 0) return false;
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process) return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    if (pid > std::numeric_limits<pid_t>::max()) return false;
    // Signal 0 checks existence only; EPERM = it exists but belongs to someone else.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#endif
}

QString SessionManager::defaultRecoveryDir() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery"));
}

SessionManager::SessionManager(Capture capture, Restore restore, const QString& recoveryDir, QObject* parent)
    : QObject(parent), m_capture(std::move(capture)), m_restore(std::move(restore)),
      m_recoveryDir(recoveryDir.isEmpty() ? defaultRecoveryDir() : recoveryDir),
      m_started(QDateTime::currentDateTimeUtc()) {
    QDir().mkpath(m_recoveryDir);
    // pid + random: several studios (or, in tests, several managers) never share files.
    m_ownBase = QDir(m_recoveryDir)
                    .filePath(QStringLiteral("session-%1-%2")
                                  .arg(QCoreApplication::applicationPid())
                                  .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    writeMarker();

    connect(&m_timer, &QTimer::timeout, this, [this] { autosaveNow(); });
    connect(&m_autosaveWatcher, &QFutureWatcher<QString>::finished, this, &SessionManager::onAutosaveFinished);
    connect(&m_openWatcher, &QFutureWatcher<ReadResult>::finished, this, &SessionManager::onOpenFinished);
    const double minutes =
        qBound(0.0, QSettings().value(autosaveSettingsKey(), kDefaultAutosaveMinutes).toDouble(), 24.0 * 60.0);
    setAutosaveIntervalMs(int(minutes * 60000.0));
}

SessionManager::~SessionManager() {
    m_timer.stop();
    waitForAutosave();
    m_openWatcher.waitForFinished();
}

void SessionManager::setAutosaveIntervalMs(int milliseconds) {
    m_intervalMs = qMax(0, milliseconds);
    if (m_intervalMs > 0 && !m_shutDown)
        m_timer.start(m_intervalMs);
    else
        m_timer.stop();
}

void SessionManager::waitForAutosave() { m_autosaveWatcher.waitForFinished(); }

bool SessionManager::fail(const QString& message, QString* error) {
    if (error) *error = message;
    Q_EMIT failed(message);
    return false;
}

void SessionManager::setModified(bool modified) {
    if (modified) m_dirtySinceAutosave = true;
    if (m_modified == modified) return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void SessionManager::setCurrentPath(const QString& path) {
    if (m_currentPath == path) return;
    m_currentPath = path;
    writeMarker();   // recovery restores the crashed run's path
    Q_EMIT currentPathChanged(path);
}

void SessionManager::writeMarker() {
    if (m_shutDown) return;
    const QJsonObject marker{{QStringLiteral("pid"), QCoreApplication::applicationPid()},
                             {QStringLiteral("host"), QSysInfo::machineHostName()},
                             {QStringLiteral("started"), m_started.toString(Qt::ISODate)},
                             {QStringLiteral("sessionPath"), m_currentPath}};
    try {
        writeFileAtomically(nativePath(ownMarkerFile()), QJsonDocument(marker).toJson().toStdString());
    } catch (const std::exception& e) {
        qWarning("Crash recovery is unavailable: %s", e.what());
    }
}

void SessionManager::removeOwnRecoveryFile() {
    waitForAutosave();
    QFile::remove(ownRecoveryFile());
}

bool SessionManager::captureDocument(likeness::SessionDocument& document, QString* error) {
    try {
        document = m_capture();
    } catch (const std::exception& e) {
        if (error) *error = messageOf(e);
        return false;
    }
    stamp(document);
    return true;
}

void SessionManager::stamp(likeness::SessionDocument& document) {
    document.application = QStringLiteral("Likeness %1").arg(QStringLiteral(LIKENESS_VERSION)).toStdString();
    document.savedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
}

bool SessionManager::save(const QString& path, QString* error) {
    // An autosave in flight would re-create the recovery file removed below.
    waitForAutosave();
    likeness::SessionDocument document;
    QString message;
    if (!captureDocument(document, &message))
        return fail(tr("Cannot save the session: %1").arg(message), error);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    try {
        likeness::writeSessionFile(nativePath(absolute), document);
    } catch (const std::bad_alloc&) {
        return fail(tr("Not enough memory to save the session %1.").arg(absolute), error);
    } catch (const std::exception& e) {
        return fail(messageOf(e), error);
    }
    setCurrentPath(absolute);
    setModified(false);
    m_dirtySinceAutosave = false;
    removeOwnRecoveryFile();   // the user's file is newer than any autosave
    Q_EMIT saved(absolute);
    return true;
}

SessionManager::ReadResult SessionManager::readDocument(const QString& path) {
    ReadResult result;
    try {
        result.document = std::make_shared<const likeness::SessionDocument>(likeness::readSessionFile(nativePath(path)));
    } catch (const std::bad_alloc&) {
        result.error = tr("Not enough memory to open the session %1.").arg(path);
    } catch (const std::exception& e) {
        result.error = messageOf(e);
    }
    return result;
}

bool SessionManager::applyDocument(const likeness::SessionDocument& document, QString* error) {
    try {
        m_restore(document);
    } catch (const std::exception& e) {
        if (error) *error = messageOf(e);
        return false;
    }
    return true;
}

bool SessionManager::finishOpen(const QString& path, const ReadResult& read, QString* error) {
    if (!read.document) return fail(read.error, error);
    QString message;
    if (!applyDocument(*read.document, &message))
        return fail(tr("Cannot restore the session %1: %2").arg(path, message), error);
    setCurrentPath(path);
    setModified(false);
    m_dirtySinceAutosave = false;
    removeOwnRecoveryFile();   // the opened file holds everything
    Q_EMIT opened(path);
    return true;
}

bool SessionManager::open(const QString& path, QString* error) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return finishOpen(absolute, readDocument(absolute), error);
}

bool SessionManager::openAsync(const QString& path) {
    if (m_openWatcher.isRunning()) return false;
    m_openingPath = QFileInfo(path).absoluteFilePath();
    m_openWatcher.setFuture(QtConcurrent::run(&SessionManager::readDocument, m_openingPath));
    return true;
}

void SessionManager::onOpenFinished() { finishOpen(m_openingPath, m_openWatcher.result(), nullptr); }

bool SessionManager::autosaveNow() {
    if (m_shutDown || !m_dirtySinceAutosave) return false;
    if (m_autosaveWatcher.isRunning()) {   // never two writes at once: write again afterwards
        m_autosavePending = true;
        return true;
    }
    std::function<likeness::SessionDocument()> build;
    QString message;
    if (m_deferredCapture) {
        try {
            build = m_deferredCapture();
        } catch (const std::exception& e) {
            message = messageOf(e);
        }
    } else {
        auto document = std::make_shared<likeness::SessionDocument>();
        if (captureDocument(*document, &message)) build = [document] { return *document; };
    }
    if (!build) {
        Q_EMIT failed(tr("Autosave failed: %1").arg(message));
        return false;
    }
    m_dirtySinceAutosave = false;
    const std::string target = nativePath(ownRecoveryFile());
    m_autosaveWatcher.setFuture(QtConcurrent::run([build, target]() -> QString {
        try {
            likeness::SessionDocument document = build();
            stamp(document);
            likeness::writeSessionFile(target, document);
            return {};
        } catch (const std::bad_alloc&) {
            return SessionManager::tr("Not enough memory.");
        } catch (const std::exception& e) {
            return messageOf(e);
        }
    }));
    return true;
}

void SessionManager::onAutosaveFinished() {
    const QString error = m_autosaveWatcher.result();
    if (error.isEmpty()) {
        Q_EMIT autosaved(ownRecoveryFile());
    } else {
        m_dirtySinceAutosave = true;   // try again next time
        Q_EMIT failed(tr("Autosave failed: %1").arg(error));
    }
    if (m_autosavePending) {
        m_autosavePending = false;
        autosaveNow();
    }
}

QStringList SessionManager::leftoverRecoveryFiles() const {
    const QDir dir(m_recoveryDir);
    QStringList files;
    const auto entries = dir.entryInfoList({QStringLiteral("session-*.likeness")}, QDir::Files, QDir::Time);
    for (const QFileInfo& info : entries) {
        const QString file = info.absoluteFilePath();
        if (file == QFileInfo(ownRecoveryFile()).absoluteFilePath()) continue;
        if (markerOwnerAlive(readMarker(basePathOf(file) + QStringLiteral(".lock")))) continue;
        files << file;
    }
    return files;   // QDir::Time: newest first
}

QString SessionManager::recoveryFile() const {
    const QStringList files = leftoverRecoveryFiles();
    return files.isEmpty() ? QString() : files.front();
}

QDateTime SessionManager::recoveryTime() const {
    const QString file = recoveryFile();
    return file.isEmpty() ? QDateTime() : QFileInfo(file).lastModified();
}

bool SessionManager::recover(QString* error) {
    const QString file = recoveryFile();
    if (file.isEmpty()) return fail(tr("There is no autosaved session to recover."), error);
    const QString marker = basePathOf(file) + QStringLiteral(".lock");
    const QString sessionPath = readMarker(marker).value(QStringLiteral("sessionPath")).toString();
    const ReadResult read = readDocument(file);
    if (!read.document) return fail(tr("The autosaved session cannot be recovered: %1").arg(read.error), error);
    QString message;
    if (!applyDocument(*read.document, &message))
        return fail(tr("Cannot restore the autosaved session: %1").arg(message), error);

    // Adopt the file: it now protects this run (a second crash loses nothing).
    removeOwnRecoveryFile();
    const bool adopted = QFile::rename(file, ownRecoveryFile());
    if (adopted) QFile::remove(marker);
    m_dirtySinceAutosave = !adopted;
    setCurrentPath(sessionPath);
    if (!m_modified) {   // the user's file (if any) lacks the recovered changes
        m_modified = true;
        Q_EMIT modifiedChanged(true);
    }
    Q_EMIT recovered(sessionPath);
    return true;
}

void SessionManager::discardRecovery() {
    for (const QString& file : leftoverRecoveryFiles()) {
        QFile::remove(file);
        QFile::remove(basePathOf(file) + QStringLiteral(".lock"));
    }
    // Markers of crashed runs that never autosaved.
    const QDir dir(m_recoveryDir);
    const auto markers = dir.entryInfoList({QStringLiteral("session-*.lock")}, QDir::Files);
    for (const QFileInfo& info : markers) {
        const QString file = info.absoluteFilePath();
        if (file == QFileInfo(ownMarkerFile()).absoluteFilePath()) continue;
        if (!markerOwnerAlive(readMarker(file)) && !QFileInfo::exists(basePathOf(file) + QStringLiteral(".likeness")))
            QFile::remove(file);
    }
}

std::unique_ptr<QMessageBox> SessionManager::createRecoveryDialog(QWidget* parent) const {
    auto box = std::make_unique<QMessageBox>(parent);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Recover Session"));
    const QDateTime time = recoveryTime();
    box->setText(tr("Likeness did not close properly last time. Recover the autosaved session from %1?")
                     .arg(QLocale().toString(time, QLocale::ShortFormat)));
    box->setInformativeText(tr("Discard deletes the autosaved copy."));
    QPushButton* recoverButton = box->addButton(tr("&Recover"), QMessageBox::AcceptRole);
    recoverButton->setObjectName(QStringLiteral("recoverButton"));
    recoverButton->setToolTip(tr("Restore the session as it was at the last autosave"));
    QPushButton* discardButton = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discardButton->setObjectName(QStringLiteral("discardButton"));
    discardButton->setToolTip(tr("Delete the autosaved session and start with an empty one"));
    box->setDefaultButton(recoverButton);
    return box;
}

bool SessionManager::offerRecovery(QWidget* parent, QString* error) {
    if (!recoveryAvailable()) return false;
    const auto box = createRecoveryDialog(parent);
    box->exec();
    const QAbstractButton* clicked = box->clickedButton();
    if (!clicked) return false;   // closed without an answer: ask again next start
    if (clicked->objectName() == QLatin1String("recoverButton")) return recover(error);
    discardRecovery();
    return false;
}

void SessionManager::shutdownCleanly() {
    m_timer.stop();
    waitForAutosave();
    m_openWatcher.waitForFinished();
    m_shutDown = true;
    QFile::remove(ownRecoveryFile());
    QFile::remove(ownMarkerFile());
}

} // namespace likeness::ui
