#pragma once
// The export controller's worker thread side: runs one ExportJob at a time.
#include <memory>

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include "common/cancel_token.h"
#include "controllers/export_job.h"
#include "controllers/fit_snapshot.h"
#include "export/export_job.h"

namespace likeness {
class FaceTopology;
}

namespace likeness::ui {

/// A finished export as the GUI sees it.
struct ExportResult {
    quint64 requestId = 0;
    QString folder;                      // as requested
    QStringList files;                   // every file written (paths), in the core's order
    likeness::ExportJobResult core;      // counts and timings of the core
    double elapsedMs = 0;                // wall-clock time of the job
};
using ExportResultPtr = std::shared_ptr<const ExportResult>;

/// What kind of failure an export ended with.
enum class ExportErrorKind {
    Input,      // unwritable folder, unusable fit (likeness::InputError)
    Options,    // invalid export settings (likeness::OptionsError)
    Assets,     // the face topology could not be loaded (likeness::AssetError)
    Internal,   // anything else
};

struct ExportFailure {
    quint64 requestId = 0;
    ExportErrorKind kind = ExportErrorKind::Internal;
    QString message;                     // likeness::Error::what(), written for the user
    QString folder;
};

/// One export to run.
struct ExportRequest {
    quint64 id = 0;
    FitResultPtr fit;                                       // immutable; kept alive by the request
    std::shared_ptr<const likeness::FaceTopology> topology; // null: the worker loads FaceTopology::load()
    QString folder;
    likeness::ExportJobOptions options;
    likeness::CancelToken token;                            // copies share one flag with the controller's
};

class ExportWorker : public QObject {
    Q_OBJECT
public:
    explicit ExportWorker(ExportJob job);

    /// Runs `request` to its end (called in the worker thread).
    void run(const ExportRequest& request);

Q_SIGNALS:
    /// A stage of the core ("building the asset", "writing glb", ...) and the fraction done (0..1).
    void progressed(quint64 requestId, const QString& stage, double fraction);
    void finished(const likeness::ui::ExportResultPtr& result);
    void failed(const likeness::ui::ExportFailure& failure);
    void cancelled(quint64 requestId);

private:
    ExportJob m_job;
    std::shared_ptr<const likeness::FaceTopology> m_topology;  // loaded on first need (worker thread only)
};

} // namespace likeness::ui

Q_DECLARE_METATYPE(likeness::ui::ExportResultPtr)
Q_DECLARE_METATYPE(likeness::ui::ExportFailure)
