"""Export: the chosen stills copied byte for byte to a folder, with a caption sheet beside them.

* The originals are read, never written; each copy is the original's exact bytes (a ZIP
  member is read out of the archive), with the original's modification time.
* Nothing half-written is ever left: each file is written to a hidden temp name in the
  folder and renamed when complete. Cancelling (or a failure such as a full disk) removes the
  temp file *and* every file this export had already made, so the folder is as it was.
* Existing files are never overwritten: a name already taken gets " (2)", " (3)"...
* Optional renaming by a pattern such as ``{kit}_{index}_{characters}``; whatever a kit's
  title or a character's name holds, the result is a file name every desktop system accepts.
* The caption sheet: ``captions.csv`` (UTF-8 with BOM, so spreadsheet programs read Korean
  right) and ``captions.txt``: file, caption, credit, characters, usage terms, then the
  ready-to-paste press caption in the chosen style, release date, kit and original file.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gallery.core.press import CaptionStyle, caption_style, plain_caption, press_caption
from gallery.core.sources import MemberError
from gallery.core.still import Still

CHUNK = 1 << 20
DEFAULT_PATTERN = "{kit}_{index}_{characters}"
#: Fields a renaming pattern may use.
PATTERN_FIELDS = ("kit", "index", "characters", "name", "title", "credit", "date")
CSV_NAME = "captions.csv"
TXT_NAME = "captions.txt"
CSV_HEADER = (
    "file",
    "caption",
    "credit",
    "characters",
    "usage terms",
    "press caption",
    "release date",
    "kit",
    "original file",
)
_TEMP_PREFIX = ".stills-export-"
#: Bytes of a UTF-8 file name most file systems take (255), less room for " (99)" and a temp prefix.
MAX_NAME_BYTES = 200
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


class ExportCancelled(Exception):
    """The user cancelled; everything this export made has been removed."""


class ExportError(Exception):
    """The export could not go on (the folder, the disk); everything it made has been removed."""


@dataclass(frozen=True)
class ExportItem:
    """A still to export: the kit that opens it (``kit.open(still.file)``) and that kit's title."""

    kit: Any
    still: Still
    kit_title: str = ""


@dataclass
class ExportedFile:
    item: ExportItem
    name: str
    sha256: str
    size: int


@dataclass
class ExportReport:
    folder: Path
    files: list[ExportedFile] = field(default_factory=list)
    sheets: list[Path] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, reason): unreadable originals

    @property
    def bytes(self) -> int:
        return sum(f.size for f in self.files)


@dataclass
class ExportProgress:
    """Written by the worker, read by the UI when a progress report arrives (plain attributes)."""

    index: int = 0
    count: int = 0
    name: str = ""


# -- names ----------------------------------------------------------------------------------
def slug(text: str) -> str:
    """Words of ``text`` joined by "-": letters of any script and digits stay, the rest goes.
    "Space Sweepers (Netflix, 2021)" -> "Space-Sweepers-Netflix-2021"; "꽃님" stays "꽃님"."""
    text = unicodedata.normalize("NFC", text)
    words = re.findall(r"[^\W_]+(?:[-'’][^\W_]+)*", text)
    return "-".join(w.replace("'", "").replace("’", "") for w in words)


def safe_name(name: str, fallback: str = "still") -> str:
    """A file name safe on Linux, macOS and Windows: no separators, reserved or control
    characters, no leading dot, no trailing dot or space, not a device name, at most
    ``MAX_NAME_BYTES`` bytes of UTF-8 (cut in the stem, the extension kept)."""
    name = unicodedata.normalize("NFC", name)
    name = _UNSAFE.sub("-", name)
    name = re.sub(r"\s+", " ", name).strip().lstrip(".").rstrip(". ")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    ext = ext[:16]
    stem = stem.strip(" -_") or fallback
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"_{stem}"
    budget = MAX_NAME_BYTES - len(ext.encode("utf-8")) - (1 if ext else 0)
    while len(stem.encode("utf-8")) > budget:
        stem = stem[:-1]
    stem = stem.rstrip(". ") or fallback
    return f"{stem}.{ext}" if ext else stem


def pattern_name(pattern: str, item: ExportItem, index: int, count: int) -> str:
    """The file name ``pattern`` gives the ``index``-th (1-based) of ``count`` stills; the
    original's extension is kept. Unknown fields are left as they are written."""
    still = item.still
    width = max(2, len(str(count)))
    ext = still.name.rpartition(".")[2].lower() if "." in still.name else ""
    stem = still.name.rpartition(".")[0] if "." in still.name else still.name
    values = {
        "kit": slug(item.kit_title) or "kit",
        "index": str(index).zfill(width),
        "characters": "+".join(slug(c) for c in still.characters if slug(c)),
        "name": stem,
        "title": slug(still.title or ""),
        "credit": slug(still.credit or ""),
        "date": (still.date_created or "")[:10],
    }
    text = re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), pattern)
    text = re.sub(r"([_\-.+ ])[_\-.+ ]+", r"\1", text).strip("_-.+ ")  # empty fields leave no "__"
    return safe_name(f"{text}.{ext}" if ext else text, fallback=slug(stem) or "still")


def unique_name(name: str, taken: set[str]) -> str:
    """``name`` or "stem (2).ext"... not in ``taken`` (compared without case, as macOS and
    Windows do); the name returned is added to ``taken``."""
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    candidate, n = name, 2
    while candidate.casefold() in taken:
        candidate = f"{stem} ({n}).{ext}" if ext else f"{stem} ({n})"
        n += 1
    taken.add(candidate.casefold())
    return candidate


def target_names(items: Sequence[ExportItem], pattern: str | None, taken: Iterable[str] = ()) -> list[str]:
    """The file name of each item in the folder: its own name, or the pattern's; never one in
    ``taken`` (the folder's files) nor one given to an earlier item."""
    used = {name.casefold() for name in taken}
    names = []
    for i, item in enumerate(items, 1):
        base = pattern_name(pattern, item, i, len(items)) if pattern else safe_name(item.still.name)
        names.append(unique_name(base, used))
    return names


# -- what to tell the user before ---------------------------------------------------------------
def usage_terms(stills: Iterable[Still]) -> list[str]:
    """The distinct usage terms of ``stills``, in the order they first appear."""
    return list(dict.fromkeys(s.usage_terms.strip() for s in stills if s.usage_terms and s.usage_terms.strip()))


def special_instructions(stills: Iterable[Still]) -> list[str]:
    """The distinct special instructions (IIM 2:40) of ``stills``: shown beside the usage
    terms before export and copy, never folded into them."""
    return list(dict.fromkeys(s.instructions.strip() for s in stills if s.instructions and s.instructions.strip()))


def terms_to_show(stills: Iterable[Still], language: str | None = None) -> list[str]:
    """What the export dialog lists: each distinct usage term (in ``language`` where the still
    has it) and each special instruction, labelled so the two are never confused."""
    stills = list(stills)
    terms = dict.fromkeys(t.strip() for s in stills if (t := s.usage_terms_in(language)) and t.strip())
    return [f"Usage terms: {t}" for t in terms] + [f"Special instructions: {t}" for t in special_instructions(stills)]


def embargoed(stills: Iterable[Still], today: dt.date | None = None) -> list[Still]:
    """The stills whose release date is still to come."""
    return [s for s in stills if s.is_embargoed(today)]


def held_back(stills: Iterable[Still], when: dt.date | None = None) -> list[tuple[Still, str]]:
    """The stills that must not go out now (embargoed or expired), each with its reason."""
    return [(s, reason) for s in stills if (reason := s.held_back(when))]


# -- caption sheets ------------------------------------------------------------------------------
def caption_rows(
    files: Sequence[ExportedFile] | Sequence[tuple[ExportItem, str]],
    style: str | CaptionStyle | None = None,
    language: str | None = None,
) -> list[dict[str, str]]:
    """One row per exported file, keyed by ``CSV_HEADER``."""
    rows = []
    for entry in files:
        item, name = (entry.item, entry.name) if isinstance(entry, ExportedFile) else entry
        still = item.still
        rows.append(
            {
                "file": name,
                "caption": plain_caption(still, language),
                "credit": still.credit or "",
                "characters": ", ".join(still.characters),
                "usage terms": still.usage_terms_in(language) or "",
                "press caption": press_caption(still, language, style),
                "release date": still.release_date.isoformat() if still.release_date else "",
                "kit": item.kit_title,
                "original file": still.file,
            }
        )
    return rows


def caption_csv(rows: Sequence[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_HEADER, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def caption_text(rows: Sequence[dict[str, str]], items: Sequence[ExportItem], today: dt.date | None = None) -> str:
    """The plain-text sheet: a block per file with its press caption, characters, usage terms
    and, for a still still under embargo, a warning line."""
    blocks = []
    for row, item in zip(rows, items, strict=True):
        lines = [row["file"], row["press caption"]]
        if row["characters"]:
            lines.append(f"Characters: {row['characters']}")
        if row["usage terms"]:
            lines.append(f"Usage: {row['usage terms']}")
        if item.still.instructions:
            lines.append(f"Special instructions: {item.still.instructions}")
        release = item.still.release_date
        if release and item.still.is_embargoed(today):
            lines.append(f"EMBARGOED until {release.isoformat()}: do not publish before then.")
        elif item.still.expiry_date and item.still.is_expired(today):
            lines.append(f"EXPIRED on {item.still.expiry_date.isoformat()}: do not use.")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


# -- the copy itself -----------------------------------------------------------------------------
def export_stills(
    items: Sequence[ExportItem],
    folder: str | os.PathLike[str],
    pattern: str | None = None,
    caption_sheet: bool = True,
    style: str | CaptionStyle | None = None,
    language: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    state: ExportProgress | None = None,
    today: dt.date | None = None,
) -> ExportReport:
    """Copy ``items`` into ``folder`` (made if needed) and write the caption sheets.

    ``progress(done, total)`` counts KiB. An original that cannot be read is skipped and
    reported in ``failed``; anything else that goes wrong (the folder, the disk) raises
    ExportError, and ``cancelled()`` turning true raises ExportCancelled, both after removing
    everything this export wrote. Blocking: call it in a worker.
    """
    target = Path(folder)
    style = caption_style(style)
    made: list[Path] = []
    temp: list[Path] = []
    try:
        target.mkdir(parents=True, exist_ok=True)
        taken = set(os.listdir(target))
    except OSError as exc:
        raise ExportError(f"cannot write to {target}: {exc.strerror or exc}") from None
    names = target_names(items, pattern, taken)
    used = {n.casefold() for n in names} | {n.casefold() for n in taken}
    total_kib = max(1, sum(max(0, it.still.size) for it in items) // 1024)
    report = ExportReport(target)
    done_bytes = 0
    state = state or ExportProgress()
    state.count = len(items)

    def stop() -> bool:
        return cancelled is not None and cancelled()

    def tick() -> None:
        if progress is not None:
            progress(min(total_kib, done_bytes // 1024), total_kib)

    try:
        for i, (item, name) in enumerate(zip(items, names, strict=True)):
            state.index, state.name = i + 1, name
            if stop():
                raise ExportCancelled()
            part = target / f"{_TEMP_PREFIX}{os.getpid()}-{i}.part"
            temp.append(part)
            digest = hashlib.sha256()
            size = 0
            try:
                source = item.kit.open(item.still.file)
            except (MemberError, OSError) as exc:
                reason = str(exc) if isinstance(exc, MemberError) else f"unreadable ({exc.strerror or exc})"
                report.failed.append((item.still.file, reason))
                done_bytes += max(0, item.still.size)
                tick()
                continue
            try:
                with source, open(part, "xb") as out:
                    while True:
                        try:
                            chunk = source.read(CHUNK)
                        except (MemberError, OSError) as exc:
                            raise _Unreadable(str(exc)) from None
                        if not chunk:
                            break
                        out.write(chunk)
                        digest.update(chunk)
                        size += len(chunk)
                        done_bytes += len(chunk)
                        tick()
                        if stop():
                            raise ExportCancelled()
                    out.flush()
                    os.fsync(out.fileno())
            except _Unreadable as exc:
                _remove(part)
                report.failed.append((item.still.file, str(exc) or "unreadable"))
                continue
            final = target / name
            if final.exists():  # appeared meanwhile: never overwrite
                name = unique_name(name, used)
                final = target / name
            os.replace(part, final)
            temp.remove(part)
            made.append(final)
            if item.still.mtime > 0:
                try:
                    os.utime(final, (item.still.mtime, item.still.mtime))
                except OSError:
                    pass
            report.files.append(ExportedFile(item, name, digest.hexdigest(), size))
        if caption_sheet and report.files:
            state.name = CSV_NAME
            rows = caption_rows(report.files, style, language)
            csv_name = unique_name(CSV_NAME, used)
            txt_name = unique_name(TXT_NAME, used)
            report.sheets.append(_write_text(target / csv_name, caption_csv(rows), "utf-8-sig", made))
            items_done = [f.item for f in report.files]
            report.sheets.append(_write_text(target / txt_name, caption_text(rows, items_done, today), "utf-8", made))
        if stop():
            raise ExportCancelled()
    except ExportCancelled:
        _clean(temp, made)
        raise
    except OSError as exc:
        _clean(temp, made)
        raise ExportError(f"could not write to {target}: {exc.strerror or exc}") from None
    except BaseException:
        _clean(temp, made)
        raise
    return report


class _Unreadable(Exception):
    pass


def _write_text(path: Path, text: str, encoding: str, made: list[Path]) -> Path:
    part = path.with_name(f"{_TEMP_PREFIX}{os.getpid()}-{path.name}.part")
    try:
        with open(part, "x", encoding=encoding, newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, path)
    except BaseException:
        _remove(part)
        raise
    made.append(path)
    return path


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _clean(temp: Iterable[Path], made: Iterable[Path]) -> None:
    for path in [*temp, *made]:
        _remove(path)


def remove_files(paths: Iterable[Path]) -> None:
    """Remove what an export made (when a step after it, such as a contact sheet, is cancelled)."""
    _clean([], paths)
