#include "app/icons.h"

#include <algorithm>
#include <cmath>

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>

#include "app/app_icon.h"
#include "common/log.h"

namespace likeness::ui {

namespace {

constexpr int kMaxIconPixels = 2048;  // a side; larger requests are clamped (no 100-megapixel icons)
constexpr double kDisabledOpacity = 0.4;

QString iconPath(const QString& name) { return QStringLiteral(":/icons/%1.svg").arg(name); }

/// The colour an icon drawn in `mode` takes from the application palette.
QColor paletteColor(QIcon::Mode mode) {
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled: return palette.color(QPalette::Disabled, QPalette::ButtonText);
    case QIcon::Selected: return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active: break;
    }
    return palette.color(QPalette::Active, QPalette::ButtonText);
}

/// Renders the SVG on demand. A fixed colour, or (invalid colour) the palette's.
class StudioIconEngine final : public QIconEngine {
public:
    StudioIconEngine(QString name, QColor fixed) : m_name(std::move(name)), m_fixed(std::move(fixed)) {}

    QIconEngine* clone() const override { return new StudioIconEngine(m_name, m_fixed); }
    QString key() const override { return QStringLiteral("likeness-studio-icon"); }
    QString iconName() override { return m_name; }
    bool isNull() override { return false; }  // studioIcon() only makes icons that render

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override {
        const int side = std::min(size.width(), size.height());  // square drawings
        return QSize(side, side);
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override {
        return {QSize(16, 16), QSize(24, 24), QSize(32, 32), QSize(48, 48), QSize(64, 64)};
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        return render(actualSize(size, mode, state), mode, 1.0);
    }

    // Qt 6.4's QIcon::pixmap(size, dpr) passes `size` already in device pixels.
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override {
        return render(actualSize(size, mode, state), mode, scale);
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QPixmap pm = render(actualSize(rect.size() * scale, mode, state), mode, scale);
        if (pm.isNull()) return;
        const QSizeF drawn = pm.deviceIndependentSize();
        const QPointF topLeft(rect.x() + (rect.width() - drawn.width()) / 2.0,
                              rect.y() + (rect.height() - drawn.height()) / 2.0);
        painter->drawPixmap(topLeft, pm);
    }

private:
    /// The drawing `pixels` wide in the colour of `mode`, marked with `scale` as its pixel ratio.
    QPixmap render(const QSize& pixels, QIcon::Mode mode, qreal scale) const {
        if (pixels.isEmpty()) return {};
        scale = std::clamp(scale, 0.25, 8.0);
        const int side = std::clamp(pixels.width(), 1, kMaxIconPixels);
        QColor color = m_fixed.isValid() ? m_fixed : paletteColor(mode);
        if (m_fixed.isValid() && mode == QIcon::Disabled) color.setAlphaF(float(color.alphaF() * kDisabledOpacity));

        const QString cacheKey =
            QStringLiteral("likeness-icon/%1/%2/%3").arg(m_name).arg(side).arg(color.rgba(), 8, 16);
        QPixmap pixmap;
        if (!QPixmapCache::find(cacheKey, &pixmap)) {
            pixmap = QPixmap::fromImage(renderStudioIcon(m_name, QSize(side, side), color));
            if (!pixmap.isNull()) QPixmapCache::insert(cacheKey, pixmap);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QString m_name;
    QColor m_fixed;  // invalid: follow the palette
};

bool iconRenders(const QString& name) {
    initResources();
    if (!QFile::exists(iconPath(name))) return false;
    static bool warned = false;
    if (renderStudioIcon(name, QSize(16, 16), Qt::black).isNull()) {
        if (!warned) {
            warned = true;
            logWarning("Studio icons unavailable: Qt's SVG image plugin (package libqt6svg6) is missing.");
        }
        return false;
    }
    return true;
}

} // namespace

QStringList studioIconNames() {
    initResources();
    QStringList names;
    const QStringList files = QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")}, QDir::Files);
    for (const QString& file : files)
        if (file != QLatin1String("likeness.svg")) names << file.chopped(4);  // the app icon has its own helper
    return names;
}

QImage renderStudioIcon(const QString& name, const QSize& pixelSize, const QColor& color) {
    if (pixelSize.isEmpty() || pixelSize.width() > kMaxIconPixels || pixelSize.height() > kMaxIconPixels) return {};
    initResources();
    QImageReader reader(iconPath(name), "svg");
    reader.setScaledSize(pixelSize);  // the SVG is rasterised at this size: no blurry upscaling
    QImage image = reader.read();
    if (image.isNull()) return {};
    image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    // One colour: keep the drawing's coverage (alpha), replace its colour.
    QPainter painter(&image);
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(image.rect(), color);
    return image;
}

QIcon studioIcon(const QString& name) {
    if (!iconRenders(name)) return {};
    return QIcon(new StudioIconEngine(name, QColor()));
}

QIcon studioIcon(const QString& name, const QColor& color) {
    if (!iconRenders(name)) return {};
    return QIcon(new StudioIconEngine(name, color.isValid() ? color : QColor(Qt::black)));
}

} // namespace likeness::ui
