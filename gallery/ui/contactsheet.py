"""The contact sheet: a PDF of stills with their captions and credits, made with Qt's own
``QPdfWriter``.

A4 portrait, twelve stills a page (three by four): each with its picture, file name (and
stars if rated), press caption in the chosen style and language, its credit, its own usage
terms when they differ from the sheet's, and a red "EMBARGOED until …" line and frame for a
still not yet released. A long caption is set smaller to fit its cell; one that still does not
fit is printed whole on "Captions in full" pages at the end (its cell says which page), so no
caption is ever cut. Every page has the title (kit title, or the collection's name with its
kits), the date and the usage terms most of the stills share in its header and "Page n of m"
at its foot. ``layout_sheet`` decides every line before anything is painted.

It is made in a worker: the pictures come from the thumbnail cache (``load_thumbnail`` at
512 px, made if missing), and ``QPainter`` on a ``QPdfWriter`` is one of the paint devices Qt
supports outside the GUI thread (like ``QImage``). The PDF is written to a temp file beside
the target and renamed when complete, so a cancelled or failed sheet leaves nothing.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextOption,
)

from gallery.core import imaging
from gallery.core.kit import Kit
from gallery.core.kitview import KitView, origin_of
from gallery.core.marks import Mark
from gallery.core.press import CaptionStyle, press_caption
from gallery.core.sources import MemberError
from gallery.core.still import Still
from gallery.ui.images import pil_to_qimage
from gallery.ui.text import format_date, stars_text, wrap_lines

COLUMNS = 3
ROWS = 4
PER_PAGE = COLUMNS * ROWS
THUMB_SIZE = 512
RESOLUTION = 300
EMBARGO_RED = QColor(190, 52, 28)
_TEMP_PREFIX = ".stills-sheet-"
#: Caption sizes tried, largest first, until a caption fits its cell.
CAPTION_POINTS = (7.5, 7.0, 6.5, 6.0)
#: The most lines of usage terms in a page header.
USAGE_LINES = 3


class SheetCancelled(Exception):
    """The user cancelled; no file was left."""


@dataclass(frozen=True)
class SheetItem:
    """One still on the sheet: where its picture comes from and the words under it."""

    kit: Kit | None  # the still's own kit (None when it is missing)
    still: Still  # as its kit knows it
    name: str
    caption: str
    credit: str
    embargo: dt.date | None
    mark: Mark | None = None
    problem: str | None = None
    usage_terms: str = ""


def sheet_items(
    kit: KitView,
    stills: Sequence[Still],
    style: str | CaptionStyle | None = None,
    language: str | None = None,
    marks: dict[str, Mark] | None = None,
    today: dt.date | None = None,
) -> list[SheetItem]:
    """What the sheet shows of ``stills`` (as the grid has them: from a kit or a collection)."""
    items = []
    for shown in stills:
        try:
            real_kit, still = origin_of(kit, shown)
        except MemberError:
            real_kit, still = None, shown
        caption = press_caption(shown, language, style)
        credit = (shown.credit or "").strip()
        items.append(
            SheetItem(
                real_kit,
                still,
                still.name,
                caption,
                f"Credit: {credit}" if credit else "",  # printed even when the caption names it
                shown.release_date if shown.is_embargoed(today) else None,
                (marks or {}).get(shown.file),
                shown.error,
                " ".join((shown.usage_terms_in(language) or "").split()),
            )
        )
    return items


def page_count(n: int) -> int:
    return max(1, -(-n // PER_PAGE))


def warm_sheet_enums() -> None:
    """Touch on the GUI thread the enums the worker uses (PySide6 6.12 creates them lazily and
    two threads creating one at once can fail; see tasks.warm_qt_enums)."""
    _ = (
        QPageSize.PageSizeId.A4,
        QPageLayout.Orientation.Portrait,
        QPageLayout.Unit.Millimeter,
        QPainter.RenderHint.Antialiasing,
        QPainter.RenderHint.SmoothPixmapTransform,
        Qt.AlignmentFlag.AlignLeft,
        Qt.AlignmentFlag.AlignRight,
        Qt.AlignmentFlag.AlignHCenter,
        Qt.AlignmentFlag.AlignVCenter,
        Qt.AlignmentFlag.AlignCenter,
        Qt.TextElideMode.ElideRight,
        Qt.TextFlag.TextWordWrap,
        Qt.BrushStyle.NoBrush,
        Qt.PenStyle.NoPen,
        QFont.Weight.DemiBold,
        QFont.Weight.Bold,
        QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere,
        QImage.Format.Format_RGB32,
    )


def wrap(text: str, font: QFont, device: QPaintDevice, width: float, max_lines: int) -> list[str]:
    """``text`` wrapped to ``width`` device pixels, at most ``max_lines`` lines, the last elided."""
    return wrap_lines(text, font, width, max_lines, device)


def pdf_writer(path: str | os.PathLike[str], title: str) -> QPdfWriter:
    """The sheet's PDF device: A4 portrait at RESOLUTION dpi, 12 mm margins."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Stills")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(12, 12, 12, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def render_contact_sheet(
    path: str | os.PathLike[str],
    title: str,
    subtitle: str,
    items: Sequence[SheetItem],
    cache: imaging.ThumbnailCache,
    date_text: str = "",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the sheet to ``path`` (atomically); returns the number of pages. Blocking: call
    it in a worker. Raises SheetCancelled (nothing written) or OSError."""
    target = Path(path)
    pages = page_count(len(items))  # (the captions-in-full pages are known once laid out)
    steps = len(items) + pages
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, steps)
        if cancelled is not None and cancelled():
            raise SheetCancelled()

    images: list[QImage | None] = []
    for item in items:
        image = None
        if item.kit is not None and not item.still.error:
            try:
                image = pil_to_qimage(imaging.load_thumbnail(item.kit, item.still, THUMB_SIZE, cache))
            except (imaging.ImageError, OSError, MemberError):
                image = None
        images.append(image)
        step()

    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f"{_TEMP_PREFIX}{os.getpid()}-{target.name}.part")
    writer: QPdfWriter | None = None
    painter: QPainter | None = None
    try:
        writer = pdf_writer(temp, title)
        painter = QPainter(writer)
        if not painter.isActive():
            raise OSError(f"cannot write {target.name}")
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        layout = layout_sheet(items, writer)
        sheet = _Sheet(painter, layout.metrics, title, subtitle, date_text, layout)
        for page in range(layout.pages):
            if page:
                writer.newPage()
            sheet.header_and_footer(page)
            if page < layout.grid_pages:
                chunk = range(page * PER_PAGE, min(len(items), (page + 1) * PER_PAGE))
                for slot, i in enumerate(chunk):
                    sheet.cell(slot, items[i], images[i], layout.cells[i])
                step()
            else:
                sheet.captions_in_full(layout.full_pages[page - layout.grid_pages])
        painter.end()
        painter = None
        del writer  # flushes and closes the file
        writer = None  # noqa: F841 - closes the file before it is removed
        os.replace(temp, target)
        pages = layout.pages
    except BaseException:
        if painter is not None and painter.isActive():
            painter.end()
        writer = None  # noqa: F841 - closes the file before it is removed
        try:
            temp.unlink()
        except OSError:
            pass
        raise
    return pages


@dataclass
class CellText:
    """The words of one cell, laid out: the caption's lines at ``caption_points``, and where
    the rest is (``full_page``, 1-based) when it does not fit."""

    caption_lines: list[str]
    caption_points: float
    credit: str
    usage_lines: list[str] = field(default_factory=list)
    full_page: int | None = None


@dataclass
class SheetLayout:
    """Every line of a sheet, decided before it is painted."""

    metrics: _Metrics
    usage_terms: str  # the terms most stills share, in every page's header
    usage_lines: list[str]
    cells: list[CellText]
    grid_pages: int
    #: The "Captions in full" pages: (file name, caption lines) of each caption too long for its cell.
    full_pages: list[list[tuple[str, list[str]]]]

    @property
    def pages(self) -> int:
        return self.grid_pages + len(self.full_pages)


def layout_sheet(items: Sequence[SheetItem], device: QPaintDevice) -> SheetLayout:
    """Lay out the sheet's words on ``device``: captions shrunk to fit their cells, or sent
    whole to the "Captions in full" pages; the shared usage terms in the header."""
    shared = Counter(item.usage_terms for item in items if item.usage_terms).most_common(1)
    terms = shared[0][0] if shared else ""
    m = _Metrics(device, f"Usage terms: {terms}" if terms else "")
    cells: list[CellText] = []
    overflow: list[tuple[int, str, list[str]]] = []  # (cell, name, lines)
    for i, item in enumerate(items):
        usage = item.usage_terms if item.usage_terms and item.usage_terms != terms else ""
        usage_lines = m.wrap(f"Usage: {usage}", m.small_font, 2) if usage else []
        room = m.caption_room(bool(item.credit), len(usage_lines), bool(item.embargo))
        cell = None
        for points in CAPTION_POINTS:
            font = m.font(points)
            lines = m.wrap(item.caption, font, 1000)
            if len(lines) * m.line(font) <= room:
                cell = CellText(lines, points, item.credit, usage_lines)
                break
        if cell is None:  # too long even small: a note in the cell, the caption in full after
            font = m.font(CAPTION_POINTS[-1])
            fit = max(1, int(room // m.line(font)) - 1)
            cell = CellText(m.wrap(item.caption, font, fit), CAPTION_POINTS[-1], item.credit, usage_lines)
            overflow.append((i, item.name, m.wrap(item.caption, m.caption_font, 1000)))
        cells.append(cell)
    grid_pages = page_count(len(items))
    full_pages: list[list[tuple[str, list[str]]]] = []
    used = m.page_room  # start a new page at once
    for i, name, lines in overflow:
        height = m.line(m.name_font) + len(lines) * m.line(m.caption_font) + 30
        if used + height > m.page_room and (not full_pages or full_pages[-1]):
            full_pages.append([])
            used = 0.0
        full_pages[-1].append((name, lines))
        used += height
        cells[i].full_page = grid_pages + len(full_pages)
    return SheetLayout(m, terms, m.usage_lines, cells, grid_pages, full_pages)


class _Metrics:
    """Fonts and geometry of a sheet on its device (device pixels at RESOLUTION dpi)."""

    gutter = 60.0

    def __init__(self, device: QPaintDevice, usage_text: str) -> None:
        self.device = device
        self.width = float(device.width())
        self.height = float(device.height())
        self.title_font = self.font(13, QFont.Weight.Bold)
        self.sub_font = self.font(8)
        self.name_font = self.font(7, QFont.Weight.DemiBold)
        self.caption_font = self.font(CAPTION_POINTS[0])
        self.small_font = self.font(6.5)
        self.usage_lines = self.wrap(usage_text, self.sub_font, USAGE_LINES, self.width) if usage_text else []
        usage_height = len(self.usage_lines) * self.line(self.sub_font)
        self.header_height = self.line(self.title_font) + self.line(self.sub_font) + usage_height + 40
        self.footer_height = self.line(self.small_font) + 30
        self.cell_width = (self.width - (COLUMNS - 1) * self.gutter) / COLUMNS
        self.image_height = self.cell_width * 2 / 3
        self.top = self.header_height + 30
        self.cell_height = (self.height - self.top - self.footer_height - (ROWS - 1) * 40) / ROWS
        self.page_room = self.height - self.top - self.footer_height

    def font(self, points: float, weight: QFont.Weight | None = None) -> QFont:
        font = QFont()
        font.setPointSizeF(points)
        if weight is not None:
            font.setWeight(weight)
        return font

    def line(self, font: QFont) -> float:
        return QFontMetricsF(font, self.device).lineSpacing()

    def wrap(self, text: str, font: QFont, max_lines: int, width: float | None = None) -> list[str]:
        return wrap(text, font, self.device, width if width is not None else self.cell_width, max_lines)

    def caption_room(self, credit: bool, usage_lines: int, embargo: bool) -> float:
        """The height a cell leaves its caption, under the picture and name, above the rest."""
        small = self.line(self.small_font)
        below = small * ((1 if credit else 0) + usage_lines + (1 if embargo else 0)) + 6
        return self.cell_height - self.image_height - 16 - self.line(self.name_font) - 4 - below


class _Sheet:
    """Painting of one contact sheet, as ``layout_sheet`` laid it out."""

    def __init__(self, painter: QPainter, m: _Metrics, title: str, subtitle: str, date: str, layout: SheetLayout):
        self.p = painter
        self.m = m
        self.device = m.device
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.layout = layout
        self.pages = layout.pages
        self.width, self.height = m.width, m.height
        self.title_font, self.sub_font, self.name_font = m.title_font, m.sub_font, m.name_font
        self.caption_font, self.small_font = m.caption_font, m.small_font
        self.cell_width, self.image_height, self.cell_height = m.cell_width, m.image_height, m.cell_height
        self.header_height, self.top, self.gutter = m.header_height, m.top, m.gutter

    def _line(self, font: QFont) -> float:
        return self.m.line(font)

    def _text(self, font: QFont, colour: QColor, rect: QRectF, text: str, align: Qt.AlignmentFlag) -> None:
        self.p.setFont(font)
        self.p.setPen(colour)
        elided = QFontMetricsF(font, self.device).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        self.p.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), elided)

    def _lines(self, font: QFont, colour: QColor, x: float, y: float, width: float, lines: list[str]) -> float:
        """Draw ``lines`` from ``y`` down; returns the y under them."""
        height = self._line(font)
        self.p.setFont(font)
        self.p.setPen(colour)
        for line in lines:
            align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.p.drawText(QRectF(x, y, width, height), align, line)
            y += height
        return y

    def header_and_footer(self, page: int) -> None:
        dark, grey = QColor(20, 20, 20), QColor(110, 110, 110)
        title_h = self._line(self.title_font)
        sub_h = self._line(self.sub_font)
        date_w = QFontMetricsF(self.sub_font, self.device).horizontalAdvance(self.date) + 20
        self._text(
            self.title_font, dark, QRectF(0, 0, self.width - date_w, title_h), self.title, Qt.AlignmentFlag.AlignLeft
        )
        self._text(
            self.sub_font, grey, QRectF(0, title_h + 6, self.width, sub_h), self.subtitle, Qt.AlignmentFlag.AlignLeft
        )
        self._text(self.sub_font, dark, QRectF(0, 0, self.width, title_h), self.date, Qt.AlignmentFlag.AlignRight)
        self._lines(self.sub_font, dark, 0, title_h + 6 + sub_h, self.width, self.layout.usage_lines)
        rule_y = self.header_height - 10
        self.p.setPen(QPen(QColor(180, 180, 180), 3))
        self.p.drawLine(QPointF(0, rule_y), QPointF(self.width, rule_y))
        foot = QRectF(0, self.height - self._line(self.small_font), self.width, self._line(self.small_font))
        self._text(self.small_font, grey, foot, f"Page {page + 1} of {self.pages}", Qt.AlignmentFlag.AlignHCenter)
        self._text(self.small_font, grey, foot, "Stills contact sheet", Qt.AlignmentFlag.AlignLeft)
        self._text(self.small_font, grey, foot, self.date, Qt.AlignmentFlag.AlignRight)

    def captions_in_full(self, entries: list[tuple[str, list[str]]]) -> None:
        """A page of the captions too long for their cells, each whole under its file name."""
        y = self.top
        self._text(
            self.name_font, QColor(20, 20, 20), QRectF(0, y - 30 - self._line(self.name_font), self.width,
            self._line(self.name_font)), "Captions in full", Qt.AlignmentFlag.AlignLeft,
        )  # fmt: skip
        for name, lines in entries:
            self._text(
                self.name_font, QColor(20, 20, 20), QRectF(0, y, self.width, self._line(self.name_font)), name,
                Qt.AlignmentFlag.AlignLeft,
            )  # fmt: skip
            y = self._lines(self.caption_font, QColor(30, 30, 30), 0, y + self._line(self.name_font), self.width, lines)
            y += 30

    def cell(self, slot: int, item: SheetItem, image: QImage | None, text: CellText) -> None:
        col, row = slot % COLUMNS, slot // COLUMNS
        x = col * (self.cell_width + self.gutter)
        y = self.top + row * (self.cell_height + 40)
        box = QRectF(x, y, self.cell_width, self.image_height)
        p = self.p
        if image is not None and not image.isNull():
            scale = min(box.width() / image.width(), box.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            target = QRectF(box.x() + (box.width() - w) / 2, box.bottom() - h, w, h)
            p.drawImage(target, image)
        else:
            target = box
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(235, 235, 235))
            p.drawRect(box)
            reason = (item.problem or "no picture").split(":")[0]
            self._text(
                self.caption_font,
                QColor(120, 120, 120),
                box,
                reason[:1].upper() + reason[1:],
                Qt.AlignmentFlag.AlignHCenter,
            )
        if item.embargo:
            p.setPen(QPen(EMBARGO_RED, 8))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(target.adjusted(4, 4, -4, -4))
        text_y = box.bottom() + 16
        name_h = self._line(self.name_font)
        stars = stars_text(item.mark.rating) if item.mark and item.mark.rating else ""
        if item.mark and item.mark.pick:
            stars = (stars + "  ⚑").strip()
        stars_w = QFontMetricsF(self.name_font, self.device).horizontalAdvance(stars) + 16 if stars else 0
        self._text(
            self.name_font,
            QColor(20, 20, 20),
            QRectF(x, text_y, self.cell_width - stars_w, name_h),
            item.name,
            Qt.AlignmentFlag.AlignLeft,
        )
        if stars:
            self._text(
                self.name_font,
                QColor(200, 140, 10),
                QRectF(x, text_y, self.cell_width, name_h),
                stars,
                Qt.AlignmentFlag.AlignRight,
            )
        text_y += name_h + 4
        small_h = self._line(self.small_font)
        font = self.m.font(text.caption_points)
        text_y = self._lines(font, QColor(30, 30, 30), x, text_y, self.cell_width, text.caption_lines)
        if text.full_page is not None:
            note = f"Caption in full on page {text.full_page}"
            self._text(self.small_font, QColor(90, 90, 90), QRectF(x, text_y, self.cell_width, small_h), note,
                       Qt.AlignmentFlag.AlignLeft)  # fmt: skip
            text_y += small_h
        if item.credit:
            self._text(
                self.small_font,
                QColor(100, 100, 100),
                QRectF(x, text_y + 2, self.cell_width, small_h),
                item.credit,
                Qt.AlignmentFlag.AlignLeft,
            )
            text_y += small_h + 2
        if text.usage_lines:
            text_y = self._lines(self.small_font, QColor(100, 100, 100), x, text_y, self.cell_width, text.usage_lines)
        if item.embargo:
            font = QFont(self.small_font)
            font.setWeight(QFont.Weight.Bold)
            self._text(
                font,
                EMBARGO_RED,
                QRectF(x, text_y + 2, self.cell_width, small_h),
                f"EMBARGOED until {format_date(item.embargo)}",
                Qt.AlignmentFlag.AlignLeft,
            )
