"""File ▸ Import Caption Document: a caption document the user picks for the kit on show,
from anywhere (its name need not say "captions"). It is remembered outside the kit, under
the kit's identity (``gallery.core.captiondocs.picked``), and the kit is opened again so the
document's captions merge as a document beside the stills would; nothing is copied into it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from gallery.core.captiondocs import missing_libraries
from gallery.core.captiondocs.picked import remember_document
from gallery.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from gallery.core.kitview import KitView

FILTER = QT_TRANSLATE_NOOP("CaptionImport", "Caption documents (*.docx *.xlsx *.pdf *.txt);;All files (*)")


class CaptionImport(QObject):
    """Picks a document, remembers it for the kit, reopens the kit.

    Signals: none.
    """

    def __init__(
        self,
        window: QWidget,
        kit: Callable[[], KitView | None],
        reopen: Callable[[Path], Any],
        status: Callable[[str, int], Any],
        choose: Callable[[str], str | None] | None = None,
    ) -> None:
        super().__init__(window)
        self._window, self._kit, self._reopen, self._status = window, kit, reopen, status
        self.choose = choose or self._dialog

    def _dialog(self, start: str) -> str | None:
        path, _filter = QFileDialog.getOpenFileName(
            self._window,
            translate("CaptionImport", "Import Caption Document"),
            start,
            translate("CaptionImport", FILTER),
        )
        return path or None

    def choose_document(self) -> None:
        kit = self._kit()
        identity = getattr(kit, "identity", None)
        if kit is None or identity is None or kit.collection_id is not None:
            self._status(translate("CaptionImport", "Open a kit to import its caption document"), 5000)
            return
        start = str(kit.path if kit.path.is_dir() else kit.path.parent)
        chosen = self.choose(start)
        if not chosen:
            return
        path = Path(chosen)
        if not remember_document(identity.key, path):
            self._status(
                translate(
                    "CaptionImport",
                    "{name}: not a caption document (.docx, .xlsx, .pdf, .txt), or cannot be remembered",
                ).format(name=path.name),
                8000,
            )
            return
        missing = [m for m in missing_libraries() if path.suffix.lower() in (".xlsx", ".pdf")]
        note = translate("CaptionImport", " ({formats} support is not installed)") if missing else ""
        reading = translate("CaptionImport", "Reading captions from {name}…").format(name=path.name)
        self._status(reading + note.format(formats=", ".join(missing)), 5000)
        self._reopen(kit.path)
