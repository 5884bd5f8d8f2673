#include "dialogs/export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "common/error.h"

namespace likeness::ui {

namespace {

constexpr int kMaxNameLength = 100;             // as ExportJobOptions::validate()
constexpr int kMinWatertightResolution = 64;
constexpr int kMaxWatertightResolution = 600;
constexpr int kMinDecimationTriangles = 100;    // as WatertightOptions::validate()
constexpr int kMaxDecimationTriangles = 10000000;

// QSettings keys under settingsGroup().
const QString kFolderKey = QStringLiteral("folder");
const QString kNameKey = QStringLiteral("name");
const QString kFormatsKey = QStringLiteral("formats");
const QString kLevelKey = QStringLiteral("level");
const QString kMapResolutionKey = QStringLiteral("mapResolution");
const QString kUnitsKey = QStringLiteral("units");
const QString kRigKey = QStringLiteral("rig");
const QString kVertexColorsKey = QStringLiteral("vertexColors");
const QString kWatertightKey = QStringLiteral("watertight");
const QString kWatertightSourceKey = QStringLiteral("watertightSource");
const QString kWatertightResolutionKey = QStringLiteral("watertightResolution");
const QString kWatertightTrianglesKey = QStringLiteral("watertightTriangles");

/// The files a format writes besides the shared textures ("face" -> "face.obj", "face.mtl").
QStringList mainFiles(const QString& format, const QString& name) {
    if (format == QLatin1String("gltf")) return {name + QStringLiteral(".gltf"), name + QStringLiteral(".bin")};
    if (format == QLatin1String("obj")) return {name + QStringLiteral(".obj"), name + QStringLiteral(".mtl")};
    if (format == QLatin1String("csv")) return {name + QStringLiteral("_animation.csv")};
    return {name + QLatin1Char('.') + format};
}

/// Selects the item whose data is `value`; keeps the current one when there is none.
void selectData(QComboBox* combo, const QVariant& value) {
    const int index = combo->findData(value);
    if (index >= 0) combo->setCurrentIndex(index);
}

QString defaultFolder() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(QStringLiteral("Likeness"));
}

} // namespace

QStringList ExportDialog::formatCodes() {
    return {QStringLiteral("glb"), QStringLiteral("gltf"), QStringLiteral("fbx"),
            QStringLiteral("obj"), QStringLiteral("ply"), QStringLiteral("csv")};
}

ExportDialog::ExportDialog(QWidget* parent, bool persistSettings) : QDialog(parent), m_persist(persistSettings) {
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Face"));
    setMinimumWidth(480);

    // Output: folder and file name.
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    m_folder->setToolTip(tr("The folder the files are written to (created when missing)"));
    m_folder->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    m_browse->setToolTip(tr("Choose the output folder"));
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("exportName"));
    m_name->setMaxLength(kMaxNameLength);
    m_name->setToolTip(tr("The name of the files without extension: face.glb, face.fbx, face_albedo.png, …"));
    auto* output = new QFormLayout;
    output->addRow(tr("&Folder:"), folderRow);
    output->addRow(tr("File &name:"), m_name);
    if (auto* label = qobject_cast<QLabel*>(output->labelForField(folderRow))) label->setBuddy(m_folder);

    // Formats.
    auto* formats = new QGroupBox(tr("Formats"), this);
    auto* formatGrid = new QGridLayout(formats);
    const QStringList codes = formatCodes();
    const QStringList labels = {tr("glTF binary (.glb)"), tr("glTF (.gltf)"), tr("FBX"),
                                tr("OBJ"), tr("PLY"), tr("Live Link CSV")};
    const QStringList tips = {
        tr("One self-contained file with the mesh, the 52 blendshapes and the textures, in metres "
           "(Blender, Unity, Unreal, three.js)"),
        tr("glTF as JSON with a .bin buffer and the textures beside it, in metres"),
        tr("Binary FBX 7.4 with the blendshapes and the textures beside it, in centimetres (Maya, 3ds Max, "
           "Unreal, Unity)"),
        tr("Wavefront OBJ with a material file and the textures beside it; no blendshapes"),
        tr("Stanford PLY (binary): the mesh with normals and UVs; no blendshapes"),
        tr("The expression weights as a Live Link Face take (<name>_animation.csv): one frame per photo")};
    for (int i = 0; i < codes.size(); ++i) {
        auto* box = new QCheckBox(labels[i], formats);
        box->setObjectName(QStringLiteral("exportFormat_") + codes[i]);
        box->setToolTip(tips[i]);
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updateState);
        formatGrid->addWidget(box, i % 3, i / 3);
        m_formats[codes[i]] = box;
    }

    // The model: level, maps, units, rig, colours.
    auto* model = new QGroupBox(tr("Model"), this);
    auto* modelForm = new QFormLayout(model);
    m_level = new QComboBox(model);
    m_level->setObjectName(QStringLiteral("exportLevel"));
    m_level->addItem(tr("Working"), QStringLiteral("working"));
    m_level->setItemData(0, tr("The fit's own mesh"), Qt::ToolTipRole);
    m_level->addItem(tr("High"), QStringLiteral("high"));
    m_level->setItemData(1, tr("One Loop subdivision more: four times the triangles, a smooth, limit-like surface"),
                         Qt::ToolTipRole);
    m_level->addItem(tr("Neutral"), QStringLiteral("neutral"));
    m_level->setItemData(2, tr("The working mesh with a neutral expression (every blendshape weight at zero)"),
                         Qt::ToolTipRole);
    m_level->setToolTip(tr("Which mesh to export: the fit's own (working), one subdivision finer (high), or the "
                           "working mesh with a neutral expression"));
    m_mapResolution = new QComboBox(model);
    m_mapResolution->setObjectName(QStringLiteral("exportMapResolution"));
    for (int size : {256, 512, 1024, 2048}) m_mapResolution->addItem(tr("%1 × %1").arg(size), size);
    m_mapResolution->setToolTip(tr("The side of every texture map (colour, normal, roughness) in pixels"));
    m_units = new QComboBox(model);
    m_units->setObjectName(QStringLiteral("exportUnits"));
    m_units->addItem(tr("Millimetres (mm)"), QStringLiteral("mm"));
    m_units->addItem(tr("Centimetres (cm)"), QStringLiteral("cm"));
    m_units->addItem(tr("Metres (m)"), QStringLiteral("m"));
    m_units->setToolTip(tr("The length unit of the OBJ and PLY coordinates"));
    auto* unitsNote = new QLabel(tr("glTF is always in metres, FBX in centimetres."), model);
    unitsNote->setObjectName(QStringLiteral("exportUnitsNote"));
    unitsNote->setEnabled(false);  // secondary text
    m_rig = new QCheckBox(tr("&Include the 52 ARKit blendshapes"), model);
    m_rig->setObjectName(QStringLiteral("exportRig"));
    m_rig->setToolTip(tr("The subject's own 52 ARKit morph targets (glTF, FBX), ready for Live Link Face; "
                         "off bakes the photo's expression into the shape"));
    m_vertexColors = new QCheckBox(tr("&Vertex colours (OBJ/PLY)"), model);
    m_vertexColors->setObjectName(QStringLiteral("exportVertexColors"));
    m_vertexColors->setToolTip(tr("Also write the skin colour per vertex into the OBJ and PLY files"));
    modelForm->addRow(tr("&Level:"), m_level);
    modelForm->addRow(tr("&Map resolution:"), m_mapResolution);
    modelForm->addRow(tr("&Units (OBJ/PLY):"), m_units);
    modelForm->addRow(QString(), unitsNote);
    modelForm->addRow(m_rig);
    modelForm->addRow(m_vertexColors);

    // The watertight solid.
    m_watertight = new QGroupBox(tr("&Watertight solid (3D printing)"), this);
    m_watertight->setObjectName(QStringLiteral("exportWatertight"));
    m_watertight->setCheckable(true);
    m_watertight->setToolTip(tr("Also write a closed, manifold solid made by marching cubes, for 3D printing and "
                                "sculpting: <name>_watertight.<format>"));
    auto* watertightForm = new QFormLayout(m_watertight);
    m_watertightSource = new QComboBox(m_watertight);
    m_watertightSource->setObjectName(QStringLiteral("exportWatertightSource"));
    m_watertightSource->addItem(tr("Fused from all views"), QStringLiteral("views"));
    m_watertightSource->setItemData(0, tr("The whole reconstructed surface, fused from all views"), Qt::ToolTipRole);
    m_watertightSource->addItem(tr("From the depth of this photo"), QStringLiteral("photo"));
    m_watertightSource->setItemData(1, tr("Only what the photo's camera sees (its depth map)"), Qt::ToolTipRole);
    m_watertightSource->setToolTip(tr("Which surface is closed into the solid"));
    m_watertightResolution = new QSpinBox(m_watertight);
    m_watertightResolution->setObjectName(QStringLiteral("exportWatertightResolution"));
    m_watertightResolution->setRange(kMinWatertightResolution, kMaxWatertightResolution);
    m_watertightResolution->setSingleStep(10);
    m_watertightResolution->setSuffix(tr(" cells"));
    m_watertightResolution->setToolTip(tr("Marching-cubes cells across the longest side of the solid: more cells "
                                          "keep finer detail and take more time and memory"));
    m_watertightTriangles = new QSpinBox(m_watertight);
    m_watertightTriangles->setObjectName(QStringLiteral("exportWatertightTriangles"));
    m_watertightTriangles->setRange(0, kMaxDecimationTriangles);
    m_watertightTriangles->setSingleStep(1000);
    m_watertightTriangles->setGroupSeparatorShown(true);
    m_watertightTriangles->setSpecialValueText(tr("Off"));
    m_watertightTriangles->setToolTip(tr("Simplify the solid to about this many triangles (quadric decimation); "
                                         "Off keeps every marching-cubes triangle"));
    connect(m_watertightTriangles, &QSpinBox::valueChanged, this, &ExportDialog::updateState);
    watertightForm->addRow(tr("&Source:"), m_watertightSource);
    watertightForm->addRow(tr("&Resolution:"), m_watertightResolution);
    watertightForm->addRow(tr("&Decimate to (triangles):"), m_watertightTriangles);
    connect(m_watertight, &QGroupBox::toggled, this, &ExportDialog::updateState);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("exportHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("exportNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(output);
    layout->addWidget(formats);
    layout->addWidget(model);
    layout->addWidget(m_watertight);
    layout->addWidget(m_hint);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &ExportDialog::updateState);

    setOptions(likeness::ExportJobOptions());
    setFolder(defaultFolder());
    if (m_persist) restoreSettings();
    updateState();
}

likeness::ExportJobOptions ExportDialog::options() const {
    likeness::ExportJobOptions o;
    o.formats.clear();
    for (const QString& code : formatCodes())
        if (m_formats.at(code)->isChecked()) o.formats.push_back(code.toStdString());
    o.baseName = m_name->text().trimmed().toStdString();
    o.units = m_units->currentData().toString().toStdString();
    o.vertexColors = m_vertexColors->isChecked();
    o.asset.level = m_level->currentData().toString().toStdString();
    o.asset.mapResolution = m_mapResolution->currentData().toInt();
    o.asset.rig = m_rig->isChecked();
    o.watertight = m_watertight->isChecked();
    o.watertightSource = m_watertightSource->currentData().toString().toStdString();
    o.watertightOptions.resolution = m_watertightResolution->value();
    o.watertightOptions.targetTriangles = m_watertightTriangles->value();
    return o;
}

void ExportDialog::setOptions(const likeness::ExportJobOptions& o) {
    for (const auto& [code, box] : m_formats) {
        bool on = false;
        for (const std::string& f : o.formats) on = on || QString::fromStdString(f) == code;
        box->setChecked(on);
    }
    m_name->setText(QString::fromStdString(o.baseName));
    selectData(m_units, QString::fromStdString(o.units));
    m_vertexColors->setChecked(o.vertexColors);
    selectData(m_level, QString::fromStdString(o.asset.level));
    selectData(m_mapResolution, o.asset.mapResolution);
    m_rig->setChecked(o.asset.rig);
    m_watertight->setChecked(o.watertight);
    selectData(m_watertightSource, QString::fromStdString(o.watertightSource));
    m_watertightResolution->setValue(o.watertightOptions.resolution);
    m_watertightTriangles->setValue(o.watertightOptions.targetTriangles);
    updateState();
}

QString ExportDialog::folder() const {
    const QString text = m_folder->text().trimmed();
    if (text.isEmpty()) return {};
    return QDir::cleanPath(QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath());
}

void ExportDialog::setFolder(const QString& folder) { m_folder->setText(QDir::toNativeSeparators(folder)); }

QCheckBox* ExportDialog::formatBox(const QString& format) const {
    const auto it = m_formats.find(format);
    return it == m_formats.end() ? nullptr : it->second;
}

QPushButton* ExportDialog::exportButton() const { return m_buttons->button(QDialogButtonBox::Ok); }

QString ExportDialog::problem() const {
    const QString dir = folder();
    if (dir.isEmpty()) return tr("Choose the output folder.");
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir()) return tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(dir));
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) return tr("Enter a file name.");
    if (name == QLatin1String(".") || name == QLatin1String("..") || name.contains(QLatin1Char('/')) ||
        name.contains(QLatin1Char('\\')) || name.contains(QLatin1Char(':')))
        return tr("The file name must be a plain name: no folders, no /, \\ or :.");
    bool anyFormat = false;
    for (const auto& entry : m_formats) anyFormat = anyFormat || entry.second->isChecked();
    if (!anyFormat) return tr("Check at least one format.");
    if (m_watertight->isChecked() && m_watertightTriangles->value() > 0 &&
        m_watertightTriangles->value() < kMinDecimationTriangles)
        return tr("Decimate the watertight solid to at least %1 triangles, or choose Off.").arg(kMinDecimationTriangles);
    // Anything else the core refuses, in its own words.
    try {
        const likeness::ExportJobOptions o = options();
        o.validate();
        if (o.watertight) o.watertightOptions.validate();
    } catch (const likeness::Error& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

QStringList ExportDialog::existingFiles() const {
    QStringList existing;
    const QString dir = folder();
    const QString name = m_name->text().trimmed();
    if (dir.isEmpty() || name.isEmpty() || !QFileInfo(dir).isDir()) return existing;
    const QDir d(dir);
    for (const QString& code : formatCodes()) {
        if (!m_formats.at(code)->isChecked()) continue;
        for (const QString& file : mainFiles(code, name))
            if (QFileInfo::exists(d.filePath(file))) existing << file;
    }
    return existing;
}

void ExportDialog::updateState() {
    const bool objOrPly = m_formats.at(QStringLiteral("obj"))->isChecked() ||
                          m_formats.at(QStringLiteral("ply"))->isChecked();
    m_units->setEnabled(objOrPly);
    m_vertexColors->setEnabled(objOrPly);

    const QString why = problem();
    m_hint->setText(why);
    m_hint->setVisible(!why.isEmpty());
    exportButton()->setEnabled(why.isEmpty());
    exportButton()->setToolTip(why.isEmpty() ? tr("Write the files") : why);

    const QStringList existing = why.isEmpty() ? existingFiles() : QStringList();
    m_note->setText(existing.isEmpty() ? QString()
                                       : tr("Replaces %1 in this folder.").arg(existing.join(QStringLiteral(", "))));
    m_note->setVisible(!existing.isEmpty());
}

void ExportDialog::browseFolder() {
    QString start = folder();
    while (!start.isEmpty() && !QFileInfo(start).isDir() && QFileInfo(start).absolutePath() != start)
        start = QFileInfo(start).absolutePath();  // the nearest existing parent
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Export Folder"), start);
    if (!chosen.isEmpty()) setFolder(chosen);
}

void ExportDialog::accept() {
    if (!problem().isEmpty()) return;
    if (m_persist) saveSettings();
    QDialog::accept();
}

void ExportDialog::restoreSettings() {
    QSettings settings;
    settings.beginGroup(settingsGroup());
    likeness::ExportJobOptions o = options();
    if (settings.contains(kFormatsKey)) {
        o.formats.clear();
        const QStringList stored = settings.value(kFormatsKey).toStringList();
        for (const QString& code : formatCodes())
            if (stored.contains(code)) o.formats.push_back(code.toStdString());
    }
    o.baseName = settings.value(kNameKey, QString::fromStdString(o.baseName)).toString().toStdString();
    o.units = settings.value(kUnitsKey, QString::fromStdString(o.units)).toString().toStdString();
    o.vertexColors = settings.value(kVertexColorsKey, o.vertexColors).toBool();
    o.asset.level = settings.value(kLevelKey, QString::fromStdString(o.asset.level)).toString().toStdString();
    o.asset.mapResolution = settings.value(kMapResolutionKey, o.asset.mapResolution).toInt();
    o.asset.rig = settings.value(kRigKey, o.asset.rig).toBool();
    o.watertight = settings.value(kWatertightKey, o.watertight).toBool();
    o.watertightSource =
        settings.value(kWatertightSourceKey, QString::fromStdString(o.watertightSource)).toString().toStdString();
    o.watertightOptions.resolution = settings.value(kWatertightResolutionKey, o.watertightOptions.resolution).toInt();
    o.watertightOptions.targetTriangles =
        settings.value(kWatertightTrianglesKey, o.watertightOptions.targetTriangles).toInt();
    setOptions(o);
    const QString storedFolder = settings.value(kFolderKey).toString();
    if (!storedFolder.isEmpty()) setFolder(storedFolder);
}

void ExportDialog::saveSettings() const {
    const likeness::ExportJobOptions o = options();
    QStringList formats;
    for (const std::string& f : o.formats) formats << QString::fromStdString(f);
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(kFolderKey, folder());
    settings.setValue(kNameKey, QString::fromStdString(o.baseName));
    settings.setValue(kFormatsKey, formats);
    settings.setValue(kLevelKey, QString::fromStdString(o.asset.level));
    settings.setValue(kMapResolutionKey, o.asset.mapResolution);
    settings.setValue(kUnitsKey, QString::fromStdString(o.units));
    settings.setValue(kRigKey, o.asset.rig);
    settings.setValue(kVertexColorsKey, o.vertexColors);
    settings.setValue(kWatertightKey, o.watertight);
    settings.setValue(kWatertightSourceKey, QString::fromStdString(o.watertightSource));
    settings.setValue(kWatertightResolutionKey, o.watertightOptions.resolution);
    settings.setValue(kWatertightTrianglesKey, o.watertightOptions.targetTriangles);
}

} // namespace likeness::ui
