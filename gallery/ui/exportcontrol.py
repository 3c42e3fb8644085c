"""File ▸ Export and File ▸ Contact Sheet: which stills, the embargo gate, the options dialog,
and the background job (``exporting.py``) with its outcome shown to the user."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from gallery.core import imaging
from gallery.core.compound import MISSING, origin_of
from gallery.core.export import ExportItem, ExportProgress, held_back, pattern_name, safe_name, terms_to_show
from gallery.core.sources import MemberError
from gallery.core.still import Still
from gallery.ui.captions import Captions
from gallery.ui.contactsheet import render_contact_sheet, sheet_items
from gallery.ui.details import language_name
from gallery.ui.exporting import BackgroundJob, ExportOutcome, SheetSpec, export_with_sheets
from gallery.ui.grid import StillFilterProxy, StillListModel
from gallery.ui.i18n import QT_TRANSLATE_NOOP, translate
from gallery.ui.kitloading import APP_NAME, Status
from gallery.ui.marking import count_text
from gallery.ui.prompts import EXCLUDE, INCLUDE, ExportChoices, Prompter
from gallery.ui.session import ViewSession, collection_of
from gallery.ui.settings import Settings
from gallery.ui.tasks import Runner
from gallery.ui.text import format_date, n_text


class EmbargoGate:
    """Stills held back (embargoed, or past their expiry) go on (to a copy, an export, a contact
    sheet) only if the user says so."""

    def __init__(self, prompter: Prompter, status: Status, today: Callable[[], dt.date]) -> None:
        self.prompter = prompter
        self.status = status
        self.today = today

    def check(self, stills: Sequence[Still], doing: str) -> list[Still] | None:
        """The stills to go on with: held-back ones only if the user says so. None: stop."""
        reasons = held_back(stills, self.today())
        held = [still for still, _ in reasons]
        if not held:
            return list(stills)
        answer = self.prompter.embargo(held, doing, len(stills))
        if answer == INCLUDE:
            return list(stills)
        if answer == EXCLUDE:
            out = {s.file for s in held}
            kept = [s for s in stills if s.file not in out]
            left_out = translate("Export", "Left out {stills} {why}")
            self.status(left_out.format(stills=count_text(len(held)), why=_why(reasons)), 5000)
            return kept or None
        stopped = translate("Export", "Stopped: {stills} {why}")
        self.status(stopped.format(stills=count_text(len(held)), why=_why(reasons)), 5000)
        return None


def _why(reasons: Sequence[tuple[Still, str]]) -> str:
    """ "under embargo", "expired", or both, for the status bar."""
    expired = any(reason.startswith("Expired") for _, reason in reasons)
    embargoed = any(not reason.startswith("Expired") for _, reason in reasons)
    if expired and embargoed:
        return translate("Export", "under embargo or expired")
    return translate("Export", "expired") if expired else translate("Export", "under embargo")


def kit_containing(folder: str, items: Sequence[ExportItem]) -> str | None:
    """The title of a folder kit that ``folder`` is in (exporting there would change the kit)."""
    try:
        target = Path(folder).expanduser().resolve()
    except (OSError, RuntimeError):
        return None
    seen: set[int] = set()
    for item in items:
        if id(item.kit) in seen:
            continue
        seen.add(id(item.kit))
        root = Path(item.kit.path)
        if root.is_dir():
            try:
                if target == root.resolve() or root.resolve() in target.parents:
                    return item.kit_title or root.name
            except (OSError, RuntimeError):
                continue
    return None


def warn(parent: QWidget, text: str, informative: str = "", detailed: str = "") -> None:
    """A warning box beside the window (not modal, deleted when closed)."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, parent=parent)
    if informative:
        box.setInformativeText(informative)
    if detailed:
        box.setDetailedText(detailed)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


class Exporting(QObject):
    """Exports and contact sheets of the stills on show.

    Signals: export_finished(object outcome); export_cancelled(); export_failed(str message);
    export_progress(int done, int total); sheet_finished(str path).
    """

    export_finished = Signal(object)
    export_cancelled = Signal()
    export_failed = Signal(str)
    export_progress = Signal(int, int)
    sheet_finished = Signal(str)

    def __init__(
        self,
        session: ViewSession,
        runner: Runner,
        settings: Settings,
        prompter: Prompter,
        gate: EmbargoGate,
        captions: Captions,
        thumbnail_cache: imaging.ThumbnailCache,
        views: tuple[StillListModel, StillFilterProxy, Callable[[], list[Still]]],
        status: Status,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.settings = settings
        self.prompter = prompter
        self.gate = gate
        self.captions = captions
        self.thumbnail_cache = thumbnail_cache
        self.model, self.proxy, self.selected_stills = views
        self.status = status
        self.parent_widget = parent
        self.export_job: BackgroundJob | None = None
        self.sheet_job: BackgroundJob | None = None
        self.last_export: ExportOutcome | None = None

    def _stills_to_export(self, everything: bool) -> list[Still]:
        if everything:
            if self.session.collection_id is None:
                return self.proxy.stills()
            return [self.model.still_at(r) for r in range(self.model.rowCount())]
        return self.selected_stills() or self.proxy.stills()

    def _export_items(self, stills: Sequence[Still]) -> tuple[list[ExportItem], int]:
        items: list[ExportItem] = []
        missing, view = 0, self.session.kit
        if view is None:
            return items, len(stills)
        for still in stills:
            try:
                kit, real = origin_of(view, still)
            except MemberError:
                missing += 1
                continue
            items.append(ExportItem(kit, real, kit.title))
        return items, missing

    def _defaults(self) -> ExportChoices:
        s = self.settings
        return ExportChoices(
            folder=s.export_folder,
            rename=s.export_rename,
            pattern=s.export_pattern or ExportChoices().pattern,
            caption_sheet=s.export_caption_sheet,
            contact_sheet=s.export_contact_sheet,
        )

    def _remember(self, choices: ExportChoices) -> None:
        s = self.settings
        s.export_folder = choices.folder
        s.export_rename = choices.rename
        s.export_pattern = choices.pattern
        s.export_caption_sheet = choices.caption_sheet
        s.export_contact_sheet = choices.contact_sheet

    def export_stills(self, everything: bool = False) -> BackgroundJob | None:
        """Copy the selected stills (none selected: all shown; ``everything``: the whole
        collection) to a folder the user picks, with caption and contact sheets."""
        if self.session.kit is None:
            return None
        if self.export_job is not None and self.export_job.running:
            self.status(translate("Export", "An export is still running"), 4000)
            return None
        stills = self.gate.check(self._stills_to_export(everything), QT_TRANSLATE_NOOP("Prompts", "export"))
        if not stills:
            return None
        items, missing = self._export_items(stills)
        if not items:
            self.status(translate("Export", "Nothing to export: those stills cannot be found"), 6000)
            return None
        style, language = self.captions.caption_style, self.captions.caption_language()
        example = style.example(translate("Export", "Caption"), "X")
        if language and language != "x-default":
            note = translate("Export", "Captions as “{example}”, in {language} (Edit ▸ Caption Style).")
        else:
            note = translate("Export", "Captions as “{example}” (Edit ▸ Caption Style).")
        note = note.format(example=example, language=language_name(language) if language else "")
        if missing:
            left_out = translate("Export", "{stills} cannot be found and will be left out.")
            note += " " + left_out.format(stills=count_text(missing))
        choices = self.prompter.export_options(
            len(items),
            terms_to_show((s for s in stills if s.error != MISSING), language),
            self._defaults(),
            lambda pattern: pattern_name(pattern, items[0], 1, len(items)),
            note,
        )
        if choices is None or not choices.folder:
            return None
        inside = kit_containing(choices.folder, items)
        if inside is not None:
            outside = translate(
                "Export", "Choose a folder outside the kit “{kit}”: the copies would become part of it."
            )
            message = outside.format(kit=inside)
            not_exported = translate("Export", "Not exported.")
            self.status(f"{not_exported} {message}", 10000)
            warn(self.parent_widget, not_exported, message)
            return None
        self._remember(choices)
        sheet = None
        if choices.contact_sheet:
            title, subtitle = self._sheet_titles(stills)
            sheet = SheetSpec(
                title,
                subtitle,
                format_date(dt.date.today()),
                sheet_items(self.session.kit, stills, style, language, self.model.marks(), self.model.today),
                self.thumbnail_cache,
            )
        state = ExportProgress()
        job = BackgroundJob(
            self.runner,
            self.parent_widget,
            translate("Export", "Exporting Stills"),
            translate("Export", "Copying {stills}…").format(stills=count_text(len(items))),
            describe=lambda: (
                translate("Export", "Making the contact sheet…")
                if state.name.endswith(".pdf")
                else translate("Export", "Writing the caption sheets…")
                if state.name == "captions.csv"
                else translate("Export", "Copying {name} ({index} of {count})…").format(
                    name=state.name, index=n_text(state.index), count=n_text(state.count)
                )
            ),
        )
        job.finished.connect(lambda outcome: self._on_export_finished(outcome, choices.folder))
        job.failed.connect(self._on_export_failed)
        job.cancelled.connect(self._on_export_cancelled)
        job.progressed.connect(self.export_progress)
        self.export_job = job
        pattern = choices.pattern if choices.rename else None
        job.start(
            export_with_sheets(items, choices.folder, pattern, choices.caption_sheet, style, language, sheet, state),
            "export",
        )
        return job

    def _on_export_finished(self, outcome: ExportOutcome, folder: str) -> None:
        self.last_export = outcome
        report = outcome.report
        sheets = ", ".join(p.name for p in report.sheets)
        exported = count_text(len(report.files))
        if sheets:
            text = translate("Export", "Exported {stills} to {folder} with {sheets}")
        else:
            text = translate("Export", "Exported {stills} to {folder}")
        text = text.format(stills=exported, folder=folder, sheets=sheets)
        if report.failed:
            unread = translate("Export", "; {stills} could not be read")
            text += unread.format(stills=count_text(len(report.failed)))
            warn(self.parent_widget, text, detailed="\n".join(f"{f}: {why}" for f, why in report.failed))
        self.status(text, 10000)
        self.export_finished.emit(outcome)

    def _on_export_failed(self, message: str) -> None:
        failed = translate("Export", "Export failed, nothing was left behind: {reason}")
        self.status(failed.format(reason=message), 10000)
        removed = translate("Export", "The files it had copied were removed.")
        warn(self.parent_widget, translate("Export", "The export failed."), f"{message}\n\n{removed}")
        self.export_failed.emit(message)

    def _on_export_cancelled(self) -> None:
        self.status(translate("Export", "Export cancelled: the files it had copied were removed"), 6000)
        self.export_cancelled.emit()

    def _sheet_titles(self, stills: Sequence[Still]) -> tuple[str, str]:
        n = count_text(len(stills))
        kit = self.session.kit
        compound = collection_of(kit)
        if compound is not None:
            kits_titles = " · ".join(k.title for k in compound.kits)
            if kits_titles:
                return compound.title, translate("Export", "Collection of {stills} from {kits}").format(
                    stills=n, kits=kits_titles
                )
            return compound.title, translate("Export", "Collection of {stills}").format(stills=n)
        title = kit.title if kit is not None else APP_NAME
        total = self.model.rowCount()
        if len(stills) == total:
            return title, n
        return title, translate("Export", "{stills} of {total}").format(stills=n, total=n_text(total))

    def make_contact_sheet(self) -> BackgroundJob | None:
        """The stills shown (filtered, in grid order) as a PDF contact sheet."""
        kit = self.session.kit
        if kit is None or (self.sheet_job is not None and self.sheet_job.running):
            return None
        stills = self.gate.check(self.proxy.stills(), QT_TRANSLATE_NOOP("Prompts", "put on the contact sheet"))
        if not stills:
            return None
        title, subtitle = self._sheet_titles(stills)
        folder = self.settings.sheet_folder or self.settings.export_folder or str(Path.home())
        name = translate("Export", "{title} contact sheet.pdf").format(title=title)
        start = str(Path(folder) / safe_name(name))
        path = self.prompter.save_pdf(translate("Export", "Save Contact Sheet"), start)
        if not path:
            return None
        self.settings.sheet_folder = str(Path(path).parent)
        captions = self.captions
        items = sheet_items(
            kit, stills, captions.caption_style, captions.caption_language(), self.model.marks(), self.model.today
        )
        cache, date_text = self.thumbnail_cache, format_date(dt.date.today())
        making = translate("Export", "Making the contact sheet of {stills}…").format(stills=count_text(len(items)))
        job = BackgroundJob(self.runner, self.parent_widget, translate("Export", "Contact Sheet"), making)
        failed = translate("Export", "Contact sheet failed: {reason}")
        job.finished.connect(lambda pages: self._on_sheet_finished(path, pages))
        job.failed.connect(lambda message: self.status(failed.format(reason=message), 10000))
        job.cancelled.connect(lambda: self.status(translate("Export", "Contact sheet cancelled"), 4000))
        self.sheet_job = job
        job.start(
            lambda context: render_contact_sheet(
                path, title, subtitle, items, cache, date_text, context.progress, context.cancelled
            ),
            "contact sheet",
        )
        return job

    def _on_sheet_finished(self, path: str, pages: int) -> None:
        saved = translate("Export", "Saved the contact sheet (%n page(s)): {path}", "", pages)
        self.status(saved.format(path=path), 10000)
        self.sheet_finished.emit(path)

    def close(self) -> None:
        """The window closes: running jobs are cancelled (each worker removes what it made)."""
        for job in (self.export_job, self.sheet_job):
            if job is not None and job.running:
                job.cancel()
