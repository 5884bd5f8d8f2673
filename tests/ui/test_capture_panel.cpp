// CapturePanel: drag and drop of files and internal reordering (real QDropEvents),
// paste of image data and of file URLs, Delete / move actions, the face combo,
// clicking a thumbnail, and thumbnails in the model.
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QImageReader>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

#include "capture/capture_panel.h"
#include "capture/photo_set.h"
#include "capture/photo_set_model.h"
#include "capture_test_helpers.h"
#include "gui_test_helpers.h"

using namespace likeness::ui;
using likeness::test::writeImageFile;

class TestCapturePanel : public QObject {
    Q_OBJECT
    QString m_dir, m_a, m_b, m_c;

    static QMimeData* urls(const QStringList& paths) {
        auto* mime = new QMimeData;
        QList<QUrl> list;
        for (const QString& p : paths) list << QUrl::fromLocalFile(p);
        mime->setUrls(list);
        return mime;
    }
    static bool drop(QWidget* target, const QMimeData* mime, const QPoint& pos, Qt::DropAction action) {
        QDragEnterEvent enter(pos, action, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        if (!enter.isAccepted()) return false;
        QDragMoveEvent move(pos, action, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &move);
        if (!move.isAccepted()) return false;
        QDropEvent dropEvent(QPointF(pos), action, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &dropEvent);
        return dropEvent.isAccepted();
    }

private Q_SLOTS:
    void initTestCase() {
        likeness::test::isolateSettings("test_capture_panel");
        m_dir = likeness::test::scratch("test_capture_panel");
        m_a = writeImageFile(m_dir, QStringLiteral("a.png"), 120, 90, Qt::red);
        m_b = writeImageFile(m_dir, QStringLiteral("b.png"), 90, 120, Qt::green);
        m_c = writeImageFile(m_dir, QStringLiteral("c.png"), 100, 100, Qt::blue);
    }

    void dropsFilesFromOutside() {
        QUndoStack stack;
        PhotoSet set;
        set.setUndoStack(&stack);
        CapturePanel panel(&set);
        panel.resize(500, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString text = QDir(m_dir).filePath(QStringLiteral("readme.txt"));
        QFile(text).open(QIODevice::WriteOnly);
        std::unique_ptr<QMimeData> mime(urls({m_a, text, m_b}));
        QVERIFY(drop(panel.view()->viewport(), mime.get(), QPoint(20, 20), Qt::CopyAction));
        QCOMPARE(set.paths(), QStringList({m_a, m_b}));
        QCOMPARE(stack.undoText(), QStringLiteral("Add 2 Photos"));
        QVERIFY2(panel.messageText().contains(QStringLiteral("readme.txt")), qPrintable(panel.messageText()));
        // Plain text is no photo: the drag is refused.
        QMimeData plain;
        plain.setText(QStringLiteral("hello"));
        QVERIFY(!drop(panel.view()->viewport(), &plain, QPoint(20, 20), Qt::CopyAction));
        QCOMPARE(set.count(), 2);
    }

    void internalDragReorders() {
        QUndoStack stack;
        PhotoSet set;
        set.setUndoStack(&stack);
        set.add({m_a, m_b, m_c});
        stack.clear();
        CapturePanel panel(&set);
        panel.resize(600, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QListView* view = panel.view();
        auto* model = qobject_cast<PhotoSetModel*>(view->model());
        QVERIFY(model);
        // The drag a press-and-move on the first thumbnail starts carries its row.
        std::unique_ptr<QMimeData> mime(model->mimeData({model->index(0)}));
        QVERIFY(mime->hasUrls()); // dragging out to other apps gives the file
        const QRect last = view->visualRect(model->index(2));
        QVERIFY(last.isValid());
        QVERIFY(drop(view->viewport(), mime.get(), last.center() + QPoint(last.width() / 4, 0), Qt::MoveAction));
        QCOMPARE(set.paths(), QStringList({m_b, m_c, m_a}));
        QCOMPARE(stack.undoText(), QStringLiteral("Reorder Photos"));
        stack.undo();
        QCOMPARE(set.paths(), QStringList({m_a, m_b, m_c}));
        // Onto the left half of the second thumbnail: before it, i.e. no move for row 0.
        std::unique_ptr<QMimeData> again(model->mimeData({model->index(0)}));
        const QRect second = view->visualRect(model->index(1));
        QVERIFY(drop(view->viewport(), again.get(), second.center() - QPoint(second.width() / 4, 0), Qt::MoveAction));
        QCOMPARE(set.paths(), QStringList({m_a, m_b, m_c}));
        // The last row dropped before the first.
        std::unique_ptr<QMimeData> third(model->mimeData({model->index(2)}));
        const QRect first = view->visualRect(model->index(0));
        QVERIFY(drop(view->viewport(), third.get(), first.center() - QPoint(first.width() / 4, 0), Qt::MoveAction));
        QCOMPARE(set.paths(), QStringList({m_c, m_a, m_b}));
        // A row drag from another panel (another model's token) is not a reorder here.
        PhotoSet otherSet;
        PhotoSetModel otherModel(&otherSet);
        otherSet.add({m_a});
        std::unique_ptr<QMimeData> foreign(otherModel.mimeData({otherModel.index(0)}));
        QCOMPARE(model->draggedRow(foreign.get()), -1);
        set.waitForThumbnails();
        otherSet.waitForThumbnails();
    }

    void pastesImageDataAsPng() {
        PhotoSet set;
        CapturePanel panel(&set);
        QImage image(33, 21, QImage::Format_RGB32);
        image.fill(QColor(10, 200, 30));
        QMimeData mime;
        mime.setImageData(image);
        QCOMPARE(panel.pasteMime(&mime), 1);
        const QString path = set.currentPath();
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/pasted");
        QVERIFY2(path.startsWith(folder), qPrintable(path));
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage saved = reader.read();
        QCOMPARE(saved.size(), image.size());
        QCOMPARE(saved.pixelColor(5, 5), QColor(10, 200, 30));
        // Pasting again gives a second file, never replaces the first.
        QCOMPARE(panel.pasteMime(&mime), 1);
        QCOMPARE(set.count(), 2);
        QVERIFY(set.paths()[0] != set.paths()[1]);
        // Nothing usable on the clipboard: a message, nothing added.
        QMimeData text;
        text.setText(QStringLiteral("just words"));
        QCOMPARE(panel.pasteMime(&text), 0);
        QVERIFY(!panel.messageText().isEmpty());
        set.waitForThumbnails();
    }

    void pastesFileUrlsFromTheClipboard() {
        PhotoSet set;
        CapturePanel panel(&set);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QGuiApplication::clipboard()->setMimeData(urls({m_c, m_a}));
        panel.pastePhotosAction()->trigger();
        QCOMPARE(set.paths(), QStringList({m_c, m_a}));
        // Ctrl+V while the panel has the focus.
        QGuiApplication::clipboard()->setMimeData(urls({m_b}));
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.view()->setFocus();
        QTest::keyClick(panel.view(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(set.paths(), QStringList({m_c, m_a, m_b}));
        set.waitForThumbnails();
    }

    void removeAndMoveActions() {
        QUndoStack stack;
        PhotoSet set;
        set.setUndoStack(&stack);
        CapturePanel panel(&set);
        QVERIFY(!panel.removePhotoAction()->isEnabled());
        set.add({m_a, m_b, m_c});
        set.setCurrentIndex(0);
        QVERIFY(!panel.moveUpAction()->isEnabled());
        QVERIFY(panel.moveDownAction()->isEnabled());
        panel.moveDownAction()->trigger();
        QCOMPARE(set.paths(), QStringList({m_b, m_a, m_c}));
        QCOMPARE(set.currentPath(), m_a);
        QVERIFY(panel.moveUpAction()->isEnabled());
        panel.moveUpAction()->trigger();
        QCOMPARE(set.paths(), QStringList({m_a, m_b, m_c}));
        // Delete key in the view removes the current photo.
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.view()->setFocus();
        QTest::keyClick(panel.view(), Qt::Key_Delete);
        QCOMPARE(set.paths(), QStringList({m_b, m_c}));
        QTest::keyClick(panel.view(), Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(set.paths(), QStringList({m_c, m_b}));
        stack.undo();
        stack.undo();
        QCOMPARE(set.paths(), QStringList({m_a, m_b, m_c}));
        for (QAction* action : {panel.addPhotosAction(), panel.removePhotoAction(), panel.pastePhotosAction(),
                                panel.moveUpAction(), panel.moveDownAction()})
            QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->text()));
        set.waitForThumbnails();
    }

    void faceComboForPhotosWithSeveralFaces() {
        QUndoStack stack;
        PhotoSet set;
        set.setUndoStack(&stack);
        CapturePanel panel(&set);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        set.add({m_a, m_b});
        QVERIFY(!panel.faceCombo()->isVisible());
        set.setFaceCount(m_a, 3);
        QVERIFY(panel.faceCombo()->isVisible());
        QCOMPARE(panel.faceCombo()->count(), 3);
        QCOMPARE(panel.faceCombo()->itemText(0), QStringLiteral("Face 1 of 3"));
        QSignalSpy faces(&set, &PhotoSet::faceSelectionChanged);
        panel.faceCombo()->setCurrentIndex(2);
        Q_EMIT panel.faceCombo()->activated(2); // what a user's choice emits
        QCOMPARE(set.entry(0).selectedFace, 2);
        QCOMPARE(faces.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Select Face 3"));
        stack.undo();
        QCOMPARE(panel.faceCombo()->currentIndex(), 0);
        stack.redo();
        QCOMPARE(panel.faceCombo()->currentIndex(), 2);
        // A photo with one face has no choice.
        set.setFaceCount(m_b, 1);
        set.setCurrentIndex(1);
        QVERIFY(!panel.faceCombo()->isVisible());
        set.waitForThumbnails();
    }

    void clickMakesCurrentAndThumbnailsShow() {
        PhotoSet set;
        CapturePanel panel(&set);
        panel.resize(600, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString broken = likeness::test::writeFakeImage(m_dir);
        set.add({m_a, broken, m_c});
        set.waitForThumbnails();
        QSignalSpy current(&set, &PhotoSet::currentChanged);
        const QModelIndex third = panel.view()->model()->index(2, 0);
        QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, panel.view()->visualRect(third).center());
        QCOMPARE(set.currentIndex(), 2);
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.last().at(1).toString(), m_c);
        QCOMPARE(panel.view()->currentIndex().row(), 2);
        // Thumbnails reach the view; the broken file says why in its tooltip.
        const QAbstractItemModel* model = panel.view()->model();
        const QIcon icon = model->index(0, 0).data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!icon.isNull());
        const QImage shown = icon.pixmap(QSize(96, 96)).toImage();
        QVERIFY(likeness::test::countColorPixels(shown, Qt::red, 10) > 1000);
        QVERIFY(model->index(1, 0).data(PhotoSetModel::ThumbnailFailedRole).toBool());
        const QString tip = model->index(1, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Cannot read")), qPrintable(tip));
        QVERIFY(!model->index(0, 0).data(PhotoSetModel::ThumbnailFailedRole).toBool());
    }
};

QTEST_MAIN(TestCapturePanel)
#include "test_capture_panel.moc"
