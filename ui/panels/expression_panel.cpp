#include "panels/expression_panel.h"

#include <algorithm>
#include <cmath>

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QUndoStack>
#include <QVBoxLayout>

#include "model/face_model.h"
#include "session/state_edit_command.h"

namespace likeness::ui {
namespace {

constexpr int kSliderSteps = 100;      // weight 1.0
constexpr int kMergeBase = 52000;      // merge ids of the sliders' drags (one per slider)

const char* const kGroups[] = {"brows", "eyes", "cheeks", "nose", "jaw", "mouth"};

QString groupTitle(const QString& group) {
    if (group == QLatin1String("brows")) return ExpressionPanel::tr("Brows");
    if (group == QLatin1String("eyes")) return ExpressionPanel::tr("Eyes");
    if (group == QLatin1String("cheeks")) return ExpressionPanel::tr("Cheeks");
    if (group == QLatin1String("nose")) return ExpressionPanel::tr("Nose");
    if (group == QLatin1String("jaw")) return ExpressionPanel::tr("Jaw");
    return ExpressionPanel::tr("Mouth");
}

int toSlider(float w) { return static_cast<int>(std::lround(std::clamp(w, 0.0f, 1.0f) * kSliderSteps)); }

} // namespace

int ExpressionPanel::weightCount() { return static_cast<int>(likeness::arkitBlendshapeNames().size()); }

QStringList ExpressionPanel::weightNames() {
    QStringList names;
    for (const char* n : likeness::arkitBlendshapeNames()) names << QString::fromLatin1(n);
    return names;
}

QString ExpressionPanel::groupOf(const QString& name) {
    if (name.startsWith(QLatin1String("brow"))) return QStringLiteral("brows");
    if (name.startsWith(QLatin1String("eye"))) return QStringLiteral("eyes");
    if (name.startsWith(QLatin1String("cheek"))) return QStringLiteral("cheeks");
    if (name.startsWith(QLatin1String("nose"))) return QStringLiteral("nose");
    if (name.startsWith(QLatin1String("jaw"))) return QStringLiteral("jaw");
    return QStringLiteral("mouth");   // mouth*, tongueOut
}

ExpressionPanel::ExpressionPanel(QWidget* parent) : QWidget(parent) {
    const QStringList names = weightNames();
    m_weights.assign(static_cast<size_t>(names.size()), 0.0f);
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    m_sliders.resize(static_cast<size_t>(names.size()), nullptr);
    m_values.resize(static_cast<size_t>(names.size()), nullptr);
    for (const char* group : kGroups) {
        auto* box = new QGroupBox(groupTitle(QString::fromLatin1(group)));
        box->setObjectName(QStringLiteral("group_") + QString::fromLatin1(group));
        auto* grid = new QGridLayout(box);
        int row = 0;
        for (int i = 0; i < names.size(); ++i) {
            if (groupOf(names[i]) != QLatin1String(group)) continue;
            auto* label = new QLabel(names[i]);
            auto* slider = new QSlider(Qt::Horizontal);
            slider->setObjectName(names[i]);
            slider->setRange(0, kSliderSteps);
            slider->setToolTip(tr("Weight of the ARKit blendshape \"%1\" (0 to 1)").arg(names[i]));
            auto* value = new QLabel(QStringLiteral("0.00"));
            value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("0.000")));
            grid->addWidget(label, row, 0);
            grid->addWidget(slider, row, 1);
            grid->addWidget(value, row, 2);
            connect(slider, &QSlider::valueChanged, this, [this, i](int v) { onSliderMoved(i, v); });
            connect(slider, &QSlider::sliderPressed, this, [this] { ++m_dragSerial; });
            m_sliders[static_cast<size_t>(i)] = slider;
            m_values[static_cast<size_t>(i)] = value;
            ++row;
        }
        column->addWidget(box);
    }
    column->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_reset = new QPushButton;
    m_fittedButton = new QPushButton;
    connect(m_reset, &QPushButton::clicked, this, &ExpressionPanel::resetToZero);
    connect(m_fittedButton, &QPushButton::clicked, this, &ExpressionPanel::resetToFitted);
    m_hint = new QLabel;
    m_hint->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_fittedButton);
    buttons->addWidget(m_reset);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    layout->addWidget(scroll, 1);
    retranslate();
    setFittedWeights({});
}

void ExpressionPanel::retranslate() {
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Set every blendshape weight to zero (the neutral face)"));
    m_fittedButton->setText(tr("Fitted"));
    m_fittedButton->setToolTip(tr("Return to the expression fitted to the first photo"));
    m_hint->setText(tr("Fit a face to pose its expression rig here."));
}

void ExpressionPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(event);
}

QSlider* ExpressionPanel::slider(int index) const {
    return index >= 0 && index < static_cast<int>(m_sliders.size()) ? m_sliders[static_cast<size_t>(index)] : nullptr;
}

void ExpressionPanel::setFittedWeights(const std::vector<float>& weights) {
    const bool usable = weights.size() == m_weights.size();
    m_fitted = usable ? weights : std::vector<float>();
    for (QSlider* s : m_sliders) s->setEnabled(usable);
    m_reset->setEnabled(usable);
    m_fittedButton->setEnabled(usable);
    m_hint->setVisible(!usable);
    applyWeights(usable ? weights : std::vector<float>(m_weights.size(), 0.0f));
}

void ExpressionPanel::applyWeights(const std::vector<float>& weights) {
    m_applying = true;
    for (size_t i = 0; i < m_sliders.size() && i < weights.size(); ++i) {
        m_weights[i] = std::clamp(weights[i], 0.0f, 1.0f);
        m_sliders[i]->setValue(toSlider(m_weights[i]));
        m_values[i]->setText(QString::number(m_weights[i], 'f', 2));
    }
    m_applying = false;
    Q_EMIT weightsChanged(m_weights);
}

QJsonObject ExpressionPanel::stateOf(const std::vector<float>& weights) const {
    QJsonObject values;
    const QStringList names = weightNames();
    for (int i = 0; i < names.size(); ++i) values.insert(names[i], weights[static_cast<size_t>(i)]);
    return QJsonObject{{QStringLiteral("weights"), values}};
}

QJsonObject ExpressionPanel::toJson() const { return stateOf(m_weights); }

bool ExpressionPanel::fromJson(const QJsonObject& json, QString* error) {
    const QJsonObject values = json.value(QStringLiteral("weights")).toObject();
    const QStringList names = weightNames();
    std::vector<float> weights(m_weights.size(), 0.0f);
    for (auto it = values.begin(); it != values.end(); ++it) {
        const int index = static_cast<int>(names.indexOf(it.key()));
        const double v = it.value().toDouble(-1);
        if (index < 0 || !it.value().isDouble() || !(v >= 0 && v <= 1)) {
            if (error) *error = tr("The expression \"%1\" is not a known blendshape weight in 0..1.").arg(it.key());
            return false;
        }
        weights[static_cast<size_t>(index)] = static_cast<float>(v);
    }
    applyWeights(weights);
    return true;
}

void ExpressionPanel::editWeights(const std::vector<float>& weights, const QString& text) {
    if (weights.size() != m_weights.size()) return;
    const QJsonObject before = stateOf(m_weights);
    applyWeights(weights);
    if (m_undo)
        m_undo->push(new StateEditCommand(text, -1, before, stateOf(m_weights),
                                          [this](const QJsonObject& s) { fromJson(s); }));
}

void ExpressionPanel::onSliderMoved(int index, int value) {
    if (m_applying) return;
    const QJsonObject before = stateOf(m_weights);
    m_weights[static_cast<size_t>(index)] = static_cast<float>(value) / kSliderSteps;
    m_values[static_cast<size_t>(index)]->setText(QString::number(m_weights[static_cast<size_t>(index)], 'f', 2));
    Q_EMIT weightsChanged(m_weights);
    if (m_undo)
        // One undo step per drag: the merge id changes with every press of a slider.
        m_undo->push(new StateEditCommand(tr("Change %1").arg(weightNames()[index]),
                                          kMergeBase + (m_dragSerial % 1000) * 64 + index, before,
                                          stateOf(m_weights), [this](const QJsonObject& s) { fromJson(s); }));
}

void ExpressionPanel::resetToZero() { editWeights(std::vector<float>(m_weights.size(), 0.0f), tr("Reset Expression")); }

void ExpressionPanel::resetToFitted() {
    if (!m_fitted.empty()) editWeights(m_fitted, tr("Fitted Expression"));
}

} // namespace likeness::ui
