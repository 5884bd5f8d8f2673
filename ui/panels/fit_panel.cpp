#include "panels/fit_panel.h"

#include <algorithm>
#include <cmath>

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QPen>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QProgressBar>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include "app/action_tips.h"

namespace likeness::ui {

namespace {

constexpr int kMaxIterations = 20000;
constexpr int kDefaultOpacityPercent = 70;
constexpr int kDefaultMapSize = 512;
// The stage choice: how many stages run (1 = coarse, 2 = + medium, 3 = + fine).
constexpr int kCoarseOnly = 1, kCoarseMedium = 2, kAllStages = 3;
constexpr int kPaletteSize = 10;

QDoubleSpinBox* weightBox(double value, const QString& tip) {
    auto* box = new QDoubleSpinBox;
    box->setRange(0.0, 1000.0);
    box->setDecimals(3);
    box->setSingleStep(0.1);
    box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    box->setValue(value);
    box->setToolTip(tip);
    box->setAccelerated(true);
    box->setPrefix(QStringLiteral("× "));  // a weight: multiplies its loss term
    return box;
}

/// "1:05" / "12 s".
QString formatDuration(double ms) {
    const qint64 seconds = qint64(std::llround(std::max(0.0, ms) / 1000.0));
    if (seconds < 60) return FitPanel::tr("%1 s").arg(seconds);
    return FitPanel::tr("%1:%2 min").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString statusLabel(const QString& status) {
    if (status == QLatin1String("ok")) return FitPanel::tr("OK");
    return status;  // the core's own low-confidence reason
}

/// Distinguishable line colours (one per loss term, in order of appearance).
QColor termColor(int index) {
    static const QColor colors[] = {QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44),
                                    QColor(214, 39, 40),  QColor(148, 103, 189), QColor(140, 86, 75),
                                    QColor(227, 119, 194), QColor(127, 127, 127), QColor(188, 189, 34),
                                    QColor(23, 190, 207)};
    static_assert(std::size(colors) == kPaletteSize);
    return colors[index % kPaletteSize];
}

/// 1, 2 or 5 times a power of ten, near `raw`.
double niceStep(double raw) {
    const double p = std::pow(10.0, std::floor(std::log10(std::max(raw, 1.0))));
    const double m = raw / p;
    return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
}

/// Powers of ten around [lo, hi].
std::pair<double, double> decadeRange(double lo, double hi) {
    // The epsilon keeps exact powers of ten (1e-4) on their own decade despite rounding.
    const double a = std::pow(10.0, std::floor(std::log10(lo) + 1e-9));
    double b = std::pow(10.0, std::ceil(std::log10(hi) - 1e-9));
    if (b <= a) b = a * 10;
    return {a, b};
}

} // namespace

FitPanel::FitPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("fitPanel"));

    m_runAction = new QAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Fit Face"), this);
    m_runAction->setObjectName(QStringLiteral("fitRun"));
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    setActionTips(m_runAction, tr("Fit the face model to the selected face: pose, shape, expression, "
                                  "skin colour and light"));
    connect(m_runAction, &QAction::triggered, this, &FitPanel::runRequested);

    m_pauseAction = new QAction(style()->standardIcon(QStyle::SP_MediaPause), tr("&Pause Fit"), this);
    m_pauseAction->setObjectName(QStringLiteral("fitPause"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setShortcuts({QKeySequence(Qt::Key_Pause), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    setActionTips(m_pauseAction, tr("Pause the fit after the current iteration, or resume it"));
    connect(m_pauseAction, &QAction::triggered, this, [this](bool checked) { Q_EMIT pauseRequested(checked); });

    m_cancelAction = new QAction(style()->standardIcon(QStyle::SP_MediaStop), tr("&Cancel Fit"), this);
    m_cancelAction->setObjectName(QStringLiteral("fitCancel"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    setActionTips(m_cancelAction, tr("Stop the fit: the stage running is discarded, the stages already finished "
                                     "are kept"));
    connect(m_cancelAction, &QAction::triggered, this, &FitPanel::cancelRequested);

    auto makeButton = [this](QAction* action) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        return button;
    };
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(makeButton(m_runAction));
    buttons->addWidget(makeButton(m_pauseAction));
    buttons->addWidget(makeButton(m_cancelAction));

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("fitProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v / %m iterations"));
    m_progress->setToolTip(tr("Iterations done out of the total"));
    m_eta = new QLabel(this);
    m_eta->setToolTip(tr("Estimated time left, from the speed of the iterations so far (pauses excluded)"));
    m_stage = new QLabel(this);
    m_stage->setToolTip(tr("The fit's current stage: pose, geometry and appearance of the coarse fit, then the "
                           "medium and fine map stages"));
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stage);
    progressRow->addWidget(m_eta);

    m_status = new QLabel(tr("Select a face and press Fit Face (Ctrl+R)."), this);
    m_status->setObjectName(QStringLiteral("fitStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stageMetrics = new QLabel(this);
    m_stageMetrics->setObjectName(QStringLiteral("fitStageMetrics"));
    m_stageMetrics->setWordWrap(true);
    m_stageMetrics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stageMetrics->setToolTip(tr("Structural similarity (SSIM, 1 = identical) and peak signal-to-noise ratio "
                                  "(PSNR, dB) of each stage's render against the first photo, inside the face"));
    m_stageMetrics->hide();

    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("fitResults"));
    m_results->setRootIsDecorated(false);
    m_results->setColumnCount(ResultColumnCount);
    m_results->setHeaderLabels({tr("Photo"), tr("SSIM"), tr("PSNR"), tr("Status")});
    m_results->headerItem()->setToolTip(SsimColumn, tr("Structural similarity of the render and the photo inside the face "
                                                       "(1 = identical)"));
    m_results->headerItem()->setToolTip(PsnrColumn, tr("Peak signal-to-noise ratio of the render against the photo "
                                                       "inside the face, in decibels (higher is better)"));
    m_results->headerItem()->setToolTip(StatusColumn, tr("OK, or why the fit of this photo is less reliable"));
    m_results->header()->setSectionResizeMode(ImageColumn, QHeaderView::Stretch);
    for (int c = SsimColumn; c < ResultColumnCount; ++c)
        m_results->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_results->setSelectionMode(QAbstractItemView::NoSelection);
    m_results->setMaximumHeight(90);

    m_showOverlay = new QCheckBox(tr("Show fit on photo"), this);
    m_showOverlay->setChecked(true);
    m_showOverlay->setToolTip(tr("Draw the fitted face over the photo"));
    m_showWireframe = new QCheckBox(tr("Wireframe"), this);
    m_showWireframe->setChecked(false);
    m_showWireframe->setToolTip(tr("Draw the fitted mesh's edges on top of the rendered face"));
    m_showMask = new QCheckBox(tr("Mask"), this);
    m_showMask->setObjectName(QStringLiteral("fitShowMask"));
    m_showMask->setChecked(false);
    m_showMask->setToolTip(tr("Tint the face mask: the pixels the fit compares with the photo"));
    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setObjectName(QStringLiteral("fitOpacity"));
    m_opacity->setRange(0, 100);
    m_opacity->setValue(kDefaultOpacityPercent);
    m_opacity->setToolTip(tr("Blend between the photo (left) and the rendered fit (right)"));
    connect(m_showOverlay, &QCheckBox::toggled, this, [this](bool on) {
        m_opacity->setEnabled(on);
        m_showWireframe->setEnabled(on);
        m_showMask->setEnabled(on);
        Q_EMIT overlayVisibleChanged(on);
    });
    connect(m_showWireframe, &QCheckBox::toggled, this, &FitPanel::wireframeVisibleChanged);
    connect(m_showMask, &QCheckBox::toggled, this, &FitPanel::maskVisibleChanged);
    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) { Q_EMIT overlayOpacityChanged(v / 100.0); });
    auto* overlayRow = new QHBoxLayout;
    overlayRow->addWidget(m_showOverlay);
    overlayRow->addWidget(m_showWireframe);
    overlayRow->addWidget(m_showMask);
    overlayRow->addWidget(new QLabel(tr("Opacity:"), this));
    overlayRow->addWidget(m_opacity, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createSettings());
    layout->addLayout(buttons);
    layout->addLayout(progressRow);
    layout->addWidget(createChart(), 1);
    layout->addWidget(m_status);
    layout->addWidget(m_stageMetrics);
    layout->addWidget(m_results);
    layout->addLayout(overlayRow);
    updateActions();
}

QWidget* FitPanel::createSettings() {
    m_settings = new QWidget(this);
    auto* grid = new QGridLayout(m_settings);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    m_iterations = new QSpinBox(m_settings);
    m_iterations->setObjectName(QStringLiteral("fitIterations"));
    m_iterations->setRange(1, kMaxIterations);
    m_iterations->setSingleStep(10);
    m_iterations->setAccelerated(true);
    m_iterations->setToolTip(tr("Optimiser steps of the coarse fit over its three phases (pose, geometry, "
                                "appearance). More iterations fit more closely and take longer."));

    m_subdivision = new QComboBox(m_settings);
    m_subdivision->setObjectName(QStringLiteral("fitSubdivision"));
    m_subdivision->addItem(tr("0: 468 vertices"), 0);
    m_subdivision->addItem(tr("1: 1.8k vertices"), 1);
    m_subdivision->addItem(tr("2: 7.4k vertices"), 2);
    m_subdivision->addItem(tr("3: 29k vertices"), 3);
    m_subdivision->setToolTip(tr("Mesh resolution of the fit (Loop subdivisions of the 468-point face mesh). "
                                 "Finer meshes capture more shape detail and are slower."));

    m_shBands = new QSpinBox(m_settings);
    m_shBands->setObjectName(QStringLiteral("fitShBands"));
    m_shBands->setRange(1, 9);
    m_shBands->setToolTip(tr("Spherical-harmonics bands of the scene light: 1 = uniform light, "
                             "3 = soft directional light (9 coefficients per colour), up to 9 = sharper light."));

    m_landmarkWeight = weightBox(1.0, tr("How strongly the model's landmarks are pulled onto the 478 detected "
                                         "landmarks. Raise it when the fit drifts off the face outline."));
    m_landmarkWeight->setObjectName(QStringLiteral("fitLandmarkWeight"));
    m_photometricWeight = weightBox(1.0, tr("How strongly the rendered face must match the photo's colours pixel "
                                            "by pixel. Drives shape detail, skin colour and light."));
    m_photometricWeight->setObjectName(QStringLiteral("fitPhotometricWeight"));
    m_laplacianWeight = weightBox(1.0, tr("Smoothness of the shape offsets (Laplacian prior). Raise it when the "
                                          "mesh gets bumpy; lower it to allow more detail."));
    m_laplacianWeight->setObjectName(QStringLiteral("fitLaplacianWeight"));

    m_stages = new QComboBox(m_settings);
    m_stages->setObjectName(QStringLiteral("fitStages"));
    m_stages->addItem(tr("Coarse"), kCoarseOnly);
    m_stages->addItem(tr("Coarse + medium"), kCoarseMedium);
    m_stages->addItem(tr("Coarse + medium + fine"), kAllStages);
    m_stages->setToolTip(tr("The stages to run, each after the one before: coarse (shape, expression, skin colour "
                            "per vertex and light), medium (UV diffuse and specular maps), fine (normal map, "
                            "diffuse detail and displacement, with self-shadows). The chart and the progress "
                            "continue through them."));
    connect(m_stages, &QComboBox::currentIndexChanged, this, &FitPanel::updateMapSizeEnabled);

    m_mapSize = new QComboBox(m_settings);
    m_mapSize->setObjectName(QStringLiteral("fitMapSize"));
    for (int size : {256, 512, 1024, 2048}) m_mapSize->addItem(tr("%1 × %1 texels").arg(size), size);
    m_mapSize->setToolTip(tr("Side of the UV maps of the medium and fine stages. Larger maps hold finer detail "
                             "and take longer and more memory."));

    // Two columns of label + field: the dock stays short and the chart gets the room.
    auto addField = [&](int row, int column, const QString& label, QWidget* field) {
        auto* caption = new QLabel(label, m_settings);
        caption->setBuddy(field);
        caption->setToolTip(field->toolTip());
        grid->addWidget(caption, row, column * 2);
        grid->addWidget(field, row, column * 2 + 1);
    };
    addField(0, 0, tr("&Iterations:"), m_iterations);
    addField(0, 1, tr("&Subdivision:"), m_subdivision);
    addField(1, 0, tr("SH &bands:"), m_shBands);
    addField(1, 1, tr("&Landmarks:"), m_landmarkWeight);
    addField(2, 0, tr("P&hotometric:"), m_photometricWeight);
    addField(2, 1, tr("Lapla&cian:"), m_laplacianWeight);
    addField(3, 0, tr("S&tages:"), m_stages);
    addField(3, 1, tr("&Map size:"), m_mapSize);
    setOptions(likeness::CoarseFitOptions{});
    likeness::AppearanceOptions appearance;
    appearance.mapSize = kDefaultMapSize;
    setAppearanceOptions(appearance);
    return m_settings;
}

QWidget* FitPanel::createChart() {
    m_chart = new QChart;
    m_chart->setTitle(tr("Weighted loss terms (log scale)"));
    QFont small = m_chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_chart->legend()->setFont(small);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_axisX = new QValueAxis(m_chart);
    m_axisX->setTitleText(tr("Iteration"));
    m_axisX->setLabelFormat(QStringLiteral("%d"));
    m_axisX->setTickType(QValueAxis::TicksDynamic);
    m_axisX->setTickAnchor(0);
    setIterationRange(1);
    m_axisY = new QLogValueAxis(m_chart);
    m_axisY->setBase(10);
    m_axisY->setLabelFormat(QStringLiteral("%g"));
    m_axisY->setLabelsFont(small);
    m_axisX->setLabelsFont(small);
    m_axisY->setRange(1e-3, 1e3);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("fitChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);
    m_chartView->setToolTip(tr("Each weighted loss term per iteration, on a logarithmic scale "
                               "(terms at zero are drawn at the bottom)"));
    return m_chartView;
}

likeness::CoarseFitOptions FitPanel::options() const {
    likeness::CoarseFitOptions options = m_baseOptions;
    options.iterations = m_iterations->value();
    options.subdivisionLevel = m_subdivision->currentData().toInt();
    options.shBands = m_shBands->value();
    options.landmarkWeight = m_landmarkWeight->value();
    options.photometricWeight = m_photometricWeight->value();
    options.laplacianWeight = m_laplacianWeight->value();
    return options;
}

void FitPanel::setOptions(const likeness::CoarseFitOptions& options) {
    m_baseOptions = options;
    m_iterations->setValue(options.iterations);
    const int level = m_subdivision->findData(options.subdivisionLevel);
    m_subdivision->setCurrentIndex(level >= 0 ? level : 2);
    m_shBands->setValue(options.shBands);
    m_landmarkWeight->setValue(options.landmarkWeight);
    m_photometricWeight->setValue(options.photometricWeight);
    m_laplacianWeight->setValue(options.laplacianWeight);
}

likeness::AppearanceOptions FitPanel::appearanceOptions() const {
    likeness::AppearanceOptions options = m_baseAppearance;
    const int stages = m_stages->currentData().toInt();
    options.medium = stages >= kCoarseMedium;
    options.fine = stages >= kAllStages;
    options.mapSize = m_mapSize->currentData().toInt();
    return options;
}

void FitPanel::setAppearanceOptions(const likeness::AppearanceOptions& options) {
    m_baseAppearance = options;
    const int stages = options.medium ? (options.fine ? kAllStages : kCoarseMedium) : kCoarseOnly;
    m_stages->setCurrentIndex(m_stages->findData(stages));
    const int size = m_mapSize->findData(options.mapSize);
    m_mapSize->setCurrentIndex(size >= 0 ? size : m_mapSize->findData(kDefaultMapSize));
    updateMapSizeEnabled();
}

int FitPanel::totalIterations() const {
    const likeness::AppearanceOptions a = appearanceOptions();
    return m_iterations->value() + (a.medium ? a.mediumIterations : 0) + (a.medium && a.fine ? a.fineIterations : 0);
}

void FitPanel::updateMapSizeEnabled() { m_mapSize->setEnabled(m_stages->currentData().toInt() > kCoarseOnly); }

void FitPanel::setFaceAvailable(bool available, const QString& why) {
    m_faceAvailable = available;
    m_unavailableReason = why;
    updateActions();
}

void FitPanel::setRunning(bool running) {
    m_running = running;
    if (!running) m_paused = false;
    updateActions();
}

void FitPanel::setPaused(bool paused) {
    m_paused = paused && m_running;
    updateActions();
    if (m_running) setStatus(m_paused ? tr("Paused.") : tr("Fitting…"));
}

void FitPanel::updateActions() {
    m_runAction->setEnabled(m_faceAvailable && !m_running);
    if (!m_faceAvailable && !m_unavailableReason.isEmpty())
        m_runAction->setStatusTip(m_unavailableReason);
    m_pauseAction->setEnabled(m_running);
    m_pauseAction->setChecked(m_paused);
    m_pauseAction->setText(m_paused ? tr("&Resume Fit") : tr("&Pause Fit"));
    m_pauseAction->setIcon(style()->standardIcon(m_paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_cancelAction->setEnabled(m_running);
    m_settings->setEnabled(!m_running);
}

void FitPanel::clearChart() {
    for (auto& [term, entry] : m_series) {
        m_chart->removeSeries(entry.series);
        delete entry.series;
    }
    m_series.clear();
    m_termOrder.clear();
    m_minPositive = m_maxValue = 0;
    m_floor = 1e-3;
    m_updates = 0;
    m_axisY->setRange(1e-3, 1e3);
}

void FitPanel::fitStarted(int totalIterations) {
    clearChart();
    m_results->clear();
    m_stageMetrics->clear();
    m_stageMetrics->hide();
    setIterationRange(totalIterations);
    m_progress->setRange(0, std::max(1, totalIterations));
    m_progress->setValue(0);
    m_eta->clear();
    m_stage->clear();
    setStatus(tr("Preparing the fit…"));
}

QPointF FitPanel::plotted(const QPointF& raw) const {
    const double y = raw.y();
    return {raw.x(), std::isfinite(y) && y > m_floor ? y : m_floor};
}

void FitPanel::addProgress(const FitProgressPtr& progress) {
    if (!progress) return;
    const likeness::LossSnapshot& loss = progress->loss;
    ++m_updates;
    bool rangeChanged = false;
    for (const auto& [name, value] : loss.terms) {
        const QString term = QString::fromStdString(name);
        auto it = m_series.find(term);
        if (it == m_series.end()) {
            auto* series = new QLineSeries(m_chart);
            series->setName(termLabel(term));
            const int index = int(m_series.size());
            QPen pen(termColor(index));
            pen.setWidthF(1.5);
            if (index >= kPaletteSize) pen.setStyle(Qt::DashLine);  // the map stages' terms after the coarse ones
            series->setPen(pen);
            m_chart->addSeries(series);
            series->attachAxis(m_axisX);
            series->attachAxis(m_axisY);
            it = m_series.emplace(term, TermSeries{series, {}}).first;
            m_termOrder << term;
        }
        const QPointF raw(loss.iteration, value);
        it->second.raw.push_back(raw);
        if (std::isfinite(value) && value > 0) {
            if (m_minPositive <= 0 || value < m_minPositive) m_minPositive = value, rangeChanged = true;
            if (value > m_maxValue) m_maxValue = value, rangeChanged = true;
        }
        it->second.series->append(plotted(raw));
    }
    if (rangeChanged) updateAxisRange();

    if (progress->total > 0) {
        if (progress->total != int(m_axisX->max())) setIterationRange(progress->total);
        m_progress->setRange(0, progress->total);
    }
    m_progress->setValue(std::min(progress->done, m_progress->maximum()));
    m_stage->setText(stageLabel(QString::fromStdString(loss.stage)));
    m_eta->setText(progress->etaMs >= 0 ? tr("about %1 left").arg(formatDuration(progress->etaMs)) : QString());
    if (!m_paused) setStatus(tr("Fitting… total loss %1").arg(loss.total, 0, 'g', 4));
}

void FitPanel::setIterationRange(int totalIterations) {
    const int total = std::max(1, totalIterations);
    // The ticks follow the range: widen the interval before the range grows, narrow it after
    // the range shrank (else a few hundred thousand ticks are laid out in between).
    if (total > m_axisX->max()) {
        m_axisX->setTickInterval(niceStep(total / 5.0));
        m_axisX->setRange(0, total);
    } else {
        m_axisX->setRange(0, total);
        m_axisX->setTickInterval(niceStep(total / 5.0));
    }
}

void FitPanel::updateAxisRange() {
    if (m_minPositive <= 0) return;
    const auto [lo, hi] = decadeRange(m_minPositive, std::max(m_maxValue, m_minPositive));
    if (lo != m_axisY->min() || hi != m_axisY->max()) m_axisY->setRange(lo, hi);
    if (lo != m_floor) {  // non-positive values sit on the axis' bottom: move them along
        m_floor = lo;
        for (auto& [term, entry] : m_series) {
            QList<QPointF> points;
            points.reserve(qsizetype(entry.raw.size()));
            for (const QPointF& raw : entry.raw) points << plotted(raw);
            entry.series->replace(points);
        }
    }
}

void FitPanel::fillResults(const FitResultPtr& result) {
    m_results->clear();
    m_stageMetrics->clear();
    m_stageMetrics->hide();
    if (!result) return;
    const likeness::FaceFit& fit = result->fit;
    for (size_t i = 0; i < fit.images.size(); ++i) {
        const likeness::ImageFit& image = fit.images[i];
        auto* item = new QTreeWidgetItem(m_results);
        item->setText(ImageColumn, fit.images.size() == 1 && !result->path.isEmpty()
                                       ? QFileInfo(result->path).fileName()
                                       : tr("Photo %1").arg(i + 1));
        item->setText(SsimColumn, QString::number(image.ssimInMask, 'f', 3));
        item->setText(PsnrColumn, tr("%1 dB").arg(image.psnrInMask, 0, 'f', 1));
        item->setText(StatusColumn, statusLabel(QString::fromStdString(image.status)));
        item->setTextAlignment(SsimColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(PsnrColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(SsimColumn, Qt::UserRole, double(image.ssimInMask));
        item->setData(PsnrColumn, Qt::UserRole, double(image.psnrInMask));
    }
    QStringList stages;
    for (const FitStageReport& stage : result->stages)
        stages << tr("%1 %2 / %3 dB").arg(stageLabel(stage.stage)).arg(stage.ssim, 0, 'f', 3).arg(stage.psnr, 0, 'f', 1);
    if (!stages.isEmpty()) {
        m_stageMetrics->setText(tr("Stages (SSIM / PSNR): %1").arg(stages.join(QStringLiteral(" · "))));
        m_stageMetrics->show();
    }
}

void FitPanel::showResult(const FitResultPtr& result) {
    fillResults(result);
    if (!result) return;
    const likeness::FaceFit& fit = result->fit;
    m_progress->setValue(m_progress->maximum());
    m_eta->clear();
    const int vertices = int(fit.vertices.size() / 3);
    setStatus(tr("Fitted in %1: %n iteration(s), %2 vertices.", "", fit.iterations)
                  .arg(formatDuration(result->elapsedMs))
                  .arg(QLocale().toString(vertices)));
}

void FitPanel::showFailure(const FitFailure& failure) {
    m_eta->clear();
    QString text;
    switch (failure.kind) {
    case FitErrorKind::Input: text = tr("The fit cannot use this photo or face: %1"); break;
    case FitErrorKind::Options: text = tr("Invalid fit settings: %1"); break;
    case FitErrorKind::Assets: text = tr("Assets missing: %1"); break;
    case FitErrorKind::Numerical: text = tr("The fit became unstable and stopped (the last good state is shown): %1"); break;
    case FitErrorKind::Internal: text = tr("The fit failed: %1"); break;
    }
    setStatus(text.arg(failure.message));
}

void FitPanel::showCancelled(const FitResultPtr& kept) {
    m_eta->clear();
    if (!kept) {
        setStatus(tr("Fit cancelled."));
        return;
    }
    fillResults(kept);
    QStringList finished;
    for (const FitStageReport& stage : kept->stages) finished << stageLabel(stage.stage);
    if (finished.size() <= 1)
        setStatus(tr("Fit cancelled during the map stages; the coarse fit is kept."));
    else
        setStatus(tr("Fit cancelled; the finished stages are kept: %1.").arg(finished.join(QStringLiteral(", "))));
}

QString FitPanel::stageMetricsText() const { return m_stageMetrics->text(); }

void FitPanel::setStatus(const QString& text) { m_status->setText(text); }

QLineSeries* FitPanel::seriesForTerm(const QString& term) const {
    const auto it = m_series.find(term);
    return it == m_series.end() ? nullptr : it->second.series;
}

QStringList FitPanel::terms() const { return m_termOrder; }

QString FitPanel::etaText() const { return m_eta->text(); }

QString FitPanel::statusText() const { return m_status->text(); }

bool FitPanel::overlayVisible() const { return m_showOverlay->isChecked(); }

double FitPanel::overlayOpacity() const { return m_opacity->value() / 100.0; }

void FitPanel::setOverlayOpacity(double opacity) { m_opacity->setValue(int(std::lround(std::clamp(opacity, 0.0, 1.0) * 100))); }

bool FitPanel::wireframeVisible() const { return m_showWireframe->isChecked(); }

bool FitPanel::maskVisible() const { return m_showMask->isChecked(); }

QString FitPanel::termLabel(const QString& term) {
    // The core's names (coarse_fit.cpp, also the columns of losses.csv).
    if (term == QLatin1String("landmarks")) return tr("Landmarks");
    if (term == QLatin1String("photometric")) return tr("Photometric");
    if (term == QLatin1String("laplacian")) return tr("Laplacian");
    if (term == QLatin1String("expression")) return tr("Expression sparsity");
    if (term == QLatin1String("albedo_smoothness")) return tr("Albedo smoothness");
    if (term == QLatin1String("albedo_symmetry")) return tr("Albedo symmetry");
    if (term == QLatin1String("light_prior")) return tr("Light prior");
    if (term == QLatin1String("focal_prior")) return tr("Focal prior");
    // The map stages' (appearance_fit.cpp).
    if (term == QLatin1String("symmetry")) return tr("Map symmetry");
    if (term == QLatin1String("consistency")) return tr("Consistency");
    if (term == QLatin1String("smoothness")) return tr("Map smoothness");
    if (term == QLatin1String("normal_flatness")) return tr("Normal flatness");
    if (term == QLatin1String("skin_std")) return tr("Skin std");
    if (term == QLatin1String("light_colour")) return tr("Light colour");
    return term;
}

QString FitPanel::stageLabel(const QString& stage) {
    if (stage == QLatin1String("pose")) return tr("Pose");
    if (stage == QLatin1String("geometry")) return tr("Geometry");
    if (stage == QLatin1String("appearance")) return tr("Appearance");
    if (stage == QLatin1String("coarse")) return tr("Coarse");
    if (stage == QLatin1String("medium")) return tr("Medium");
    if (stage == QLatin1String("fine")) return tr("Fine");
    return stage;
}

} // namespace likeness::ui
