#pragma once
// Saving and opening `.likeness` sessions for the studio, with autosave into a
// recovery folder and crash recovery at the next start (docs/session_format.md).
// The manager knows nothing about the studio's widgets: the studio hands it a
// `capture` function (builds a SessionDocument from its state, on the GUI
// thread) and a `restore` function (applies a fully read and verified document).
#include <functional>
#include <memory>

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include "session/session_file.h"

class QMessageBox;
class QWidget;

namespace likeness::ui {

class SessionManager : public QObject {
    Q_OBJECT
public:
    using Capture = std::function<likeness::SessionDocument()>;
    using Restore = std::function<void(const likeness::SessionDocument&)>;
    /// Two-phase capture for autosaves: called on the GUI thread (cheap: take shared
    /// snapshots), it returns the closure that builds the document on the autosave
    /// worker (encoding maps and fits), so an autosave never stalls the GUI.
    using DeferredCapture = std::function<std::function<likeness::SessionDocument()>()>;

    static constexpr int kDefaultAutosaveMinutes = 3;
    /// QSettings key of the autosave interval in minutes (0 = no timed autosave).
    static QString autosaveSettingsKey() { return QStringLiteral("session/autosaveMinutes"); }
    /// `<AppDataLocation>/recovery`.
    static QString defaultRecoveryDir();

    /// Writes this instance's "a studio is running" marker into `recoveryDir`
    /// (empty = defaultRecoveryDir()) and starts the autosave timer from QSettings.
    /// `restore` should validate what it needs before applying anything.
    SessionManager(Capture capture, Restore restore, const QString& recoveryDir = {}, QObject* parent = nullptr);
    /// Waits for a running autosave. Leaves the marker and the recovery file
    /// (a destructor cannot tell a clean quit from unwinding): call shutdownCleanly().
    ~SessionManager() override;

    /// Captures and writes the session to `path` (atomic; synchronous). On success
    /// the path becomes current, the modified flag clears and the recovery file
    /// is removed (the user's file is newer). On failure `*error` holds the message.
    bool save(const QString& path, QString* error = nullptr);
    /// Autosaves use `capture` instead of the constructor's Capture (see DeferredCapture).
    void setDeferredCapture(DeferredCapture capture) { m_deferredCapture = std::move(capture); }
    /// Reads `path` synchronously and restores it. A damaged or newer file is
    /// refused with the core's message: nothing is restored, the file is untouched.
    bool open(const QString& path, QString* error = nullptr);
    /// Like open(), but reads on a worker thread (for big files); restores on the
    /// GUI thread and then signals opened() or failed(). Returns false when a read is already running.
    bool openAsync(const QString& path);
    bool isOpening() const { return m_openWatcher.isRunning(); }

    QString currentPath() const { return m_currentPath; }
    bool isModified() const { return m_modified; }

    /// Autosave interval in milliseconds (0 = timer off); settable for tests.
    int autosaveIntervalMs() const { return m_intervalMs; }
    void setAutosaveIntervalMs(int milliseconds);
    /// This instance's recovery file and marker.
    QString ownRecoveryFile() const { return m_ownBase + QStringLiteral(".likeness"); }
    QString ownMarkerFile() const { return m_ownBase + QStringLiteral(".lock"); }
    bool isAutosaving() const { return m_autosaveWatcher.isRunning(); }
    /// Blocks until a running autosave write finished (tests, shutdown).
    void waitForAutosave();

    // ---- crash recovery ----
    /// A previous run left a recovery file and did not shut down cleanly (its
    /// marker is gone or names a process that no longer runs on this host).
    bool recoveryAvailable() const { return !recoveryFile().isEmpty(); }
    /// The newest such recovery file ("" = none).
    QString recoveryFile() const;
    /// When the recovery file was last written (invalid when none).
    QDateTime recoveryTime() const;
    /// Restores the recovery file. It becomes this instance's recovery file (so a
    /// second crash loses nothing); the crashed run's session path becomes current
    /// and the session counts as modified (the user's file lacks these changes).
    bool recover(QString* error = nullptr);
    /// Removes every leftover of crashed runs (recovery files and markers).
    void discardRecovery();
    /// The start-up question as a dialog (buttons named "recoverButton" / "discardButton").
    std::unique_ptr<QMessageBox> createRecoveryDialog(QWidget* parent) const;
    /// Asks the user (modal) when recoveryAvailable(); Recover -> recover(),
    /// Discard -> discardRecovery(). Returns true when a session was recovered;
    /// a failed recovery also reports failed() and keeps the files.
    bool offerRecovery(QWidget* parent, QString* error = nullptr);

    /// Stops autosaving, waits for a running write, removes this instance's
    /// recovery file and marker. Call on a normal quit (e.g. QCoreApplication::aboutToQuit).
    void shutdownCleanly();

public Q_SLOTS:
    /// The studio calls this on every edit (true) — and false e.g. after a "New".
    void setModified(bool modified = true);
    /// Autosaves now when something changed since the last autosave (the studio
    /// calls this when a fit stage finishes). The document is captured here, on
    /// the GUI thread, and written on a worker; a request while a write runs is
    /// done after it. Returns true when a write was started or queued.
    bool autosaveNow();

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void currentPathChanged(const QString& path);
    void saved(const QString& path);
    void opened(const QString& path);
    void recovered(const QString& sessionPath);
    void autosaved(const QString& recoveryPath);
    void failed(const QString& message);

private:
    struct ReadResult {
        std::shared_ptr<const likeness::SessionDocument> document;
        QString error;
    };
    static ReadResult readDocument(const QString& path);

    /// Restores a verified document read from `path` and makes `path` current.
    bool finishOpen(const QString& path, const ReadResult& read, QString* error);
    bool applyDocument(const likeness::SessionDocument& document, QString* error);
    bool captureDocument(likeness::SessionDocument& document, QString* error);
    void setCurrentPath(const QString& path);
    void writeMarker();
    void removeOwnRecoveryFile();
    bool fail(const QString& message, QString* error);
    void onAutosaveFinished();
    static void stamp(likeness::SessionDocument& document);
    void onOpenFinished();
    /// Leftover recovery files of crashed runs, newest first.
    QStringList leftoverRecoveryFiles() const;

    Capture m_capture;

    DeferredCapture m_deferredCapture;
    Restore m_restore;
    QString m_recoveryDir;
    QString m_ownBase;                 // <recoveryDir>/session-<pid>-<id>
    QString m_currentPath;
    QDateTime m_started;
    bool m_modified = false;
    bool m_dirtySinceAutosave = false; // changed since the recovery file was written
    bool m_autosavePending = false;    // requested while a write was running
    bool m_shutDown = false;
    int m_intervalMs = 0;
    QTimer m_timer;
    QFutureWatcher<QString> m_autosaveWatcher;   // result: error message ("" = ok)
    QFutureWatcher<ReadResult> m_openWatcher;
    QString m_openingPath;
};

/// True when a process with this id runs (on this machine).
bool processIsRunning(qint64 pid);

} // namespace likeness::ui
