#pragma once
// Per-stage timings of the last analysis (decode, detect, mesh, iris, pose, ...).
#include <QWidget>

class QTreeWidget;

namespace likeness::ui {

struct AnalysisSnapshot;

class TimingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit TimingsPanel(QWidget* parent = nullptr);

    /// Reading and decoding the file first, the first request's model loading, then
    /// the analyser's stages in their order (AnalysisResult::timings), then the total.
    void setTimings(const AnalysisSnapshot& snapshot);
    void clear();
    QTreeWidget* tree() const { return m_tree; }

private:
    QTreeWidget* m_tree = nullptr;
};

} // namespace likeness::ui
