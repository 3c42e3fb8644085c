"""The contact sheet: a PDF of stills with their captions and credits, made with Qt's own
``QPdfWriter``.

A4 portrait, twelve stills a page (three by four): each with its picture, file name (and
stars if rated), press caption in the chosen style and language (up to four lines), credit,
and a red "EMBARGOED until …" line and frame for a still not yet released. Every page has the
title (kit title, or the collection's name with its kits) and the date in its header and
"Page n of m" at its foot.

It is made in a worker: the pictures come from the thumbnail cache (``load_thumbnail`` at
512 px, made if missing), and ``QPainter`` on a ``QPdfWriter`` is one of the paint devices Qt
supports outside the GUI thread (like ``QImage``). The PDF is written to a temp file beside
the target and renamed when complete, so a cancelled or failed sheet leaves nothing.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
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
                f"Credit: {credit}" if credit and credit not in caption else "",
                shown.release_date if shown.is_embargoed(today) else None,
                (marks or {}).get(shown.file),
                shown.error,
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
    pages = page_count(len(items))
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
        writer = QPdfWriter(str(temp))
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
        painter = QPainter(writer)
        if not painter.isActive():
            raise OSError(f"cannot write {target.name}")
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        sheet = _Sheet(painter, writer, title, subtitle, date_text, pages)
        for page in range(pages):
            if page:
                writer.newPage()
            sheet.header_and_footer(page)
            chunk = range(page * PER_PAGE, min(len(items), (page + 1) * PER_PAGE))
            for slot, i in enumerate(chunk):
                sheet.cell(slot, items[i], images[i])
            step()
        painter.end()
        painter = None
        del writer  # flushes and closes the file
        writer = None  # noqa: F841 - closes the file before it is removed
        os.replace(temp, target)
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


class _Sheet:
    """Geometry and painting of one contact sheet (device pixels at RESOLUTION dpi)."""

    def __init__(self, painter: QPainter, device: QPdfWriter, title: str, subtitle: str, date: str, pages: int):
        self.p = painter
        self.device = device
        self.title = title
        self.subtitle = subtitle
        self.date = date
        self.pages = pages
        self.width = float(device.width())
        self.height = float(device.height())
        self.title_font = self._font(13, QFont.Weight.Bold)
        self.sub_font = self._font(8)
        self.name_font = self._font(7, QFont.Weight.DemiBold)
        self.caption_font = self._font(7.5)
        self.small_font = self._font(6.5)
        self.header_height = self._line(self.title_font) + self._line(self.sub_font) + 40
        self.footer_height = self._line(self.small_font) + 30
        self.gutter = 60.0
        self.cell_width = (self.width - (COLUMNS - 1) * self.gutter) / COLUMNS
        self.image_height = self.cell_width * 2 / 3
        top = self.header_height + 30
        self.cell_height = (self.height - top - self.footer_height - (ROWS - 1) * 40) / ROWS
        self.top = top

    def _font(self, points: float, weight: QFont.Weight | None = None) -> QFont:
        font = QFont()
        font.setPointSizeF(points)
        if weight is not None:
            font.setWeight(weight)
        return font

    def _line(self, font: QFont) -> float:
        return QFontMetricsF(font, self.device).lineSpacing()

    def _text(self, font: QFont, colour: QColor, rect: QRectF, text: str, align: Qt.AlignmentFlag) -> None:
        self.p.setFont(font)
        self.p.setPen(colour)
        elided = QFontMetricsF(font, self.device).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        self.p.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), elided)

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
        rule_y = self.header_height - 10
        self.p.setPen(QPen(QColor(180, 180, 180), 3))
        self.p.drawLine(QPointF(0, rule_y), QPointF(self.width, rule_y))
        foot = QRectF(0, self.height - self._line(self.small_font), self.width, self._line(self.small_font))
        self._text(self.small_font, grey, foot, f"Page {page + 1} of {self.pages}", Qt.AlignmentFlag.AlignHCenter)
        self._text(self.small_font, grey, foot, "Stills contact sheet", Qt.AlignmentFlag.AlignLeft)
        self._text(self.small_font, grey, foot, self.date, Qt.AlignmentFlag.AlignRight)

    def cell(self, slot: int, item: SheetItem, image: QImage | None) -> None:
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
        line_h = self._line(self.caption_font)
        small_h = self._line(self.small_font)
        room = self.cell_height - self.image_height - 16 - name_h - 4 - small_h * (2 if item.embargo else 1)
        lines = wrap(item.caption, self.caption_font, self.device, self.cell_width, max(1, min(5, int(room // line_h))))
        p.setFont(self.caption_font)
        p.setPen(QColor(30, 30, 30))
        for line in lines:
            p.drawText(
                QRectF(x, text_y, self.cell_width, line_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                line,
            )
            text_y += line_h
        if item.credit:
            self._text(
                self.small_font,
                QColor(100, 100, 100),
                QRectF(x, text_y + 2, self.cell_width, small_h),
                item.credit,
                Qt.AlignmentFlag.AlignLeft,
            )
            text_y += small_h + 2
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
