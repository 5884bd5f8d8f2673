#include "panels/map_edit_panel.h"

#include <cmath>

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QUndoStack>
#include <QVBoxLayout>

#include "common/error.h"
#include "session/state_edit_command.h"

namespace likeness::ui {
namespace {

constexpr int kStepsPerUnit = 100;   // the sliders move in hundredths
constexpr int kMergeBase = 61000;    // merge ids of the sliders' drags

const char* const kKeys[] = {"diffuseExposure", "diffuseSaturation", "specularStrength", "normalStrength"};
constexpr float kLow[] = {-3, 0, 0, 0};
constexpr float kHigh[] = {3, 3, 4, 4};

float& field(likeness::MapEdits& e, int control) {
    switch (control) {
    case MapEditPanel::DiffuseExposure: return e.diffuseExposure;
    case MapEditPanel::DiffuseSaturation: return e.diffuseSaturation;
    case MapEditPanel::SpecularStrength: return e.specularStrength;
    default: return e.normalStrength;
    }
}
float value(likeness::MapEdits e, int control) { return field(e, control); }

QJsonObject stateOf(const likeness::MapEdits& e) {
    QJsonObject json;
    for (int c = 0; c < MapEditPanel::ControlCount; ++c) json.insert(QLatin1String(kKeys[c]), double(value(e, c)));
    return json;
}

} // namespace

MapEditPanel::MapEditPanel(QWidget* parent) : QWidget(parent) {
    auto* grid = new QGridLayout;
    for (int c = 0; c < ControlCount; ++c) {
        auto* slider = new QSlider(Qt::Horizontal);
        slider->setObjectName(QLatin1String(kKeys[c]));
        slider->setRange(int(std::lround(kLow[c] * kStepsPerUnit)), int(std::lround(kHigh[c] * kStepsPerUnit)));
        auto* name = new QLabel;
        auto* shown = new QLabel;
        shown->setMinimumWidth(shown->fontMetrics().horizontalAdvance(QStringLiteral("+0.00 EV")));
        grid->addWidget(name, c, 0);
        grid->addWidget(slider, c, 1);
        grid->addWidget(shown, c, 2);
        connect(slider, &QSlider::valueChanged, this, [this, c](int v) { onSliderMoved(Control(c), v); });
        connect(slider, &QSlider::sliderPressed, this, [this] { ++m_dragSerial; });
        m_sliders[size_t(c)] = slider;
        m_names[size_t(c)] = name;
        m_values[size_t(c)] = shown;
    }
    m_reset = new QPushButton;
    m_reset->setObjectName(QStringLiteral("resetMapEdits"));
    connect(m_reset, &QPushButton::clicked, this, &MapEditPanel::reset);
    m_hint = new QLabel;
    m_hint->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reset);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(grid);
    layout->addLayout(buttons);
    layout->addStretch();
    retranslate();
    applyEdits({});
    setFaceAvailable(false);
}

void MapEditPanel::retranslate() {
    m_names[DiffuseExposure]->setText(tr("Albedo exposure"));
    m_names[DiffuseSaturation]->setText(tr("Albedo saturation"));
    m_names[SpecularStrength]->setText(tr("Specular strength"));
    m_names[NormalStrength]->setText(tr("Normal strength"));
    m_sliders[DiffuseExposure]->setToolTip(
        tr("Brighten or darken the diffuse albedo in stops (each stop doubles or halves it; -3 to +3)"));
    m_sliders[DiffuseSaturation]->setToolTip(
        tr("Saturation of the diffuse albedo: 0 is gray, 1 as fitted, up to 3"));
    m_sliders[SpecularStrength]->setToolTip(tr("Scale the specular intensity map (0 removes the highlights; up to 4)"));
    m_sliders[NormalStrength]->setToolTip(
        tr("Scale the relief of the normal map (0 is flat, 1 as fitted, up to 4)"));
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Return every map to the fitted one"));
    m_hint->setText(tr("Edits of the fitted maps: the 3D view shows them, Export writes them, the fit keeps its own maps."));
    applyEdits(m_edits);   // the value texts
}

void MapEditPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

void MapEditPanel::setFaceAvailable(bool available) {
    for (QSlider* s : m_sliders) s->setEnabled(available);
    m_reset->setEnabled(available);
}

void MapEditPanel::applyEdits(const likeness::MapEdits& edits) {
    m_applying = true;
    m_edits = edits;
    for (int c = 0; c < ControlCount; ++c) {
        const float v = value(m_edits, c);
        m_sliders[size_t(c)]->setValue(int(std::lround(v * kStepsPerUnit)));
        m_values[size_t(c)]->setText(c == DiffuseExposure ? tr("%1 EV").arg(QString::asprintf("%+.2f", double(v)))
                                                          : QStringLiteral("%1×").arg(double(v), 0, 'f', 2));
    }
    m_applying = false;
    Q_EMIT editsChanged(m_edits);
}

QJsonObject MapEditPanel::toJson() const { return stateOf(m_edits); }

bool MapEditPanel::fromJson(const QJsonObject& json, QString* error) {
    likeness::MapEdits edits;
    for (int c = 0; c < ControlCount; ++c) {
        const QJsonValue v = json.value(QLatin1String(kKeys[c]));
        if (v.isUndefined()) continue;
        if (!v.isDouble()) {
            if (error) *error = tr("The map edit \"%1\" is not a number.").arg(QLatin1String(kKeys[c]));
            return false;
        }
        field(edits, c) = float(v.toDouble());
    }
    try {
        edits.validate();
    } catch (const likeness::OptionsError& e) {
        if (error) *error = QString::fromUtf8(e.what());
        return false;
    }
    applyEdits(edits);
    return true;
}

void MapEditPanel::editMaps(const likeness::MapEdits& edits, const QString& text) {
    try {
        edits.validate();
    } catch (const likeness::OptionsError&) {
        return;
    }
    if (!m_undo) return applyEdits(edits);
    // QUndoStack::push applies it (redo): one change signal per edit.
    m_undo->push(new StateEditCommand(text, -1, toJson(), stateOf(edits), [this](const QJsonObject& s) { fromJson(s); }));
}

void MapEditPanel::reset() { editMaps({}, tr("Reset Map Edits")); }

void MapEditPanel::onSliderMoved(Control control, int sliderValue) {
    if (m_applying) return;
    likeness::MapEdits edits = m_edits;
    field(edits, control) = float(sliderValue) / kStepsPerUnit;
    if (!m_undo) return applyEdits(edits);
    // One undo step per drag: the merge id changes with every press of a slider. push() applies it.
    m_undo->push(new StateEditCommand(tr("Change %1").arg(m_names[size_t(control)]->text()),
                                      kMergeBase + (m_dragSerial % 1000) * 8 + int(control), toJson(), stateOf(edits),
                                      [this](const QJsonObject& s) { fromJson(s); }));
}

} // namespace likeness::ui
