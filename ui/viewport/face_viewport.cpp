#include "viewport/face_viewport.h"

#include <chrono>
#include <cmath>

#include <QFile>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QMatrix3x3>
#include <QMouseEvent>
#include <QOpenGLBuffer>
#include <QOpenGLFramebufferObject>
#include <QOpenGLShaderProgram>
#include <QOpenGLVertexArrayObject>
#include <QOpenGLWindow>
#include <QSurfaceFormat>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include "app/app_icon.h"
#include "viewport/sh_environment.h"

namespace likeness::ui {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr int kKeyLobeBands = 9;

QString shaderSource(const QString& name) {
    initResources();   // the shaders live in likeness_ui's resources (a static library)
    QFile file(QStringLiteral(":/shaders/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// S_l = pi exp(-(roughness l)^2) (render::specularKernel).
double specularFactor(int l, double roughness) { return kPi * std::exp(-(roughness * l) * (roughness * l)); }

/// Aspect-preserving letterbox of a projection made for `contentAspect` shown at `viewAspect`.
QMatrix4x4 letterbox(float contentAspect, float viewAspect) {
    QMatrix4x4 m;
    if (viewAspect > contentAspect) m.scale(contentAspect / viewAspect, 1, 1);
    else m.scale(1, viewAspect / contentAspect, 1);
    return m;
}

} // namespace

struct FaceViewport::GlResources {
    QOpenGLShaderProgram program;
    QOpenGLVertexArrayObject vao;
    QOpenGLBuffer dynamicVbo{QOpenGLBuffer::VertexBuffer};   // position + normal, re-posed with the expression
    QOpenGLBuffer staticVbo{QOpenGLBuffer::VertexBuffer};    // tangent, uv, colour
    QOpenGLBuffer indices{QOpenGLBuffer::IndexBuffer};
    GLuint textures[4] = {0, 0, 0, 0};                        // diffuse, specular, normal, light map
    GLuint environment[2] = {0, 0};                           // the light's diffuse and specular tables
    bool hasTexture[4] = {false, false, false, false};
    int indexCount = 0;
    std::unique_ptr<QOpenGLFramebufferObject> offscreen;      // the last still's or grab's target
};

/// The native GL surface of a FaceViewport: draws through it and hands it its input.
class ViewportGlWindow : public QOpenGLWindow {
public:
    explicit ViewportGlWindow(FaceViewport* owner) : m_owner(owner) {
        QSurfaceFormat format;
        format.setVersion(3, 3);
        format.setProfile(QSurfaceFormat::CoreProfile);
        format.setDepthBufferSize(24);
        format.setSamples(0);
        setFormat(format);
        connect(this, &QOpenGLWindow::frameSwapped, owner, &FaceViewport::frameSwapped);
    }

protected:
    void initializeGL() override { m_owner->initializeGL(); }
    void paintGL() override { m_owner->paintGL(); }
    void paintEvent(QPaintEvent* event) override {
        QOpenGLWindow::paintEvent(event);
        // No context could be made: QOpenGLWindow warns and never initialises.
        if (!m_owner->m_ready && m_owner->m_glError.isEmpty() && (!context() || !context()->isValid()))
            m_owner->fail(FaceViewport::tr("OpenGL is not available on this display."));
    }
    void mousePressEvent(QMouseEvent* e) override {
        QToolTip::hideText();
        m_owner->mousePressEvent(e);
    }
    void mouseMoveEvent(QMouseEvent* e) override {
        if (e->buttons() == Qt::NoButton) m_owner->hoverAt(e->globalPosition().toPoint());
        m_owner->mouseMoveEvent(e);
    }
    void wheelEvent(QWheelEvent* e) override { m_owner->wheelEvent(e); }
    void keyPressEvent(QKeyEvent* e) override { m_owner->keyPressEvent(e); }

private:
    FaceViewport* m_owner;
};

FaceViewport::FaceViewport(QWidget* parent)
    : QWidget(parent), m_gl(std::make_unique<GlResources>()), m_window(new ViewportGlWindow(this)),
      m_toolTipTimer(new QTimer(this)) {
    QWidget* container = QWidget::createWindowContainer(m_window, this);
    container->setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(container);
    setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(container);
    setMinimumSize(160, 120);
    setToolTip(tr("3D view: drag to orbit, Shift+drag or right-drag to pan, wheel to zoom, F to frame the face"));
    m_toolTipTimer->setSingleShot(true);
    m_toolTipTimer->setInterval(700);
    connect(m_toolTipTimer, &QTimer::timeout, this, [this] {
        if (underMouse() || rect().contains(mapFromGlobal(QCursor::pos()))) QToolTip::showText(m_hoverPos, toolTip(), this);
    });
}

FaceViewport::~FaceViewport() {
    if (m_ready && m_window->context()) {
        m_window->makeCurrent();
        releaseGl();
        m_window->doneCurrent();
    }
}

void FaceViewport::requestFrame() { m_window->update(); }

QWindow* FaceViewport::glWindow() const { return m_window; }

void FaceViewport::hoverAt(const QPoint& globalPos) {
    m_hoverPos = globalPos;
    if (QToolTip::isVisible()) QToolTip::hideText();
    m_toolTipTimer->start();
}

QImage FaceViewport::grabFramebuffer() {
    // QOpenGLWindow::grabFramebuffer reads back what is on screen without drawing; draw
    // the current state offscreen instead, as QOpenGLWidget's grab does.
    if (!m_ready || !m_scene) return {};
    const qreal dpr = m_window->devicePixelRatio();
    QImage image = renderStill(QSize(std::max(1, int(std::lround(width() * dpr))),
                                     std::max(1, int(std::lround(height() * dpr)))), 0);
    image.setDevicePixelRatio(dpr);
    return image;
}

void FaceViewport::fail(const QString& message) {
    m_ready = false;
    m_glError = message;
    Q_EMIT glStatusChanged(false);
}

void FaceViewport::initializeGL() {
    QOpenGLContext* context = m_window->context();
    if (!context || !context->isValid()) return fail(tr("OpenGL is not available on this display."));
    const QSurfaceFormat actual = context->format();
    if (actual.version() < qMakePair(3, 3) || !initializeOpenGLFunctions())
        return fail(tr("The 3D view needs OpenGL 3.3; this display offers %1.%2.")
                        .arg(actual.majorVersion()).arg(actual.minorVersion()));
    QOpenGLShaderProgram& p = m_gl->program;
    if (!p.addShaderFromSourceCode(QOpenGLShader::Vertex, shaderSource(QStringLiteral("face.vert"))) ||
        !p.addShaderFromSourceCode(QOpenGLShader::Fragment, shaderSource(QStringLiteral("face.frag"))) || !p.link())
        return fail(tr("The 3D view's shaders did not build: %1").arg(p.log()));
    m_gl->vao.create();
    m_gl->dynamicVbo.create();
    m_gl->dynamicVbo.setUsagePattern(QOpenGLBuffer::DynamicDraw);
    m_gl->staticVbo.create();
    m_gl->indices.create();
    glGenTextures(4, m_gl->textures);
    glGenTextures(2, m_gl->environment);
    const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    m_renderer = renderer ? QString::fromLatin1(renderer) : QString();
    m_ready = true;
    m_glError.clear();
    m_sceneDirty = m_scene != nullptr;
    m_lightDirty = true;
    Q_EMIT glStatusChanged(true);
}

void FaceViewport::releaseGl() {
    m_gl->offscreen.reset();
    glDeleteTextures(4, m_gl->textures);
    glDeleteTextures(2, m_gl->environment);
    m_gl->vao.destroy();
    m_gl->dynamicVbo.destroy();
    m_gl->staticVbo.destroy();
    m_gl->indices.destroy();
}

void FaceViewport::setScene(ViewportScenePtr scene) {
    const bool similar = scene && m_scene && (scene->centre - m_scene->centre).length() < 0.2f * scene->radius &&
                         std::abs(scene->radius - m_scene->radius) < 0.2f * scene->radius;
    m_scene = std::move(scene);
    if (m_scene) {
        m_light = m_scene->fittedLight;
        m_lightDirty = true;
        m_weights = m_scene->fittedWeights;
        m_camera.setPhotoCamera(m_scene->camera);
        if (!similar) {
            m_camera.setBounds(m_scene->centre, m_scene->radius);
            m_camera.setPreset(ViewPreset::Photo);
        }
    }
    m_sceneDirty = true;
    m_poseDirty = true;
    requestFrame();
    Q_EMIT viewChanged();
}

void FaceViewport::setShadingMode(ShadingMode mode) {
    m_mode = mode;
    requestFrame();
}

void FaceViewport::setWireframe(bool on) {
    m_wireframe = on;
    requestFrame();
}

void FaceViewport::setLight(const ViewportLight& light) {
    m_light = light;
    m_lightDirty = true;
    requestFrame();
}

void FaceViewport::setExpressionWeights(const std::vector<float>& weights) {
    m_weights = weights;
    m_poseDirty = true;
    requestFrame();
}

void FaceViewport::setMapEdits(const likeness::MapEdits& edits) {
    m_mapEdits = edits;
    requestFrame();
}

void FaceViewport::setViewPreset(ViewPreset preset) {
    m_camera.setPreset(preset);
    requestFrame();
    Q_EMIT viewChanged();
}

void FaceViewport::frameFace() {
    m_camera.frame();
    requestFrame();
    Q_EMIT viewChanged();
}

void FaceViewport::uploadScene() {
    const ViewportScene& s = *m_scene;
    const int v = s.vertexCount();
    std::vector<float> data(static_cast<size_t>(v) * 9);
    for (int i = 0; i < v; ++i) {
        float* d = &data[static_cast<size_t>(i) * 9];
        for (int k = 0; k < 4; ++k) d[k] = s.tangents.size() == size_t(v) * 4 ? s.tangents[size_t(i) * 4 + k] : (k == 0 || k == 3);
        d[4] = s.uvs[size_t(i) * 2];
        d[5] = s.uvs[size_t(i) * 2 + 1];
        for (int k = 0; k < 3; ++k) d[6 + k] = s.colors.size() == size_t(v) * 3 ? s.colors[size_t(i) * 3 + k] : 0.7f;
    }
    m_gl->vao.bind();
    m_gl->staticVbo.bind();
    m_gl->staticVbo.allocate(data.data(), static_cast<int>(data.size() * sizeof(float)));
    const int stride = 9 * sizeof(float);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, stride, nullptr);
    glEnableVertexAttribArray(3);
    glVertexAttribPointer(3, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(4 * sizeof(float)));
    glEnableVertexAttribArray(4);
    glVertexAttribPointer(4, 3, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(6 * sizeof(float)));
    m_gl->dynamicVbo.bind();
    m_gl->dynamicVbo.allocate(static_cast<int>(size_t(v) * 6 * sizeof(float)));
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, 6 * sizeof(float), nullptr);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, 6 * sizeof(float), reinterpret_cast<void*>(3 * sizeof(float)));
    m_gl->indices.bind();
    m_gl->indices.allocate(s.triangles.data(), static_cast<int>(s.triangles.size() * sizeof(int)));
    m_gl->indexCount = static_cast<int>(s.triangles.size());
    m_gl->vao.release();
    uploadTextures();
    m_poseDirty = true;
}

void FaceViewport::uploadTextures() {
    const QImage* images[4] = {&m_scene->diffuse, &m_scene->specular, &m_scene->normal, &m_scene->lightMap};
    for (int t = 0; t < 4; ++t) {
        const QImage& source = *images[t];
        m_gl->hasTexture[t] = !source.isNull();
        if (source.isNull()) continue;
        glBindTexture(GL_TEXTURE_2D, m_gl->textures[t]);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
        // Image row 0 is v = 0 (the top, Likeness UVs run down): uploaded as is.
        if (t == 0) {
            // The diffuse map is sRGB: an sRGB texture decodes (and mipmaps) it in linear
            // light, which is cheaper than decoding per pixel in the shader. 8 bits suffice
            // for display.
            const QImage image = source.convertToFormat(QImage::Format_RGBA8888);
            glTexImage2D(GL_TEXTURE_2D, 0, GL_SRGB8_ALPHA8, image.width(), image.height(), 0, GL_RGBA,
                         GL_UNSIGNED_BYTE, image.constBits());
        } else if (source.depth() > 32) {
            const QImage image = source.convertToFormat(QImage::Format_RGBA64);
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA16, image.width(), image.height(), 0, GL_RGBA, GL_UNSIGNED_SHORT,
                         image.constBits());
        } else {
            const QImage image = source.convertToFormat(QImage::Format_RGBA8888);
            glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, image.width(), image.height(), 0, GL_RGBA, GL_UNSIGNED_BYTE,
                         image.constBits());
        }
        glGenerateMipmap(GL_TEXTURE_2D);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    }
    glBindTexture(GL_TEXTURE_2D, 0);
}

void FaceViewport::uploadPose() {
    blendMorphs(*m_scene, m_weights, m_posedPositions, m_posedNormals);
    const size_t v = m_posedPositions.size() / 3;
    std::vector<float> data(v * 6);
    for (size_t i = 0; i < v; ++i) {
        for (int k = 0; k < 3; ++k) {
            data[i * 6 + k] = m_posedPositions[i * 3 + k];
            data[i * 6 + 3 + k] = m_posedNormals[i * 3 + k];
        }
    }
    m_gl->dynamicVbo.bind();
    m_gl->dynamicVbo.write(0, data.data(), static_cast<int>(data.size() * sizeof(float)));
    m_gl->dynamicVbo.release();
}

void FaceViewport::uploadLight() {
    const ShEnvironment env = shEnvironment(m_light, m_scene ? m_scene->roughness : 0.4);
    const std::vector<float>* tables[2] = {&env.diffuse, &env.specular};
    for (int t = 0; t < 2; ++t) {
        glBindTexture(GL_TEXTURE_2D, m_gl->environment[t]);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA16F, ShEnvironment::kWidth, ShEnvironment::kHeight, 0, GL_RGB, GL_FLOAT,
                     tables[t]->data());
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_REPEAT);         // longitude wraps
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);  // the poles
    }
    glBindTexture(GL_TEXTURE_2D, 0);
}

void FaceViewport::setLightUniforms() {
    QOpenGLShaderProgram& p = m_gl->program;
    const double roughness = m_scene ? m_scene->roughness : 0.4;
    for (int t = 0; t < 2; ++t) {
        glActiveTexture(GL_TEXTURE4 + t);
        glBindTexture(GL_TEXTURE_2D, m_gl->environment[t]);
    }
    p.setUniformValue("uDiffuseEnv", 4);
    p.setUniformValue("uSpecularEnv", 5);
    GLfloat kernel[kKeyLobeBands];
    for (int l = 0; l < kKeyLobeBands; ++l) kernel[l] = static_cast<GLfloat>(specularFactor(l, roughness));
    p.setUniformValueArray("uSpecularKernel", kernel, kKeyLobeBands, 1);
    p.setUniformValue("uKeyEnabled", m_light.keyEnabled);
    p.setUniformValue("uKeyDirection", QVector3D(m_light.keyDirection[0], m_light.keyDirection[1], m_light.keyDirection[2]).normalized());
    p.setUniformValue("uKeyRadiance", QVector3D(m_light.keyRadiance[0], m_light.keyRadiance[1], m_light.keyRadiance[2]));
}

void FaceViewport::drawScene(float aspect) {
    glClearColor(0.16f, 0.17f, 0.19f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    if (!m_scene || m_gl->indexCount == 0) return;
    glEnable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);

    QMatrix4x4 projection = m_camera.projectionMatrix(aspect);
    if (m_camera.usesPhotoCamera()) {
        const PhotoCamera& c = m_camera.photoCamera();
        projection = letterbox(static_cast<float>(c.width) / c.height, aspect) * projection;
    }
    QOpenGLShaderProgram& p = m_gl->program;
    p.bind();
    p.setUniformValue("uViewProjection", projection * m_camera.viewMatrix());
    const auto& r = m_scene->camera.rotation;
    p.setUniformValue("uModelToLight", QMatrix3x3(r.data()));
    p.setUniformValue("uEye", m_camera.eyePosition());
    setLightUniforms();
    const char* samplers[4] = {"uDiffuseMap", "uSpecularMap", "uNormalMap", "uLightMap"};
    const char* flags[4] = {"uHasDiffuseMap", "uHasSpecularMap", "uHasNormalMap", "uHasLightMap"};
    for (int t = 0; t < 4; ++t) {
        glActiveTexture(GL_TEXTURE0 + t);
        glBindTexture(GL_TEXTURE_2D, m_gl->textures[t]);
        p.setUniformValue(samplers[t], t);
        p.setUniformValue(flags[t], m_gl->hasTexture[t]);
    }
    p.setUniformValue("uSpecularDefault", 0.05f);
    p.setUniformValue("uAlbedoGain", std::exp2(m_mapEdits.diffuseExposure));
    p.setUniformValue("uAlbedoSaturation", m_mapEdits.diffuseSaturation);
    p.setUniformValue("uSpecularStrength", m_mapEdits.specularStrength);
    p.setUniformValue("uNormalStrength", m_mapEdits.normalStrength);
    p.setUniformValue("uWireColor", QVector3D(0.95f, 0.62f, 0.2f));
    p.setUniformValue("uMode", static_cast<int>(m_mode));

    m_gl->vao.bind();
    glDrawElements(GL_TRIANGLES, m_gl->indexCount, GL_UNSIGNED_INT, nullptr);
    if (m_wireframe) {
        p.setUniformValue("uMode", 6);
        glPolygonMode(GL_FRONT_AND_BACK, GL_LINE);
        glEnable(GL_POLYGON_OFFSET_LINE);
        glPolygonOffset(-1.0f, -1.0f);
        glDrawElements(GL_TRIANGLES, m_gl->indexCount, GL_UNSIGNED_INT, nullptr);
        glDisable(GL_POLYGON_OFFSET_LINE);
        glPolygonMode(GL_FRONT_AND_BACK, GL_FILL);
    }
    m_gl->vao.release();
    glActiveTexture(GL_TEXTURE0);
    p.release();
}

void FaceViewport::paintGL() {
    if (!m_ready) return;
    const auto start = std::chrono::steady_clock::now();
    if (m_scene && m_sceneDirty) uploadScene();
    if (!m_scene) m_gl->indexCount = 0;
    m_sceneDirty = false;
    if (m_scene && m_poseDirty) uploadPose();
    m_poseDirty = false;
    if (m_lightDirty) uploadLight();
    m_lightDirty = false;
    const qreal dpr = m_window->devicePixelRatio();
    glViewport(0, 0, static_cast<GLsizei>(std::lround(m_window->width() * dpr)),
               static_cast<GLsizei>(std::lround(m_window->height() * dpr)));
    drawScene(static_cast<float>(m_window->width()) / std::max(m_window->height(), 1));
    m_lastFrameMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    Q_EMIT frameRendered(m_lastFrameMs);
}

QImage FaceViewport::renderStill(const QSize& size, int samples, QString* error) {
    auto refuse = [&](const QString& why) {
        if (error) *error = why;
        return QImage();
    };
    if (!m_scene) return refuse(tr("There is no face to render."));
    if (size.width() < 1 || size.height() < 1 || size.width() > 8192 || size.height() > 8192)
        return refuse(tr("A still must be 1 to 8192 pixels on each side."));
    // The GL window makes its context on its first frame: until then there is none.
    if (!m_ready && !isVisible()) return refuse(m_glError.isEmpty() ? tr("The 3D view is not shown.") : m_glError);
    m_window->makeCurrent();
    if (!m_ready) {
        m_window->doneCurrent();
        return refuse(m_glError.isEmpty() ? tr("OpenGL is not available.") : m_glError);
    }
    if (m_sceneDirty) uploadScene();
    m_sceneDirty = false;
    if (m_poseDirty) uploadPose();
    m_poseDirty = false;
    if (m_lightDirty) uploadLight();
    m_lightDirty = false;
    // Kept for the next still or grab of the same size (grabs come every frame in a drag).
    std::unique_ptr<QOpenGLFramebufferObject>& fbo = m_gl->offscreen;
    if (!fbo || fbo->size() != size || fbo->format().samples() != samples) {
        fbo.reset();
        QOpenGLFramebufferObjectFormat format;
        format.setAttachment(QOpenGLFramebufferObject::Depth);
        format.setSamples(samples);
        fbo = std::make_unique<QOpenGLFramebufferObject>(size, format);
    }
    if (!fbo->isValid()) {
        fbo.reset();
        m_window->doneCurrent();
        return refuse(tr("Could not create a %1 x %2 framebuffer.").arg(size.width()).arg(size.height()));
    }
    fbo->bind();
    glViewport(0, 0, size.width(), size.height());
    drawScene(static_cast<float>(size.width()) / size.height());
    fbo->release();
    QImage image = fbo->toImage().convertToFormat(QImage::Format_RGB32);   // rows top-down
    m_window->doneCurrent();
    return image;
}

void FaceViewport::mousePressEvent(QMouseEvent* event) {
    m_lastMouse = event->position().toPoint();
    setFocus(Qt::MouseFocusReason);
}

void FaceViewport::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    const QPoint d = pos - m_lastMouse;
    m_lastMouse = pos;
    const bool panning = (event->buttons() & (Qt::RightButton | Qt::MiddleButton)) ||
                         ((event->buttons() & Qt::LeftButton) && (event->modifiers() & Qt::ShiftModifier));
    if (panning) m_camera.pan(static_cast<float>(d.x()), static_cast<float>(d.y()), height());
    else if (event->buttons() & Qt::LeftButton) m_camera.orbit(static_cast<float>(d.x()), static_cast<float>(d.y()));
    else return;
    requestFrame();
    Q_EMIT viewChanged();
}

void FaceViewport::wheelEvent(QWheelEvent* event) {
    m_camera.zoom(static_cast<float>(event->angleDelta().y()) / 120.0f);
    requestFrame();
    Q_EMIT viewChanged();
    event->accept();
}

void FaceViewport::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_F && event->modifiers() == Qt::NoModifier) return frameFace();
    QWidget::keyPressEvent(event);
}

} // namespace likeness::ui
