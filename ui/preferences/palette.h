#pragma once
// Light and dark looks of the studio: Fusion with hand-tuned palettes, switched
// at run time (no restart), or the platform's own style and colours.
#include <QPalette>
#include <QString>

class QApplication;

namespace likeness::ui {

/// The hand-tuned palettes (readable disabled text, a blue highlight, links, tooltips).
QPalette lightPalette();
QPalette darkPalette();

/// Applies "light" or "dark" (Fusion + the palette above) or "system" (the style and
/// palette the application started with). Unknown names act as "system". Widgets
/// repaint at once; the studio icons follow the palette (app/icons.h).
void applyTheme(QApplication& app, const QString& theme);

/// The theme last applied with applyTheme() ("system" before the first call).
QString currentTheme();

/// Whether `palette`'s window colour is dark (light text on dark ground).
bool isDarkPalette(const QPalette& palette);

} // namespace likeness::ui
