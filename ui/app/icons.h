#pragma once
// The studio's own icons (resources/icons/*.svg, drawn for Likeness): one-colour
// line drawings, rendered from the SVG at the exact pixel size asked for (crisp at
// any devicePixelRatio) and tinted at paint time, so they follow the light and
// dark palettes without being set again.
#include <QColor>
#include <QIcon>
#include <QImage>
#include <QSize>
#include <QStringList>

namespace likeness::ui {

/// Names of the studio icons ("open", "save", "add-photo", …), as in ":/icons/<name>.svg".
QStringList studioIconNames();

/// The icon `name`, tinted with the application palette's button-text colour
/// (disabled: the disabled text colour; selected: the highlighted text colour) each
/// time it is drawn: light on the dark theme, dark on the light one. A null QIcon
/// when there is no such icon or Qt's SVG image plugin (libqt6svg6) is missing.
QIcon studioIcon(const QString& name);

/// The icon `name` in one fixed colour (disabled: the same colour at 40% opacity).
QIcon studioIcon(const QString& name, const QColor& color);

/// The drawing of `name` at `pixelSize` in `color` (premultiplied ARGB); null when
/// the icon does not exist or the SVG cannot be rendered.
QImage renderStudioIcon(const QString& name, const QSize& pixelSize, const QColor& color);

} // namespace likeness::ui
