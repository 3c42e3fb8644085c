"""Colours that follow the system's light or dark palette.

Most of the window paints with palette roles; the few colours of its own (an alarm red for
embargoes and problems) are picked here against the palette in use, so they stay readable
when the desktop switches to a dark scheme.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

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


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` is a dark scheme (light text on a dark window)."""
    return luminance(palette.color(QPalette.ColorRole.Window)) < luminance(palette.color(QPalette.ColorRole.WindowText))


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
    "alarm_color",
    "alarm_style",
    "contrast",
    "is_dark",
    "luminance",
    "readable",
    "refresh_style_sheets",
]
