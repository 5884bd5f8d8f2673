#pragma once
// The Webcam dock: camera and resolution pickers, Start/Stop, a preview with
// live landmarks, and "Capture Still", which saves the frame as a PNG for the
// photo set. Frames reach presentVideoFrame() from the camera's QVideoSink, or
// presentFrame() directly (tests, other sources), so everything but the camera
// itself works on machines without one.
#include <QCameraDevice>
#include <QCameraFormat>
#include <QImage>
#include <QList>
#include <QWidget>

#include "capture/live_landmarks.h"

class QAction;
class QCamera;
class QCheckBox;
class QComboBox;
class QLabel;
class QMediaCaptureSession;
class QMediaDevices;
class QToolButton;
class QVideoFrame;
class QVideoSink;

namespace likeness::ui {

class LiveLandmarkRunner;
class WebcamPreview;

class WebcamPanel : public QWidget {
    Q_OBJECT
public:
    /// `analyzer` computes the live landmarks (see makeFaceMeshFrameAnalyzer());
    /// empty = no landmarks. `watchSystemCameras` = list QMediaDevices' cameras and
    /// follow their changes (tests pass false and call setAvailableCameras()).
    explicit WebcamPanel(FrameAnalyzer analyzer = {}, bool watchSystemCameras = true, QWidget* parent = nullptr);
    ~WebcamPanel() override;

    void setFrameAnalyzer(FrameAnalyzer analyzer);
    /// Replaces the camera list (from QMediaDevices::videoInputs()); keeps the chosen
    /// camera when it is still there, stops it when it went away.
    void setAvailableCameras(const QList<QCameraDevice>& cameras);

    bool hasCamera() const { return !m_cameras.isEmpty(); }
    bool isRunning() const { return m_camera != nullptr; }
    /// The newest frame (null before the first).
    QImage currentFrame() const { return m_frame; }
    /// The formats offered for the chosen camera, in the resolution picker's order.
    QList<QCameraFormat> formats() const { return m_formats; }
    QString statusText() const;

    QAction* startStopAction() const { return m_startAction; }
    QAction* captureStillAction() const { return m_captureAction; }
    QComboBox* cameraCombo() const { return m_cameraCombo; }
    QComboBox* resolutionCombo() const { return m_resolutionCombo; }
    QCheckBox* landmarksCheck() const { return m_landmarksCheck; }
    WebcamPreview* preview() const { return m_preview; }
    LiveLandmarkRunner* landmarkRunner() const { return m_runner; }

public Q_SLOTS:
    void start();
    void stop();
    /// Saves the current frame under AppDataLocation/captures/ (off the GUI thread);
    /// stillCaptured() or captureFailed() follows.
    void captureStill();
    /// A new frame (any format); the preview shows it, the landmark thread may analyse it.
    void presentFrame(const QImage& frame);
    /// The camera sink's frames: converted to QImage, then presentFrame().
    void presentVideoFrame(const QVideoFrame& frame);

Q_SIGNALS:
    void stillCaptured(const QString& path);
    void captureFailed(const QString& message);
    /// Landmarks of a frame arrived (also when no face was found).
    void landmarksUpdated(const likeness::ui::LiveLandmarks& landmarks);
    void runningChanged(bool running);

private:
    void chooseCamera(int index);
    void fillFormats();
    void applyFormat();
    void onLandmarks(const LiveLandmarks& landmarks);
    void onCameraError(const QString& message);
    void setStatus(const QString& text);
    void updateControls();

    QMediaDevices* m_devices = nullptr;
    QList<QCameraDevice> m_cameras;
    QList<QCameraFormat> m_formats;
    QCamera* m_camera = nullptr;
    QMediaCaptureSession* m_session = nullptr; // created by the first start(): spares the backend until needed
    QVideoSink* m_sink = nullptr;
    LiveLandmarkRunner* m_runner = nullptr;
    QImage m_frame;
    int m_savesRunning = 0;

    QComboBox* m_cameraCombo = nullptr;
    QComboBox* m_resolutionCombo = nullptr;
    QToolButton* m_startButton = nullptr;
    QToolButton* m_captureButton = nullptr;
    QCheckBox* m_landmarksCheck = nullptr;
    WebcamPreview* m_preview = nullptr;
    QLabel* m_status = nullptr;
    QAction* m_startAction = nullptr;
    QAction* m_captureAction = nullptr;
};

} // namespace likeness::ui
