"""Every question the window asks the user, behind one small object.

The window never opens a modal dialog itself: it calls ``Prompter`` ("leave the embargoed
stills out?", "export where, how?", "name of the new collection?"). Tests hand the window a
stand-in that answers at once, so no test ever waits on a dialog; the real one's dialogs are
built by separate methods (``embargo_box``, ``ExportDialog``) so tests can look at them too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gallery.core.export import DEFAULT_PATTERN
from gallery.core.still import Still
from gallery.ui.i18n import translate
from gallery.ui.text import format_date, n_text

INCLUDE = "include"
EXCLUDE = "exclude"
CANCEL = "cancel"
#: At most this many embargoed stills are named in the question; the rest are counted.
EMBARGO_LISTED = 12


@dataclass(frozen=True)
class ExportChoices:
    """What the export dialog asks: where, renamed or not, and which sheets beside."""

    folder: str = ""
    rename: bool = False
    pattern: str = DEFAULT_PATTERN
    caption_sheet: bool = True
    contact_sheet: bool = False


def embargo_lines(stills: Sequence[Still], today: dt.date | None = None) -> list[str]:
    """ "ss_20_final_stand.jpg — until 1 Dec 2031", at most ``EMBARGO_LISTED`` of them."""
    lines = []
    for still in stills[:EMBARGO_LISTED]:
        if still.is_expired(today) and not still.is_embargoed(today) and still.expiry_date:
            expired = translate("Prompts", "{name} — expired on {date}")
            lines.append(expired.format(name=still.name, date=format_date(still.expiry_date)))
            continue
        if still.release_date:
            until = translate("Prompts", "{name} — until {date}")
            lines.append(until.format(name=still.name, date=format_date(still.release_date)))
        else:
            lines.append(still.name)
    if len(stills) > EMBARGO_LISTED:
        more = len(stills) - EMBARGO_LISTED
        lines.append(translate("Prompts", "and %n more", "", more))
    return lines


class ExportDialog(QDialog):
    """Where to export, renaming, sheets, and the usage terms the stills come with."""

    def __init__(
        self,
        count: int,
        terms: Sequence[str],
        defaults: ExportChoices,
        preview: Callable[[str], str] | None = None,
        caption_note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(translate("Prompts", "Export Stills"))
        self._preview = preview
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        title = QLabel(translate("Prompts", "Export %n still(s): the original files, byte for byte.", "", count))
        font = title.font()
        font.setWeight(font.Weight.DemiBold)
        title.setFont(font)
        layout.addWidget(title)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        folder_label = QLabel(translate("Prompts", "Folder"))
        grid.addWidget(folder_label, 0, 0)
        self.folder = QLineEdit(defaults.folder)
        self.folder.setObjectName("exportFolder")
        self.folder.setAccessibleName(translate("Prompts", "Folder"))
        self.folder.setAccessibleDescription(translate("Prompts", "Where the copies go: a folder outside the kit"))
        folder_label.setBuddy(self.folder)
        self.folder.setMinimumWidth(360)
        self.folder.setPlaceholderText(translate("Prompts", "Choose a folder for the copies"))
        grid.addWidget(self.folder, 0, 1)
        self.browse = QPushButton(translate("Prompts", "Choose…"))
        self.browse.setAccessibleName(translate("Prompts", "Choose the folder"))
        self.browse.clicked.connect(self._choose_folder)
        grid.addWidget(self.browse, 0, 2)

        self.rename = QCheckBox(translate("Prompts", "Rename by pattern"))
        self.rename.setChecked(defaults.rename)
        grid.addWidget(self.rename, 1, 0)
        self.pattern = QLineEdit(defaults.pattern or DEFAULT_PATTERN)
        self.pattern.setObjectName("exportPattern")
        self.pattern.setToolTip(
            translate("Prompts", "Fields: {kit} {index} {characters} {name} {title} {credit} {date}")
        )
        self.pattern.setAccessibleName(translate("Prompts", "File name pattern"))
        grid.addWidget(self.pattern, 1, 1, 1, 2)
        self.example = QLabel()
        self.example.setForegroundRole(self.example.foregroundRole())
        self.example.setEnabled(False)
        grid.addWidget(self.example, 2, 1, 1, 2)
        layout.addLayout(grid)

        self.caption_sheet = QCheckBox(
            translate("Prompts", "Caption sheet beside them (captions.csv and captions.txt)")
        )
        self.caption_sheet.setChecked(defaults.caption_sheet)
        self.contact_sheet = QCheckBox(translate("Prompts", "Contact sheet (contact-sheet.pdf)"))
        self.contact_sheet.setChecked(defaults.contact_sheet)
        layout.addWidget(self.caption_sheet)
        layout.addWidget(self.contact_sheet)
        if caption_note:
            note = QLabel(caption_note)
            note.setEnabled(False)
            note.setWordWrap(True)
            layout.addWidget(note)

        box = QGroupBox(translate("Prompts", "Usage terms"))
        box.setObjectName("usageTerms")
        box_layout = QVBoxLayout(box)
        intro = QLabel(
            translate("Prompts", "These stills come with these terms. By exporting them you take them on:")
            if terms
            else translate(
                "Prompts", "These stills carry no usage terms. Check with the distributor before publishing."
            )
        )
        intro.setWordWrap(True)
        box_layout.addWidget(intro)
        self.terms: list[QLabel] = []
        host = QWidget()
        host_layout = QVBoxLayout(host)
        host_layout.setContentsMargins(0, 0, 0, 0)
        for term in terms:
            label = QLabel(f"• {term}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setTextFormat(Qt.TextFormat.PlainText)
            host_layout.addWidget(label)
            self.terms.append(label)
        host_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMaximumHeight(140)
        scroll.setVisible(bool(terms))
        box_layout.addWidget(scroll)
        layout.addWidget(box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        export = translate("Prompts", "Export")
        self.export_button = self.buttons.addButton(export, QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.folder.textChanged.connect(self._update)
        self.rename.toggled.connect(self._update)
        self.pattern.textChanged.connect(self._update)
        self._update()

    def choices(self) -> ExportChoices:
        return ExportChoices(
            folder=self.folder.text().strip(),
            rename=self.rename.isChecked(),
            pattern=self.pattern.text().strip() or DEFAULT_PATTERN,
            caption_sheet=self.caption_sheet.isChecked(),
            contact_sheet=self.contact_sheet.isChecked(),
        )

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("Prompts", "Export to Folder"), self.folder.text() or str(Path.home())
        )
        if folder:
            self.folder.setText(folder)

    def _update(self) -> None:
        self.pattern.setEnabled(self.rename.isChecked())
        self.export_button.setEnabled(bool(self.folder.text().strip()))
        if self._preview is not None and self.rename.isChecked():
            first = self._preview(self.pattern.text().strip() or DEFAULT_PATTERN)
            self.example.setText(translate("Prompts", "First file: {name}").format(name=first))
            self.example.setVisible(True)
        else:
            self.example.setVisible(False)


class EmbargoBox(QMessageBox):
    """The embargo question, with its buttons named (``leave`` only when some stills are free)."""

    leave: QPushButton | None = None
    include: QPushButton
    cancel: QPushButton


class DeleteBox(QMessageBox):
    """The question before deleting a collection, with its Delete button named."""

    delete: QPushButton


class Prompter:
    """Asks the user; every method returns the answer (``None``/``CANCEL`` when they cancel)."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    # -- embargoes ----------------------------------------------------------------------------
    def embargo_box(self, stills: Sequence[Still], doing: str, total: int) -> EmbargoBox:
        """The question, built but not shown: buttons "Leave Them Out" (the default),
        "Include Embargoed" and Cancel (Escape)."""
        n = len(stills)
        box = EmbargoBox(self.parent)
        box.setObjectName("embargoBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Prompts", "Embargoed Stills"))
        expired = any(s.is_expired() and not s.is_embargoed() for s in stills)
        if total > n and expired:
            text = translate(
                "Prompts", "%n of the {total} stills to {doing} are held back (under embargo or expired).", "", n
            )
        elif total > n:
            text = translate("Prompts", "%n of the {total} stills to {doing} are under embargo.", "", n)
        elif expired:
            text = translate("Prompts", "These %n stills are held back (under embargo or expired).", "", n)
        else:
            text = translate("Prompts", "These %n stills are under embargo.", "", n)
        box.setText(text.format(total=n_text(total), doing=translate("Prompts", doing)))
        rule = (
            translate("Prompts", "They must not be published before their release date or after their expiry date:")
            if expired
            else translate("Prompts", "They must not be published before their release date:")
        )
        box.setInformativeText(rule + "\n\n" + "\n".join(embargo_lines(stills)))
        if total > n:
            box.leave = box.addButton(translate("Prompts", "Leave Them Out"), QMessageBox.ButtonRole.AcceptRole)
        box.include = box.addButton(translate("Prompts", "Include Embargoed"), QMessageBox.ButtonRole.DestructiveRole)
        box.cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(box.leave or box.cancel)
        box.setEscapeButton(box.cancel)
        return box

    def embargo(self, stills: Sequence[Still], doing: str, total: int) -> str:
        """``INCLUDE``, ``EXCLUDE`` (leave them out) or ``CANCEL``."""
        box = self.embargo_box(stills, doing, total)
        box.exec()
        clicked = box.clickedButton()
        if clicked is box.include:
            return INCLUDE
        if box.leave is not None and clicked is box.leave:
            return EXCLUDE
        return CANCEL

    # -- export -------------------------------------------------------------------------------
    def export_options(
        self,
        count: int,
        terms: Sequence[str],
        defaults: ExportChoices,
        preview: Callable[[str], str] | None = None,
        caption_note: str = "",
    ) -> ExportChoices | None:
        dialog = ExportDialog(count, terms, defaults, preview, caption_note, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        choices = dialog.choices()
        return replace(choices, folder=str(Path(choices.folder).expanduser())) if choices.folder else None

    def save_pdf(self, title: str, start: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, start, translate("Prompts", "PDF documents (*.pdf)"))
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path or None

    def choose_folder(self, title: str, start: str) -> str | None:
        return QFileDialog.getExistingDirectory(self.parent, title, start) or None

    # -- collections ----------------------------------------------------------------------------
    def name_dialog(self, title: str, label: str, text: str = "") -> QInputDialog:
        """The question for a collection's name, built but not shown."""
        dialog = QInputDialog(self.parent)
        dialog.setObjectName("collectionNameDialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(text)
        edit = dialog.findChild(QLineEdit)
        if edit is not None:
            edit.setAccessibleName(label.rstrip(":"))
        return dialog

    def collection_name(self, title: str, label: str, text: str = "") -> str | None:
        dialog = self.name_dialog(title, label, text)
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        name = " ".join(dialog.textValue().split())
        dialog.deleteLater()
        return name if ok and name else None

    def confirm_delete_collection(self, name: str, count: int) -> bool:
        box = self.delete_box(name, count)
        box.exec()
        return box.clickedButton() is box.delete

    def delete_box(self, name: str, count: int) -> DeleteBox:
        """The question before deleting a collection, built but not shown."""
        box = DeleteBox(self.parent)
        box.setObjectName("deleteCollectionBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("Prompts", "Delete Collection"))
        box.setText(translate("Prompts", "Delete the collection “{name}”?").format(name=name))
        stay = translate("Prompts", "Its %n still(s) stay in their kits; only the collection goes.", "", count)
        box.setInformativeText(stay)
        box.delete = box.addButton(translate("Prompts", "Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box


__all__ = [
    "CANCEL",
    "EXCLUDE",
    "INCLUDE",
    "DeleteBox",
    "EmbargoBox",
    "ExportChoices",
    "ExportDialog",
    "Prompter",
    "embargo_lines",
]
