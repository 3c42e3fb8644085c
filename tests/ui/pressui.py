"""Helpers for the press-workflow window tests: a prompter that answers at once, kits whose
pictures differ from the standard small kit's, and waiting for ratings to be known.
(Imported as ``pressui``: pytest puts this folder on sys.path.)"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from uihelpers import STILLS, make_kit

from PySide6.QtCore import QItemSelectionModel

from gallery.ui.grid import FileRole
from gallery.ui.prompts import EXCLUDE, ExportChoices


@dataclass
class FakePrompter:
    """Answers every question of the window at once and remembers what was asked."""

    names: list[str] = field(default_factory=list)
    embargo_answer: str = EXCLUDE
    export: ExportChoices | None = None
    pdf: str | None = None
    folder: str | None = None
    delete: bool = True
    asked: list[tuple] = field(default_factory=list)

    def collection_name(self, title: str, label: str, text: str = "") -> str | None:
        self.asked.append(("name", title, text))
        return self.names.pop(0) if self.names else None

    def embargo(self, stills: Any, doing: str, total: int) -> str:
        self.asked.append(("embargo", [s.name for s in stills], doing, total))
        return self.embargo_answer

    def export_options(self, count: int, terms: Any, defaults: Any, preview: Any = None, note: str = "") -> Any:
        example = preview(self.export.pattern) if preview and self.export else None
        self.asked.append(("export", count, list(terms), example, note))
        return self.export

    def save_pdf(self, title: str, start: str) -> str | None:
        self.asked.append(("pdf", start))
        return self.pdf

    def choose_folder(self, title: str, start: str) -> str | None:
        self.asked.append(("folder", start))
        return self.folder

    def confirm_delete_collection(self, name: str, count: int) -> bool:
        self.asked.append(("delete", name, count))
        return self.delete

    def questions(self, kind: str) -> list[tuple]:
        return [q for q in self.asked if q[0] == kind]


def other_kit(root: Path) -> Path:
    """The small kit's layout with other colours: the same names, different pictures."""
    stills = [(f, size, tuple(255 - c for c in colour), *rest) for f, size, colour, *rest in STILLS]
    return make_kit(root, stills=stills)


def wait_marks(qtbot: Any, window: Any, timeout: int = 10000) -> None:
    """Until the shown stills' identities (and so their stored marks) are known."""
    qtbot.waitUntil(window.marks.marks_known, timeout=timeout)


def select_files(window: Any, files: list[str]) -> None:
    selection = window.grid.selectionModel()
    selection.clearSelection()
    for file in files:
        selection.select(window.proxy.index_of(file), QItemSelectionModel.SelectionFlag.Select)
    selection.setCurrentIndex(window.proxy.index_of(files[0]), QItemSelectionModel.SelectionFlag.NoUpdate)


def grid_files(window: Any) -> list[str]:
    proxy = window.proxy
    return [proxy.data(proxy.index(r, 0), FileRole) for r in range(proxy.rowCount())]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pdf_pages(path: Path) -> int:
    """The page count a PDF's page tree declares."""
    counts = [int(n) for n in re.findall(rb"/Count (\d+)", path.read_bytes())]
    return max(counts) if counts else 0


# -- fixtures (imported by the test modules that use them) -----------------------------------
import pytest  # noqa: E402

from gallery.core.library import Library  # noqa: E402


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "stills" / "library.sqlite3"


@pytest.fixture
def prompter() -> FakePrompter:
    return FakePrompter()


@pytest.fixture
def press_window(make_window: Any, library_path: Path, prompter: FakePrompter) -> Any:
    """make_window with a library in tmp_path and the FakePrompter; each call is a new window
    on the same library file (a restart, as far as the library goes)."""
    libraries: list[Library] = []

    def factory(**kwargs: Any) -> Any:
        library = Library(library_path)
        libraries.append(library)
        kwargs.setdefault("prompter", prompter)
        return make_window(library=library, **kwargs)

    yield factory
    for library in libraries:
        library.close()
