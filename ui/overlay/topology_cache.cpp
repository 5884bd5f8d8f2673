#include "overlay/topology_cache.h"

#include <exception>

#include "common/error.h"
#include "topology/face_topology.h"

namespace likeness::ui {

TopologyCache::TopologyCache(const QString& path) : m_path(path) {}

TopologyCache::~TopologyCache() = default;

std::shared_ptr<const likeness::FaceTopology> TopologyCache::get() {
    load();
    return m_topology;
}

QString TopologyCache::errorMessage() {
    load();
    return m_error;
}

void TopologyCache::load() {
    if (m_attempted) return;
    m_attempted = true;
    try {
        m_topology = std::make_shared<const likeness::FaceTopology>(
            m_path.isEmpty() ? likeness::FaceTopology::load()
                             : likeness::FaceTopology::loadFile(m_path.toStdString()));
    } catch (const std::exception& e) {
        m_error = QString::fromStdString(e.what());
    }
}

} // namespace likeness::ui
