"""The clipboard: the selected stills' captions with credits as text, or the selected
still's picture (decoded in a worker, size capped)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QImage

from gallery.core import press
from gallery.core.guard import Isolation
from gallery.core.still import Still
from gallery.ui.captions import Captions
from gallery.ui.exportcontrol import EmbargoGate
from gallery.ui.i18n import QT_TRANSLATE_NOOP, translate
from gallery.ui.images import decode_for_display, pil_to_qimage
from gallery.ui.kitloading import Status
from gallery.ui.prompts import INCLUDE, Prompter
from gallery.ui.session import ViewSession
from gallery.ui.tasks import Runner
from gallery.ui.thumbnails import describe_error

#: Longest side of an image put on the clipboard (a 40000 px poster is not copied at full size).
CLIPBOARD_MAX_SIDE = 8192


class Clipboard(QObject):
    """Edit ▸ Copy Caption and Credit, Edit ▸ Copy Image."""

    def __init__(
        self,
        session: ViewSession,
        runner: Runner,
        captions: Captions,
        gate: EmbargoGate,
        prompter: Prompter,
        status: Status,
        selection: tuple[Callable[[], list[Still]], Callable[[], Still | None]],
        today: Callable[[], dt.date],
        parent: QObject | None = None,
        isolation: Isolation | None = None,
    ) -> None:
        super().__init__(parent)
        self.isolation = isolation  # where the still is decoded (a guard process), None: in-process
        self.session = session
        self.runner = runner
        self.captions = captions
        self.gate = gate
        self.prompter = prompter
        self.status = status
        self.selected_stills, self.current_still = selection
        self.today = today

    def copy_captions(self) -> str:
        """Put the selected stills' press captions on the clipboard ("CAPTION (Credit: X)", a paragraph
        each, in the caption style and language chosen); embargoed stills only if the user says so."""
        selected: Sequence[Still] = self.selected_stills()
        stills = self.gate.check(selected, QT_TRANSLATE_NOOP("Prompts", "copy")) if selected else None
        if not stills:
            return ""
        text = press.press_text(stills, self.captions.caption_language(), self.captions.caption_style)
        QGuiApplication.clipboard().setText(text)
        n = len(stills)
        self.status(translate("Clipboard", "Copied %n caption(s) and credit", "", n), 4000)
        return text

    def copy_image(self) -> None:
        """Decode the selected still at full size (capped) in a worker, then put it on the clipboard."""
        still = self.current_still()
        kit = self.session.kit
        if still is None or kit is None:
            return
        if still.error:
            self.status(
                translate("Clipboard", "Cannot copy {name}: {reason}").format(name=still.name, reason=still.error), 6000
            )
            return
        reason = still.held_back(self.today())
        if reason and self.prompter.embargo([still], QT_TRANSLATE_NOOP("Prompts", "copy"), 1) != INCLUDE:
            self.status(
                translate("Clipboard", "Not copied: {name}, {reason}").format(
                    name=still.name, reason=reason[:1].lower() + reason[1:]
                ),
                5000,
            )
            return
        stamp = self.session.stamp("copy")
        width = min(still.width or CLIPBOARD_MAX_SIDE, CLIPBOARD_MAX_SIDE)
        height = min(still.height or CLIPBOARD_MAX_SIDE, CLIPBOARD_MAX_SIDE)
        self.status(translate("Clipboard", "Copying {name}…").format(name=still.name), 0)

        def on_result(image: QImage) -> None:
            if self.session.is_current(stamp):
                QGuiApplication.clipboard().setImage(image)
                self.status(
                    translate("Clipboard", "Copied image {name} ({width} × {height})").format(
                        name=still.name, width=image.width(), height=image.height()
                    ),
                    4000,
                )

        def on_error(error: BaseException) -> None:
            if self.session.is_current(stamp):
                self.status(
                    translate("Clipboard", "Cannot copy {name}: {reason}").format(
                        name=still.name, reason=describe_error(error)
                    ),
                    6000,
                )

        self.runner.run(
            lambda _context: pil_to_qimage(decode_for_display(self.isolation, kit, still, width, height)),
            on_result,
            on_error,
            interactive=True,
            priority=5,
            name=f"copy {still.file}",
        )
