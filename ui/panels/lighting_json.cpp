#include "panels/lighting_json.h"

#include <cmath>

#include <QJsonArray>

#include "common/error.h"
#include "panels/lighting_panel.h"

namespace likeness::ui {
namespace {

const char* sourceName(LightSource source) {
    switch (source) {
    case LightSource::Fitted: return "fitted";
    case LightSource::Preset: return "preset";
    case LightSource::Environment: return "environment";
    }
    return "fitted";
}

// Reads an optional number; false (with error) when present but not a finite number.
bool readNumber(const QJsonObject& o, const char* key, float* value, QString* error) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) return true;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        if (error) *error = LightingPanel::tr("The lighting field “%1” must be a number.").arg(QLatin1String(key));
        return false;
    }
    *value = float(v.toDouble());
    return true;
}

} // namespace

QJsonObject lightingToJson(const LightingState& s) {
    QJsonObject key{{QStringLiteral("enabled"), s.key.enabled},
                    {QStringLiteral("azimuthDeg"), double(s.key.azimuthDeg)},
                    {QStringLiteral("elevationDeg"), double(s.key.elevationDeg)},
                    {QStringLiteral("intensity"), double(s.key.intensity)},
                    {QStringLiteral("temperatureK"), double(s.key.temperatureK)}};
    QJsonObject o{{QStringLiteral("version"), 1},
                  {QStringLiteral("source"), QLatin1String(sourceName(s.source))},
                  {QStringLiteral("preset"), QLatin1String(lightPresetName(s.preset))},
                  {QStringLiteral("yawDeg"), double(s.yawDeg)},
                  {QStringLiteral("intensity"), double(s.intensity)},
                  {QStringLiteral("temperatureK"), double(s.temperatureK)},
                  {QStringLiteral("key"), key}};
    if (!s.environmentPath.empty()) o.insert(QStringLiteral("environmentPath"), QString::fromStdString(s.environmentPath));
    if (!s.environmentSh.empty()) {
        QJsonArray sh;
        for (float c : s.environmentSh) sh.append(double(c));
        o.insert(QStringLiteral("environmentSh"), sh);
    }
    return o;
}

bool lightingFromJson(const QJsonObject& o, LightingState* out, QString* error) {
    QString dummy;
    if (!error) error = &dummy;
    LightingState s;
    const QJsonValue version = o.value(QStringLiteral("version"));
    if (!version.isUndefined() && version.toInt(-1) != 1) {
        *error = LightingPanel::tr("Unsupported lighting format version.");
        return false;
    }
    const QJsonValue source = o.value(QStringLiteral("source"));
    if (!source.isUndefined()) {
        const QString name = source.toString();
        if (name == QLatin1String("fitted")) s.source = LightSource::Fitted;
        else if (name == QLatin1String("preset")) s.source = LightSource::Preset;
        else if (name == QLatin1String("environment")) s.source = LightSource::Environment;
        else {
            *error = LightingPanel::tr("Unknown light source “%1”.").arg(name.left(40));
            return false;
        }
    }
    const QJsonValue preset = o.value(QStringLiteral("preset"));
    if (!preset.isUndefined() && !lightPresetFromName(preset.toString().toStdString(), &s.preset)) {
        *error = LightingPanel::tr("Unknown lighting preset “%1”.").arg(preset.toString().left(40));
        return false;
    }
    const QJsonValue path = o.value(QStringLiteral("environmentPath"));
    if (!path.isUndefined()) {
        if (!path.isString() || path.toString().size() > 4096) {
            *error = LightingPanel::tr("The environment path is not a valid file name.");
            return false;
        }
        s.environmentPath = path.toString().toStdString();
    }
    const QJsonValue sh = o.value(QStringLiteral("environmentSh"));
    if (!sh.isUndefined()) {
        const QJsonArray array = sh.toArray();
        if (!sh.isArray() || array.size() != kMaxLightBands * kMaxLightBands * 3) {
            *error = LightingPanel::tr("The environment light must have %1 coefficients.").arg(kMaxLightBands * kMaxLightBands * 3);
            return false;
        }
        for (const QJsonValue& c : array) {
            if (!c.isDouble() || !std::isfinite(c.toDouble()) || std::abs(c.toDouble()) > LightingLimits::kMaxCoefficient) {
                *error = LightingPanel::tr("The environment light has an invalid coefficient.");
                return false;
            }
            s.environmentSh.push_back(float(c.toDouble()));
        }
    }
    if (!readNumber(o, "yawDeg", &s.yawDeg, error) || !readNumber(o, "intensity", &s.intensity, error) ||
        !readNumber(o, "temperatureK", &s.temperatureK, error))
        return false;
    const QJsonValue keyValue = o.value(QStringLiteral("key"));
    if (!keyValue.isUndefined()) {
        if (!keyValue.isObject()) {
            *error = LightingPanel::tr("The key light settings are malformed.");
            return false;
        }
        const QJsonObject key = keyValue.toObject();
        const QJsonValue enabled = key.value(QStringLiteral("enabled"));
        if (!enabled.isUndefined()) {
            if (!enabled.isBool()) {
                *error = LightingPanel::tr("The lighting field “%1” must be true or false.").arg(QStringLiteral("key.enabled"));
                return false;
            }
            s.key.enabled = enabled.toBool();
        }
        if (!readNumber(key, "azimuthDeg", &s.key.azimuthDeg, error) ||
            !readNumber(key, "elevationDeg", &s.key.elevationDeg, error) ||
            !readNumber(key, "intensity", &s.key.intensity, error) ||
            !readNumber(key, "temperatureK", &s.key.temperatureK, error))
            return false;
    }
    try {
        s.validate();
    } catch (const Error& e) {
        *error = LightingPanel::tr("Invalid lighting settings: %1").arg(QString::fromStdString(e.what()));
        return false;
    }
    *out = s;
    return true;
}

} // namespace likeness::ui
