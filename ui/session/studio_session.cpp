#include "session/studio_session.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "controllers/fit_worker.h"
#include "report/analysis_json.h"
#include "report/fit_json.h"
#include "report/fit_json_reader.h"
#include "topology/face_topology.h"

namespace likeness::ui {
namespace {

constexpr qint64 kMaxEmbeddedPhotoBytes = 256ll << 20;

std::string toStd(const QByteArray& bytes) { return std::string(bytes.constData(), size_t(bytes.size())); }
QByteArray toBytes(const std::string& s) { return QByteArray(s.data(), qsizetype(s.size())); }

std::string pngOf(const QImage& image) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) throw likeness::Error("A map could not be encoded for the session.");
    return toStd(bytes);
}

QJsonObject objectOf(const std::string& text, const char* what) {
    if (text.empty()) return {};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(toBytes(text), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw likeness::InputError(std::string("The session's ") + what + " is not a JSON object: " +
                                   error.errorString().toStdString());
    return doc.object();
}

std::string textOf(const QJsonObject& object) { return toStd(QJsonDocument(object).toJson(QJsonDocument::Compact)); }

} // namespace

likeness::SessionDocument sessionDocumentOf(const StudioSnapshot& s) {
    likeness::SessionDocument doc;
    const QJsonArray photos = s.photoSet.value(QStringLiteral("photos")).toArray();
    for (int i = 0; i < photos.size(); ++i) {
        const QJsonObject item = photos[i].toObject();
        likeness::SessionPhoto photo;
        const QString path = item.value(QStringLiteral("path")).toString();
        photo.path = path.toStdString();
        photo.selectedFace = item.value(QStringLiteral("selectedFace")).toInt(-1);
        if (s.embedPhotos) {
            QFile file(path);
            if (file.size() > kMaxEmbeddedPhotoBytes)
                throw likeness::InputError("The photo " + photo.path + " is too large to embed (over 256 MB).");
            if (!file.open(QIODevice::ReadOnly))
                throw likeness::InputError("The photo " + photo.path + " cannot be read to embed it: " +
                                           file.errorString().toStdString());
            photo.embedded = toStd(file.readAll());
        }
        if (s.analysis && path == s.analysis->path)
            photo.analysisJson = likeness::analysisToJson(photo.path, s.analysis->result).dump();
        if (path == s.currentPhoto) doc.currentPhoto = i;
        doc.photos.push_back(std::move(photo));
    }
    if (s.fit) {
        doc.fitJson = likeness::fitToJson(s.fit->fit, s.fitOptions, {s.fit->path.toStdString()}).dump();
        QJsonArray stages;
        for (const FitStageReport& r : s.fit->stages)
            stages.append(QJsonObject{{"stage", r.stage}, {"ssim", r.ssim}, {"psnr", r.psnr},
                                      {"seconds", r.seconds}, {"iterations", r.iterations}});
        QJsonArray light;
        for (float v : s.fit->mapStageLight) light.append(double(v));
        doc.stageReportsJson = textOf({{"path", s.fit->path}, {"stages", stages}, {"mapStageBands", s.fit->mapStageBands},
                                       {"mapStageLight", light}, {"cancelled", s.fit->cancelled}});
        for (const MapLayer& layer : s.fit->maps)
            doc.maps.push_back({layer.stage.toStdString(), layer.map.toStdString(), pngOf(layer.image)});
    }
    QJsonObject edits = s.edits;
    edits.insert(QStringLiteral("photoSet"), s.photoSet);
    doc.editsJson = textOf(edits);
    doc.uiState = toStd(s.windowState);
    return doc;
}

RestoredStudio restoredStudioOf(const likeness::SessionDocument& doc, const likeness::FaceTopology& topology,
                                const QString& extractDir) {
    RestoredStudio out;
    out.edits = objectOf(doc.editsJson, "edits");
    out.photoSet = out.edits.take(QStringLiteral("photoSet")).toObject();
    out.windowState = toBytes(doc.uiState);
    if (doc.currentPhoto >= 0 && size_t(doc.currentPhoto) < doc.photos.size())
        out.currentPhoto = QString::fromStdString(doc.photos[size_t(doc.currentPhoto)].path);

    // Embedded photos whose file is gone are written out and referenced from there.
    QJsonArray setPhotos = out.photoSet.value(QStringLiteral("photos")).toArray();
    for (const likeness::SessionPhoto& photo : doc.photos) {
        const QString path = QString::fromStdString(photo.path);
        if (photo.embedded.empty() || QFileInfo::exists(path)) continue;
        const QByteArray bytes = toBytes(photo.embedded);
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16));
        QDir().mkpath(extractDir);
        const QString target = QDir(extractDir).filePath(hash + QLatin1Char('_') + QFileInfo(path).fileName());
        if (!QFileInfo::exists(target)) {
            QSaveFile file(target);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                throw likeness::InputError("The embedded photo " + photo.path + " could not be written to " +
                                           target.toStdString() + ": " + file.errorString().toStdString());
        }
        out.extractedPhotos << target;
        for (int i = 0; i < setPhotos.size(); ++i) {
            QJsonObject item = setPhotos[i].toObject();
            if (item.value(QStringLiteral("path")).toString() == path) {
                item.insert(QStringLiteral("path"), target);
                setPhotos[i] = item;
            }
        }
        if (out.currentPhoto == path) out.currentPhoto = target;
    }
    if (!out.photoSet.isEmpty()) out.photoSet.insert(QStringLiteral("photos"), setPhotos);

    if (!doc.fitJson.empty()) {
        nlohmann::json json;
        try {
            json = nlohmann::json::parse(doc.fitJson);
        } catch (const std::exception& e) {
            throw likeness::InputError(std::string("The session's fit is not valid JSON: ") + e.what());
        }
        likeness::FaceFit fit = likeness::faceFitFromJson(json, topology, "the session's fit");
        if (fit.images.empty()) throw likeness::InputError("The session's fit has no photo.");
        const QJsonObject reports = objectOf(doc.stageReportsJson, "stage reports");
        const int w = fit.images.front().imageWidth, h = fit.images.front().imageHeight;
        std::shared_ptr<FitResult> result =
            makeFitResult(0, reports.value(QStringLiteral("path")).toString(out.currentPhoto), std::move(fit), w, h);
        for (const QJsonValue& v : reports.value(QStringLiteral("stages")).toArray()) {
            const QJsonObject r = v.toObject();
            result->stages.append({r.value("stage").toString(), r.value("ssim").toDouble(), r.value("psnr").toDouble(),
                                   r.value("seconds").toDouble(), r.value("iterations").toInt()});
        }
        result->mapStageBands = reports.value(QStringLiteral("mapStageBands")).toInt();
        for (const QJsonValue& v : reports.value(QStringLiteral("mapStageLight")).toArray())
            result->mapStageLight.push_back(float(v.toDouble()));
        if (result->mapStageBands < 0 || result->mapStageBands > 9 ||
            result->mapStageLight.size() != size_t(result->mapStageBands * result->mapStageBands * 3))
            throw likeness::InputError("The session's map-stage light does not match its number of bands.");
        result->cancelled = reports.value(QStringLiteral("cancelled")).toBool();
        for (const likeness::SessionMap& m : doc.maps) {
            QImage image;
            if (!image.loadFromData(reinterpret_cast<const uchar*>(m.png.data()), int(m.png.size()), "PNG"))
                throw likeness::InputError("The session's " + m.stage + " " + m.map + " map is not a readable PNG.");
            result->maps.append({QString::fromStdString(m.map), QString::fromStdString(m.stage), image});
        }
        out.fit = std::move(result);
    }
    return out;
}

} // namespace likeness::ui
