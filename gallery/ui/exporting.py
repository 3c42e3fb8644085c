"""Export and contact sheets in the background, with a progress dialog that can cancel them.

``BackgroundJob`` runs one long job (copying stills, writing a PDF) through the window's
task ``Runner`` and shows a ``QProgressDialog`` (window-modal, shown after 300 ms so a quick
job does not flash one). Cancel sets a flag the worker checks between chunks; the core then
removes everything the job made, so a cancelled export leaves the folder as it was.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from gallery.core import export as exporting
from gallery.core.export import ExportItem, ExportProgress, ExportReport, unique_name
from gallery.core.imaging import ThumbnailCache
from gallery.core.press import CaptionStyle
from gallery.ui.contactsheet import SheetCancelled, SheetItem, render_contact_sheet, warm_sheet_enums
from gallery.ui.i18n import translate
from gallery.ui.tasks import Runner, TaskContext, TaskFn

CONTACT_SHEET_NAME = "contact-sheet.pdf"
#: Share of the progress bar the copies take when a contact sheet follows them.
COPY_SHARE = 0.85


@dataclass
class SheetSpec:
    """What a contact sheet needs: its title line, subtitle line, date, stills and the cache."""

    title: str
    subtitle: str
    date_text: str
    items: Sequence[SheetItem]
    cache: ThumbnailCache


@dataclass
class ExportOutcome:
    report: ExportReport
    contact_sheet: Path | None = None
    notes: list[str] = field(default_factory=list)


def export_with_sheets(
    items: Sequence[ExportItem],
    folder: str,
    pattern: str | None,
    caption_sheet: bool,
    style: str | CaptionStyle | None,
    language: str | None,
    sheet: SheetSpec | None,
    state: ExportProgress,
) -> TaskFn[ExportOutcome]:
    """The worker side of an export: copies, caption sheets, then the contact sheet."""

    def run(context: TaskContext) -> ExportOutcome:
        progress, cancelled = context.progress, context.cancelled
        share = COPY_SHARE if sheet is not None else 1.0

        def copy_progress(done: int, total: int) -> None:
            progress(int(1000 * share * done / max(1, total)), 1000)

        report = exporting.export_stills(
            items,
            folder,
            pattern=pattern,
            caption_sheet=caption_sheet,
            style=style,
            language=language,
            progress=copy_progress,
            cancelled=cancelled,
            state=state,
        )
        outcome = ExportOutcome(report)
        if sheet is not None and report.files:
            state.name = CONTACT_SHEET_NAME
            taken = {n.casefold() for n in os.listdir(folder)}
            target = Path(folder) / unique_name(CONTACT_SHEET_NAME, taken)

            def sheet_progress(done: int, total: int) -> None:
                progress(int(1000 * (share + (1 - share) * done / max(1, total))), 1000)

            try:
                render_contact_sheet(
                    target,
                    sheet.title,
                    sheet.subtitle,
                    sheet.items,
                    sheet.cache,
                    sheet.date_text,
                    sheet_progress,
                    cancelled,
                )
            except BaseException:
                # The copies and caption sheets go too: a cancelled export leaves nothing.
                made = [Path(folder) / f.name for f in report.files] + list(report.sheets)
                exporting.remove_files(made)
                raise
            outcome.contact_sheet = target
            report.sheets.append(target)
        progress(1000, 1000)
        return outcome

    return run


class BackgroundJob(QObject):
    """One cancellable job with a progress dialog.

    Signals: finished(object result); failed(str message); cancelled(); progressed(int done, int total).
    """

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    progressed = Signal(int, int)

    def __init__(
        self,
        runner: Runner,
        parent: QWidget,
        title: str,
        label: str,
        describe: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._stop = threading.Event()
        self._describe = describe
        self.running = False
        self.dialog = QProgressDialog(label, translate("Export", "Cancel"), 0, 1000, parent)
        self.dialog.setObjectName("progressDialog")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setValue(0)
        self.dialog.canceled.connect(self.cancel)

    @property
    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def start(self, fn: TaskFn[object], name: str) -> None:
        warm_sheet_enums()
        self.running = True
        stop = self._stop
        # Cancel is the dialog's flag, not the task's: the worker stops at its next check,
        # removes what it made and reports that it was cancelled (a cancelled task reports nothing).
        self._runner.run(
            lambda context: fn(TaskContext(context.progress, context.partial, stop.is_set)),
            self._on_result,
            self._on_error,
            interactive=True,
            priority=3,
            on_progress=self._on_progress,
            name=name,
        )

    def cancel(self) -> None:
        """Ask the worker to stop (it removes what it made, then reports ``cancelled``)."""
        if self.running:
            self._stop.set()
            self.dialog.setLabelText(translate("Export", "Cancelling…"))
            self.dialog.setCancelButtonText("Cancelling…")

    def _on_progress(self, done: int, total: int) -> None:
        if not self.running:
            return
        self.dialog.setMaximum(max(1, total))
        self.dialog.setValue(min(done, total))
        if self._describe is not None and not self._stop.is_set():
            self.dialog.setLabelText(self._describe())
        self.progressed.emit(done, total)

    def _finish(self) -> None:
        self.running = False
        self.dialog.hide()
        self.dialog.deleteLater()

    def _on_result(self, result: object) -> None:
        self._finish()
        self.finished.emit(result)

    def _on_error(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, (exporting.ExportCancelled, SheetCancelled)):
            self.cancelled.emit()
        elif isinstance(error, exporting.ExportError):
            self.failed.emit(str(error))
        elif isinstance(error, OSError):
            self.failed.emit(translate("Export", "could not write: {reason}").format(reason=error.strerror or error))
        else:
            self.failed.emit(f"{type(error).__name__}: {error}")


__all__ = ["BackgroundJob", "ExportOutcome", "SheetSpec", "export_with_sheets", "CONTACT_SHEET_NAME"]
