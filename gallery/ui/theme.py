"""Colours that follow the system's light or dark palette.

Most of the window paints with palette roles; the few colours of its own (an alarm red for
embargoes and problems) are picked here against the palette in use, so they stay readable
when the desktop switches to a dark scheme.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

#: The alarm red on a light background (and the hue kept on a dark one).
ALARM_RED = QColor(0xC0, 0x39, 0x2B)
#: WCAG AA for normal text.
READABLE_CONTRAST = 4.5


def luminance(color: QColor) -> float:
    """Relative luminance (WCAG 2): 0 for black, 1 for white."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    la, lb = luminance(a), luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` is a dark scheme (light text on a dark window). Without one: whether
    the desktop is dark, asking its colour scheme first (QStyleHints.colorScheme(), which the
    platform theme or the XDG portal reports), the application's palette only when it is Unknown."""
    if palette is None:
        scheme = desktop_scheme()
        if scheme != Qt.ColorScheme.Unknown:
            return scheme == Qt.ColorScheme.Dark
        palette = QGuiApplication.palette()
    return luminance(palette.color(QPalette.ColorRole.Window)) < luminance(palette.color(QPalette.ColorRole.WindowText))


def desktop_scheme() -> Qt.ColorScheme:
    """The desktop's light/dark setting as Qt knows it (Unknown before a QGuiApplication)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return Qt.ColorScheme.Unknown
    return QGuiApplication.styleHints().colorScheme()


#: Window, text and accent roles of a dark palette, for a desktop that says "dark" while its
#: Qt style hands out a light palette (Fusion without a platform theme, as on many GNOME and
#: Xfce sessions): Breeze Dark's values.
DARK_ROLES = {
    QPalette.ColorRole.Window: "#2a2e32",
    QPalette.ColorRole.WindowText: "#fcfcfc",
    QPalette.ColorRole.Base: "#1b1e20",
    QPalette.ColorRole.AlternateBase: "#232629",
    QPalette.ColorRole.Text: "#fcfcfc",
    QPalette.ColorRole.Button: "#31363b",
    QPalette.ColorRole.ButtonText: "#fcfcfc",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#3daee9",
    QPalette.ColorRole.HighlightedText: "#fcfcfc",
    QPalette.ColorRole.ToolTipBase: "#31363b",
    QPalette.ColorRole.ToolTipText: "#fcfcfc",
    QPalette.ColorRole.PlaceholderText: "#a1a9b1",
    QPalette.ColorRole.Link: "#1d99f3",
    QPalette.ColorRole.LinkVisited: "#9b59b6",
    QPalette.ColorRole.Light: "#40464c",
    QPalette.ColorRole.Midlight: "#363b40",
    QPalette.ColorRole.Mid: "#4d545b",
    QPalette.ColorRole.Dark: "#181b1d",
    QPalette.ColorRole.Shadow: "#0f1012",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, value in DARK_ROLES.items():
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6e7175"))
    return palette


class SchemeFollower(QObject):
    """Keeps the application's palette in step with the desktop's colour scheme: when the
    scheme says dark but the style's palette is light, a dark palette is set; back to the
    style's own when the desktop turns light (also while Stills runs). A child of the app."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("schemeFollower")
        self.app = app
        self.ours = False
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.apply)
        self.apply(desktop_scheme())

    def apply(self, scheme: Qt.ColorScheme) -> None:
        if scheme == Qt.ColorScheme.Dark and not self.ours and not is_dark(self.app.palette()):
            self.app.setPalette(dark_palette())
            self.ours = True
        elif scheme != Qt.ColorScheme.Dark and self.ours:
            self.app.setPalette(self.app.style().standardPalette())
            self.ours = False


def readable(color: QColor, background: QColor, minimum: float = READABLE_CONTRAST) -> QColor:
    """``color``, lightened (on a dark background) or darkened (on a light one) until it reads
    against ``background``; the hue is kept."""
    out = QColor(color)
    dark_background = luminance(background) < 0.18
    for _ in range(40):
        if contrast(out, background) >= minimum:
            break
        step = 0.03
        lightness = out.lightnessF()
        lightness = min(1.0, lightness + step) if dark_background else max(0.0, lightness - step)
        out = QColor.fromHslF(max(0.0, out.hslHueF()), out.hslSaturationF(), lightness, out.alphaF())
    return out


def alarm_color(palette: QPalette) -> QColor:
    """The red for embargo dates and problems, readable on this palette's window."""
    return readable(ALARM_RED, palette.color(QPalette.ColorRole.Window))


def alarm_style(palette: QPalette) -> str:
    """A label style sheet for alarm text on this palette."""
    return f"color: {alarm_color(palette).name()}; font-weight: 600;"


#: Events that say the system's colours changed (a dark/light switch while Stills runs).
PALETTE_EVENTS = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.ThemeChange)


def refresh_style_sheets(root: QWidget) -> int:
    """Re-apply the style sheets of ``root`` and the widgets in it, so ``palette(...)`` in them
    takes the new palette (Qt resolves it once, when a style sheet is set). Returns how many."""
    count = 0
    for widget in [root, *root.findChildren(QWidget)]:
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)
            count += 1
    return count


__all__ = [
    "PALETTE_EVENTS",
    "SchemeFollower",
    "alarm_color",
    "alarm_style",
    "contrast",
    "dark_palette",
    "desktop_scheme",
    "is_dark",
    "luminance",
    "readable",
    "refresh_style_sheets",
]
