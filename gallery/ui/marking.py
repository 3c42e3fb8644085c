"""Ratings, picks, rejects and the grid's order.

Once a kit is open its stills are identified by content (SHA-256, cached) in the background;
marks are kept by that identity in the user's library. A mark set before a still's identity
is known waits, and is written when the identities arrive.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from gallery.core.kit import Kit
from gallery.core.library import Cancelled, Library, identify
from gallery.core.marks import SORTS, Mark, MarkFilter, sort_order
from gallery.core.still import Still
from gallery.ui.grid import StillListModel
from gallery.ui.i18n import translate
from gallery.ui.kitloading import Status
from gallery.ui.session import Stamp, ViewSession
from gallery.ui.settings import Settings
from gallery.ui.tasks import Runner, TaskContext
from gallery.ui.text import n_text, stars_text
from gallery.ui.thumbnails import describe_error

log = logging.getLogger(__name__)


def count_text(n: int) -> str:
    """ "1 still", "1,200 stills"."""
    return translate("Marking", "%Ln still(s)", "", n)


@dataclass(frozen=True)
class MarkChange:
    """One still's mark before and after a change (what Edit ▸ Undo puts back). ``sha``: the
    still's content hash when it was known (so the change can be undone in another view)."""

    file: str
    sha: str | None
    before: Mark
    after: Mark


class Marking(QObject):
    """Identifies the opened kit's stills, loads and changes their marks, keeps the sort and
    whether rejects are hidden.

    Marks live in ``model`` (what the grid paints); the session's ``marks_changed`` and
    ``sort_changed`` tell the window to re-filter and re-sort.

    Signals: edited(str what, list changes) after the user changed marks ("Rating", "Pick",
    "Reject"; ``MarkChange`` items); mark_filter_changed(MarkFilter) the grid's mark filter (the
    filter bar's picks and stars, with the rejects hidden or not).
    """

    edited = Signal(str, list)
    mark_filter_changed = Signal(object)

    def __init__(
        self,
        session: ViewSession,
        runner: Runner,
        library: Library,
        settings: Settings,
        model: StillListModel,
        selection: Callable[[], list[Still]],
        status: Status,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.library = library
        self.settings = settings
        self.model = model
        self.selection = selection
        self.status = status
        self.hide_rejects = False
        self._bar_filter = MarkFilter()
        self.pending: dict[str, Mark] = {}  # set before the still's hash was known
        self._newer: dict[str, Mark] = {}  # written meanwhile: they win over the stored ones
        session.kit_replaced.connect(self.pending.clear)
        session.view_changed.connect(self._on_view_changed)
        session.hashes_known.connect(self._on_hashes_known)

    # -- identity ---------------------------------------------------------------------------------
    def identify(self, kit: Kit) -> None:
        """Hash the kit's stills in the background (cached ones cost a lookup), then show marks."""
        if not self.library.available:
            return
        stamp = self.session.kit_stamp()
        library = self.library

        def work(context: TaskContext) -> dict[str, str]:
            return identify(kit, library, context.progress, cancelled=lambda: not self.session.is_current(stamp))

        self.runner.run(
            work,
            lambda hashes: self._on_identified(stamp, hashes),
            lambda error: self._on_identify_failed(stamp, kit, error),
            interactive=True,
            priority=0,
            on_progress=lambda done, total: self._on_identify_progress(stamp, done, total),
            name=f"identify {kit.path}",
        )

    def _on_identify_progress(self, stamp: Stamp, done: int, total: int) -> None:
        if self.session.is_current(stamp) and done < total and total > 200:
            self.status(
                translate("Marking", "Reading ratings: identifying stills {done}/{total}").format(
                    done=n_text(done), total=n_text(total)
                ),
                2000,
            )

    def _on_identified(self, stamp: Stamp, hashes: dict[str, str]) -> None:
        if not self.session.is_current(stamp):
            return
        pending = {f: m for f, m in self.pending.items() if f in hashes}
        self._store({hashes[f]: m for f, m in pending.items()})
        self.pending = {}
        self._newer = pending
        self.session.set_kit_hashes(hashes)
        self._newer = {}

    def _on_identify_failed(self, stamp: Stamp, kit: Kit, error: BaseException) -> None:
        if isinstance(error, Cancelled) or not self.session.is_current(stamp):
            return
        log.warning("identifying the stills of %s failed: %r", kit.path, error)
        self.status(
            translate("Marking", "Ratings unavailable for this kit: {reason}").format(reason=describe_error(error)),
            6000,
        )

    def marks_known(self) -> bool:
        """Whether the shown stills' identities (hence their stored marks) are known yet."""
        return bool(self.session.hashes) or self.model.rowCount() == 0

    # -- loading and changing marks -----------------------------------------------------------------
    def _on_view_changed(self, _index: object) -> None:
        if self.session.hashes:
            self._load_marks({})

    def _on_hashes_known(self) -> None:
        self._load_marks(self._newer)

    def _load_marks(self, newer: dict[str, Mark]) -> None:
        """The shown stills' marks from the library (``newer``: set meanwhile, they win)."""
        hashes = self.session.hashes
        stored = self.library.marks(hashes.values())
        marks = {f: stored[sha] for f, sha in hashes.items() if sha in stored}
        marks.update(newer)
        self.model.set_marks(marks)
        self.session.marks_changed.emit([])

    def set_rating(self, stars: int) -> None:
        """0-5 stars on the selected stills (keys 0-5 on the grid)."""
        files = [s.file for s in self.selection() if self._can_mark(s)]
        self._change(files, lambda m: m.with_rating(stars), translate("Marking", "Rating"))
        if files:
            if stars == 0:
                done = translate("Marking", "Cleared the rating of {stills}")
            else:
                done = translate("Marking", "Rated {stars} {stills}").replace("{stars}", stars_text(stars)[:stars])
            self.status(done.format(stills=count_text(len(files))), 3000)

    def toggle_pick(self) -> None:
        """Flag the selected stills as picks; if all already are, unflag them (key P)."""
        files = [s.file for s in self.selection() if self._can_mark(s)]
        if not files:
            return
        pick = not all(self.model.mark(f).pick for f in files)
        self._change(files, lambda m: m.with_pick(pick), translate("Marking", "Pick"))
        done = translate("Marking", "Picked {stills}") if pick else translate("Marking", "Unpicked {stills}")
        self.status(done.format(stills=count_text(len(files))), 3000)

    def toggle_reject(self) -> None:
        """Mark the selected stills as rejects (no longer picks); if all already are, unmark them (key X)."""
        files = [s.file for s in self.selection() if self._can_mark(s)]
        if not files:
            return
        reject = not all(self.model.mark(f).reject for f in files)
        self._change(files, lambda m: m.with_reject(reject), translate("Marking", "Reject"))
        done = translate("Marking", "Rejected {stills}") if reject else translate("Marking", "Un-rejected {stills}")
        hidden = translate("Marking", " (hidden: View ▸ Hide Rejected Stills)") if reject and self.hide_rejects else ""
        self.status(done.format(stills=count_text(len(files))) + hidden, 3000)

    def _can_mark(self, still: Still) -> bool:
        return still.file in self.session.hashes or not still.error

    def _markable(self, file: str) -> bool:
        kit = self.session.kit
        still = kit.still(file) if kit is not None else None
        return still is not None and self._can_mark(still)

    def on_rating_clicked(self, file: str, stars: int) -> None:
        if self._markable(file):
            self._change([file], lambda m: m.with_rating(stars), translate("Marking", "Rating"))

    def on_pick_clicked(self, file: str) -> None:
        if self._markable(file):
            self._change([file], lambda m: m.with_pick(not m.pick), translate("Marking", "Pick"))

    def _change(self, files: Sequence[str], change: Callable[[Mark], Mark], what: str) -> None:
        changes = [MarkChange(f, self.session.hashes.get(f), (m := self.model.mark(f)), change(m)) for f in files]
        changes = [c for c in changes if c.before != c.after]
        if changes:
            self.apply([(c.file, c.sha, c.after) for c in changes])
            self.edited.emit(what, changes)

    def apply(self, marks: Sequence[tuple[str, str | None, Mark]]) -> None:
        """Set (file, content hash or None, mark) items: on the grid where the still is on show
        (the same picture), in the library by hash, else kept until the kit's hashes arrive."""
        stored: dict[str, Mark] = {}
        files = []
        hashes = self.session.hashes
        for file, sha, mark in marks:
            shown = self.model.row_of(file) >= 0 and (sha is None or hashes.get(file, sha) == sha)
            if shown:
                self.model.set_mark(file, mark)
                files.append(file)
            if sha or hashes.get(file):
                stored[sha or hashes[file]] = mark
            elif shown:
                self.pending[file] = mark  # written when the kit's identities arrive
        self._store(stored)
        self.session.marks_changed.emit(files)

    def _store(self, marks: dict[str, Mark]) -> None:
        self.library.set_marks(marks)

    # -- the mark filter ------------------------------------------------------------------------------
    def set_bar_filter(self, bar: MarkFilter) -> None:
        """The filter bar's picks and stars changed."""
        self._bar_filter = bar
        self.mark_filter_changed.emit(self.mark_filter())

    def set_hide_rejects(self, hide: bool) -> None:
        """View ▸ Hide Rejected Stills."""
        self.hide_rejects = hide
        self.settings.hide_rejects = hide
        self.mark_filter_changed.emit(self.mark_filter())

    def mark_filter(self) -> MarkFilter:
        return dataclasses.replace(self._bar_filter, hide_rejects=self.hide_rejects)

    # -- sort -----------------------------------------------------------------------------------------
    def set_sort(self, key: str, save: bool = True) -> None:
        if key not in dict(SORTS):
            key = "original"
        self.session.sort = key
        self.apply_sort()
        if save:
            self.settings.sort = key

    def sort_key(self) -> str:
        return self.session.sort

    def apply_sort(self) -> None:
        self.model.set_order(sort_order(self.model.stills(), self.model.marks(), self.session.sort))
        self.session.sort_changed.emit()
