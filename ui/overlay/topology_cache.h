#pragma once
// Lazy, once-only loading of the face topology (triangles and named regions)
// that the mesh and contour overlays need.
#include <memory>

#include <QString>

namespace likeness {
class FaceTopology;
}

namespace likeness::ui {

/// Loads likeness::FaceTopology on the first get() and keeps it (or the error).
/// Used on the GUI thread only.
class TopologyCache {
public:
    /// `path` empty = the asset cache's face_topology.json (assets::topologyFile()).
    explicit TopologyCache(const QString& path = {});
    ~TopologyCache();

    /// The topology, or nullptr when it could not be loaded (see errorMessage()).
    std::shared_ptr<const likeness::FaceTopology> get();
    /// Why get() returned nullptr (the AssetError's message); empty otherwise.
    QString errorMessage();
    bool isLoaded() const { return m_attempted; }

private:
    void load();

    QString m_path;
    bool m_attempted = false;
    std::shared_ptr<const likeness::FaceTopology> m_topology;
    QString m_error;
};

} // namespace likeness::ui
