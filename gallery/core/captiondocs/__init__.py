"""Caption documents: the "Photo Captions.docx" (or .xlsx, .pdf, .txt) a kit carries beside
its stills, read and matched to the stills.

A document at the kit's root is read when its name says it holds captions ("captions",
"caption sheet", "photo captions", "légendes", "캡션", "보도자료", ...); one the user picks
may sit anywhere (it is read, never copied into the kit). Its entries merge like
``captions.csv`` rows (see ``gallery.core.manifest``), and each still remembers which entry
its caption came from. Stills no entry names, and entries that name no still, become kit
warnings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gallery.core.captiondocs.entries import DocumentEntry, StillIndex, fold, match_entries, parse_entries
from gallery.core.captiondocs.readers import (
    DOCUMENT_EXTENSIONS,
    MAX_DOCUMENT_BYTES,
    Block,
    DocumentError,
    MissingLibrary,
    read_blocks,
    read_document_task,
)

__all__ = [
    "CaptionDocument",
    "DocumentEntry",
    "DocumentError",
    "MissingLibrary",
    "is_caption_document_name",
    "read_caption_document",
    "missing_libraries",
]

#: Words in a file name that say it holds captions (folded: lower case, no accents).
CAPTION_NAME_WORDS = (
    "caption",
    "cutline",
    "legende",  # légende, légendes
    "leyenda",
    "didascali",
    "bildunterschrift",
    "bildtext",
    "캡션",
    "보도자료",
    "press notes",
    "pressnotes",
)
#: Warnings list this many names before "and N more".
SHOWN_IN_WARNING = 5


def is_caption_document_name(name: str) -> bool:
    """True for "Photo Captions.docx", "caption_sheet.xlsx", "légendes.pdf", "캡션.txt"."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    if base.startswith(".") or not base.lower().endswith(DOCUMENT_EXTENSIONS):
        return False
    stem = fold(base.rsplit(".", 1)[0]).replace("_", " ").replace("-", " ")
    return any(word in stem for word in CAPTION_NAME_WORDS)


def missing_libraries() -> list[str]:
    """The optional readers not installed, as "Excel (openpyxl)" (for an About box or a warning)."""
    missing = []
    for module, what in (("openpyxl", "Excel (openpyxl)"), ("pypdf", "PDF (pypdf)")):
        try:
            __import__(module)
        except ImportError:
            missing.append(what)
    return missing


@dataclass
class CaptionDocument:
    """One document read and matched: its entries by still, and what did not match."""

    name: str
    entries: list[DocumentEntry] = field(default_factory=list)
    by_file: dict[str, DocumentEntry] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None

    def origin(self, entry: DocumentEntry) -> str:
        """ "Photo Captions.docx, entry 12": where a caption came from."""
        return f"{self.name}, entry {entry.number}"


if TYPE_CHECKING:
    from gallery.core.sources import KitSource

Runner = Callable[..., Any]


def read_caption_document(name: str, data: bytes, files: Sequence[str], run: Runner | None = None) -> CaptionDocument:
    """Read ``data`` (the document called ``name``) and match its entries to the kit's ``files``.

    ``run(fn, *args)``, when given, runs the parse elsewhere (a guard worker with a deadline).
    Never raises for a bad document: the reason is in ``error`` and ``warnings``.
    """
    document = CaptionDocument(name)
    try:
        blocks: list[Block] = run(read_document_task, name, data) if run else read_blocks(name, data)
    except DocumentError as exc:
        document.error = str(exc)
        document.warnings.append(f"{name}: {exc}")
        return document
    except Exception as exc:  # noqa: BLE001 - a worker's timeout or crash: the kit goes on
        document.error = str(exc) or type(exc).__name__
        document.warnings.append(f"{name}: not read ({document.error})")
        return document
    index = StillIndex(files)
    document.entries = parse_entries(blocks, index)
    matched = match_entries(document.entries, index)
    document.by_file = matched.by_file
    if not document.entries:
        document.warnings.append(f"{name}: no caption entries found")
        return document
    if matched.unmatched_entries:
        document.warnings.append(
            f"{name}: {_count(len(matched.unmatched_entries), 'entry', 'entries')} with no still: "
            + _listed(f"entry {e.number} ({e.key})" for e in matched.unmatched_entries)
        )
    if matched.ambiguous_entries:
        document.warnings.append(
            f"{name}: {_count(len(matched.ambiguous_entries), 'entry', 'entries')} naming several stills: "
            + _listed(f"entry {e.number} ({e.key})" for e in matched.ambiguous_entries)
        )
    return document


def unmatched_stills_warning(documents: Sequence[CaptionDocument], files: Sequence[str]) -> str | None:
    """ "Photo Captions.docx: no entry for 2 stills: a.jpg, b.jpg" (stills no document names)."""
    read = [d for d in documents if d.entries]
    if not read:
        return None
    named = {file for d in read for file in d.by_file}
    missing = [f for f in files if f not in named]
    if not missing:
        return None
    names = ", ".join(d.name for d in read)
    return f"{names}: no entry for {_count(len(missing), 'still', 'stills')}: {_listed(missing)}"


def root_documents(source: KitSource) -> list[tuple[str, bytes]]:
    """(name, bytes) of the caption documents at the top of a kit source (folder or ZIP)."""
    found: list[tuple[str, bytes]] = []
    for name in source.root_files():
        if is_caption_document_name(name):
            data = source.read_root_file(name, MAX_DOCUMENT_BYTES)
            if data is not None:
                found.append((name, data))
    return found


def picked_for(kit_key: str) -> tuple[list[tuple[str, bytes]], list[str]]:
    """(name, bytes) of the documents the user picked for the kit, and warnings for those gone."""
    from gallery.core.captiondocs.picked import picked_documents

    found: list[tuple[str, bytes]] = []
    warnings: list[str] = []
    for path in picked_documents(kit_key):
        data = read_document_file(path)
        if data is None:
            warnings.append(f"{path.name}: the caption document picked for this kit cannot be read ({path})")
        else:
            found.append((path.name, data))
    return found, warnings


def read_document_file(path: Path) -> bytes | None:
    """A document on disk, bounded (None when it is not a regular file or cannot be read)."""
    from gallery.core.sources import open_regular

    try:
        with open_regular(path) as fh:
            data = fh.read(MAX_DOCUMENT_BYTES + 1)
    except Exception:  # noqa: BLE001 - gone, unreadable, a link or a device: none
        return None
    return data


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def _listed(items: Iterable[str]) -> str:
    items = list(items)
    shown = ", ".join(items[:SHOWN_IN_WARNING])
    return shown + (f" and {len(items) - SHOWN_IN_WARNING:,} more" if len(items) > SHOWN_IN_WARNING else "")
