#pragma once
// The list of faces found in the photo: number, detector score, presence, head pose.
#include <vector>

#include <QWidget>

#include "analysis/face_analysis_types.h"

class QLabel;
class QTreeWidget;

namespace likeness::ui {

class FacesPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { IndexColumn, ScoreColumn, PresenceColumn, YawColumn, PitchColumn, RollColumn,
                  LandmarksColumn, ColumnCount };

    explicit FacesPanel(QWidget* parent = nullptr);

    /// Lists the faces and selects the first one (emits faceSelected).
    void setFaces(const std::vector<likeness::FaceObservation>& faces);
    /// No photo analysed yet (or the analysis failed): empty list with `message`.
    void clear(const QString& message);
    /// Analysis in progress.
    void setBusy();

    int faceCount() const;
    int selectedFace() const;
    /// The summary line above the list ("1 face", "No face found", ...).
    QString summaryText() const;
    QTreeWidget* tree() const { return m_tree; }

public Q_SLOTS:
    void selectFace(int index);

Q_SIGNALS:
    /// -1 = no selection.
    void faceSelected(int index);
    /// The user double-clicked (or pressed Enter on) a face.
    void faceActivated(int index);

private:
    QLabel* m_summary = nullptr;
    QTreeWidget* m_tree = nullptr;
};

} // namespace likeness::ui
