// MainWindow: opening photos through the slot and by drag & drop, the faces
// list, the overlay toggles (checked on rendered pixels), errors, recent files.
#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

#include "main_window/busy_indicator.h"
#include "main_window/main_window.h"
#include "main_window/recent_files.h"
#include "overlay/face_overlay_item.h"
#include "panels/faces_panel.h"
#include "panels/timings_panel.h"
#include "gui_test_helpers.h"
#include "views/photo_view.h"

using namespace likeness::ui;

namespace {
constexpr int kAnalysisTimeoutMs = 120000;

MainWindowOptions testOptions() {
    MainWindowOptions options;
    options.warmUpAnalyzer = false;
    options.confirmUnsavedChanges = false;   // windows closed by the tests must not wait for an answer
    return options;
}

/// Opens `path` through the slot and waits until the analysis is on screen.
bool openAndWait(MainWindow& window, const QString& path) {
    QSignalSpy shown(&window, &MainWindow::analysisShown);
    window.openImage(path);
    return shown.wait(kAnalysisTimeoutMs);
}

QImage renderView(MainWindow& window) {
    QCoreApplication::processEvents();
    return window.photoView()->viewport()->grab().toImage();
}

void showOnly(MainWindow& window, std::initializer_list<OverlayLayer> visible) {
    for (OverlayLayer layer : {OverlayLayer::Points, OverlayLayer::Mesh, OverlayLayer::Contours, OverlayLayer::Boxes})
        window.overlayAction(layer)->setChecked(std::find(visible.begin(), visible.end(), layer) != visible.end());
}

QColor colorOf(OverlayLayer layer) {
    switch (layer) {
    case OverlayLayer::Points: return overlay_colors::points();
    case OverlayLayer::Mesh: return overlay_colors::mesh();
    case OverlayLayer::Contours: return overlay_colors::contours();
    case OverlayLayer::Boxes: return overlay_colors::boxes();
    }
    return {};
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        likeness::test::isolateSettings("test_main_window");
        m_dir = likeness::test::scratch("test_main_window");
        m_demo = likeness::test::demoPhotoPath();
        m_fake = likeness::test::writeFakeImage(m_dir);
        m_blank = likeness::test::writeBlankImage(m_dir);
    }

    void opensImageAndListsFaces() {
        MainWindow window(testOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy busy(window.controller(), &AnalysisController::busyChanged);
        window.openImage(m_demo);
        QVERIFY(window.busyIndicator()->isBusy());
        QSignalSpy shown(&window, &MainWindow::analysisShown);
        QVERIFY(shown.wait(kAnalysisTimeoutMs));
        QVERIFY(!window.busyIndicator()->isBusy());

        QCOMPARE(window.currentFile(), QFileInfo(m_demo).absoluteFilePath());
        QVERIFY(window.windowTitle().contains(QFileInfo(m_demo).fileName()));
        QVERIFY(window.photoView()->hasImage());
        QCOMPARE(window.photoView()->imageSize(), QSize(512, 512));
        QVERIFY(window.currentSnapshot());

        FacesPanel* faces = window.facesPanel();
        QCOMPARE(faces->faceCount(), 1);
        QCOMPARE(faces->selectedFace(), 0);
        QCOMPARE(window.photoView()->overlay()->selectedFace(), 0);
        QCOMPARE(window.photoView()->overlay()->faceCount(), 1);
        QTreeWidgetItem* row = faces->tree()->topLevelItem(0);
        QCOMPARE(row->text(FacesPanel::IndexColumn), QStringLiteral("1"));
        QCOMPARE(row->text(FacesPanel::LandmarksColumn), QStringLiteral("478"));
        QVERIFY(row->text(FacesPanel::ScoreColumn).toDouble() > 0.5);
        QVERIFY(!row->text(FacesPanel::YawColumn).isEmpty());

        // Timings: load, the analyser's stages, and the total.
        QVERIFY(window.timingsPanel()->tree()->topLevelItemCount() >= 3);
        QVERIFY(window.statusBar()->currentMessage().contains(QFileInfo(m_demo).fileName()));

        // Selecting nothing clears the highlight.
        faces->selectFace(-1);
        QCOMPARE(window.photoView()->overlay()->selectedFace(), -1);
    }

    void overlayTogglesChangePaintedPixels() {
        MainWindow window(testOptions());
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, m_demo));
        for (OverlayLayer layer : {OverlayLayer::Points, OverlayLayer::Mesh, OverlayLayer::Contours}) {
            QVERIFY(window.overlayAction(layer)->isEnabled());  // the topology is available
        }

        showOnly(window, {});
        QCOMPARE(window.photoView()->layers(), OverlayLayers());
        const QImage bare = renderView(window);
        for (OverlayLayer layer : {OverlayLayer::Points, OverlayLayer::Mesh, OverlayLayer::Contours, OverlayLayer::Boxes}) {
            const QColor color = colorOf(layer);
            showOnly(window, {layer});
            QVERIFY(window.photoView()->layers().testFlag(layer));
            const QImage with = renderView(window);
            const int off = likeness::test::countColorPixels(bare, color);
            const int on = likeness::test::countColorPixels(with, color);
            qInfo("layer %d: %d pixels of its colour with it, %d without", int(layer), on, off);
            QVERIFY2(on > off + 100, qPrintable(QStringLiteral("layer %1: %2 pixels of its colour with, %3 without")
                                                    .arg(int(layer)).arg(on).arg(off)));
            // Toggling it off again restores the bare photo's count.
            window.overlayAction(layer)->trigger();
            QCOMPARE(likeness::test::countColorPixels(renderView(window), color), off);
        }
    }

    void meshAndContoursNeedTopology() {
        MainWindowOptions options = testOptions();
        options.topologyFile = m_dir + QStringLiteral("/missing_topology.json");
        MainWindow window(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (OverlayLayer layer : {OverlayLayer::Mesh, OverlayLayer::Contours}) {
            QAction* action = window.overlayAction(layer);
            QVERIFY(!action->isEnabled());
            QVERIFY2(action->toolTip().contains(QStringLiteral("topology")), qPrintable(action->toolTip()));
        }
        QVERIFY(window.overlayAction(OverlayLayer::Points)->isEnabled());
        QVERIFY(window.overlayAction(OverlayLayer::Boxes)->isEnabled());
        // Points still work without the topology.
        QVERIFY(openAndWait(window, m_demo));
        showOnly(window, {});
        const int off = likeness::test::countColorPixels(renderView(window), overlay_colors::points());
        showOnly(window, {OverlayLayer::Points});
        QVERIFY(likeness::test::countColorPixels(renderView(window), overlay_colors::points()) > off + 100);
    }

    void noFaceIsNotAnError() {
        MainWindow window(testOptions());
        window.show();
        QVERIFY(openAndWait(window, m_blank));
        QCOMPARE(window.facesPanel()->faceCount(), 0);
        QVERIFY(window.facesPanel()->summaryText().contains(QStringLiteral("No face")));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("No face found")));
        QVERIFY(!window.findChild<QMessageBox*>());
        QVERIFY(window.photoView()->hasImage());
    }

    void errorsShowMessageBox() {
        MainWindow window(testOptions());
        window.show();
        QSignalSpy failed(&window, &MainWindow::analysisFailureShown);
        window.openImage(m_fake);
        QVERIFY(failed.wait(kAnalysisTimeoutMs));
        auto* box = window.findChild<QMessageBox*>(QStringLiteral("analysisErrorBox"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(!box->text().isEmpty());
        QVERIFY(window.statusBar()->currentMessage().contains(QFileInfo(m_fake).fileName()));
        // An unreadable file is not kept among the recent files.
        QVERIFY(!window.recentFiles()->files().contains(QFileInfo(m_fake).absoluteFilePath()));
        box->close();
    }

    void dropOpensImage() {
        MainWindow window(testOptions());
        window.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_fake + QStringLiteral(".txt")), QUrl::fromLocalFile(m_demo)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy shown(&window, &MainWindow::analysisShown);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(shown.wait(kAnalysisTimeoutMs));
        QCOMPARE(window.currentFile(), QFileInfo(m_demo).absoluteFilePath());

        // Something that is not a photo is refused.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QCoreApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void zoomActions() {
        MainWindow window(testOptions());
        window.resize(900, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, m_demo));
        PhotoView* view = window.photoView();
        QVERIFY(view->isFitToWindow());
        const qreal fitted = view->zoomFactor();
        view->zoomIn();
        QVERIFY(view->zoomFactor() > fitted * 1.1);
        QVERIFY(!view->isFitToWindow());
        window.fitToWindowAction()->trigger();
        QVERIFY(qAbs(view->zoomFactor() - fitted) < 1e-6);
        view->zoomToActualSize();
        QCOMPARE(view->zoomFactor(), 1.0);
        QVERIFY(window.fitToWindowAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_0)));
        QVERIFY(window.fitToWindowAction()->shortcuts().contains(QKeySequence(Qt::Key_F)));
    }

    void recentFilesPersist() {
        QSettings().remove(QStringLiteral("recentFiles"));
        const QString demo = QFileInfo(m_demo).absoluteFilePath();
        const QString copy = m_dir + QStringLiteral("/second.jpg");
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_demo, copy));
        {
            MainWindow window(testOptions());
            QVERIFY(openAndWait(window, demo));
            QVERIFY(openAndWait(window, copy));
            QCOMPARE(window.recentFiles()->files(), QStringList({copy, demo}));
            window.close();
        }
        QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList(), QStringList({copy, demo}));
        MainWindow reopened(testOptions());
        QCOMPARE(reopened.recentFiles()->files(), QStringList({copy, demo}));
        const QList<QAction*> actions = reopened.recentFilesMenu()->actions();
        QVERIFY(actions.size() >= 2);
        QCOMPARE(actions.at(0)->data().toString(), copy);
        QCOMPARE(actions.at(1)->data().toString(), demo);

        // Choosing an entry opens it.
        QSignalSpy shown(&reopened, &MainWindow::analysisShown);
        actions.at(1)->trigger();
        QVERIFY(shown.wait(kAnalysisTimeoutMs));
        QCOMPARE(reopened.currentFile(), demo);
        QCOMPARE(reopened.recentFiles()->files().front(), demo);
    }

    void overlayStatePersists() {
        {
            MainWindow window(testOptions());
            window.overlayAction(OverlayLayer::Mesh)->setChecked(false);
            window.close();
        }
        MainWindow reopened(testOptions());
        QVERIFY(!reopened.overlayAction(OverlayLayer::Mesh)->isChecked());
        QVERIFY(reopened.overlayAction(OverlayLayer::Points)->isChecked());
        QVERIFY(!reopened.photoView()->layers().testFlag(OverlayLayer::Mesh));
        reopened.overlayAction(OverlayLayer::Mesh)->setChecked(true);
        reopened.close();
    }

    void selectingFaceHighlightsIt() {
        // Two faces: the demo photo and its mirror image side by side.
        const QImage demo(m_demo);
        QVERIFY(!demo.isNull());
        QImage pair(demo.width() * 2, demo.height(), QImage::Format_RGB888);
        QPainter painter(&pair);
        painter.drawImage(0, 0, demo);
        painter.drawImage(demo.width(), 0, demo.mirrored(true, false));
        painter.end();
        const QString path = m_dir + QStringLiteral("/two_faces.png");
        QVERIFY(pair.save(path));

        MainWindow window(testOptions());
        window.resize(1400, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, path));
        QCOMPARE(window.facesPanel()->faceCount(), 2);
        showOnly(window, {OverlayLayer::Points});

        // Points of the face on the left, with the first or the second face selected.
        const auto leftFacePoints = [&](int selected) {
            window.facesPanel()->selectFace(selected);
            const QImage image = renderView(window);
            const QPoint centre = window.photoView()->mapFromScene(QPointF(demo.width() / 2.0, demo.height() / 2.0));
            return likeness::test::countColorPixels(image.copy(0, 0, centre.x() * 2, image.height()),
                                                    overlay_colors::points());
        };
        const auto& faces = window.currentSnapshot()->result.faces;
        const int left = faces[0].box.x0 < faces[1].box.x0 ? 0 : 1;
        const int selectedCount = leftFacePoints(left);
        const int dimmedCount = leftFacePoints(1 - left);
        QCOMPARE(window.photoView()->overlay()->selectedFace(), 1 - left);
        QVERIFY2(selectedCount > 2 * dimmedCount + 100,
                 qPrintable(QStringLiteral("%1 vs %2").arg(selectedCount).arg(dimmedCount)));
    }

    void languageMenuStoresChoice() {
        QSettings().remove(QStringLiteral("ui/language"));
        MainWindow window(testOptions());
        QAction* german = nullptr;
        for (QAction* action : window.findChildren<QAction*>())
            if (action->actionGroup() && action->data().toString() == QLatin1String("de")) german = action;
        QVERIFY(german);
        QCOMPARE(german->text(), QStringLiteral("Deutsch"));
        german->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
        auto* fileMenu = window.findChild<QMenu*>(QStringLiteral("fileMenu"));
        QVERIFY(fileMenu);
        QCOMPARE(fileMenu->title(), QStringLiteral("&Datei"));  // at once, no restart
        QAction* english = nullptr;
        for (QAction* action : window.findChildren<QAction*>())
            if (action->actionGroup() && action->data().toString() == QLatin1String("en")) english = action;
        QVERIFY(english);
        english->trigger();
        QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
        QSettings().remove(QStringLiteral("ui/language"));
    }

private:
    QString m_dir, m_demo, m_fake, m_blank;
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
