#pragma once
// The Map Edits panel: non-destructive edits of the fitted UV maps (exposure and
// saturation of the diffuse albedo, specular strength, normal-map strength,
// export/map_edits.h). The 3D view shows them at once; File > Export writes the
// edited maps; sessions keep them. Every edit is one undo step (a drag merges into one).
#include <array>

#include <QJsonObject>
#include <QWidget>

#include "export/map_edits.h"

class QLabel;
class QPushButton;
class QSlider;
class QUndoStack;

namespace likeness::ui {

class MapEditPanel : public QWidget {
    Q_OBJECT
public:
    /// The sliders, in order (object names "diffuseExposure", ...).
    enum Control { DiffuseExposure, DiffuseSaturation, SpecularStrength, NormalStrength, ControlCount };

    explicit MapEditPanel(QWidget* parent = nullptr);

    likeness::MapEdits edits() const { return m_edits; }
    /// Sets the edits as one undo step (when an undo stack is set). Invalid edits are ignored.
    void editMaps(const likeness::MapEdits& edits, const QString& text);
    void setUndoStack(QUndoStack* stack) { m_undo = stack; }
    /// Back to no edits without an undo step (a new face starts unedited).
    void applyNeutral() { applyEdits({}); }
    /// Enabled once there is a fitted face to edit.
    void setFaceAvailable(bool available);
    QSlider* slider(Control control) const { return m_sliders[size_t(control)]; }

    /// {"diffuseExposure": stops, "diffuseSaturation", "specularStrength", "normalStrength"};
    /// fromJson validates (missing keys keep their neutral value) and changes nothing on error.
    QJsonObject toJson() const;
    bool fromJson(const QJsonObject& json, QString* error = nullptr);

public Q_SLOTS:
    void reset();

Q_SIGNALS:
    /// Every change (slider, reset, undo/redo, fromJson).
    void editsChanged(const likeness::MapEdits& edits);

private:
    void onSliderMoved(Control control, int value);
    void applyEdits(const likeness::MapEdits& edits);   // widgets + signal, no undo step
    void changeEvent(QEvent* event) override;
    void retranslate();

    likeness::MapEdits m_edits;
    std::array<QSlider*, ControlCount> m_sliders{};
    std::array<QLabel*, ControlCount> m_names{}, m_values{};
    QPushButton* m_reset = nullptr;
    QLabel* m_hint = nullptr;
    QUndoStack* m_undo = nullptr;
    bool m_applying = false;
    int m_dragSerial = 0;
};

} // namespace likeness::ui
