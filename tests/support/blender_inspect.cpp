#include "support/blender_inspect.h"

#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <stdexcept>

namespace likeness::test {

std::string blenderExecutable() { return QStandardPaths::findExecutable("blender").toStdString(); }

nlohmann::json blenderInspect(const std::string& file, const std::string& key, int timeoutMs) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QString::fromStdString(blenderExecutable()),
            {"-b", "--factory-startup", "--python", QString(LIKENESS_SOURCE_DIR) + "/tests/export/blender_inspect.py", "--",
             QString::fromStdString(file), "--key", QString::fromStdString(key)});
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        throw std::runtime_error("Blender did not finish within " + std::to_string(timeoutMs / 1000) + " s");
    }
    const QString out = QString::fromUtf8(p.readAll());
    for (const QString& line : out.split('\n'))
        if (line.startsWith("LIKENESS_JSON ")) {
            nlohmann::json j = nlohmann::json::parse(line.mid(14).toStdString());
            if (j.contains("error")) throw std::runtime_error("Blender: " + j["error"].get<std::string>() + "\n" + out.toStdString());
            return j;
        }
    throw std::runtime_error("no LIKENESS_JSON line in Blender's output:\n" + out.toStdString());
}

} // namespace likeness::test
