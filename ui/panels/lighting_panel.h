#pragma once
// The Lighting dock: relights the reconstruction in the viewport. The base light is
// the fit's SH light, a preset (studio, rim, top, hard side) or an equirect
// environment file projected to SH (loaded on a worker thread); it can be rotated
// about the vertical axis, scaled and tinted by a colour temperature, and a
// directional key light can be added. "Reset to fitted light" returns to the fit's
// light; "Render still…" asks the viewport (which owns rendering) for a PNG.
// Every user edit is one undo step on the undo stack (slider drags merge).
#include <vector>

#include <QJsonObject>
#include <QString>
#include <QWidget>

#include "lighting/lighting_state.h"

class QAction;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSlider;
class QUndoStack;

namespace likeness::ui {

class LightingPanel : public QWidget {
    Q_OBJECT
public:
    /// Source combo entries, in order.
    enum SourceItem { FittedItem, StudioItem, RimItem, TopItem, HardSideItem, EnvironmentItem };

    explicit LightingPanel(QWidget* parent = nullptr);
    ~LightingPanel() override;

    /// The fit's SH light ([bands^2][3], camera space, bands 1..5). The panel's edits
    /// (rotation, intensity, …) are kept and apply to the new light. Enables the
    /// panel. Returns false (and changes nothing) for a bad size or non-finite values.
    bool setFittedLight(std::vector<float> sh, int bands);
    /// No fit any more: the panel is disabled (the edits are kept).
    void clearFittedLight();
    bool hasFittedLight() const { return m_fittedBands > 0; }

    likeness::LightingState state() const { return m_state; }
    /// Shows `state` (no undo step). Returns false and keeps the current state when it
    /// is invalid (LightingState::validate).
    bool setState(const likeness::LightingState& state);
    /// The light to draw with: bands 0 (and no key light) while no fitted light is set.
    likeness::EffectiveLight effectiveLight() const;

    /// The state as JSON for sessions (see lighting_json.h for the format).
    QJsonObject toJson() const;
    /// Validates everything (types, ranges, coefficient count) and applies it without
    /// an undo step; on failure returns false with `error` set and keeps the state.
    bool fromJson(const QJsonObject& json, QString* error = nullptr);

    /// Edits push StateEditCommands here (nullptr: no undo). Not owned.
    void setUndoStack(QUndoStack* stack);
    QUndoStack* undoStack() const { return m_undoStack; }

    /// Loads and projects an environment file on a worker thread; on success the
    /// source becomes that environment (one undo step) and environmentLoaded() is
    /// emitted; on failure the message is shown in the panel, environmentFailed() is
    /// emitted and the state is unchanged. A newer request supersedes an older one.
    void loadEnvironment(const QString& path);
    bool isLoadingEnvironment() const { return m_loading; }
    /// The panel's status line (hint, warning or error), for tests and screenshots.
    QString message() const;

    /// Reset to fitted light (Ctrl+Shift+L), Render still (Ctrl+Shift+R), Load
    /// environment (Ctrl+Shift+E); shortcuts work while the panel has focus — add the
    /// actions to a menu to make them window-wide.
    QAction* resetAction() const { return m_resetAction; }
    QAction* renderStillAction() const { return m_renderStillAction; }
    QAction* loadEnvironmentAction() const { return m_loadAction; }

    // The controls, for tests.
    QComboBox* sourceCombo() const { return m_source; }
    QSlider* rotationSlider() const { return m_rotation; }
    QSlider* intensitySlider() const { return m_intensity; }        // percent, 0..400
    QSlider* temperatureSlider() const { return m_temperature; }    // kelvin, 2000..12000
    QCheckBox* keyEnabledCheck() const { return m_keyEnabled; }
    QSlider* keyAzimuthSlider() const { return m_keyAzimuth; }
    QSlider* keyElevationSlider() const { return m_keyElevation; }
    QSlider* keyIntensitySlider() const { return m_keyIntensity; }  // percent, 0..800
    QSlider* keyTemperatureSlider() const { return m_keyTemperature; }

Q_SIGNALS:
    /// The effective light changed (any edit, undo/redo, new fitted light). Cheap.
    void lightChanged();
    /// The user asked for a relit still; the viewport renders and saves it.
    void renderStillRequested();
    void environmentLoaded(const QString& path);
    void environmentFailed(const QString& message);

private:
    void buildUi();
    QSlider* addSlider(QFormLayout* form, const QString& label, const QString& tip, int min, int max,
                       int step, int control);
    void onControlEdited(int control);
    void onBrowseEnvironment();
    struct EnvironmentResult;
    void onEnvironmentFinished(const EnvironmentResult& result);
    void resetToFitted();
    /// Records an undo step from `before` to the current state (or none without a stack).
    void commit(const QString& text, int control, const likeness::LightingState& before);
    void applyState(const likeness::LightingState& state);   // no undo; updates widgets, emits
    void syncWidgets();
    void updateValueLabels();
    void setMessage(const QString& text, bool error);
    int mergeId(int control) const;

    likeness::LightingState m_state;
    std::vector<float> m_fitted;
    int m_fittedBands = 0;
    QUndoStack* m_undoStack = nullptr;
    bool m_applying = false;
    int m_gesture = 0;             // bumped at each slider press/release: separate drags never merge
    int m_lastControl = -1;
    bool m_loading = false;
    int m_request = 0;

    QLabel* m_hint = nullptr;
    QLabel* m_message = nullptr;
    QWidget* m_controls = nullptr;
    QComboBox* m_source = nullptr;
    QPushButton* m_loadButton = nullptr;
    QLabel* m_environmentName = nullptr;
    QSlider* m_rotation = nullptr;
    QSlider* m_intensity = nullptr;
    QSlider* m_temperature = nullptr;
    QGroupBox* m_keyGroup = nullptr;
    QCheckBox* m_keyEnabled = nullptr;
    QSlider* m_keyAzimuth = nullptr;
    QSlider* m_keyElevation = nullptr;
    QSlider* m_keyIntensity = nullptr;
    QSlider* m_keyTemperature = nullptr;
    std::vector<std::pair<QSlider*, QLabel*>> m_valueLabels;
    QAction* m_resetAction = nullptr;
    QAction* m_renderStillAction = nullptr;
    QAction* m_loadAction = nullptr;
};

} // namespace likeness::ui
