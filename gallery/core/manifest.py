"""The kit manifest (``kit.toml``) and caption sheet (``captions.csv``): the publisher's own words.

Both are optional and sit at the kit's root. Where they speak they beat embedded metadata:
the caption sheet over the embedded values, ``kit.toml``'s per-still entries over both.
Kit-wide defaults (credit, release date, usage terms) fill only what a still lacks.
A release or expiry date may carry its time (a TOML datetime, or "2031-02-05T14:30+01:00" in
the sheet): the embargo then lifts at that minute.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import tomllib
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from gallery.core.captiondocs import (
    CaptionDocument,
    picked_for,
    read_caption_document,
    root_documents,
    unmatched_stills_warning,
)
from gallery.core.still import Still, clean_text


class ManifestError(ValueError):
    """The manifest is malformed; the kit still opens, with this as a warning."""


@dataclass(frozen=True)
class Character:
    name: str
    actor: str | None = None
    aliases: tuple[str, ...] = ()
    actor_aliases: tuple[str, ...] = ()


@dataclass
class StillOverride:
    """What the manifest or the caption sheet says about one still (None: no opinion)."""

    title: str | None = None
    captions: dict[str, str] = field(default_factory=dict)
    credit: str | None = None
    characters: list[str] | None = None
    keywords: list[str] | None = None
    release_date: dt.date | None = None
    expiry_date: dt.date | None = None
    usage_terms: str | None = None

    def apply(self, still: Still) -> None:
        if self.title:
            still.title = self.title
            still.titles = {**still.titles, "x-default": self.title}
        if self.captions:
            still.captions = {**still.captions, **self.captions}
        if self.credit:
            still.credit = self.credit
        if self.characters is not None:
            still.characters = list(self.characters)
        if self.keywords is not None:
            still.keywords = list(self.keywords)
        if self.release_date:
            still.release_date = self.release_date
        if self.expiry_date:
            still.expiry_date = self.expiry_date
        if self.usage_terms:
            still.usage_terms = self.usage_terms
            still.usage_terms_by_language = {**still.usage_terms_by_language, "x-default": self.usage_terms}


@dataclass
class Manifest:
    title: str | None = None
    credit: str | None = None
    release_date: dt.date | None = None
    usage_terms: str | None = None
    characters: list[Character] = field(default_factory=list)
    stills: dict[str, StillOverride] = field(default_factory=dict)
    sheet: dict[str, StillOverride] = field(default_factory=dict)
    #: Entries of caption documents ("Photo Captions.docx"), by kit path, and where each is.
    documents: dict[str, StillOverride] = field(default_factory=dict)
    document_origins: dict[str, str] = field(default_factory=dict)
    #: Where each still's caption came from, as ``apply`` found it ("captions.csv", ...).
    caption_origins: dict[str, str] = field(default_factory=dict)
    #: The caption documents that gave entries, and what their reading said (also in warnings).
    document_names: list[str] = field(default_factory=list)
    document_warnings: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def apply(self, still: Still) -> None:
        """Bring one still in line with the manifest (caption documents, then the sheet, then
        kit.toml, then defaults): each later one wins where it speaks."""
        document = self.documents.get(still.file)
        if document:
            document.apply(still)
            if document.captions:
                self.caption_origins[still.file] = self.document_origins.get(still.file, "a caption document")
        for origin, overrides in (("captions.csv", self.sheet), ("kit.toml", self.stills)):
            override = overrides.get(still.file) or overrides.get(still.name)
            if override:
                override.apply(still)
                if override.captions:
                    self.caption_origins[still.file] = origin
        still.credit = still.credit or self.credit
        still.release_date = still.release_date or self.release_date
        if not still.usage_terms and self.usage_terms:
            still.usage_terms = self.usage_terms
            still.usage_terms_by_language = {"x-default": self.usage_terms, **still.usage_terms_by_language}

    def add_documents(self, documents: Sequence[CaptionDocument]) -> None:
        """Take the entries of caption documents (the first document to name a still wins)."""
        for document in documents:
            self.warnings.extend(document.warnings)
            self.document_warnings.extend(document.warnings)
            if document.entries:
                self.document_names.append(document.name)
            for file, entry in document.by_file.items():
                if file in self.documents:
                    continue
                self.documents[file] = StillOverride(
                    captions={"x-default": entry.caption} if entry.caption else {}, credit=entry.credit
                )
                self.document_origins[file] = document.origin(entry)

    def caption_origin(self, file: str) -> str | None:
        """ "Photo Captions.docx, entry 12", "captions.csv", "kit.toml"; None: the still's own."""
        return self.caption_origins.get(file)


def fold(text: str) -> str:
    """Case- and accent-insensitive form for matching (Korean is left as it is, NFC)."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(unicodedata.normalize("NFC", stripped).casefold().split())


def parse_manifest(toml_bytes: bytes | None, csv_bytes: bytes | None) -> Manifest | None:
    """Read kit.toml and captions.csv (either may be None); None when neither exists."""
    if toml_bytes is None and csv_bytes is None:
        return None
    manifest = Manifest()
    if toml_bytes is not None:
        try:
            _read_toml(manifest, toml_bytes)
        except ManifestError as exc:
            manifest.warnings.append(f"kit.toml: {exc}")
        except RecursionError:  # "a = [[[[…" 100,000 deep: tomllib recurses
            manifest.warnings.append("kit.toml: nested too deeply, ignored")
        except Exception as exc:  # noqa: BLE001 - a hostile manifest must not stop the kit
            manifest.warnings.append(f"kit.toml: unreadable ({type(exc).__name__})")
    if csv_bytes is not None:
        try:
            manifest.sheet = _read_sheet(csv_bytes)
        except ManifestError as exc:
            manifest.warnings.append(f"captions.csv: {exc}")
        except csv.Error as exc:  # a field over the csv module's limit, a NUL byte...
            manifest.warnings.append(f"captions.csv: {exc}")
        except Exception as exc:  # noqa: BLE001
            manifest.warnings.append(f"captions.csv: unreadable ({type(exc).__name__})")
    return manifest


def with_caption_documents(
    manifest: Manifest | None,
    source: Any,
    files: Sequence[str],
    run: Callable[..., Any] | None = None,
    kit_key: str | None = None,
) -> Manifest | None:
    """The manifest with the kit's caption documents merged in: those the user picked for
    the kit (remembered under ``kit_key``) first, then those at its root; a new manifest when
    the kit has only documents. ``run`` parses elsewhere (a guard worker)."""
    picked, gone = picked_for(kit_key) if kit_key else ([], [])
    names = {name for name, _data in picked}
    found = [*picked, *((name, data) for name, data in root_documents(source) if name not in names)]
    if not found and not gone:
        return manifest
    manifest = manifest or Manifest()
    manifest.warnings.extend(gone)
    documents = [read_caption_document(name, data, files, run) for name, data in found]
    manifest.add_documents(documents)
    warning = unmatched_stills_warning(documents, files)
    if warning:
        manifest.warnings.append(warning)
    return manifest


def _read_toml(manifest: Manifest, data: bytes) -> None:
    try:
        doc = tomllib.loads(data.decode("utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ManifestError(str(exc)) from None
    manifest.title = _text(doc.get("title"))
    manifest.credit = _text(doc.get("credit"))
    manifest.release_date = _date(doc.get("release_date"))
    manifest.usage_terms = _text(doc.get("usage_terms"))
    for entry in doc.get("characters") or []:
        if isinstance(entry, dict) and _text(entry.get("name")):
            manifest.characters.append(
                Character(
                    name=_text(entry["name"]) or "",
                    actor=_text(entry.get("actor")),
                    aliases=tuple(_list(entry.get("aliases")) or ()),
                    actor_aliases=tuple(_list(entry.get("actor_aliases")) or ()),
                )
            )
    stills = doc.get("stills") or {}
    if not isinstance(stills, dict):
        raise ManifestError("[stills] must be a table of file names")
    for file, entry in stills.items():
        if isinstance(entry, dict):
            manifest.stills[file] = _override(entry)


def _override(entry: dict[str, Any]) -> StillOverride:
    captions: dict[str, str] = {}
    if isinstance(entry.get("captions"), dict):
        captions = {clean_text(str(k)): clean_text(v) for k, v in entry["captions"].items() if isinstance(v, str)}
        captions = {k: v for k, v in captions.items() if k and v}
    if _text(entry.get("caption")):
        captions["x-default"] = _text(entry["caption"]) or ""
    return StillOverride(
        title=_text(entry.get("title")),
        captions=captions,
        credit=_text(entry.get("credit")),
        characters=_list(entry.get("characters")),
        keywords=_list(entry.get("keywords")),
        release_date=_date(entry.get("release_date")),
        expiry_date=_date(entry.get("expiry_date")),
        usage_terms=_text(entry.get("usage_terms")),
    )


def _read_sheet(data: bytes) -> dict[str, StillOverride]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "file" not in [f.strip().lower() for f in reader.fieldnames]:
        raise ManifestError("needs a header row with a 'file' column")
    sheet: dict[str, StillOverride] = {}
    for row in reader:
        row = {(k or "").strip().lower(): clean_text(v or "") for k, v in row.items() if isinstance(v, str)}
        file = row.get("file", "").replace("\\", "/")
        if not file:
            continue
        characters = row.get("characters")
        keywords = row.get("keywords")
        sheet[file] = StillOverride(
            title=row.get("title") or None,
            captions={"x-default": row["caption"]} if row.get("caption") else {},
            credit=row.get("credit") or None,
            characters=_split(characters) if characters else None,
            keywords=_split(keywords) if keywords else None,
            release_date=_date(row.get("release_date")),
            expiry_date=_date(row.get("expiry_date")),
            usage_terms=row.get("usage_terms") or None,
        )
    return sheet


def _split(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;|]", text) if part.strip()]


def _text(value: Any) -> str | None:
    return clean_text(value) or None if isinstance(value, str) else None


def _list(value: Any) -> list[str] | None:
    if isinstance(value, str):
        return _split(clean_text(value))
    if isinstance(value, list):
        return [c for c in (clean_text(v) for v in value if isinstance(v, str)) if c]
    return None


def _date(value: Any) -> dt.date | None:
    """A date, or a datetime when a time is given (naive: local time, as TOML's local datetimes)."""
    if isinstance(value, dt.date):  # a TOML date or datetime
        return value
    if isinstance(value, str) and value.strip():
        text = value.strip()
        if len(text) > 10:
            try:
                return dt.datetime.fromisoformat(text)
            except ValueError:
                pass
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            return None
    return None
