#pragma once
// Status-bar indicator shown while an analysis runs.
#include <QWidget>

class QLabel;
class QProgressBar;

namespace likeness::ui {

class BusyIndicator : public QWidget {
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget* parent = nullptr);

    /// Shows the indicator with `text`, or hides it.
    void setBusy(bool busy, const QString& text = {});
    bool isBusy() const { return m_busy; }

private:
    QProgressBar* m_bar = nullptr;
    QLabel* m_label = nullptr;
    bool m_busy = false;
};

} // namespace likeness::ui
