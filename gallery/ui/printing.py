"""File ▸ Print…: the selected stills on paper, one a page, each with its press caption and
credit under it (the caption language and style the user picked). The PDF contact sheet
(twelve a page) stays for overviews.

The print dialog runs on the GUI thread; the pages are decoded and painted in a worker
(``QPainter`` on a ``QPrinter`` is one of the paint devices Qt allows off the GUI thread), so a
long print job never freezes the window. Held-back stills go through the embargo gate first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import QDialog, QWidget

from gallery.core import press
from gallery.core.guard import Isolation
from gallery.core.imaging import ImageError
from gallery.core.kitview import KitView
from gallery.core.still import Still
from gallery.ui.captions import Captions
from gallery.ui.exportcontrol import EmbargoGate
from gallery.ui.i18n import QT_TRANSLATE_NOOP, translate
from gallery.ui.images import decode_for_display, pil_to_qimage
from gallery.ui.kitloading import Status
from gallery.ui.marking import count_text
from gallery.ui.session import ViewSession
from gallery.ui.tasks import Runner, TaskContext
from gallery.ui.thumbnails import describe_error

if TYPE_CHECKING:  # (Qt's print support loads the print system's libraries: only when printing)
    from PySide6.QtPrintSupport import QPrinter

#: The longest side a still is decoded at for paper (about 300 dpi on A4).
PRINT_PIXELS = 3500


def ask_printer(parent: QWidget, count: int) -> QPrinter | None:
    """Qt's print dialog; the printer chosen, or None if cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Print {stills}").format(stills=count_text(count)))
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def print_pages(
    printer: QPrinter,
    kit: KitView,
    stills: Sequence[Still],
    captions: Sequence[str],
    isolation: Isolation | None,
    context: TaskContext,
) -> int:
    """Paint one page per still on ``printer``: the picture as large as fits, the caption and
    credit under it. Returns the pages painted; a still that cannot be decoded gets a page
    that says so. Runs in a worker."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    pages = 0
    try:
        page = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
        page.moveTo(0, 0)
        font = QFont("Sans Serif")
        font.setPointSizeF(10.5)
        painter.setFont(font)
        line = painter.fontMetrics().height()
        for i, (still, caption) in enumerate(zip(stills, captions, strict=True)):
            if context.cancelled():
                break
            if i:
                printer.newPage()
            text_box = painter.boundingRect(
                QRectF(0, 0, page.width(), page.height() / 3), Qt.TextFlag.TextWordWrap, caption
            )
            picture_area = QRectF(0, 0, page.width(), page.height() - text_box.height() - line)
            try:
                side = PRINT_PIXELS
                image: QImage | None = pil_to_qimage(decode_for_display(isolation, kit, still, side, side))
            except ImageError as error:
                image, reason = None, str(error)
            if image is not None:
                size = QSize(image.width(), image.height()).scaled(
                    picture_area.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio
                )
                target = QRectF((page.width() - size.width()) / 2, 0, size.width(), size.height())
                painter.drawImage(target, image)
                text_top = target.bottom() + line
            else:
                painter.setPen(QColor(120, 120, 120))
                painter.drawText(picture_area, Qt.AlignmentFlag.AlignCenter, f"{still.name}: {reason}")
                text_top = picture_area.bottom() + line
            painter.setPen(QColor(0, 0, 0))
            painter.drawText(QRectF(0, text_top, page.width(), text_box.height()), Qt.TextFlag.TextWordWrap, caption)
            pages += 1
            context.progress(pages, len(stills))
    finally:
        painter.end()
    return pages


class Printing(QObject):
    """Print… for the selected stills. ``ask`` is the print dialog (tests give a printer that
    writes a PDF file); ``finished(pages)`` is called once the job is done."""

    def __init__(
        self,
        session: ViewSession,
        runner: Runner,
        gate: EmbargoGate,
        captions: Captions,
        selection: Callable[[], list[Still]],
        status: Status,
        parent: QWidget,
        isolation: Isolation | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.gate = gate
        self.captions = captions
        self.selection = selection
        self.status = status
        self.isolation = isolation
        self.ask: Callable[[int], QPrinter | None] = lambda count: ask_printer(parent, count)
        self.finished: Callable[[int], object] = lambda pages: None
        self._printer: QPrinter | None = None  # kept alive while its job runs

    def print_selected(self) -> None:
        kit = self.session.kit
        chosen = [s for s in self.selection() if not s.error]
        if kit is None or not chosen:
            self.status(translate("Printing", "Select the stills to print"), 4000)
            return
        stills = self.gate.check(chosen, QT_TRANSLATE_NOOP("Prompts", "print"))
        if not stills:
            return
        printer = self.ask(len(stills))
        if printer is None:
            return
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        language, style = self.captions.caption_language(), self.captions.caption_style
        texts = [press.press_caption(s, language, style) for s in stills]
        isolation = self.isolation
        self._printer = printer
        self.status(translate("Printing", "Printing {stills}…").format(stills=count_text(len(stills))), 0)

        printing = translate("Printing", "Printing {done} of {total}…")

        def done(pages: int) -> None:
            self._printer = None
            self.status(translate("Printing", "Printed {stills}").format(stills=count_text(pages)), 5000)
            self.finished(pages)

        def failed(error: BaseException) -> None:
            self._printer = None
            self.status(translate("Printing", "Printing failed: {reason}").format(reason=describe_error(error)), 8000)

        self.runner.run(
            lambda context: print_pages(printer, kit, stills, texts, isolation, context),
            done,
            failed,
            interactive=True,
            priority=3,
            on_progress=lambda n, total: self.status(printing.format(done=n, total=total), 0),
            name="print",
        )
