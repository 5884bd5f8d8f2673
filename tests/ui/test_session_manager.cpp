// SessionManager: save/open through the studio's callbacks, the modified flag,
// autosave (timer and on demand) into the recovery folder, crash recovery across
// instances, and refusal of damaged/newer files without restoring anything.
#include <QtTest>

#include <QApplication>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QThread>

#include "gui_test_helpers.h"
#include "session/session_file.h"
#include "session/session_manager.h"

using likeness::SessionDocument;
using likeness::ui::SessionManager;

namespace {

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The pid of a process that has finished (and been reaped): certainly not running.
qint64 deadPid() {
    QProcess process;
    process.start(QStringLiteral("true"), {});
    if (!process.waitForStarted()) return 999999;
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

/// Rewrites a marker as if another, now dead, process had written it.
void markAsDead(const QString& marker) {
    QFile file(marker);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QVERIFY(object.contains(QStringLiteral("pid")));
    object[QStringLiteral("pid")] = deadPid();
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(object).toJson());
}

/// Clicks `buttonName` in the next modal message box.
void answerNextDialog(const QString& buttonName, QString* text) {
    auto* poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, buttonName, text] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) return;
        if (text) *text = box->text();
        if (auto* button = box->findChild<QPushButton*>(buttonName)) button->click();
        poll->deleteLater();
    });
    poll->start(20);
}

} // namespace

/// The "studio": its state is a document; capture copies it, restore replaces it.
struct FakeStudio {
    SessionDocument state;
    int captures = 0, restores = 0;
    bool capturedOffGuiThread = false;
    SessionManager::Capture capture() {
        return [this] {
            ++captures;
            if (QThread::currentThread() != qApp->thread()) capturedOffGuiThread = true;
            return state;
        };
    }
    SessionManager::Restore restore() {
        return [this](const SessionDocument& d) {
            ++restores;
            state = d;
        };
    }
    void edit(const std::string& value) { state.editsJson = R"({"lighting":{"v":")" + value + R"("}})"; }
};

class TestSessionManager : public QObject {
    Q_OBJECT
    QString m_dir;

    static SessionDocument sample() {
        SessionDocument d;
        likeness::SessionPhoto photo;
        photo.path = "/photos/front.jpg";
        photo.embedded = std::string("\x89PNG\0\0binary", 13);
        photo.selectedFace = 0;
        photo.analysisJson = R"({"faces":[]})";
        d.photos = {photo};
        d.currentPhoto = 0;
        d.fitJson = R"({"format":"likeness-fit"})";
        d.maps = {{"medium", "diffuse", std::string("\0png", 4)}};
        d.uiState = std::string("\0\1\2layout", 9);
        return d;
    }

    QString recoveryDir() const { return SessionManager::defaultRecoveryDir(); }
    QStringList recoveryEntries() const {
        return QDir(recoveryDir()).entryList({QStringLiteral("session-*")}, QDir::Files);
    }

private Q_SLOTS:
    void initTestCase() {
        likeness::test::isolateSettings("test_session_manager");
        m_dir = likeness::test::scratch("session_manager");
        QVERIFY(recoveryDir().contains(QStringLiteral("test_session_manager")));
    }
    void init() { QDir(recoveryDir()).removeRecursively(); }

    void saveAndOpenRoundTrip() {
        FakeStudio studio;
        studio.state = sample();
        studio.edit("a");
        SessionManager manager(studio.capture(), studio.restore());
        QSignalSpy saved(&manager, &SessionManager::saved);
        QSignalSpy opened(&manager, &SessionManager::opened);
        const QString path = QDir(m_dir).filePath(QStringLiteral("round.likeness"));
        QString error;
        QVERIFY2(manager.save(path, &error), qPrintable(error));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(manager.currentPath(), path);

        studio.state = SessionDocument{};
        QVERIFY2(manager.open(path, &error), qPrintable(error));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(studio.restores, 1);
        const SessionDocument expected = sample();
        QCOMPARE(studio.state.photos.size(), std::size_t(1));
        QVERIFY(studio.state.photos[0].embedded == expected.photos[0].embedded);
        QCOMPARE(studio.state.photos[0].path, expected.photos[0].path);
        QCOMPARE(studio.state.fitJson, expected.fitJson);
        QVERIFY(studio.state.uiState == expected.uiState);
        QVERIFY(studio.state.maps[0].png == expected.maps[0].png);
        QVERIFY(studio.state.editsJson.find("\"a\"") != std::string::npos);
        QVERIFY(studio.state.application.rfind("Likeness ", 0) == 0);
        QVERIFY(!studio.state.savedAt.empty());
        QVERIFY(!studio.capturedOffGuiThread);
    }

    void modifiedFlag() {
        FakeStudio studio;
        SessionManager manager(studio.capture(), studio.restore());
        QSignalSpy changed(&manager, &SessionManager::modifiedChanged);
        QVERIFY(!manager.isModified());
        manager.setModified();
        manager.setModified();
        QVERIFY(manager.isModified());
        QCOMPARE(changed.count(), 1);
        const QString path = QDir(m_dir).filePath(QStringLiteral("modified.likeness"));
        QVERIFY(manager.save(path));
        QVERIFY(!manager.isModified());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().at(0).toBool(), false);
        manager.setModified();
        QVERIFY(manager.open(path));
        QVERIFY(!manager.isModified());
    }

    void intervalFromSettings() {
        FakeStudio studio;
        {
            SessionManager manager(studio.capture(), studio.restore());
            QCOMPARE(manager.autosaveIntervalMs(), SessionManager::kDefaultAutosaveMinutes * 60000);
        }
        QSettings().setValue(SessionManager::autosaveSettingsKey(), 0.5);
        SessionManager manager(studio.capture(), studio.restore());
        QCOMPARE(manager.autosaveIntervalMs(), 30000);
        QSettings().remove(SessionManager::autosaveSettingsKey());
    }

    void autosaveByTimer() {
        FakeStudio studio;
        studio.state = sample();
        SessionManager manager(studio.capture(), studio.restore());
        QSignalSpy autosaved(&manager, &SessionManager::autosaved);
        manager.setAutosaveIntervalMs(50);
        QTest::qWait(200);
        QCOMPARE(autosaved.count(), 0);   // nothing changed: no autosave
        QCOMPARE(studio.captures, 0);
        studio.edit("timer");
        manager.setModified();
        QTRY_COMPARE(autosaved.count(), 1);
        QCOMPARE(autosaved.first().at(0).toString(), manager.ownRecoveryFile());
        const SessionDocument written = likeness::readSessionFile(manager.ownRecoveryFile().toStdString());
        QVERIFY(written.editsJson.find("timer") != std::string::npos);
        QTest::qWait(300);
        QCOMPARE(autosaved.count(), 1);   // unmodified since: no more writes
        QVERIFY(manager.isModified());    // an autosave is not a save
        QVERIFY(!studio.capturedOffGuiThread);
    }

    void autosaveNowOnlyWhenModifiedAndNeverToUserFile() {
        FakeStudio studio;
        studio.state = sample();
        SessionManager manager(studio.capture(), studio.restore());
        manager.setAutosaveIntervalMs(0);
        QSignalSpy autosaved(&manager, &SessionManager::autosaved);
        QVERIFY(!manager.autosaveNow());
        QVERIFY(!QFile::exists(manager.ownRecoveryFile()));

        const QString user = QDir(m_dir).filePath(QStringLiteral("user.likeness"));
        QVERIFY(manager.save(user));
        const QByteArray userBytes = fileBytes(user);
        studio.edit("stage finished");
        manager.setModified();
        QVERIFY(manager.autosaveNow());
        QTRY_COMPARE(autosaved.count(), 1);
        QVERIFY(fileBytes(user) == userBytes);
        QVERIFY(fileBytes(manager.ownRecoveryFile()).contains("stage finished"));
        QVERIFY(!manager.autosaveNow());   // nothing new

        // Saving to the user's file makes the recovery copy obsolete.
        QVERIFY(manager.save(user));
        QVERIFY(!QFile::exists(manager.ownRecoveryFile()));
    }

    void autosaveRequestsDuringAWriteAreSerialised() {
        FakeStudio studio;
        studio.state = sample();
        studio.state.fitJson.assign(40u << 20, 'x');   // a write that takes a moment
        SessionManager manager(studio.capture(), studio.restore());
        manager.setAutosaveIntervalMs(0);
        QSignalSpy autosaved(&manager, &SessionManager::autosaved);
        manager.setModified();
        QVERIFY(manager.autosaveNow());
        QVERIFY(manager.isAutosaving());
        studio.edit("second");
        manager.setModified();
        QVERIFY(manager.autosaveNow());    // queued behind the running write
        QCOMPARE(studio.captures, 1);      // not captured yet: captured when the first finishes
        QTRY_COMPARE_WITH_TIMEOUT(autosaved.count(), 2, 20000);
        QCOMPARE(studio.captures, 2);
        QVERIFY(likeness::readSessionFile(manager.ownRecoveryFile().toStdString()).editsJson.find("second") !=
                std::string::npos);
    }

    void markerNamesThisProcess() {
        FakeStudio studio;
        SessionManager manager(studio.capture(), studio.restore());
        QFile marker(manager.ownMarkerFile());
        QVERIFY(marker.open(QIODevice::ReadOnly));
        const QJsonObject object = QJsonDocument::fromJson(marker.readAll()).object();
        QCOMPARE(object.value(QStringLiteral("pid")).toInteger(), QCoreApplication::applicationPid());
        QVERIFY(likeness::ui::processIsRunning(QCoreApplication::applicationPid()));
        QVERIFY(!likeness::ui::processIsRunning(deadPid()));
    }

    void recoveryAfterCrash() {
        FakeStudio crashed;
        crashed.state = sample();
        crashed.edit("unsaved work");
        const QString user = QDir(m_dir).filePath(QStringLiteral("crash.likeness"));
        QString crashedRecovery, crashedMarker;
        {
            auto* first = new SessionManager(crashed.capture(), crashed.restore());
            QVERIFY(first->save(user));
            crashed.edit("after the save");
            first->setModified();
            QSignalSpy autosaved(first, &SessionManager::autosaved);
            QVERIFY(first->autosaveNow());
            QTRY_COMPARE(autosaved.count(), 1);
            crashedRecovery = first->ownRecoveryFile();
            crashedMarker = first->ownMarkerFile();
            delete first;   // no shutdownCleanly(): the files stay, as after a crash
        }
        QVERIFY(QFile::exists(crashedRecovery) && QFile::exists(crashedMarker));

        {   // Its process is still alive (it is us): not a crash, nothing offered.
            FakeStudio other;
            SessionManager second(other.capture(), other.restore());
            QVERIFY(!second.recoveryAvailable());
            second.shutdownCleanly();
        }

        markAsDead(crashedMarker);
        FakeStudio studio;
        SessionManager next(studio.capture(), studio.restore());
        QVERIFY(next.recoveryAvailable());
        QCOMPARE(next.recoveryFile(), crashedRecovery);
        QVERIFY(next.recoveryTime().isValid());
        QSignalSpy recovered(&next, &SessionManager::recovered);
        QString error;
        QVERIFY2(next.recover(&error), qPrintable(error));
        QCOMPARE(recovered.count(), 1);
        QCOMPARE(studio.restores, 1);
        QVERIFY(studio.state.editsJson.find("after the save") != std::string::npos);
        QCOMPARE(next.currentPath(), user);       // the crashed run's file
        QVERIFY(next.isModified());
        QVERIFY(!QFile::exists(crashedRecovery)); // adopted ...
        QVERIFY(!QFile::exists(crashedMarker));
        QVERIFY(QFile::exists(next.ownRecoveryFile()));   // ... as this run's recovery file
        QVERIFY(!next.recoveryAvailable());

        next.shutdownCleanly();
        QVERIFY(recoveryEntries().isEmpty());
        FakeStudio later;
        SessionManager afterClean(later.capture(), later.restore());
        QVERIFY(!afterClean.recoveryAvailable());
    }

    void cleanShutdownLeavesNothingToRecover() {
        FakeStudio studio;
        studio.state = sample();
        {
            SessionManager manager(studio.capture(), studio.restore());
            manager.setModified();
            QSignalSpy autosaved(&manager, &SessionManager::autosaved);
            manager.autosaveNow();
            QTRY_COMPARE(autosaved.count(), 1);
            QCOMPARE(recoveryEntries().size(), 2);   // marker + recovery file
            manager.shutdownCleanly();
            QVERIFY(recoveryEntries().isEmpty());
            manager.setModified();
            QVERIFY(!manager.autosaveNow());   // shut down: no more writes
        }
        SessionManager next(studio.capture(), studio.restore());
        QVERIFY(!next.recoveryAvailable());
    }

    void offerRecoveryDialog() {
        FakeStudio crashed;
        crashed.state = sample();
        QString crashedMarker;
        auto crash = [&] {
            auto* first = new SessionManager(crashed.capture(), crashed.restore());
            first->setModified();
            QSignalSpy autosaved(first, &SessionManager::autosaved);
            first->autosaveNow();
            QTRY_COMPARE(autosaved.count(), 1);
            crashedMarker = first->ownMarkerFile();
            delete first;
            markAsDead(crashedMarker);
        };

        crash();
        FakeStudio studio;
        SessionManager manager(studio.capture(), studio.restore());
        {
            const auto box = manager.createRecoveryDialog(nullptr);
            QVERIFY(box->text().contains(QStringLiteral("did not close properly")));
            QVERIFY(box->findChild<QPushButton*>(QStringLiteral("recoverButton")));
            QVERIFY(!box->findChild<QPushButton*>(QStringLiteral("discardButton"))->toolTip().isEmpty());
        }
        QString text;
        answerNextDialog(QStringLiteral("discardButton"), &text);
        QVERIFY(!manager.offerRecovery(nullptr));
        QVERIFY(text.contains(QStringLiteral("Recover the autosaved session from")));
        QCOMPARE(studio.restores, 0);
        QVERIFY(!manager.recoveryAvailable());
        QCOMPARE(recoveryEntries().size(), 1);   // only this instance's marker

        crash();
        QVERIFY(manager.recoveryAvailable());
        answerNextDialog(QStringLiteral("recoverButton"), nullptr);
        QVERIFY(manager.offerRecovery(nullptr));
        QCOMPARE(studio.restores, 1);
        QVERIFY(!manager.recoveryAvailable());
        QVERIFY(!manager.offerRecovery(nullptr));   // nothing left: no dialog
    }

    void damagedRecoveryFileIsKept() {
        FakeStudio crashed;
        crashed.state = sample();
        auto* first = new SessionManager(crashed.capture(), crashed.restore());
        first->setModified();
        QSignalSpy autosaved(first, &SessionManager::autosaved);
        first->autosaveNow();
        QTRY_COMPARE(autosaved.count(), 1);
        const QString file = first->ownRecoveryFile(), marker = first->ownMarkerFile();
        delete first;
        markAsDead(marker);
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        damaged.resize(damaged.size() - 3);
        damaged.close();
        const QByteArray bytes = fileBytes(file);

        FakeStudio studio;
        SessionManager manager(studio.capture(), studio.restore());
        QString error;
        QVERIFY(!manager.recover(&error));
        QVERIFY2(error.contains(QStringLiteral("truncated")), qPrintable(error));
        QCOMPARE(studio.restores, 0);
        QVERIFY(fileBytes(file) == bytes);
        QVERIFY(manager.recoveryAvailable());   // still there for the user to discard
        manager.discardRecovery();
        QVERIFY(!QFile::exists(file) && !QFile::exists(marker));
    }

    void refusesDamagedAndNewerFiles() {
        FakeStudio studio;
        studio.state = sample();
        SessionManager manager(studio.capture(), studio.restore());
        const QString good = QDir(m_dir).filePath(QStringLiteral("good.likeness"));
        QVERIFY(manager.save(good));
        manager.setModified();
        QSignalSpy failed(&manager, &SessionManager::failed);
        QSignalSpy opened(&manager, &SessionManager::opened);

        // One flipped byte near the end (inside the blobs).
        QByteArray bytes = fileBytes(good);
        bytes[bytes.size() - 2] = char(bytes[bytes.size() - 2] ^ 0x40);
        const QString damaged = QDir(m_dir).filePath(QStringLiteral("damaged.likeness"));
        {
            QFile out(damaged);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        const QDateTime mtime = QFileInfo(damaged).lastModified();
        QString error;
        QVERIFY(!manager.open(damaged, &error));
        QVERIFY2(error.contains(QStringLiteral("checksum")), qPrintable(error));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toString(), error);
        QCOMPARE(studio.restores, 0);
        QVERIFY(fileBytes(damaged) == bytes);
        QCOMPARE(QFileInfo(damaged).lastModified(), mtime);
        QCOMPARE(manager.currentPath(), good);   // the session stays as it was
        QVERIFY(manager.isModified());

        const QString newer = QDir(m_dir).filePath(QStringLiteral("newer.likeness"));
        {
            QFile out(newer);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("LIKENESS-SESSION 3.0\nmanifest 2 x\n{}");
        }
        const QByteArray newerBytes = fileBytes(newer);
        QVERIFY(!manager.open(newer, &error));
        QVERIFY2(error.contains(QStringLiteral("newer Likeness (format 3)")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Update Likeness")), qPrintable(error));
        QCOMPARE(studio.restores, 0);
        QVERIFY(fileBytes(newer) == newerBytes);
        QCOMPARE(opened.count(), 0);
        QCOMPARE(manager.currentPath(), good);

        // A restore that throws is reported as well.
        SessionManager throwing(studio.capture(), [](const SessionDocument&) {
            throw likeness::InputError("The fit does not match the topology.");
        });
        QVERIFY(!throwing.open(good, &error));
        QVERIFY2(error.contains(QStringLiteral("does not match the topology")), qPrintable(error));
        QVERIFY(throwing.currentPath().isEmpty());
    }

    void openAsyncRestoresOnGuiThread() {
        FakeStudio studio;
        studio.state = sample();
        SessionManager manager(studio.capture(), studio.restore());
        const QString path = QDir(m_dir).filePath(QStringLiteral("async.likeness"));
        QVERIFY(manager.save(path));
        studio.state = SessionDocument{};
        bool restoredOnGuiThread = false;
        SessionManager reader(studio.capture(), [&](const SessionDocument& d) {
            restoredOnGuiThread = QThread::currentThread() == qApp->thread();
            studio.state = d;
        });
        QSignalSpy opened(&reader, &SessionManager::opened);
        QSignalSpy failed(&reader, &SessionManager::failed);
        QVERIFY(reader.openAsync(path));
        QTRY_COMPARE(opened.count(), 1);
        QVERIFY(restoredOnGuiThread);
        QCOMPARE(studio.state.fitJson, sample().fitJson);
        QCOMPARE(reader.currentPath(), path);

        QVERIFY(reader.openAsync(QDir(m_dir).filePath(QStringLiteral("missing.likeness"))));
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("does not exist")));
        QCOMPARE(reader.currentPath(), path);
    }
};

QTEST_MAIN(TestSessionManager)
#include "test_session_manager.moc"
