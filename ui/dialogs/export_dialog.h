#pragma once
// File > Export…: where and how to write the fitted face (formats, mesh level,
// texture size, units, rig, an optional watertight solid). Remembers the last
// choices in QSettings under "export/".
#include <map>

#include <QDialog>
#include <QString>
#include <QStringList>

#include "export/export_job.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace likeness::ui {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    /// `persistSettings`: restore the last choices now and store them on accept().
    explicit ExportDialog(QWidget* parent = nullptr, bool persistSettings = true);

    /// The export as chosen (fields the dialog does not show keep ExportJobOptions' defaults).
    likeness::ExportJobOptions options() const;
    void setOptions(const likeness::ExportJobOptions& options);
    /// The output folder as an absolute, clean path ("" when none is entered).
    QString folder() const;
    void setFolder(const QString& folder);

    /// Why the export cannot start (shown in the dialog; OK is disabled), or "" when it can.
    QString problem() const;
    /// Files that already exist in the folder and would be replaced (their names).
    QStringList existingFiles() const;

    /// The format codes of the check boxes, in the dialog's order: glb, gltf, fbx, obj, ply, csv.
    static QStringList formatCodes();
    QCheckBox* formatBox(const QString& format) const;
    QPushButton* exportButton() const;

    /// The QSettings group of the remembered choices.
    static QString settingsGroup() { return QStringLiteral("export"); }
    void restoreSettings();
    void saveSettings() const;

public Q_SLOTS:
    /// Stores the choices (when persistent) and closes; ignored while problem() is not empty.
    void accept() override;
    /// Browse…: asks for the folder.
    void browseFolder();

private:
    void updateState();

    bool m_persist = true;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_name = nullptr;
    std::map<QString, QCheckBox*> m_formats;
    QComboBox* m_level = nullptr;
    QComboBox* m_mapResolution = nullptr;
    QComboBox* m_units = nullptr;
    QCheckBox* m_rig = nullptr;
    QCheckBox* m_vertexColors = nullptr;
    QGroupBox* m_watertight = nullptr;
    QComboBox* m_watertightSource = nullptr;
    QSpinBox* m_watertightResolution = nullptr;
    QSpinBox* m_watertightTriangles = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace likeness::ui
