#include "viewport/viewport_panel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QOpenGLContext>
#include <QMessageBox>
#include <QSaveFile>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>


namespace likeness::ui {
namespace {

constexpr int kStillScale = 2;   // stills at twice the view's size

QToolButton* toolButton(QAction* action) {
    auto* b = new QToolButton;
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

ViewportPanel::ViewportPanel(QWidget* parent) : QWidget(parent) {
    m_placeholder = new QWidget(this);
    m_placeholder->setLayout(new QVBoxLayout);
    m_placeholder->layout()->setContentsMargins(0, 0, 0, 0);
    m_shading = new QComboBox;
    m_shading->setObjectName(QStringLiteral("shadingMode"));
    for (int i = 0; i < 6; ++i) m_shading->addItem(QString(), i);
    connect(m_shading, &QComboBox::currentIndexChanged, this,
            [this](int i) { if (m_viewport) m_viewport->setShadingMode(static_cast<ShadingMode>(i)); });
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("viewPreset"));
    for (int i = 0; i < 6; ++i) m_preset->addItem(QString(), i);
    connect(m_preset, &QComboBox::activated, this,
            [this](int i) { if (m_viewport) m_viewport->setViewPreset(static_cast<ViewPreset>(i)); });

    m_wireframe = new QAction(this);
    m_wireframe->setCheckable(true);
    m_wireframe->setShortcut(QKeySequence(Qt::Key_W));
    m_wireframe->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_wireframe, &QAction::toggled, this, [this](bool on) { if (m_viewport) m_viewport->setWireframe(on); });
    m_frame = new QAction(this);
    connect(m_frame, &QAction::triggered, this, [this] { if (m_viewport) m_viewport->frameFace(); });
    m_still = new QAction(this);
    m_still->setEnabled(false);
    connect(m_still, &QAction::triggered, this, &ViewportPanel::saveStillDialog);
    addAction(m_wireframe);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_shading);
    tools->addWidget(toolButton(m_wireframe));
    tools->addSpacing(12);
    tools->addWidget(m_preset);
    tools->addWidget(toolButton(m_frame));
    tools->addStretch();
    tools->addWidget(toolButton(m_still));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_status);
    layout->addWidget(m_placeholder, 1);
    retranslate();
    setStatus(tr("Fit a face to see it in 3D."));
}

ViewportPanel::~ViewportPanel() = default;

bool ViewportPanel::openGlAvailable() {
    static const bool available = [] {
        // Qt's offscreen platform has no OpenGL compositing: a window with an OpenGL widget crashes there.
        if (QGuiApplication::platformName() == QLatin1String("offscreen")) return false;
        QOpenGLContext context;
        return context.create() && context.isValid();
    }();
    return available;
}

void ViewportPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_viewport) createViewport();
}

void ViewportPanel::createViewport() {
    if (!openGlAvailable()) {
        setStatus(tr("The 3D view needs OpenGL, which this display does not offer."));
        return;
    }
    m_viewport = new FaceViewport(m_placeholder);
    m_placeholder->layout()->addWidget(m_viewport);
    connect(m_viewport, &FaceViewport::glStatusChanged, this, [this](bool ready) {
        if (!ready) setStatus(m_viewport->glError());
    });
    connect(m_viewport, &FaceViewport::viewChanged, this, [this] {
        const OrbitCamera& c = m_viewport->camera();
        m_preset->setCurrentIndex(static_cast<int>(c.usesPhotoCamera() ? ViewPreset::Photo : c.preset()));
    });
    m_viewport->setShadingMode(static_cast<ShadingMode>(m_shading->currentIndex()));
    m_viewport->setWireframe(m_wireframe->isChecked());
    m_still->setEnabled(m_scene != nullptr);
    if (m_scene) {
        m_viewport->setScene(m_scene);
        if (!m_weights.empty()) m_viewport->setExpressionWeights(m_weights);
        if (m_lightSet) m_viewport->setLight(m_light);
        m_viewport->setMapEdits(m_mapEdits);
    }
}

void ViewportPanel::setExpressionWeights(const std::vector<float>& weights) {
    m_weights = weights;
    if (m_viewport && m_scene) m_viewport->setExpressionWeights(weights);
}

void ViewportPanel::setLight(const ViewportLight& light) {
    m_light = light;
    m_lightSet = true;
    if (m_viewport && m_scene) m_viewport->setLight(light);
}

void ViewportPanel::setMapEdits(const likeness::MapEdits& edits) {
    m_mapEdits = edits;
    if (m_viewport) m_viewport->setMapEdits(edits);
}

void ViewportPanel::retranslate() {
    const QString modes[] = {tr("Final"), tr("Diffuse Albedo"), tr("Specular"), tr("Normals"), tr("Shading"),
                             tr("Light Map")};
    for (int i = 0; i < 6; ++i) m_shading->setItemText(i, modes[i]);
    m_shading->setToolTip(tr("What the 3D view shows: the final render, one of the fitted maps, the normals, "
                             "the light alone on a white face, or the light map"));
    const QString presets[] = {tr("Photo Camera"), tr("Front"), tr("Left"), tr("Right"), tr("Top"), tr("Three-Quarter")};
    for (int i = 0; i < 6; ++i) m_preset->setItemText(i, presets[i]);
    m_preset->setToolTip(tr("Preset views; Photo Camera lines the face up with the photo"));
    m_wireframe->setText(tr("Wireframe"));
    m_wireframe->setToolTip(tr("Draw the mesh's edges over the surface (W)"));
    m_frame->setText(tr("Frame"));
    m_frame->setToolTip(tr("Fit the face into the view (F)"));
    m_still->setText(tr("Render Still…"));
    m_still->setToolTip(tr("Save the current view, as lit now, as a PNG image at twice the view's size"));
}

void ViewportPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void ViewportPanel::setStatus(const QString& text) {
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString ViewportPanel::statusText() const { return m_status->isVisible() ? m_status->text() : QString(); }

void ViewportPanel::showFit(const FitResultPtr& result, std::shared_ptr<const likeness::FaceTopology> topology) {
    const quint64 id = m_nextBuild++;
    if (!result || !topology) {
        m_building = 0;
        m_scene = nullptr;
        if (m_viewport) m_viewport->setScene(nullptr);
        m_still->setEnabled(false);
        setStatus(result ? tr("The face topology is not available, so the 3D view stays empty.")
                         : tr("Fit a face to see it in 3D."));
        return;
    }
    m_building = id;
    setStatus(tr("Preparing the 3D face…"));
    struct Build {
        ViewportScenePtr scene;
        QString error;
    };
    auto* watcher = new QFutureWatcher<Build>(this);
    connect(watcher, &QFutureWatcher<Build>::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        if (id != m_building) return;   // superseded
        m_building = 0;
        const Build build = watcher->result();
        if (!build.scene) {
            setStatus(tr("The 3D face could not be built: %1").arg(build.error));
            Q_EMIT sceneFailed(build.error);
            return;
        }
        m_scene = build.scene;
        m_weights = m_scene->fittedWeights;
        m_lightSet = false;
        if (m_viewport) m_viewport->setScene(m_scene);
        m_still->setEnabled(m_viewport != nullptr);
        setStatus(m_viewport ? m_viewport->glError()
                             : openGlAvailable() ? QString() : tr("The 3D view needs OpenGL, which this display does not offer."));
        Q_EMIT sceneReady(build.scene);
    });
    watcher->setFuture(QtConcurrent::run([result, topology]() -> Build {
        try {
            return {std::make_shared<const ViewportScene>(buildViewportScene(
                        result->fit, *topology, result->maps, result->mapStageLight, result->mapStageBands)),
                    {}};
        } catch (const std::exception& e) {
            return {nullptr, QString::fromUtf8(e.what())};
        }
    }));
}

bool ViewportPanel::saveStill(const QString& path, const QSize& size, QString* error) {
    if (!m_viewport) {
        if (error) *error = tr("The 3D view needs OpenGL, which this display does not offer.");
        return false;
    }
    const QImage image = m_viewport->renderStill(size, 4, error);
    if (image.isNull()) return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error) *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    Q_EMIT stillSaved(path);
    return true;
}

void ViewportPanel::saveStillDialog() {
    QString path = QFileDialog::getSaveFileName(this, tr("Render Still"), QDir::homePath() + QStringLiteral("/still.png"),
                                                tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) path += QStringLiteral(".png");
    QString error;
    if (!m_viewport) return;
    if (!saveStill(path, m_viewport->size() * m_viewport->devicePixelRatioF() * kStillScale, &error))
        QMessageBox::warning(this, tr("Render Still"), error);
}

} // namespace likeness::ui
