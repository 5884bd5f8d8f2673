#include "overlay/face_overlay_item.h"

#include <cmath>

#include <QPainter>
#include <QPen>

#include "topology/face_topology.h"

namespace likeness::ui {

namespace {

/// A contour: the first region, then the second one reversed (the pairs share
/// their end points' neighbourhood: lower lip + upper lip, lower lid + upper lid).
struct ContourSpec {
    const char* first;
    const char* second;  // nullptr = single region
    bool closed;
};

constexpr ContourSpec kContours[] = {
    {"silhouette", nullptr, true},
    {"lipsLowerOuter", "lipsUpperOuter", true},
    {"lipsLowerInner", "lipsUpperInner", true},
    {"rightEyeLower0", "rightEyeUpper0", true},
    {"leftEyeLower0", "leftEyeUpper0", true},
    {"rightEyebrowUpper", nullptr, false},
    {"rightEyebrowLower", nullptr, false},
    {"leftEyebrowUpper", nullptr, false},
    {"leftEyebrowLower", nullptr, false},
};

// Irises: centre first, then four points on the edge.
constexpr const char* kIrisRegions[] = {"rightEyeIris", "leftEyeIris"};

// Margin (scene units) around the faces for pens, labels and points.
constexpr qreal kBoundsMargin = 24;

QPointF toPoint(const likeness::Landmark& p) { return {p.x, p.y}; }

bool validIndices(const std::vector<int>& indices, size_t count) {
    for (int i : indices)
        if (i < 0 || size_t(i) >= count) return false;
    return !indices.empty();
}

QPen cosmeticPen(const QColor& color, qreal width) {
    QPen pen(color, width);
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

} // namespace

FaceOverlayItem::FaceOverlayItem(QGraphicsItem* parent) : QGraphicsItem(parent) {
    // Landmarks use OpenCV's convention ((0,0) = centre of the top-left pixel);
    // the photo's pixmap item has (0,0) at that pixel's corner.
    setPos(0.5, 0.5);
}

FaceOverlayItem::~FaceOverlayItem() = default;

void FaceOverlayItem::setFaces(const std::vector<likeness::FaceObservation>& faces) {
    prepareGeometryChange();
    m_faces = faces;
    if (m_selected >= int(m_faces.size())) m_selected = -1;
    rebuildShapes();
    update();
}

void FaceOverlayItem::setTopology(std::shared_ptr<const likeness::FaceTopology> topology) {
    prepareGeometryChange();
    m_topology = std::move(topology);
    rebuildShapes();
    update();
}

void FaceOverlayItem::setLayers(OverlayLayers layers) {
    if (layers == m_layers) return;
    m_layers = layers;
    update();
}

void FaceOverlayItem::setSelectedFace(int index) {
    if (index < -1 || index >= int(m_faces.size())) index = -1;
    if (index == m_selected) return;
    m_selected = index;
    update();
}

QRectF FaceOverlayItem::boundingRect() const { return m_bounds; }

void FaceOverlayItem::rebuildShapes() {
    m_shapes.clear();
    m_bounds = QRectF();
    for (const likeness::FaceObservation& face : m_faces) {
        m_shapes.push_back(buildShapes(face));
        m_bounds |= m_shapes.back().bounds;
    }
    if (!m_bounds.isNull())
        m_bounds.adjust(-kBoundsMargin, -kBoundsMargin, kBoundsMargin, kBoundsMargin);
}

FaceOverlayItem::FaceShapes FaceOverlayItem::buildShapes(const likeness::FaceObservation& face) const {
    FaceShapes shapes;
    const auto& lm = face.landmarks;
    shapes.box = QRectF(QPointF(face.box.x0, face.box.y0), QPointF(face.box.x1, face.box.y1)).normalized();
    shapes.points.reserve(int(lm.size()));
    for (const likeness::Landmark& p : lm) shapes.points.push_back(toPoint(p));

    if (m_topology) {
        for (const auto& edge : m_topology->edges()) {
            if (size_t(edge[0]) < lm.size() && size_t(edge[1]) < lm.size())
                shapes.meshEdges.push_back(QLineF(toPoint(lm[size_t(edge[0])]), toPoint(lm[size_t(edge[1])])));
        }
        for (const ContourSpec& spec : kContours) {
            if (!m_topology->hasRegion(spec.first)) continue;
            std::vector<int> indices = m_topology->region(spec.first);
            if (spec.second && m_topology->hasRegion(spec.second)) {
                const std::vector<int>& second = m_topology->region(spec.second);
                indices.insert(indices.end(), second.rbegin(), second.rend());
            }
            if (!validIndices(indices, lm.size())) continue;
            QPolygonF polygon;
            for (int i : indices) polygon << toPoint(lm[size_t(i)]);
            if (spec.closed) polygon << polygon.front();
            shapes.contours.addPolygon(polygon);
        }
        for (const char* name : kIrisRegions) {
            if (!m_topology->hasRegion(name)) continue;
            const std::vector<int>& iris = m_topology->region(name);
            if (iris.size() < 2 || !validIndices(iris, lm.size())) continue;
            const QPointF centre = toPoint(lm[size_t(iris[0])]);
            qreal radius = 0;
            for (size_t k = 1; k < iris.size(); ++k)
                radius += QLineF(centre, toPoint(lm[size_t(iris[k])])).length();
            radius /= qreal(iris.size() - 1);
            shapes.contours.addEllipse(centre, radius, radius);
        }
    }

    shapes.bounds = shapes.box;
    if (!shapes.points.isEmpty()) shapes.bounds |= QPolygonF(shapes.points).boundingRect();
    return shapes;
}

void FaceOverlayItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    if (m_shapes.empty()) return;
    painter->setRenderHint(QPainter::Antialiasing, true);
    // Unselected faces first (dimmed while one is selected), the selected one on top.
    for (int i = 0; i < int(m_shapes.size()); ++i)
        if (i != m_selected) paintFace(painter, i, false);
    if (m_selected >= 0) paintFace(painter, m_selected, true);
}

void FaceOverlayItem::paintFace(QPainter* painter, int index, bool selected) const {
    const FaceShapes& s = m_shapes[size_t(index)];
    painter->save();
    if (m_selected >= 0 && !selected) painter->setOpacity(0.35);
    painter->setBrush(Qt::NoBrush);

    if (m_layers.testFlag(OverlayLayer::Mesh) && !s.meshEdges.isEmpty()) {
        painter->setPen(cosmeticPen(overlay_colors::mesh(), 1.0));
        painter->drawLines(s.meshEdges);
    }
    if (m_layers.testFlag(OverlayLayer::Contours) && !s.contours.isEmpty()) {
        painter->setPen(cosmeticPen(overlay_colors::contours(), 2.0));
        painter->drawPath(s.contours);
    }
    if (m_layers.testFlag(OverlayLayer::Points) && !s.points.isEmpty()) {
        painter->setPen(cosmeticPen(overlay_colors::points(), 3.0));
        painter->drawPoints(s.points.constData(), int(s.points.size()));
    }
    if (m_layers.testFlag(OverlayLayer::Boxes) && !s.box.isEmpty()) {
        painter->setPen(cosmeticPen(overlay_colors::boxes(), selected ? 3.0 : 2.0));
        painter->drawRect(s.box);
        // The face's number above the box's corner, at a constant on-screen size.
        const QPointF corner = painter->worldTransform().map(s.box.topLeft());
        painter->resetTransform();
        QFont font = painter->font();
        font.setBold(true);
        font.setPixelSize(14);
        painter->setFont(font);
        const QString label = QString::number(index + 1);
        const QRectF textRect(corner.x(), corner.y() - 20, 40, 18);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignBottom, label);
    }
    painter->restore();
}

} // namespace likeness::ui
