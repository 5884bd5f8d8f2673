#include "capture/webcam_panel.h"

#include <algorithm>
#include <cmath>

#include <QAction>
#include <QCamera>
#include <QCheckBox>
#include <QComboBox>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>
#include <QtConcurrent/QtConcurrentRun>

#include "app/action_tips.h"
#include "capture/image_saving.h"
#include "capture/live_landmark_runner.h"
#include "capture/webcam_preview.h"

namespace likeness::ui {

namespace {

/// Picks the format to start with: 1280x720-ish (enough for landmarks, cheap to convert).
int preferredFormat(const QList<QCameraFormat>& formats) {
    int best = formats.isEmpty() ? -1 : 0;
    for (int i = 0; i < formats.size(); ++i) {
        const QSize r = formats[i].resolution();
        if (qint64(r.width()) * r.height() <= 1280ll * 720) return i; // sorted largest first
        best = i;
    }
    return best;
}

struct SaveOutcome {
    QString path;
    QString error;
};

} // namespace

WebcamPanel::WebcamPanel(FrameAnalyzer analyzer, bool watchSystemCameras, QWidget* parent) : QWidget(parent) {
    m_runner = new LiveLandmarkRunner(std::move(analyzer), this);
    connect(m_runner, &LiveLandmarkRunner::landmarksReady, this, &WebcamPanel::onLandmarks);
    m_sink = new QVideoSink(this);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &WebcamPanel::presentVideoFrame);

    m_cameraCombo = new QComboBox(this);
    m_cameraCombo->setToolTip(tr("The camera to use"));
    m_resolutionCombo = new QComboBox(this);
    m_resolutionCombo->setToolTip(tr("The camera's resolution and frame rate"));
    auto* cameraLabel = new QLabel(tr("&Camera:"), this);
    cameraLabel->setBuddy(m_cameraCombo);
    cameraLabel->setToolTip(m_cameraCombo->toolTip());
    auto* resolutionLabel = new QLabel(tr("&Resolution:"), this);
    resolutionLabel->setBuddy(m_resolutionCombo);
    resolutionLabel->setToolTip(m_resolutionCombo->toolTip());

    m_startAction = new QAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Start"), this);
    m_startAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_startAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    setActionTips(m_startAction, tr("Start or stop the camera"));
    m_captureAction = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Capture S&till"), this);
    m_captureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_captureAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    setActionTips(m_captureAction, tr("Save the current frame as a photo of the subject"));
    addAction(m_startAction);
    addAction(m_captureAction);
    connect(m_startAction, &QAction::triggered, this, [this] { isRunning() ? stop() : start(); });
    connect(m_captureAction, &QAction::triggered, this, &WebcamPanel::captureStill);
    m_startButton = new QToolButton(this);
    m_startButton->setDefaultAction(m_startAction);
    m_startButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_captureButton = new QToolButton(this);
    m_captureButton->setDefaultAction(m_captureAction);
    m_captureButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_landmarksCheck = new QCheckBox(tr("Show &landmarks"), this);
    m_landmarksCheck->setToolTip(tr("Find the face in the live picture and draw its 478 landmarks (about 10 times a second)"));
    m_landmarksCheck->setChecked(m_runner->hasAnalyzer());
    connect(m_landmarksCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (!on) {
            m_runner->clearPending();
            m_preview->clearLandmarks();
        }
    });

    m_preview = new WebcamPreview(this);
    m_preview->setToolTip(tr("The camera's live picture"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setToolTip(tr("Camera and capture messages"));

    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(cameraLabel, 0, 0);
    grid->addWidget(m_cameraCombo, 0, 1, 1, 2);
    grid->addWidget(resolutionLabel, 1, 0);
    grid->addWidget(m_resolutionCombo, 1, 1, 1, 2);
    grid->addWidget(m_startButton, 2, 0);
    grid->addWidget(m_captureButton, 2, 1);
    grid->addWidget(m_landmarksCheck, 2, 2);
    grid->setColumnStretch(2, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(grid);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);

    connect(m_cameraCombo, &QComboBox::activated, this, &WebcamPanel::chooseCamera);
    connect(m_resolutionCombo, &QComboBox::activated, this, [this] { applyFormat(); });

    if (watchSystemCameras) {
        m_devices = new QMediaDevices(this);
        connect(m_devices, &QMediaDevices::videoInputsChanged, this,
                [this] { setAvailableCameras(QMediaDevices::videoInputs()); });
        setAvailableCameras(QMediaDevices::videoInputs());
    } else {
        setAvailableCameras({});
    }
}

WebcamPanel::~WebcamPanel() {
    // The sink must not deliver frames into a half-destroyed panel.
    disconnect(m_sink, nullptr, this, nullptr);
    if (m_camera) m_camera->stop();
}

void WebcamPanel::setFrameAnalyzer(FrameAnalyzer analyzer) {
    const bool had = m_runner->hasAnalyzer();
    m_runner->setAnalyzer(std::move(analyzer));
    if (!had && m_runner->hasAnalyzer()) m_landmarksCheck->setChecked(true);
    updateControls();
}

void WebcamPanel::setAvailableCameras(const QList<QCameraDevice>& cameras) {
    const QByteArray chosen =
        m_cameraCombo->currentIndex() >= 0 && m_cameraCombo->currentIndex() < m_cameras.size()
            ? m_cameras[m_cameraCombo->currentIndex()].id() : QByteArray();
    m_cameras = cameras;
    int keep = -1;
    {
        const QSignalBlocker blocker(m_cameraCombo);
        m_cameraCombo->clear();
        for (int i = 0; i < cameras.size(); ++i) {
            m_cameraCombo->addItem(cameras[i].description().isEmpty() ? tr("Camera %1").arg(i + 1)
                                                                      : cameras[i].description());
            if (cameras[i].id() == chosen) keep = i;
        }
        if (cameras.isEmpty()) m_cameraCombo->addItem(tr("No camera found"));
    }
    if (isRunning() && keep < 0) {
        stop();
        setStatus(tr("The camera was disconnected."));
    }
    if (!cameras.isEmpty()) {
        int index = keep >= 0 ? keep : 0;
        if (keep < 0)
            for (int i = 0; i < cameras.size(); ++i)
                if (cameras[i] == QMediaDevices::defaultVideoInput()) index = i;
        m_cameraCombo->setCurrentIndex(index);
        if (keep < 0) fillFormats();
    } else {
        fillFormats();
        setStatus(tr("No camera found. Connect one: it appears here by itself."));
    }
    updateControls();
}

void WebcamPanel::chooseCamera(int) {
    const bool wasRunning = isRunning();
    if (wasRunning) stop();
    fillFormats();
    if (wasRunning) start();
}

void WebcamPanel::fillFormats() {
    m_formats.clear();
    const int index = m_cameraCombo->currentIndex();
    if (index >= 0 && index < m_cameras.size()) {
        // One entry per resolution and frame rate (the pixel formats are the backend's business).
        for (const QCameraFormat& format : m_cameras[index].videoFormats()) {
            const bool duplicate = std::any_of(m_formats.begin(), m_formats.end(), [&](const QCameraFormat& f) {
                return f.resolution() == format.resolution() &&
                       std::lround(f.maxFrameRate()) == std::lround(format.maxFrameRate());
            });
            if (!duplicate && !format.resolution().isEmpty()) m_formats.append(format);
        }
        std::stable_sort(m_formats.begin(), m_formats.end(), [](const QCameraFormat& a, const QCameraFormat& b) {
            const qint64 areaA = qint64(a.resolution().width()) * a.resolution().height();
            const qint64 areaB = qint64(b.resolution().width()) * b.resolution().height();
            return areaA != areaB ? areaA > areaB : a.maxFrameRate() > b.maxFrameRate();
        });
    }
    const QSignalBlocker blocker(m_resolutionCombo);
    m_resolutionCombo->clear();
    for (const QCameraFormat& format : m_formats)
        m_resolutionCombo->addItem(tr("%1 × %2, %3 fps")
                                       .arg(format.resolution().width())
                                       .arg(format.resolution().height())
                                       .arg(double(format.maxFrameRate()), 0, 'g', 3));
    if (m_formats.isEmpty()) m_resolutionCombo->addItem(index >= 0 && index < m_cameras.size()
                                                             ? tr("Camera default") : tr("No camera"));
    else m_resolutionCombo->setCurrentIndex(preferredFormat(m_formats));
    updateControls();
}

void WebcamPanel::applyFormat() {
    const int index = m_resolutionCombo->currentIndex();
    if (m_camera && index >= 0 && index < m_formats.size()) m_camera->setCameraFormat(m_formats[index]);
}

void WebcamPanel::start() {
    const int index = m_cameraCombo->currentIndex();
    if (isRunning() || index < 0 || index >= m_cameras.size()) return;
    m_camera = new QCamera(m_cameras[index], this);
    connect(m_camera, &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString& message) { onCameraError(message); });
    applyFormat();
    if (!m_session) {
        m_session = new QMediaCaptureSession(this);
        m_session->setVideoSink(m_sink);
    }
    m_session->setCamera(m_camera);
    m_camera->start();
    setStatus(tr("Camera started: %1").arg(m_cameras[index].description()));
    updateControls();
    Q_EMIT runningChanged(true);
}

void WebcamPanel::stop() {
    if (!m_camera) return;
    m_camera->stop();
    m_session->setCamera(nullptr);
    m_camera->deleteLater();
    m_camera = nullptr;
    m_runner->clearPending();
    setStatus(tr("Camera stopped."));
    updateControls();
    Q_EMIT runningChanged(false);
}

void WebcamPanel::onCameraError(const QString& message) {
    setStatus(tr("Camera error: %1").arg(message.isEmpty() ? tr("unknown") : message));
    // A camera in error delivers nothing more: release it so Start can try again.
    if (m_camera) {
        m_camera->stop();
        m_session->setCamera(nullptr);
        m_camera->deleteLater();
        m_camera = nullptr;
        updateControls();
        Q_EMIT runningChanged(false);
    }
}

void WebcamPanel::presentVideoFrame(const QVideoFrame& frame) {
    if (!frame.isValid()) return;
    const QImage image = frame.toImage();
    if (!image.isNull()) presentFrame(image);
}

void WebcamPanel::presentFrame(const QImage& frame) {
    if (frame.isNull()) return;
    const bool first = m_frame.isNull();
    m_frame = frame;
    m_preview->setFrame(frame);
    if (m_landmarksCheck->isChecked() && m_runner->hasAnalyzer()) m_runner->submit(frame);
    if (first) updateControls();
}

void WebcamPanel::onLandmarks(const LiveLandmarks& landmarks) {
    if (!landmarks.error.isEmpty()) {
        // Most likely missing models: stop trying on every frame; the user can re-enable.
        m_landmarksCheck->setChecked(false);
        setStatus(tr("Live landmarks are off: %1").arg(landmarks.error));
    } else if (m_landmarksCheck->isChecked()) {
        m_preview->setLandmarks(landmarks);
    }
    Q_EMIT landmarksUpdated(landmarks);
}

void WebcamPanel::captureStill() {
    if (m_frame.isNull()) {
        setStatus(tr("There is no frame to capture yet."));
        Q_EMIT captureFailed(statusText());
        return;
    }
    ++m_savesRunning;
    updateControls();
    const QImage frame = m_frame;
    const QString folder = appDataSubfolder(QStringLiteral("captures"));
    auto* watcher = new QFutureWatcher<SaveOutcome>(this);
    connect(watcher, &QFutureWatcher<SaveOutcome>::finished, this, [this, watcher] {
        const SaveOutcome outcome = watcher->result();
        watcher->deleteLater();
        --m_savesRunning;
        updateControls();
        if (outcome.path.isEmpty()) {
            setStatus(tr("The still was not saved: %1").arg(outcome.error));
            Q_EMIT captureFailed(statusText());
        } else {
            setStatus(tr("Still saved: %1").arg(outcome.path));
            Q_EMIT stillCaptured(outcome.path);
        }
    });
    // PNG encoding of a large frame takes tens of milliseconds: not on the GUI thread.
    watcher->setFuture(QtConcurrent::run([frame, folder] {
        SaveOutcome outcome;
        outcome.path = saveUniquePng(frame, folder, QStringLiteral("still"), &outcome.error);
        return outcome;
    }));
}

QString WebcamPanel::statusText() const { return m_status->text(); }

void WebcamPanel::setStatus(const QString& text) { m_status->setText(text); }

void WebcamPanel::updateControls() {
    const bool camera = hasCamera();
    m_cameraCombo->setEnabled(camera);
    m_resolutionCombo->setEnabled(camera && !m_formats.isEmpty());
    m_startAction->setEnabled(camera);
    m_startAction->setText(isRunning() ? tr("&Stop") : tr("&Start"));
    m_startAction->setIcon(style()->standardIcon(isRunning() ? QStyle::SP_MediaStop : QStyle::SP_MediaPlay));
    m_captureAction->setEnabled(!m_frame.isNull());
    m_landmarksCheck->setEnabled(m_runner->hasAnalyzer());
    if (m_frame.isNull())
        m_preview->setPlaceholderText(!camera ? tr("No camera found.")
                                              : isRunning() ? tr("Waiting for the camera…")
                                                            : tr("Press Start to see the camera."));
}

} // namespace likeness::ui
