#include "preferences/palette.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QToolTip>

namespace likeness::ui {

namespace {

QString g_currentTheme = QStringLiteral("system");

/// What the application looked like before the first applyTheme(): "system" returns to it.
struct PlatformLook {
    bool captured = false;
    QString styleName;
    QPalette palette;
    QPalette toolTipPalette;
};

PlatformLook& platformLook() {
    static PlatformLook look;
    return look;
}

void capturePlatformLook(QApplication& app) {
    PlatformLook& look = platformLook();
    if (look.captured) return;
    look.captured = true;
    look.styleName = app.style() ? app.style()->name() : QString();
    look.palette = QApplication::palette();
    look.toolTipPalette = QToolTip::palette();
}

/// Sets the three groups of `role`: active and inactive alike, disabled separately.
void setRole(QPalette& palette, QPalette::ColorRole role, const QColor& normal, const QColor& disabled) {
    palette.setColor(QPalette::Active, role, normal);
    palette.setColor(QPalette::Inactive, role, normal);
    palette.setColor(QPalette::Disabled, role, disabled);
}

} // namespace

QPalette lightPalette() {
    QPalette p;
    // Slightly warm greys: the photo stays the brightest thing on screen.
    setRole(p, QPalette::Window, QColor(0xef, 0xef, 0xee), QColor(0xef, 0xef, 0xee));
    setRole(p, QPalette::WindowText, QColor(0x1e, 0x1f, 0x22), QColor(0x8a, 0x8c, 0x90));
    setRole(p, QPalette::Base, QColor(0xff, 0xff, 0xff), QColor(0xf4, 0xf4, 0xf3));
    setRole(p, QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf4), QColor(0xf5, 0xf5, 0xf4));
    setRole(p, QPalette::Text, QColor(0x1e, 0x1f, 0x22), QColor(0x8a, 0x8c, 0x90));
    setRole(p, QPalette::PlaceholderText, QColor(0x70, 0x73, 0x78), QColor(0xa0, 0xa2, 0xa6));
    setRole(p, QPalette::Button, QColor(0xe4, 0xe4, 0xe3), QColor(0xea, 0xea, 0xe9));
    setRole(p, QPalette::ButtonText, QColor(0x1e, 0x1f, 0x22), QColor(0x8a, 0x8c, 0x90));
    setRole(p, QPalette::BrightText, QColor(0xc6, 0x28, 0x28), QColor(0xc6, 0x28, 0x28));
    setRole(p, QPalette::Light, QColor(0xff, 0xff, 0xff), QColor(0xff, 0xff, 0xff));
    setRole(p, QPalette::Midlight, QColor(0xf2, 0xf2, 0xf1), QColor(0xf2, 0xf2, 0xf1));
    setRole(p, QPalette::Mid, QColor(0xb8, 0xb8, 0xb6), QColor(0xc8, 0xc8, 0xc6));
    setRole(p, QPalette::Dark, QColor(0x9a, 0x9a, 0x98), QColor(0xaa, 0xaa, 0xa8));
    setRole(p, QPalette::Shadow, QColor(0x60, 0x60, 0x60), QColor(0x80, 0x80, 0x80));
    setRole(p, QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0), QColor(0xc4, 0xcf, 0xe0));
    setRole(p, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff), QColor(0x5a, 0x5c, 0x60));
    setRole(p, QPalette::Link, QColor(0x1f, 0x5f, 0xbf), QColor(0x80, 0x98, 0xc0));
    setRole(p, QPalette::LinkVisited, QColor(0x6a, 0x3d, 0xb0), QColor(0x98, 0x88, 0xb8));
    setRole(p, QPalette::ToolTipBase, QColor(0xff, 0xfb, 0xe6), QColor(0xff, 0xfb, 0xe6));
    setRole(p, QPalette::ToolTipText, QColor(0x1e, 0x1f, 0x22), QColor(0x8a, 0x8c, 0x90));
    return p;
}

QPalette darkPalette() {
    QPalette p;
    // Neutral dark greys (no blue cast: it would skew the judgement of skin tones).
    setRole(p, QPalette::Window, QColor(0x2b, 0x2c, 0x2e), QColor(0x2b, 0x2c, 0x2e));
    setRole(p, QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6), QColor(0x80, 0x82, 0x86));
    setRole(p, QPalette::Base, QColor(0x1f, 0x20, 0x22), QColor(0x26, 0x27, 0x29));
    setRole(p, QPalette::AlternateBase, QColor(0x27, 0x28, 0x2a), QColor(0x27, 0x28, 0x2a));
    setRole(p, QPalette::Text, QColor(0xe6, 0xe6, 0xe6), QColor(0x80, 0x82, 0x86));
    setRole(p, QPalette::PlaceholderText, QColor(0x9a, 0x9c, 0xa0), QColor(0x6a, 0x6c, 0x70));
    setRole(p, QPalette::Button, QColor(0x36, 0x37, 0x3a), QColor(0x30, 0x31, 0x33));
    setRole(p, QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6), QColor(0x80, 0x82, 0x86));
    setRole(p, QPalette::BrightText, QColor(0xff, 0x6e, 0x6e), QColor(0xff, 0x6e, 0x6e));
    setRole(p, QPalette::Light, QColor(0x4a, 0x4b, 0x4e), QColor(0x40, 0x41, 0x44));
    setRole(p, QPalette::Midlight, QColor(0x3e, 0x3f, 0x42), QColor(0x38, 0x39, 0x3c));
    setRole(p, QPalette::Mid, QColor(0x24, 0x25, 0x27), QColor(0x24, 0x25, 0x27));
    setRole(p, QPalette::Dark, QColor(0x1a, 0x1b, 0x1c), QColor(0x1a, 0x1b, 0x1c));
    setRole(p, QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a), QColor(0x0a, 0x0a, 0x0a));
    setRole(p, QPalette::Highlight, QColor(0x3d, 0x7e, 0xdb), QColor(0x44, 0x4c, 0x58));
    setRole(p, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff), QColor(0xa0, 0xa2, 0xa6));
    setRole(p, QPalette::Link, QColor(0x7a, 0xb0, 0xff), QColor(0x60, 0x78, 0x98));
    setRole(p, QPalette::LinkVisited, QColor(0xb8, 0x9a, 0xf0), QColor(0x80, 0x74, 0x98));
    setRole(p, QPalette::ToolTipBase, QColor(0x3a, 0x3b, 0x3e), QColor(0x3a, 0x3b, 0x3e));
    setRole(p, QPalette::ToolTipText, QColor(0xf0, 0xf0, 0xf0), QColor(0x90, 0x92, 0x96));
    return p;
}

bool isDarkPalette(const QPalette& palette) {
    return palette.color(QPalette::Active, QPalette::Window).lightnessF() < 0.5;
}

QString currentTheme() { return g_currentTheme; }

void applyTheme(QApplication& app, const QString& theme) {
    capturePlatformLook(app);
    const bool light = theme == QLatin1String("light");
    const bool dark = theme == QLatin1String("dark");
    if (light || dark) {
        // Fusion draws everything from the palette, so both looks are complete on every platform.
        if (!app.style() || app.style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        const QPalette palette = dark ? darkPalette() : lightPalette();
        QApplication::setPalette(palette);
        QToolTip::setPalette(palette);
        g_currentTheme = dark ? QStringLiteral("dark") : QStringLiteral("light");
        return;
    }
    const PlatformLook& look = platformLook();
    if (!look.styleName.isEmpty() && app.style() &&
        app.style()->name().compare(look.styleName, Qt::CaseInsensitive) != 0) {
        if (QStyle* style = QStyleFactory::create(look.styleName)) QApplication::setStyle(style);
    }
    QApplication::setPalette(look.palette);
    QToolTip::setPalette(look.toolTipPalette);
    g_currentTheme = QStringLiteral("system");
}

} // namespace likeness::ui
