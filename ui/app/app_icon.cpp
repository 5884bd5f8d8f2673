#include "app/app_icon.h"

#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include "overlay/overlay_layers.h"

// Q_INIT_RESOURCE must be used outside any namespace.
static void likenessInitQrc() { Q_INIT_RESOURCE(likeness); }

namespace likeness::ui {

void initResources() { likenessInitQrc(); }

QPixmap paintAppIcon(int size) {
    // The design lives on a 256 x 256 canvas, as in likeness.svg.
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 256.0, size / 256.0);

    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x26, 0x32, 0x38));
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48);

    // Mesh: a few triangles over the face.
    const QPointF forehead(128, 52), leftTemple(74, 100), rightTemple(182, 100), nose(128, 138),
        leftCheek(82, 168), rightCheek(174, 168), chin(128, 214);
    QPen mesh(overlay_colors::mesh(), 4);
    mesh.setJoinStyle(Qt::RoundJoin);
    p.setPen(mesh);
    p.setBrush(Qt::NoBrush);
    p.drawPolygon(QPolygonF({forehead, leftTemple, nose, rightTemple}));
    p.drawPolyline(QPolygonF({leftTemple, leftCheek, nose, rightCheek, rightTemple}));
    p.drawPolyline(QPolygonF({leftCheek, chin, rightCheek}));
    p.drawLine(forehead, nose);
    p.drawLine(nose, chin);

    // Silhouette.
    p.setPen(QPen(overlay_colors::contours(), 10));
    p.drawEllipse(QRectF(56, 40, 144, 184));

    // Landmarks at the mesh vertices, irises larger.
    p.setPen(Qt::NoPen);
    p.setBrush(overlay_colors::points());
    for (const QPointF& c : {forehead, leftTemple, rightTemple, nose, leftCheek, rightCheek, chin})
        p.drawEllipse(c, 8, 8);
    p.drawEllipse(QPointF(100, 114), 12, 12);
    p.drawEllipse(QPointF(156, 114), 12, 12);
    return pixmap;
}

QIcon appIcon() {
    initResources();
    if (QImageReader::supportedImageFormats().contains("svg"))
        return QIcon(QStringLiteral(":/icons/likeness.svg"));
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) icon.addPixmap(paintAppIcon(size));
    return icon;
}

} // namespace likeness::ui
