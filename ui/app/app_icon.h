#pragma once
// The application icon (resources/icons/likeness.svg).
#include <QIcon>

namespace likeness::ui {

/// Registers the resources compiled into likeness_ui (icons; the translations
/// register themselves). Safe to call more than once.
void initResources();

/// The SVG icon when Qt's SVG plugin is installed, else the same drawing
/// painted at the usual icon sizes.
QIcon appIcon();

/// The icon drawn with QPainter at `size` x `size` pixels (same design as the SVG).
QPixmap paintAppIcon(int size);

} // namespace likeness::ui
