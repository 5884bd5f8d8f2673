#include "panels/lighting_panel.h"

#include <cmath>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "common/error.h"
#include "lighting/environment_map.h"
#include "panels/lighting_json.h"
#include "session/state_edit_command.h"

namespace likeness::ui {
namespace {

// The edited controls; also the low bits of the undo merge ids.
enum Control {
    SourceControl, RotationControl, IntensityControl, TemperatureControl, KeyEnabledControl, KeyAzimuthControl,
    KeyElevationControl, KeyIntensityControl, KeyTemperatureControl, ResetControl, EnvironmentControl
};
constexpr int kMergeBase = 0x4C470000;   // 'LG': distinct from other panels' merge ids

} // namespace

struct LightingPanel::EnvironmentResult {
    int request = 0;
    QString path;
    bool ok = false;
    likeness::EnvironmentLight light;
    QString error;
};

LightingPanel::LightingPanel(QWidget* parent) : QWidget(parent) {
    buildUi();
    syncWidgets();
    m_controls->setEnabled(false);
}

LightingPanel::~LightingPanel() = default;

QSlider* LightingPanel::addSlider(QFormLayout* form, const QString& label, const QString& tip, int min, int max,
                                  int step, int control) {
    auto* slider = new QSlider(Qt::Horizontal, this);
    slider->setRange(min, max);
    slider->setSingleStep(step);
    slider->setPageStep(step * 10);
    slider->setToolTip(tip);
    slider->setAccessibleName(label);
    auto* value = new QLabel(this);
    value->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("-180°_")));
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setToolTip(tip);
    auto* row = new QHBoxLayout;
    row->addWidget(slider, 1);
    row->addWidget(value);
    auto* labelWidget = new QLabel(label, this);
    labelWidget->setToolTip(tip);
    labelWidget->setBuddy(slider);
    form->addRow(labelWidget, row);
    m_valueLabels.emplace_back(slider, value);
    // A press and a release each start a new merge group: one drag = one undo step.
    connect(slider, &QSlider::sliderPressed, this, [this] { ++m_gesture; });
    connect(slider, &QSlider::sliderReleased, this, [this] { ++m_gesture; });
    connect(slider, &QSlider::valueChanged, this, [this, control] { onControlEdited(control); });
    return slider;
}

void LightingPanel::buildUi() {
    m_hint = new QLabel(tr("Fit a face first: the lighting edits the light of the reconstruction."), this);
    m_hint->setWordWrap(true);
    m_hint->setToolTip(tr("The Lighting panel becomes available once a fitted light exists"));

    m_controls = new QWidget(this);
    auto* form = new QFormLayout;

    m_source = new QComboBox(this);
    m_source->addItem(tr("Fitted"));
    m_source->addItem(tr("Studio"));
    m_source->addItem(tr("Rim"));
    m_source->addItem(tr("Top"));
    m_source->addItem(tr("Hard side"));
    m_source->addItem(tr("Environment file"));
    m_source->setItemData(FittedItem, tr("The light estimated by the fit"), Qt::ToolTipRole);
    m_source->setItemData(StudioItem, tr("A soft large key light from the upper front, a fill and ambient light"),
                          Qt::ToolTipRole);
    m_source->setItemData(RimItem, tr("Bright lights behind the head from both sides, a dim front"), Qt::ToolTipRole);
    m_source->setItemData(TopItem, tr("Light from straight above"), Qt::ToolTipRole);
    m_source->setItemData(HardSideItem, tr("A strong narrow light from one side, little ambient light"),
                          Qt::ToolTipRole);
    m_source->setItemData(EnvironmentItem, tr("An equirectangular HDR/EXR/PNG environment, projected to SH"),
                          Qt::ToolTipRole);
    m_source->setToolTip(tr("The base light: the fitted light, a preset or an environment file"));
    connect(m_source, qOverload<int>(&QComboBox::activated), this, [this] { onControlEdited(SourceControl); });
    auto* sourceLabel = new QLabel(tr("&Light:"), this);
    sourceLabel->setBuddy(m_source);
    sourceLabel->setToolTip(m_source->toolTip());
    form->addRow(sourceLabel, m_source);

    m_loadAction = new QAction(tr("Load &Environment…"), this);
    m_loadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_loadAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_loadAction->setToolTip(tr("Load an equirectangular environment (.hdr, .exr, .png, .jpg) as the light (%1)")
                                 .arg(m_loadAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_loadAction, &QAction::triggered, this, &LightingPanel::onBrowseEnvironment);
    addAction(m_loadAction);
    m_loadButton = new QPushButton(tr("Load environment…"), this);
    m_loadButton->setToolTip(m_loadAction->toolTip());
    connect(m_loadButton, &QPushButton::clicked, m_loadAction, &QAction::trigger);
    m_environmentName = new QLabel(this);
    m_environmentName->setToolTip(tr("The environment file in use"));
    m_environmentName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* envRow = new QHBoxLayout;
    envRow->addWidget(m_loadButton);
    envRow->addWidget(m_environmentName, 1);
    form->addRow(QString(), envRow);

    m_rotation = addSlider(form, tr("&Rotation:"), tr("Turns the light around the head (degrees about the vertical axis)"),
                           -180, 180, 1, RotationControl);
    m_intensity = addSlider(form, tr("&Intensity:"), tr("Scales the brightness of the light (0 to 4 times)"), 0, 400, 5,
                            IntensityControl);
    m_temperature = addSlider(form, tr("&Colour temperature:"),
                              tr("Tints the light: lower is warmer (red), higher cooler (blue); 6500 K leaves it unchanged"),
                              2000, 12000, 100, TemperatureControl);

    m_keyGroup = new QGroupBox(tr("Key light"), this);
    m_keyGroup->setToolTip(tr("An added directional light (like a studio key light)"));
    auto* keyForm = new QFormLayout(m_keyGroup);
    m_keyEnabled = new QCheckBox(tr("&Add a key light"), this);
    m_keyEnabled->setToolTip(tr("Adds a directional light on top of the base light"));
    connect(m_keyEnabled, &QCheckBox::toggled, this, [this] { onControlEdited(KeyEnabledControl); });
    keyForm->addRow(m_keyEnabled);
    m_keyAzimuth = addSlider(keyForm, tr("A&zimuth:"),
                             tr("Direction of the key light around the head: 0° from the camera, positive toward the "
                                "image's right, ±180° from behind"),
                             -180, 180, 1, KeyAzimuthControl);
    m_keyElevation = addSlider(keyForm, tr("&Elevation:"),
                               tr("Height of the key light: 0° level, positive from above, negative from below"), -90,
                               90, 1, KeyElevationControl);
    m_keyIntensity = addSlider(keyForm, tr("Key i&ntensity:"), tr("Brightness of the key light (0 to 8)"), 0, 800, 5,
                               KeyIntensityControl);
    m_keyTemperature = addSlider(keyForm, tr("Key &temperature:"),
                                 tr("Colour of the key light: lower is warmer, higher cooler"), 2000, 12000, 100,
                                 KeyTemperatureControl);

    m_resetAction = new QAction(tr("Reset to Fitted Light"), this);
    m_resetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_resetAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_resetAction->setToolTip(tr("Back to the fit's light: no rotation, tint, intensity change or key light (%1)")
                                  .arg(m_resetAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_resetAction, &QAction::triggered, this, &LightingPanel::resetToFitted);
    addAction(m_resetAction);
    m_renderStillAction = new QAction(tr("Render Still…"), this);
    m_renderStillAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_renderStillAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_renderStillAction->setToolTip(tr("Render the relit reconstruction to a PNG image (%1)")
                                        .arg(m_renderStillAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_renderStillAction, &QAction::triggered, this, &LightingPanel::renderStillRequested);
    addAction(m_renderStillAction);
    auto* reset = new QPushButton(tr("Reset to fitted light"), this);
    reset->setToolTip(m_resetAction->toolTip());
    connect(reset, &QPushButton::clicked, m_resetAction, &QAction::trigger);
    auto* still = new QPushButton(tr("Render still…"), this);
    still->setToolTip(m_renderStillAction->toolTip());
    connect(still, &QPushButton::clicked, m_renderStillAction, &QAction::trigger);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(reset);
    buttons->addWidget(still);

    auto* controlsLayout = new QVBoxLayout(m_controls);
    controlsLayout->setContentsMargins(0, 0, 0, 0);
    controlsLayout->addLayout(form);
    controlsLayout->addWidget(m_keyGroup);
    controlsLayout->addLayout(buttons);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setToolTip(tr("Messages about the environment file"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_hint);
    layout->addWidget(m_controls);
    layout->addWidget(m_message);
    layout->addStretch(1);
}

bool LightingPanel::setFittedLight(std::vector<float> sh, int bands) {
    if (bands < 1 || bands > likeness::kMaxLightBands || sh.size() != size_t(bands * bands * 3)) return false;
    for (float c : sh)
        if (!std::isfinite(c)) return false;
    m_fitted = std::move(sh);
    m_fittedBands = bands;
    m_controls->setEnabled(true);
    m_hint->hide();
    Q_EMIT lightChanged();
    return true;
}

void LightingPanel::clearFittedLight() {
    m_fitted.clear();
    m_fittedBands = 0;
    m_controls->setEnabled(false);
    m_hint->show();
    Q_EMIT lightChanged();
}

bool LightingPanel::setState(const LightingState& state) {
    try {
        state.validate();
    } catch (const likeness::Error&) {
        return false;
    }
    applyState(state);
    return true;
}

EffectiveLight LightingPanel::effectiveLight() const {
    if (!hasFittedLight()) return {};
    try {
        return likeness::effectiveLight(m_state, m_fitted, m_fittedBands);
    } catch (const likeness::Error&) {
        return {};   // unreachable: the state and the fitted light are validated on entry
    }
}

QJsonObject LightingPanel::toJson() const { return lightingToJson(m_state); }

bool LightingPanel::fromJson(const QJsonObject& json, QString* error) {
    LightingState state;
    if (!lightingFromJson(json, &state, error)) return false;
    applyState(state);
    return true;
}

void LightingPanel::setUndoStack(QUndoStack* stack) { m_undoStack = stack; }

QString LightingPanel::message() const { return m_message->text(); }

int LightingPanel::mergeId(int control) const {
    switch (control) {
    case RotationControl: case IntensityControl: case TemperatureControl: case KeyAzimuthControl:
    case KeyElevationControl: case KeyIntensityControl: case KeyTemperatureControl:
        return kMergeBase + ((m_gesture & 0xFFF) << 4) + control;
    default:
        return -1;   // clicks and choices are steps of their own
    }
}

void LightingPanel::onControlEdited(int control) {
    if (m_applying) return;
    const LightingState before = m_state;
    LightingState s = m_state;
    switch (control) {
    case SourceControl: {
        const int item = m_source->currentIndex();
        if (item == EnvironmentItem && s.environmentSh.empty()) {
            syncWidgets();   // nothing loaded yet: ask for a file, keep the current source
            onBrowseEnvironment();
            return;
        }
        s.source = item == FittedItem ? LightSource::Fitted
                   : item == EnvironmentItem ? LightSource::Environment : LightSource::Preset;
        if (item == StudioItem) s.preset = LightPreset::Studio;
        if (item == RimItem) s.preset = LightPreset::Rim;
        if (item == TopItem) s.preset = LightPreset::Top;
        if (item == HardSideItem) s.preset = LightPreset::HardSide;
        break;
    }
    case RotationControl: s.yawDeg = float(m_rotation->value()); break;
    case IntensityControl: s.intensity = m_intensity->value() / 100.f; break;
    case TemperatureControl: s.temperatureK = float(m_temperature->value()); break;
    case KeyEnabledControl: s.key.enabled = m_keyEnabled->isChecked(); break;
    case KeyAzimuthControl: s.key.azimuthDeg = float(m_keyAzimuth->value()); break;
    case KeyElevationControl: s.key.elevationDeg = float(m_keyElevation->value()); break;
    case KeyIntensityControl: s.key.intensity = m_keyIntensity->value() / 100.f; break;
    case KeyTemperatureControl: s.key.temperatureK = float(m_keyTemperature->value()); break;
    default: break;
    }
    if (s == before) return;
    m_state = s;
    static const char* const texts[] = {
        QT_TR_NOOP("Change Light Source"), QT_TR_NOOP("Rotate Light"), QT_TR_NOOP("Change Light Intensity"),
        QT_TR_NOOP("Change Colour Temperature"), QT_TR_NOOP("Toggle Key Light"), QT_TR_NOOP("Move Key Light"),
        QT_TR_NOOP("Move Key Light"), QT_TR_NOOP("Change Key Light Intensity"),
        QT_TR_NOOP("Change Key Light Colour")};
    commit(tr(texts[control]), control, before);
}

void LightingPanel::resetToFitted() {
    if (!hasFittedLight()) return;
    const LightingState before = m_state;
    LightingState s;   // the defaults: the fitted light unchanged, no key light
    s.environmentPath = before.environmentPath;   // keep the loaded environment for later
    s.environmentSh = before.environmentSh;
    if (s == before) return;
    m_state = s;
    commit(tr("Reset to Fitted Light"), ResetControl, before);
}

void LightingPanel::commit(const QString& text, int control, const LightingState& before) {
    if (!m_undoStack) {
        applyState(m_state);
        return;
    }
    // A QPointer: the stack may outlive the panel (undoing then does nothing).
    const QPointer<LightingPanel> self(this);
    m_undoStack->push(new StateEditCommand(text, mergeId(control), lightingToJson(before), lightingToJson(m_state),
                                           [self](const QJsonObject& json) {
                                               if (self) self->fromJson(json);
                                           }));
}

void LightingPanel::applyState(const LightingState& state) {
    m_state = state;
    syncWidgets();
    Q_EMIT lightChanged();
}

void LightingPanel::syncWidgets() {
    m_applying = true;
    {
        const QSignalBlocker blocks[] = {QSignalBlocker(m_source),       QSignalBlocker(m_rotation),
                                         QSignalBlocker(m_intensity),    QSignalBlocker(m_temperature),
                                         QSignalBlocker(m_keyEnabled),   QSignalBlocker(m_keyAzimuth),
                                         QSignalBlocker(m_keyElevation), QSignalBlocker(m_keyIntensity),
                                         QSignalBlocker(m_keyTemperature)};
        int item = FittedItem;
        if (m_state.source == LightSource::Environment) item = EnvironmentItem;
        if (m_state.source == LightSource::Preset)
            item = m_state.preset == LightPreset::Studio ? StudioItem
                   : m_state.preset == LightPreset::Rim  ? RimItem
                   : m_state.preset == LightPreset::Top  ? TopItem : HardSideItem;
        m_source->setCurrentIndex(item);
        m_rotation->setValue(int(std::lround(m_state.yawDeg)));
        m_intensity->setValue(int(std::lround(m_state.intensity * 100.f)));
        m_temperature->setValue(int(std::lround(m_state.temperatureK)));
        m_keyEnabled->setChecked(m_state.key.enabled);
        m_keyAzimuth->setValue(int(std::lround(m_state.key.azimuthDeg)));
        m_keyElevation->setValue(int(std::lround(m_state.key.elevationDeg)));
        m_keyIntensity->setValue(int(std::lround(m_state.key.intensity * 100.f)));
        m_keyTemperature->setValue(int(std::lround(m_state.key.temperatureK)));
    }
    for (QSlider* s : {m_keyAzimuth, m_keyElevation, m_keyIntensity, m_keyTemperature})
        s->setEnabled(m_state.key.enabled);
    m_environmentName->setText(m_state.environmentPath.empty()
                                   ? tr("(no environment loaded)")
                                   : QFileInfo(QString::fromStdString(m_state.environmentPath)).fileName());
    updateValueLabels();
    m_applying = false;
}

void LightingPanel::updateValueLabels() {
    // Values shown from the state (sliders clamp: 1000 K in a session shows as 1000 K).
    for (auto& [slider, label] : m_valueLabels) {
        QString text;
        if (slider == m_rotation) text = tr("%1°").arg(double(m_state.yawDeg), 0, 'f', 0);
        else if (slider == m_intensity) text = tr("%1×").arg(double(m_state.intensity), 0, 'f', 2);
        else if (slider == m_temperature) text = tr("%1 K").arg(double(m_state.temperatureK), 0, 'f', 0);
        else if (slider == m_keyAzimuth) text = tr("%1°").arg(double(m_state.key.azimuthDeg), 0, 'f', 0);
        else if (slider == m_keyElevation) text = tr("%1°").arg(double(m_state.key.elevationDeg), 0, 'f', 0);
        else if (slider == m_keyIntensity) text = tr("%1×").arg(double(m_state.key.intensity), 0, 'f', 2);
        else if (slider == m_keyTemperature) text = tr("%1 K").arg(double(m_state.key.temperatureK), 0, 'f', 0);
        label->setText(text);
    }
}

void LightingPanel::setMessage(const QString& text, bool error) {
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
}

void LightingPanel::onBrowseEnvironment() {
    if (!hasFittedLight()) return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load Environment"), QString(),
        tr("Environment maps (*.hdr *.exr *.png *.jpg *.jpeg);;All files (*)"));
    if (!path.isEmpty()) loadEnvironment(path);
}

void LightingPanel::loadEnvironment(const QString& path) {
    const int request = ++m_request;
    m_loading = true;
    setMessage(tr("Loading %1…").arg(QFileInfo(path).fileName()), false);
    // One watcher per request (a child: a closed panel drops the result); the worker
    // touches nothing of the panel.
    auto* watcher = new QFutureWatcher<EnvironmentResult>(this);
    connect(watcher, &QFutureWatcher<EnvironmentResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        onEnvironmentFinished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([request, path] {
        EnvironmentResult r;
        r.request = request;
        r.path = path;
        try {
            r.light = likeness::loadEnvironmentLight(path.toStdString());
            r.ok = true;
        } catch (const std::exception& e) {   // likeness::Error: a user-facing message
            r.error = QString::fromStdString(e.what());
        }
        return r;
    }));
}

void LightingPanel::onEnvironmentFinished(const EnvironmentResult& r) {
    if (r.request != m_request) return;   // superseded by a newer load
    m_loading = false;
    if (!r.ok) {
        setMessage(tr("Could not load the environment: %1").arg(r.error), true);
        Q_EMIT environmentFailed(r.error);
        return;
    }
    setMessage(r.light.warning.empty() ? tr("Environment loaded (%1×%2 pixels).").arg(r.light.sourceWidth).arg(r.light.sourceHeight)
                                        : QString::fromStdString(r.light.warning),
               false);
    const LightingState before = m_state;
    m_state.source = LightSource::Environment;
    m_state.environmentPath = r.path.toStdString();
    m_state.environmentSh = r.light.sh;
    commit(tr("Load Environment"), EnvironmentControl, before);
    Q_EMIT environmentLoaded(r.path);
}

} // namespace likeness::ui
