#pragma once
// The Fit dock: settings of the coarse fit and the stages to run (coarse, medium,
// fine) with the map size, Run / Pause / Cancel, a live chart of the loss terms
// (log scale) through all stages, progress with ETA, and the results per photo and
// per stage.
#include <map>
#include <vector>

#include <QString>
#include <QWidget>

#include "appearance/appearance_fit.h"
#include "controllers/fit_snapshot.h"
#include "fit/fit_types.h"

class QAction;
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineSeries;
class QLogValueAxis;
class QProgressBar;
class QSlider;
class QSpinBox;
class QTreeWidget;
class QValueAxis;

namespace likeness::ui {

class FitPanel : public QWidget {
    Q_OBJECT
public:
    enum ResultColumn { ImageColumn, SsimColumn, PsnrColumn, StatusColumn, ResultColumnCount };

    explicit FitPanel(QWidget* parent = nullptr);

    /// The settings as chosen in the panel (other fields keep their defaults).
    likeness::CoarseFitOptions options() const;
    void setOptions(const likeness::CoarseFitOptions& options);
    /// The map stages chosen (medium/fine flags; both false = the coarse fit alone) and
    /// the map size; other fields keep the values last set (defaults: the core's).
    /// Default: coarse + medium + fine, 512 texels.
    likeness::AppearanceOptions appearanceOptions() const;
    void setAppearanceOptions(const likeness::AppearanceOptions& options);
    /// Iterations of the whole run: the coarse fit's plus those of the map stages chosen.
    int totalIterations() const;

    /// Run (Ctrl+R), Pause/Resume (checkable; Pause key, Ctrl+Shift+P), Cancel (Esc).
    QAction* runAction() const { return m_runAction; }
    QAction* pauseAction() const { return m_pauseAction; }
    QAction* cancelAction() const { return m_cancelAction; }

    /// Whether there is a face to fit; `why` explains a disabled Run.
    void setFaceAvailable(bool available, const QString& why = {});
    bool isFaceAvailable() const { return m_faceAvailable; }

    /// A fit started: clears the chart, progress and results.
    void fitStarted(int totalIterations);
    /// Adds one point per loss term to the chart and updates the progress.
    void addProgress(const likeness::ui::FitProgressPtr& progress);
    /// The fit finished: per-photo SSIM/PSNR and status.
    void showResult(const likeness::ui::FitResultPtr& result);
    void showFailure(const likeness::ui::FitFailure& failure);
    /// `kept`: what the cancelled run keeps (the coarse fit, finished map stages), or null.
    void showCancelled(const likeness::ui::FitResultPtr& kept = {});
    /// Running/paused state of the controller (enables the actions).
    void setRunning(bool running);
    void setPaused(bool paused);
    bool isRunning() const { return m_running; }

    // Read access for tests and screenshots.
    QChart* chart() const { return m_chart; }
    /// The chart's series of `term` (nullptr when none yet).
    QLineSeries* seriesForTerm(const QString& term) const;
    QStringList terms() const;
    int progressUpdates() const { return m_updates; }
    QProgressBar* progressBar() const { return m_progress; }
    QString etaText() const;
    QString statusText() const;
    /// Per-stage SSIM / PSNR of the last result ("Coarse 0.880 / 29.2 dB · Medium …"); empty without map stages.
    QString stageMetricsText() const;
    QTreeWidget* resultsTree() const { return m_results; }
    QLogValueAxis* lossAxis() const { return m_axisY; }

    /// Overlay of the fit on the photo: shown or not, and its opacity in [0,1].
    bool overlayVisible() const;
    double overlayOpacity() const;
    void setOverlayOpacity(double opacity);
    bool wireframeVisible() const;
    bool maskVisible() const;

    /// Readable name of a loss term ("landmarks" -> "Landmarks").
    static QString termLabel(const QString& term);
    /// Readable name of a stage of the fit ("pose", …, "coarse", "medium", "fine").
    static QString stageLabel(const QString& stage);

Q_SIGNALS:
    void runRequested();
    void pauseRequested(bool paused);
    void cancelRequested();
    void overlayVisibleChanged(bool visible);
    void overlayOpacityChanged(double opacity);
    void wireframeVisibleChanged(bool visible);
    void maskVisibleChanged(bool visible);

private:
    struct TermSeries {
        QLineSeries* series = nullptr;
        std::vector<QPointF> raw;  // the values as received (for re-flooring)
    };
    QWidget* createSettings();
    QWidget* createChart();
    void updateActions();
    void updateAxisRange();
    void setIterationRange(int totalIterations);
    void clearChart();
    void setStatus(const QString& text);
    void fillResults(const likeness::ui::FitResultPtr& result);
    void updateMapSizeEnabled();
    QPointF plotted(const QPointF& raw) const;

    // Settings
    QSpinBox* m_iterations = nullptr;
    QComboBox* m_subdivision = nullptr;
    QSpinBox* m_shBands = nullptr;
    QDoubleSpinBox* m_landmarkWeight = nullptr;
    QDoubleSpinBox* m_photometricWeight = nullptr;
    QDoubleSpinBox* m_laplacianWeight = nullptr;
    QComboBox* m_stages = nullptr;
    QComboBox* m_mapSize = nullptr;
    QWidget* m_settings = nullptr;
    likeness::CoarseFitOptions m_baseOptions;
    likeness::AppearanceOptions m_baseAppearance;

    QAction* m_runAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_cancelAction = nullptr;

    // Progress and chart
    QProgressBar* m_progress = nullptr;
    QLabel* m_eta = nullptr;
    QLabel* m_stage = nullptr;
    QChart* m_chart = nullptr;
    QChartView* m_chartView = nullptr;
    QValueAxis* m_axisX = nullptr;
    QLogValueAxis* m_axisY = nullptr;
    std::map<QString, TermSeries> m_series;
    QStringList m_termOrder;
    double m_minPositive = 0, m_maxValue = 0;
    double m_floor = 1e-3;          // where non-positive values are drawn (bottom of the axis)
    int m_updates = 0;

    // Results
    QLabel* m_status = nullptr;
    QLabel* m_stageMetrics = nullptr;
    QTreeWidget* m_results = nullptr;
    QCheckBox* m_showOverlay = nullptr;
    QCheckBox* m_showWireframe = nullptr;
    QCheckBox* m_showMask = nullptr;
    QSlider* m_opacity = nullptr;

    bool m_faceAvailable = false;
    bool m_running = false;
    bool m_paused = false;
    QString m_unavailableReason;
};

} // namespace likeness::ui
