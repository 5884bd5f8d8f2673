#pragma once
// The Expression panel: the 52 ARKit blendshape weights of the fitted rig as
// sliders grouped by region (brows, eyes, cheeks, nose, jaw, mouth), starting at
// the fitted weights; Reset (all zero) and Fitted. Every edit is one undo step
// (a slider drag merges into one).
#include <vector>

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QSlider;
class QUndoStack;

namespace likeness::ui {

class ExpressionPanel : public QWidget {
    Q_OBJECT
public:
    explicit ExpressionPanel(QWidget* parent = nullptr);

    static int weightCount();   // 52
    /// The ARKit names in Apple's order (the sliders' order).
    static QStringList weightNames();
    /// The region a name belongs to: "brows", "eyes", "cheeks", "nose", "jaw", "mouth".
    static QString groupOf(const QString& name);

    /// The fit's weights: the panel shows them and Fitted returns to them
    /// (no undo step; an empty vector disables the panel).
    void setFittedWeights(const std::vector<float>& weights);
    const std::vector<float>& fittedWeights() const { return m_fitted; }
    std::vector<float> weights() const { return m_weights; }
    /// Sets the weights as an edit (one undo step when an undo stack is set).
    void editWeights(const std::vector<float>& weights, const QString& text);
    void setUndoStack(QUndoStack* stack) { m_undo = stack; }
    QSlider* slider(int index) const;

    /// {"weights": {name: value, ...}} with every weight; fromJson validates (0..1, known names).
    QJsonObject toJson() const;
    bool fromJson(const QJsonObject& json, QString* error = nullptr);

public Q_SLOTS:
    void resetToZero();
    void resetToFitted();

Q_SIGNALS:
    /// Every change of the weights (slider, reset, undo/redo, fromJson).
    void weightsChanged(const std::vector<float>& weights);

private:
    void onSliderMoved(int index, int value);
    void applyWeights(const std::vector<float>& weights);   // widgets + signal, no undo step
    QJsonObject stateOf(const std::vector<float>& weights) const;
    void changeEvent(QEvent* event) override;
    void retranslate();

    std::vector<float> m_fitted, m_weights;
    std::vector<QSlider*> m_sliders;
    std::vector<QLabel*> m_values;
    QPushButton* m_reset = nullptr;
    QPushButton* m_fittedButton = nullptr;
    QLabel* m_hint = nullptr;
    QUndoStack* m_undo = nullptr;
    bool m_applying = false;
    int m_dragSerial = 0;
};

} // namespace likeness::ui
