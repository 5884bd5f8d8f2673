#include "capture/capture_panel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include "app/action_tips.h"
#include "capture/image_saving.h"
#include "capture/photo_list_view.h"
#include "capture/photo_set.h"
#include "capture/photo_set_model.h"
#include "capture/thumbnail_loader.h"
#include "imaging/image_formats.h"

namespace likeness::ui {

namespace {

const QString kLastDirKey = QStringLiteral("capture/lastPhotoDir");
constexpr int kMaxPastedSide = 16384;

QToolButton* toolButton(QAction* action, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    button->setAutoRaise(true);
    return button;
}

} // namespace

CapturePanel::CapturePanel(PhotoSet* set, QWidget* parent) : QWidget(parent), m_set(set) {
    m_model = new PhotoSetModel(set, this);
    m_view = new PhotoListView(m_model, this);
    m_view->setToolTip(tr("The subject's photos. Click one to show it; drag to reorder; drop photos here to add them"));

    auto makeAction = [this](const QString& text, QStyle::StandardPixmap icon, const QKeySequence& key,
                             const QString& tip) {
        auto* action = new QAction(style()->standardIcon(icon), text, this);
        if (!key.isEmpty()) action->setShortcut(key);
        // The panel's shortcuts must not steal Delete/Ctrl+V from other docks.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        setActionTips(action, tip);
        addAction(action);
        return action;
    };
    m_addAction = makeAction(tr("&Add Photos…"), QStyle::SP_DialogOpenButton,
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), tr("Add photos of the subject"));
    m_removeAction = makeAction(tr("&Remove Photo"), QStyle::SP_TrashIcon, QKeySequence::Delete,
                                tr("Remove the selected photo from the set (the file stays on disk)"));
    m_pasteAction = makeAction(tr("&Paste Photos"), QStyle::SP_FileDialogNewFolder, QKeySequence::Paste,
                               tr("Add the photos or the image on the clipboard"));
    m_moveUpAction = makeAction(tr("Move &Up"), QStyle::SP_ArrowUp, QKeySequence(Qt::CTRL | Qt::Key_Up),
                                tr("Move the selected photo one place earlier in the set"));
    m_moveDownAction = makeAction(tr("Move &Down"), QStyle::SP_ArrowDown, QKeySequence(Qt::CTRL | Qt::Key_Down),
                                  tr("Move the selected photo one place later in the set"));
    connect(m_addAction, &QAction::triggered, this, &CapturePanel::choosePhotos);
    connect(m_removeAction, &QAction::triggered, this, &CapturePanel::removeCurrent);
    connect(m_pasteAction, &QAction::triggered, this, &CapturePanel::paste);
    connect(m_moveUpAction, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { moveCurrent(+1); });

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QAction* action : {m_addAction, m_removeAction, m_pasteAction, m_moveUpAction, m_moveDownAction})
        buttons->addWidget(toolButton(action, this));
    buttons->addStretch(1);

    m_faceLabel = new QLabel(tr("Face:"), this);
    m_faceCombo = new QComboBox(this);
    m_faceCombo->setToolTip(tr("Several faces were found in this photo: choose the subject's"));
    m_faceLabel->setBuddy(m_faceCombo);
    m_faceLabel->setToolTip(m_faceCombo->toolTip());
    m_faceInfo = new QLabel(this);
    m_faceInfo->setToolTip(tr("What the analysis found in the selected photo"));
    auto* faceRow = new QHBoxLayout;
    faceRow->setContentsMargins(0, 0, 0, 0);
    faceRow->addWidget(m_faceLabel);
    faceRow->addWidget(m_faceCombo, 1);
    faceRow->addWidget(m_faceInfo, 1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setToolTip(tr("What happened to the last photos you added"));
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addLayout(faceRow);
    layout->addWidget(m_message);

    connect(m_view, &PhotoListView::filesDropped, this, &CapturePanel::addFiles);
    connect(m_view, &PhotoListView::moveRequested, this, [this](int from, int to) { m_set->move(from, to); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) m_set->setCurrentIndex(current.row());
            });
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex& index) {
        if (index.isValid()) m_set->setCurrentIndex(index.row());
    });
    connect(m_faceCombo, &QComboBox::activated, this, [this](int face) {
        if (m_set->currentIndex() >= 0) m_set->setSelectedFace(m_set->currentIndex(), face);
    });
    connect(m_set, &PhotoSet::changed, this, &CapturePanel::syncFromSet);
    connect(m_set, &PhotoSet::currentChanged, this, &CapturePanel::syncFromSet);
    connect(m_set, &PhotoSet::faceSelectionChanged, this, &CapturePanel::syncFaceChoice);
    syncFromSet();
}

QListView* CapturePanel::view() const { return m_view; }

QString CapturePanel::messageText() const { return m_message->text(); }

void CapturePanel::showMessage(const QString& text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (!text.isEmpty()) Q_EMIT message(text);
}

void CapturePanel::syncFromSet() {
    const int current = m_set->currentIndex();
    const QModelIndex index = m_model->index(current, 0);
    if (m_view->currentIndex() != index) {
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    }
    if (index.isValid()) m_view->scrollTo(index);
    syncFaceChoice();
    updateActions();
}

void CapturePanel::syncFaceChoice() {
    const int current = m_set->currentIndex();
    const PhotoEntry e = m_set->entry(current);
    const bool choose = current >= 0 && e.faceCount > 1;
    {
        const QSignalBlocker blocker(m_faceCombo);
        m_faceCombo->clear();
        for (int i = 0; choose && i < e.faceCount; ++i) m_faceCombo->addItem(tr("Face %1 of %2").arg(i + 1).arg(e.faceCount));
        if (choose) m_faceCombo->setCurrentIndex(qMax(0, e.selectedFace));
    }
    m_faceLabel->setVisible(choose);
    m_faceCombo->setVisible(choose);
    QString info;
    if (current < 0) info = tr("No photos yet: add some, drop them here or paste them.");
    else if (e.faceCount < 0) info = tr("Not analysed yet.");
    else if (e.faceCount == 0) info = tr("No face found in this photo.");
    else if (e.faceCount == 1) info = tr("One face.");
    m_faceInfo->setText(info);
    m_faceInfo->setVisible(!choose);
}

void CapturePanel::updateActions() {
    const int current = m_set->currentIndex();
    m_removeAction->setEnabled(current >= 0);
    m_moveUpAction->setEnabled(current > 0);
    m_moveDownAction->setEnabled(current >= 0 && current + 1 < m_set->count());
    m_addAction->setEnabled(m_set->count() < PhotoSet::kMaxPhotos);
}

int CapturePanel::addFiles(const QStringList& paths) {
    QStringList rejected;
    const int added = m_set->add(paths, &rejected);
    if (rejected.isEmpty()) showMessage({});
    else if (added == 0) showMessage(tr("Nothing added: %1").arg(rejected.join(QStringLiteral("; "))));
    else showMessage(tr("%1 added; not added: %2").arg(added).arg(rejected.join(QStringLiteral("; "))));
    return added;
}

void CapturePanel::choosePhotos() {
    QSettings settings;
    const QString dir = settings.value(kLastDirKey,
                                       QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).toString();
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Photos"), dir,
                                                            imageFileDialogFilters().join(QStringLiteral(";;")));
    if (files.isEmpty()) return;
    settings.setValue(kLastDirKey, QFileInfo(files.front()).absolutePath());
    addFiles(files);
}

int CapturePanel::pasteMime(const QMimeData* mime) {
    if (!mime) return 0;
    const QStringList files = PhotoListView::localFiles(mime);
    if (!files.isEmpty()) return addFiles(files);
    if (mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        if (image.isNull()) {
            showMessage(tr("The clipboard's image cannot be read."));
            return 0;
        }
        if (image.width() > kMaxPastedSide || image.height() > kMaxPastedSide) {
            showMessage(tr("The clipboard's image is too large (%1 x %2 pixels).").arg(image.width()).arg(image.height()));
            return 0;
        }
        QString error;
        const QString path = saveUniquePng(image, appDataSubfolder(QStringLiteral("pasted")), QStringLiteral("pasted"),
                                           &error);
        if (path.isEmpty()) {
            showMessage(tr("Cannot keep the pasted image: %1").arg(error));
            return 0;
        }
        return addFiles({path});
    }
    showMessage(tr("The clipboard holds no photos."));
    return 0;
}

void CapturePanel::paste() { pasteMime(QGuiApplication::clipboard()->mimeData()); }

void CapturePanel::removeCurrent() { m_set->remove(m_set->currentIndex()); }

void CapturePanel::moveCurrent(int delta) {
    const int from = m_set->currentIndex();
    m_set->move(from, from + delta);
}

} // namespace likeness::ui
