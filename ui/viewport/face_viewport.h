#pragma once
// The 3D viewport: the fitted face in OpenGL 3.3 with the core's shading model
// (resources/shaders/face.frag mirrors render/shading.cpp), orbit/pan/zoom,
// preset views (including the photo's own camera), shading modes, a wireframe
// overlay, live expression weights and relit stills.
//
// The GL surface is a native child window (QOpenGLWindow in a window container)
// rather than a QOpenGLWidget: a QOpenGLWidget makes Qt compose the whole main
// window through OpenGL on every frame, which on software GL cost more than drawing
// the face (likeness-bench viewport measures both). Input reaches the widget's
// handlers from the window, so the widget API (events, signals, grabs) is unchanged.
#include <memory>
#include <vector>

#include <QOpenGLFunctions_3_3_Core>
#include <QPoint>
#include <QString>
#include <QWidget>

#include "export/map_edits.h"
#include "viewport/orbit_camera.h"
#include "viewport/viewport_scene.h"

class QOpenGLShaderProgram;
class QTimer;
class QWindow;

namespace likeness::ui {

enum class ShadingMode { Final, Diffuse, Specular, Normals, Shading, LightMap };

class ViewportGlWindow;

class FaceViewport : public QWidget, protected QOpenGLFunctions_3_3_Core {
    Q_OBJECT
public:
    explicit FaceViewport(QWidget* parent = nullptr);
    ~FaceViewport() override;

    /// Shows `scene` (null clears) with its fitted expression and light; keeps the view
    /// when the new face has about the same bounds, else frames it from the photo camera.
    void setScene(ViewportScenePtr scene);
    ViewportScenePtr scene() const { return m_scene; }

    void setShadingMode(ShadingMode mode);
    ShadingMode shadingMode() const { return m_mode; }
    void setWireframe(bool on);
    bool wireframe() const { return m_wireframe; }
    /// The light to shade with (the scene's fitted light until set).
    void setLight(const ViewportLight& light);
    const ViewportLight& light() const { return m_light; }
    /// One weight per morph target (ARKit order); the mesh is re-posed on the next frame.
    void setExpressionWeights(const std::vector<float>& weights);
    /// The artist's map edits, applied in the shader (as the exporter applies them to the maps).
    void setMapEdits(const likeness::MapEdits& edits);
    const likeness::MapEdits& mapEdits() const { return m_mapEdits; }
    const std::vector<float>& expressionWeights() const { return m_weights; }

    void setViewPreset(ViewPreset preset);
    void frameFace();
    OrbitCamera& camera() { return m_camera; }

    /// Renders the current view at `size` pixels into an image (an offscreen
    /// framebuffer, `samples` multisampling); null when OpenGL is not available or
    /// there is no scene, with the reason in `error`.
    QImage renderStill(const QSize& size, int samples = 4, QString* error = nullptr);

    /// OpenGL initialised and the shaders built; else glError() says why.
    bool isGlReady() const { return m_ready; }
    QString glError() const { return m_glError; }
    /// CPU time of the last paintGL (ms), re-posing included.
    double lastFrameMs() const { return m_lastFrameMs; }
    /// Draws the current view at the widget's size and reads it back (null before
    /// OpenGL is ready).
    QImage grabFramebuffer();
    /// The native window the view draws in (input and focus arrive there).
    QWindow* glWindow() const;
    /// GL_RENDERER of the context (empty before OpenGL is ready).
    QString glRenderer() const { return m_renderer; }

Q_SIGNALS:
    /// OpenGL became ready (true) or failed (false, glError() says why).
    void glStatusChanged(bool ready);
    void viewChanged();
    void frameRendered(double milliseconds);
    /// A frame reached the screen (after the swap).
    void frameSwapped();

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    friend class ViewportGlWindow;
    struct GlResources;
    void initializeGL();
    void paintGL();
    /// Schedules a repaint of the GL window (QWidget::update would only repaint the container).
    void requestFrame();
    void hoverAt(const QPoint& globalPos);
    void fail(const QString& message);
    void uploadScene();
    void uploadPose();
    void uploadTextures();
    void releaseGl();
    void drawScene(float aspect);
    void setLightUniforms();
    void uploadLight();

    std::unique_ptr<GlResources> m_gl;
    ViewportGlWindow* m_window = nullptr;   // owned by its container, a child widget
    QTimer* m_toolTipTimer = nullptr;       // the window gets no tool-tip events: hover shows it
    QPoint m_hoverPos;
    bool m_ready = false;
    QString m_glError;
    QString m_renderer;
    ViewportScenePtr m_scene;
    bool m_sceneDirty = false, m_poseDirty = false, m_lightDirty = true;
    ViewportLight m_light;
    likeness::MapEdits m_mapEdits;
    std::vector<float> m_weights;
    std::vector<float> m_posedPositions, m_posedNormals;
    ShadingMode m_mode = ShadingMode::Final;
    bool m_wireframe = false;
    OrbitCamera m_camera;
    QPoint m_lastMouse;
    double m_lastFrameMs = 0;
};

} // namespace likeness::ui
