"""How a still's facts read in words: credit, dates, embargo, stars, marks, tooltips, and
captions wrapped to a width (the grid, the details panel and the contact sheet share them)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice, QTextLayout

from gallery.core.marks import Mark
from gallery.core.still import Still
from gallery.ui.i18n import translate


def credit_line(still: Still) -> str:
    """The credit as the press prints it under a picture: "Credit: Netflix"."""
    return translate("Text", "Credit: {credit}").format(credit=still.credit) if still.credit else ""


def n_text(number: int) -> str:
    """A count with the user's digit grouping: 10,000."""
    return QLocale().toString(number)


def format_date(date: dt.date) -> str:
    """A short, unambiguous date: "1 Dec 2031" (month name in the user's language)."""
    # The pattern is the translator's: "d MMM yyyy" in English, "yyyy년 M월 d일" in Korean.
    return QLocale().toString(QDate(date.year, date.month, date.day), translate("Text", "d MMM yyyy"))


def embargo_text(date: dt.date) -> str:
    return translate("Text", "Embargoed until {date}").format(date=format_date(date))


def shown_error(error: BaseException) -> str:
    """Why a still could not be shown, when the decoder gave no reason of its own."""
    return translate("Text", "could not be shown ({error})").format(error=type(error).__name__)


def stars_text(rating: int) -> str:
    """ "★★★☆☆" for 3 (empty for 0)."""
    return "★" * rating + "☆" * (5 - rating) if rating > 0 else ""


def mark_text(mark: Mark | None) -> str:
    """What a mark says in words: "4 stars, pick" or "reject"; empty for no mark."""
    if mark is None or mark.is_empty:
        return ""
    parts = []
    rating = mark.rating
    if rating:
        parts.append(translate("Text", "%n star(s)", "", rating))
    if mark.pick:
        parts.append(translate("Text", "pick"))
    if mark.reject:
        parts.append(translate("Text", "reject"))
    return translate("Text", ", ").join(parts)


def tooltip_for(still: Still, error: str | None, mark: Mark | None = None, language: str | None = None) -> str:
    """A tile's tooltip: title and caption (in ``language`` where the still has it), credit,
    what holds it back, its mark, its error and file."""
    parts = []
    if title := still.title_in(language):
        parts.append(f"<b>{_html(title)}</b>")
    if caption := still.caption_in(language):
        parts.append(_html(caption))
    if still.credit:
        parts.append(f"<i>{_html(credit_line(still))}</i>")
    if still.release_date and still.is_embargoed():
        parts.append(f"<b>{_html(embargo_text(still.release_date))}</b>")
    elif reason := still.held_back():
        parts.append(f"<b>{_html(reason)}</b>")
    if disclosure := still.disclosure:
        parts.append(f"<b>{_html(disclosure)}</b>")
    if mark is not None and not mark.is_empty:
        parts.append(
            _html(" · ".join(p for p in (stars_text(mark.rating), translate("Text", "Pick") if mark.pick else "") if p))
        )
    if error:
        parts.append(f"⚠ {_html(error)}")
    parts.append(f"<small>{_html(still.file)}</small>")
    return "<p style='white-space:pre-wrap'>" + "<br>".join(parts) + "</p>"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def wrap_lines(text: str, font: QFont, width: float, max_lines: int, device: QPaintDevice | None = None) -> list[str]:
    """``text`` word-wrapped to ``width`` pixels, at most ``max_lines`` lines, the last elided.

    ``device``: the paint device whose resolution the font is measured at (a PDF page for the
    contact sheet); the screen when None."""
    text = " ".join(text.split())
    if not text or width <= 0:
        return []
    layout = QTextLayout(text, font, device) if device is not None else QTextLayout(text, font)
    option = layout.textOption()
    option.setWrapMode(option.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    spans: list[tuple[int, int]] = []
    layout.beginLayout()
    while len(spans) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[start : start + length].strip() for start, length in spans]
    if spans:
        start, length = spans[-1]
        if start + length < len(text):  # more text than lines: elide the last line
            metrics = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
            lines[-1] = metrics.elidedText(text[start:], Qt.TextElideMode.ElideRight, width)
    return lines
