#pragma once
// The 3D view tab: the viewport with its tool row (shading mode, wireframe,
// preset views, frame, render still) and the off-thread building of the scene
// from a finished fit.
#include <memory>

#include <QFutureWatcher>
#include <QWidget>

#include "controllers/fit_snapshot.h"
#include "viewport/face_viewport.h"

class QAction;
class QComboBox;
class QLabel;
class QToolButton;

namespace likeness {
class FaceTopology;
}

namespace likeness::ui {

class ViewportPanel : public QWidget {
    Q_OBJECT
public:
    explicit ViewportPanel(QWidget* parent = nullptr);
    ~ViewportPanel() override;

    /// The OpenGL view; created when the panel is first shown on a display with
    /// OpenGL (a window holding an OpenGL widget needs OpenGL to draw at all), so
    /// null before that and on displays without it (e.g. the offscreen platform).
    FaceViewport* viewport() const { return m_viewport; }
    /// Whether this display can create an OpenGL context (checked once).
    static bool openGlAvailable();
    QComboBox* shadingCombo() const { return m_shading; }
    QComboBox* presetCombo() const { return m_preset; }
    QAction* wireframeAction() const { return m_wireframe; }
    QAction* frameAction() const { return m_frame; }
    QAction* renderStillAction() const { return m_still; }

    /// Builds the 3D face of `result` on a worker thread (the exporter's mesh and rig,
    /// the last stage's maps and light) and shows it; null clears. A newer call
    /// supersedes a build still running.
    void showFit(const FitResultPtr& result, std::shared_ptr<const likeness::FaceTopology> topology);
    /// The scene shown (null: none yet).
    ViewportScenePtr scene() const { return m_scene; }
    /// Forwarded to the viewport, also when it is created later.
    void setExpressionWeights(const std::vector<float>& weights);
    void setLight(const ViewportLight& light);
    void setMapEdits(const likeness::MapEdits& edits);
    /// The scene is being built.
    bool isBuilding() const { return m_building != 0; }
    /// The message shown over the view (building, errors; empty when the face is shown).
    QString statusText() const;

    /// Renders the view at `size` and writes it to `path` (PNG, atomically); false
    /// with the reason in `error`.
    bool saveStill(const QString& path, const QSize& size, QString* error);

public Q_SLOTS:
    /// Asks for a file and saves a still of the current view (twice the view's size).
    void saveStillDialog();

Q_SIGNALS:
    /// A scene was built and shown (or the build failed: `error` says why).
    void sceneReady(const likeness::ui::ViewportScenePtr& scene);
    void sceneFailed(const QString& error);
    void stillSaved(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void createViewport();
    void setStatus(const QString& text);
    void retranslate();
    void changeEvent(QEvent* event) override;

    FaceViewport* m_viewport = nullptr;
    QWidget* m_placeholder = nullptr;   // where the viewport goes
    ViewportScenePtr m_scene;
    std::vector<float> m_weights;
    ViewportLight m_light;
    bool m_lightSet = false;
    likeness::MapEdits m_mapEdits;
    QComboBox* m_shading = nullptr;
    QComboBox* m_preset = nullptr;
    QAction* m_wireframe = nullptr;
    QAction* m_frame = nullptr;
    QAction* m_still = nullptr;
    QLabel* m_status = nullptr;
    quint64 m_building = 0;     // id of the build in flight (0: none)
    quint64 m_nextBuild = 1;
};

} // namespace likeness::ui
