#pragma once
// Landmark overlay drawn over the photo: points, mesh wireframe, region contours
// and detector boxes for every face, in image pixel coordinates.
#include <memory>
#include <vector>

#include <QGraphicsItem>
#include <QLineF>
#include <QPainterPath>
#include <QPointF>
#include <QVector>

#include "analysis/face_analysis_types.h"
#include "overlay/overlay_layers.h"

namespace likeness {
class FaceTopology;
}

namespace likeness::ui {

/// A scene item in image coordinates (one unit = one pixel, origin at the
/// top-left corner of the top-left pixel). Lines and points use cosmetic pens
/// so they keep their on-screen size at every zoom level.
class FaceOverlayItem : public QGraphicsItem {
public:
    explicit FaceOverlayItem(QGraphicsItem* parent = nullptr);
    ~FaceOverlayItem() override;

    void setFaces(const std::vector<likeness::FaceObservation>& faces);
    void clearFaces() { setFaces({}); }
    int faceCount() const { return int(m_faces.size()); }
    /// Needed by the mesh and contour layers; nullptr = those layers draw nothing.
    void setTopology(std::shared_ptr<const likeness::FaceTopology> topology);
    void setLayers(OverlayLayers layers);
    OverlayLayers layers() const { return m_layers; }
    /// -1 = none; other faces are drawn dimmed while one is selected.
    void setSelectedFace(int index);
    int selectedFace() const { return m_selected; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    struct FaceShapes {
        QRectF box;
        QVector<QPointF> points;
        QVector<QLineF> meshEdges;
        QPainterPath contours;
        QRectF bounds;
    };
    void rebuildShapes();
    FaceShapes buildShapes(const likeness::FaceObservation& face) const;
    void paintFace(QPainter* painter, int index, bool selected) const;

    std::vector<likeness::FaceObservation> m_faces;
    std::vector<FaceShapes> m_shapes;
    std::shared_ptr<const likeness::FaceTopology> m_topology;
    OverlayLayers m_layers = allOverlayLayers();
    int m_selected = -1;
    QRectF m_bounds;
};

} // namespace likeness::ui
