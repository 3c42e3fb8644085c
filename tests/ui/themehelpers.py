"""Palettes for the light/dark tests and the screenshot script: what a dark desktop theme
(Breeze Dark, Adwaita dark, Windows dark mode) hands a Qt application, set by hand so the
tests do not depend on a platform theme being installed."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

_DARK = {
    QPalette.ColorRole.Window: "#2d2f31",
    QPalette.ColorRole.WindowText: "#eceff1",
    QPalette.ColorRole.Base: "#1f2123",
    QPalette.ColorRole.AlternateBase: "#292b2d",
    QPalette.ColorRole.Text: "#eceff1",
    QPalette.ColorRole.Button: "#35383a",
    QPalette.ColorRole.ButtonText: "#eceff1",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#3d8ee0",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Light: "#4a4d50",
    QPalette.ColorRole.Midlight: "#3e4143",
    QPalette.ColorRole.Mid: "#55595c",
    QPalette.ColorRole.Dark: "#1a1b1c",
    QPalette.ColorRole.Shadow: "#0e0f10",
    QPalette.ColorRole.ToolTipBase: "#35383a",
    QPalette.ColorRole.ToolTipText: "#eceff1",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Link: "#74b3ff",
    QPalette.ColorRole.LinkVisited: "#b59cff",
    QPalette.ColorRole.Accent: "#3d8ee0",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#7c8084",
    QPalette.ColorRole.Text: "#7c8084",
    QPalette.ColorRole.ButtonText: "#7c8084",
    QPalette.ColorRole.Highlight: "#4a4d50",
    QPalette.ColorRole.HighlightedText: "#9aa0a6",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette
