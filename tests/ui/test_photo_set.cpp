// PhotoSet: add/remove/reorder/face choice through the undo stack, duplicates
// and limits, thumbnails (good, broken, oversized files), JSON round trip and
// hostile JSON.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include "capture/photo_set.h"
#include "capture_test_helpers.h"
#include "gui_test_helpers.h"

using namespace likeness::ui;
using likeness::test::writeImageFile;

class TestPhotoSet : public QObject {
    Q_OBJECT
    QString m_dir;
    QString m_a, m_b, m_c;

private Q_SLOTS:
    void initTestCase() {
        likeness::test::isolateSettings("test_photo_set");
        m_dir = likeness::test::scratch("test_photo_set");
        m_a = writeImageFile(m_dir, QStringLiteral("a.png"), 600, 300);
        m_b = writeImageFile(m_dir, QStringLiteral("b.jpg"), 40, 80);
        m_c = writeImageFile(m_dir, QStringLiteral("c.png"));
    }

    void addRemoveReorderWithUndo() {
        QUndoStack stack;
        PhotoSet set;
        set.setUndoStack(&stack);
        QSignalSpy current(&set, &PhotoSet::currentChanged);
        QCOMPARE(set.add({m_a, m_b}), 2);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Add 2 Photos"));
        QCOMPARE(set.paths(), QStringList({m_a, m_b}));
        QCOMPARE(set.currentIndex(), 0);
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.last().at(1).toString(), m_a);

        QCOMPARE(set.add({m_c}), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Add Photo"));
        QCOMPARE(set.currentPath(), m_c); // the first added photo becomes current

        QVERIFY(set.move(2, 0));
        QCOMPARE(stack.undoText(), QStringLiteral("Reorder Photos"));
        QCOMPARE(set.paths(), QStringList({m_c, m_a, m_b}));
        QCOMPARE(set.currentIndex(), 0); // the current photo moved with it
        QVERIFY(!set.move(0, 3));
        QVERIFY(!set.move(1, 1));

        QVERIFY(set.remove(1));
        QCOMPARE(stack.undoText(), QStringLiteral("Remove Photo"));
        QCOMPARE(set.paths(), QStringList({m_c, m_b}));
        QVERIFY(!set.remove(5));

        stack.undo();
        QCOMPARE(set.paths(), QStringList({m_c, m_a, m_b}));
        stack.undo();
        QCOMPARE(set.paths(), QStringList({m_a, m_b, m_c}));
        QCOMPARE(set.currentPath(), m_c);
        stack.undo();
        QCOMPARE(set.paths(), QStringList({m_a, m_b}));
        QCOMPARE(set.currentPath(), m_a);
        stack.undo();
        QVERIFY(set.isEmpty());
        QCOMPARE(set.currentIndex(), -1);
        QCOMPARE(current.last().at(0).toInt(), -1);
        stack.redo();
        stack.redo();
        stack.redo();
        stack.redo();
        QCOMPARE(set.paths(), QStringList({m_c, m_b}));
    }

    void removingTheCurrentPhotoSelectsItsNeighbour() {
        PhotoSet set;
        set.add({m_a, m_b, m_c});
        set.setCurrentIndex(2);
        QSignalSpy current(&set, &PhotoSet::currentChanged);
        set.remove(2);
        QCOMPARE(set.currentPath(), m_b);
        QCOMPARE(current.count(), 1);
        set.setCurrentIndex(0);
        set.remove(1);
        QCOMPARE(set.currentPath(), m_a);
        set.remove(0);
        QCOMPARE(set.currentIndex(), -1);
        QCOMPARE(current.last().at(1).toString(), QString());
    }

    void refusesDuplicatesNonImagesAndMissingFiles() {
        PhotoSet set;
        QStringList rejected;
        const QString text = QDir(m_dir).filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        QCOMPARE(set.add({m_a, m_a, QDir(m_dir).filePath(QStringLiteral("./a.png")), text,
                          QDir(m_dir).filePath(QStringLiteral("missing.png")), m_dir},
                         &rejected),
                 1);
        QCOMPARE(rejected.size(), 5);
        QVERIFY(rejected[0].contains(QStringLiteral("already in the set")));
        QVERIFY(rejected[1].contains(QStringLiteral("already in the set")));
        QVERIFY(rejected[2].contains(QStringLiteral("not a supported image type")));
        QVERIFY(rejected[3].contains(QStringLiteral("not a file")));
        QCOMPARE(set.add({m_a}), 0);
    }

    void boundedCount() {
        const QString dir = QDir(m_dir).filePath(QStringLiteral("many"));
        QDir().mkpath(dir);
        QStringList files;
        for (int i = 0; i < PhotoSet::kMaxPhotos + 3; ++i)
            files << writeImageFile(dir, QStringLiteral("p%1.png").arg(i), 4, 4);
        PhotoSet set;
        QStringList rejected;
        QCOMPARE(set.add(files, &rejected), PhotoSet::kMaxPhotos);
        QCOMPARE(rejected.size(), 3);
        QVERIFY(rejected[0].contains(QStringLiteral("full")));
        set.waitForThumbnails();
    }

    void faceSelectionWithUndo() {
        QUndoStack stack;
        PhotoSet set;
        set.setUndoStack(&stack);
        set.add({m_a, m_b});
        QSignalSpy faces(&set, &PhotoSet::faceSelectionChanged);
        set.setFaceCount(m_b, 3);
        QCOMPARE(set.entry(1).faceCount, 3);
        QCOMPARE(stack.count(), 1); // a face count is a fact, not an undo step
        QVERIFY(set.setSelectedFace(1, 2));
        QCOMPARE(stack.undoText(), QStringLiteral("Select Face 3"));
        QCOMPARE(set.entry(1).selectedFace, 2);
        QCOMPARE(faces.count(), 1);
        QCOMPARE(faces.last().at(0).toInt(), 1);
        QCOMPARE(faces.last().at(1).toInt(), 2);
        QVERIFY(!set.setSelectedFace(1, 3)); // beyond the face count
        QVERIFY(!set.setSelectedFace(7, 0));
        stack.undo();
        QCOMPARE(set.entry(1).selectedFace, -1);
        QCOMPARE(faces.last().at(1).toInt(), -1);
        stack.redo();
        QCOMPARE(set.entry(1).selectedFace, 2);
        // A new analysis with fewer faces resets a choice it no longer has.
        set.setFaceCount(m_b, 2);
        QCOMPARE(set.entry(1).selectedFace, -1);
        QCOMPARE(faces.last().at(1).toInt(), -1);
        // Undoing to a state that chose face 3 does not bring back a face that is gone.
        stack.undo();
        stack.redo();
        QCOMPARE(set.entry(1).selectedFace, -1);
    }

    void thumbnails() {
        PhotoSet set;
        const QString broken = likeness::test::writeFakeImage(m_dir);
        const QString wide = writeImageFile(m_dir, QStringLiteral("wide.png"), 17000, 2);
        // Over 256 MB: a sparse file, refused by size before anything is read.
        const QString huge = QDir(m_dir).filePath(QStringLiteral("huge.png"));
        {
            QFile file(huge);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(257ll * 1024 * 1024));
        }
        QSignalSpy ready(&set, &PhotoSet::thumbnailChanged);
        QCOMPARE(set.add({m_a, broken, wide, huge, m_b}), 5);
        QCOMPARE(set.entry(0).thumbnailState, PhotoEntry::Thumbnail::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 5, 20000);
        const PhotoEntry a = set.entry(0);
        QCOMPARE(a.thumbnailState, PhotoEntry::Thumbnail::Ready);
        QCOMPARE(a.thumbnail.size(), QSize(256, 128)); // 600 x 300 scaled to the 256 px side
        QCOMPARE(set.entry(4).thumbnail.size(), QSize(40, 80)); // small photos are not enlarged
        for (int i : {1, 2, 3}) {
            const PhotoEntry e = set.entry(i);
            QCOMPARE(e.thumbnailState, PhotoEntry::Thumbnail::Failed);
            QVERIFY(!e.thumbnail.isNull()); // the placeholder
            QVERIFY2(!e.thumbnailError.isEmpty(), qPrintable(e.path));
        }
        QVERIFY(set.entry(2).thumbnailError.contains(QStringLiteral("16384")));
        QVERIFY(set.entry(3).thumbnailError.contains(QStringLiteral("256 MB")));
        // Undoing a removal shows the cached thumbnail at once.
        QUndoStack stack;
        set.setUndoStack(&stack);
        set.remove(0);
        stack.undo();
        QCOMPARE(set.entry(0).thumbnailState, PhotoEntry::Thumbnail::Ready);
        QFile::remove(huge);
    }

    void jsonRoundTrip() {
        PhotoSet set;
        set.add({m_a, m_b, m_c});
        set.setFaceCount(m_b, 4);
        set.setSelectedFace(1, 3);
        set.setCurrentIndex(1);
        const QJsonObject json = set.toJson();
        // Through text, as a session stores it.
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        PhotoSet copy;
        QSignalSpy current(&copy, &PhotoSet::currentChanged);
        QString error;
        QVERIFY2(copy.fromJson(reread, &error), qPrintable(error));
        QCOMPARE(copy.toJson(), json);
        QCOMPARE(copy.paths(), set.paths());
        QCOMPARE(copy.entry(1).selectedFace, 3);
        QCOMPARE(copy.entry(1).faceCount, 4);
        QCOMPARE(copy.currentPath(), m_b);
        QCOMPARE(current.count(), 1);
        // A photo that went missing since still loads (shown as unreadable).
        QJsonObject missing = json;
        QJsonArray photos = missing[QStringLiteral("photos")].toArray();
        QJsonObject gone = photos[0].toObject();
        gone[QStringLiteral("path")] = QDir(m_dir).filePath(QStringLiteral("gone.png"));
        photos[0] = gone;
        missing[QStringLiteral("photos")] = photos;
        PhotoSet withMissing;
        QVERIFY(withMissing.fromJson(missing, &error));
        QTRY_COMPARE(withMissing.entry(0).thumbnailState, PhotoEntry::Thumbnail::Failed);
        QVERIFY(withMissing.entry(0).thumbnailError.contains(QStringLiteral("does not exist")));
    }

    void hostileJsonIsRefused_data() {
        QTest::addColumn<QByteArray>("json");
        const QByteArray good = QStringLiteral(R"("path":"%1")").arg(m_a).toUtf8();
        auto doc = [](const QByteArray& body) { return QByteArray(R"({"format":"likeness.photoSet",)") + body + "}"; };
        QTest::newRow("empty") << QByteArray("{}");
        QTest::newRow("other format") << QByteArray(R"({"format":"x","version":1,"photos":[]})");
        QTest::newRow("no version") << doc(R"("photos":[])");
        QTest::newRow("version as text") << doc(R"("version":"1","photos":[])");
        QTest::newRow("newer version") << doc(R"("version":2,"photos":[])");
        QTest::newRow("fractional version") << doc(R"("version":1.5,"photos":[])");
        QTest::newRow("photos not a list") << doc(R"("version":1,"photos":{})");
        QTest::newRow("photo not an object") << doc(R"("version":1,"photos":[3])");
        QTest::newRow("no path") << doc(R"("version":1,"photos":[{}])");
        QTest::newRow("relative path") << doc(R"("version":1,"photos":[{"path":"a.png"}])");
        QTest::newRow("not an image") << doc(R"("version":1,"photos":[{"path":"/etc/passwd"}])");
        QTest::newRow("nul in path") << doc(R"("version":1,"photos":[{"path":"/tmp/a\u0000b.png"}])");
        QTest::newRow("long path") << doc(R"("version":1,"photos":[{"path":"/)" + QByteArray(5000, 'a') + R"(.png"}])");
        QTest::newRow("duplicate") << doc(R"("version":1,"photos":[{)" + good + "},{" + good + "}]");
        QTest::newRow("face as text") << doc(R"("version":1,"photos":[{)" + good + R"(,"selectedFace":"2"}])");
        QTest::newRow("face too large") << doc(R"("version":1,"photos":[{)" + good + R"(,"selectedFace":1e9}])");
        QTest::newRow("face beyond count") << doc(R"("version":1,"photos":[{)" + good +
                                                  R"(,"selectedFace":2,"faceCount":2}])");
        QTest::newRow("negative count") << doc(R"("version":1,"photos":[{)" + good + R"(,"faceCount":-5}])");
        QTest::newRow("current out of range") << doc(R"("version":1,"current":1,"photos":[{)" + good + "}]");
        QByteArray many = R"("version":1,"photos":[)";
        for (int i = 0; i <= PhotoSet::kMaxPhotos; ++i) many += QStringLiteral(R"(%1{"path":"/p/%2.png"})")
                                                                    .arg(i ? QStringLiteral(",") : QString()).arg(i).toUtf8();
        QTest::newRow("too many") << doc(many + "]");
    }

    void hostileJsonIsRefused() {
        QFETCH(QByteArray, json);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        PhotoSet set;
        set.add({m_b});
        const QJsonObject before = set.toJson();
        QSignalSpy changed(&set, &PhotoSet::changed);
        QString error;
        QVERIFY(!set.fromJson(document.object(), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(set.toJson(), before); // unchanged
        QCOMPARE(changed.count(), 0);
    }

    void newerVersionMessage() {
        PhotoSet set;
        QString error;
        QVERIFY(!set.fromJson(QJsonObject{{"format", "likeness.photoSet"}, {"version", 3}, {"photos", QJsonArray()}}, &error));
        QVERIFY(error.contains(QStringLiteral("newer")));
    }

    void undoStackOutlivesTheSet() {
        QUndoStack stack;
        {
            PhotoSet set;
            set.setUndoStack(&stack);
            set.add({m_a});
        }
        stack.undo(); // must not touch the destroyed set
        stack.redo();
        QCOMPARE(stack.count(), 1);
    }
};

QTEST_MAIN(TestPhotoSet)
#include "test_photo_set.moc"
