"""A caption document's entries: which still each names, its caption and its credit.

An entry starts where a paragraph (or a table row's key cell) names a still: by file name
("ss_01_victory_bridge.jpg"), by stem ("ss_01_victory_bridge") or by number ("01", "SS_01",
"Still 1", "#1"); the lines after it, up to the next such start, are its caption. Lines that
are credit lines ("Photo: X", "Credit: X", "Cr. X", "© X", "사진 제공 X") give the credit; a
caption that ends in one keeps it (the publisher's words) and gives the credit too. Tables
with a header row ("File", "Caption", "Credit", ...) are read by column; without one, the
first cell that names a still is the key and the longest other cell the caption.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from gallery.core.captiondocs.readers import Block

MAX_ENTRIES = 10_000


@dataclass(frozen=True)
class DocumentEntry:
    """One entry of a caption document; ``number`` counts entries from 1 in reading order."""

    number: int
    key: str
    caption: str
    credit: str | None = None


@dataclass
class Matched:
    """Entries matched to stills (by kit path), and what matched nothing."""

    by_file: dict[str, DocumentEntry] = field(default_factory=dict)
    unmatched_entries: list[DocumentEntry] = field(default_factory=list)
    ambiguous_entries: list[DocumentEntry] = field(default_factory=list)


_IMAGE_NAME = re.compile(r"[^\s:;,|]+\.(?:jpe?g|jpe|jfif|mpo|png|tiff?|webp|gif|avif|heic|heif|hif)\b", re.IGNORECASE)
# "01", "1.", "SS_01", "SS-01", "Still 1", "Still #1", "No. 1", "#1", "Photo 3", "Image 3"
_NUMBER_KEY = re.compile(
    r"(?:(?:stills?|photos?|images?|pictures?|pics?|ss|img|no\.?|nr\.?|n°|사진|스틸)\s*[_#-]?\s*|#\s*)?"
    r"0*(?P<n>\d{1,3})(?!\d)(?![,./:]\d)",
    re.IGNORECASE,
)
_BRACKETED_KEY = re.compile(r"\s*[\[(（【]\s*(?P<key>[^\])）】]{1,20}?)\s*[\])）】]")
_SEPARATOR = re.compile(r"\s*(?:[:.)\]\-–—|]+\s*|\t+|\s+|$)")
_CREDIT_LINE = re.compile(
    r"^\s*[(\[]?\s*(?:photo(?:graph)?s?\s*(?:credit)?\s*(?:by\b|:)|credits?\s*:|cr\.|©|\(c\)|courtesy(?:\s+of)?\b"
    r"|사진\s*제공\s*[:：]?|사진\s*[:：]|크레딧\s*[:：]?)\s*(?P<credit>.+?)\s*[)\]]?\s*$",
    re.IGNORECASE,
)
_CREDIT_AT_END = re.compile(
    r"(?:^|[\s(\[])(?:photo(?:graph)?\s*(?:by\b|:)|credits?\s*:|cr\.|©|사진\s*제공\s*[:：]?)\s*(?P<credit>[^()\[\]\n]+?)\s*[)\]]?\s*$",
    re.IGNORECASE,
)
_HEADER_WORDS = {
    "key": (
        "file",
        "filename",
        "file name",
        "image",
        "still",
        "stills",
        "no",
        "no.",
        "#",
        "number",
        "ref",
        "파일",
        "번호",
    ),
    "caption": ("caption", "captions", "description", "legende", "cutline", "text", "캡션", "설명"),
    "credit": ("credit", "credits", "photo credit", "photographer", "copyright", "크레딧", "사진 제공"),
}


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(unicodedata.normalize("NFC", stripped).casefold().split())


def clean_credit(text: str) -> str | None:
    """ "Netflix © 2021" -> "Netflix"; "© 2021 Netflix. All rights reserved." -> "Netflix"."""
    text = re.sub(r"all rights reserved\.?", "", text, flags=re.IGNORECASE)
    text = re.sub(r"©|\(c\)|\b(?:19|20)\d\d\b", " ", text, flags=re.IGNORECASE)
    text = " ".join(text.split()).strip(" .,;:-–—/")
    return text or None


class StillIndex:
    """The kit's stills by path, name, stem and number, for matching keys."""

    def __init__(self, files: Iterable[str]) -> None:
        self.files = list(files)
        self.by_name: dict[str, list[str]] = {}
        self.by_stem: dict[str, list[str]] = {}
        self.by_number: dict[int, list[str]] = {}
        for file in self.files:
            name = file.rsplit("/", 1)[-1]
            stem = name.rsplit(".", 1)[0] if "." in name else name
            self.by_name.setdefault(fold(file), []).append(file)
            if fold(name) != fold(file):
                self.by_name.setdefault(fold(name), []).append(file)
            self.by_stem.setdefault(fold(stem), []).append(file)
            for number in {int(n) for n in re.findall(r"\d+", stem) if len(n) <= 3}:
                self.by_number.setdefault(number, []).append(file)

    def stem_at_start(self, text: str) -> tuple[str, str] | None:
        """(stem as written, rest) when ``text`` starts with a known stem followed by a break."""
        folded = fold(text)
        for stem in sorted(self.by_stem, key=len, reverse=True):
            if folded.startswith(stem) and (len(folded) == len(stem) or not folded[len(stem)].isalnum()):
                cut = len(stem)
                return text[:cut], text[cut:]
        return None

    def lookup(self, key: str) -> list[str] | None:
        """The stills ``key`` names ([] when it names a number several different stills share)."""
        folded = fold(key).strip(" .:")
        if folded in self.by_name:
            return self.by_name[folded]
        stem = folded.rsplit(".", 1)[0] if _IMAGE_NAME.fullmatch(folded) else folded
        if stem in self.by_stem:
            return self.by_stem[stem]
        name = _IMAGE_NAME.fullmatch(folded)
        if name:  # "HR/ss_01.jpg" in a kit that has it as "ss_01.jpg"
            base = folded.replace("\\", "/").rsplit("/", 1)[-1]
            if base in self.by_name:
                return self.by_name[base]
        stem_part = stem.replace("\\", "/").rsplit("/", 1)[-1]
        number = _NUMBER_KEY.fullmatch(folded) or (_NUMBER_KEY.search(stem_part) if name else None)
        if number:
            files = self.by_number.get(int(number.group("n")), [])
            stems = {f.rsplit("/", 1)[-1].rsplit(".", 1)[0] for f in files}
            return files if len(stems) == 1 else ([] if files else None)
        return None


def looks_like_key(text: str, index: StillIndex) -> bool:
    """A table cell that is a still's name or number (and nothing else)."""
    folded = fold(text).strip(" .:")
    return bool(_IMAGE_NAME.fullmatch(folded) or _NUMBER_KEY.fullmatch(folded)) or index.lookup(text) is not None


def split_key(text: str, index: StillIndex) -> tuple[str, str] | None:
    """(key, rest) when a line starts by naming a still, else None."""
    name = _IMAGE_NAME.match(text.lstrip())
    if name:
        rest = text.lstrip()[name.end() :]
        return name.group(0), _SEPARATOR.sub("", rest, count=1) if rest[:1] in " \t:.-–—|)" else rest.strip()
    stem = index.stem_at_start(text)
    if stem:
        return stem[0], _strip_separator(stem[1])
    if _CREDIT_LINE.match(text):
        return None
    bracketed = _BRACKETED_KEY.match(text)
    if bracketed and _NUMBER_KEY.fullmatch(bracketed.group("key")):
        return bracketed.group("key"), _strip_separator(text[bracketed.end() :])  # "[사진 1]", "(3)"
    number = _NUMBER_KEY.match(text)
    if number and number.end() > 0:
        key, rest = number.group(0), text[number.end() :]
        bare = key.isdigit()
        if not rest or rest[0] in "\t:.-–—|)]":
            return key, _strip_separator(rest)
        # "01 Tae-ho", "Still 3 Tae-ho": a key; "3 crew members…" only if there is a still 3.
        if rest[0] == " " and (not bare or key.startswith("0") or index.lookup(key)):
            return key, _strip_separator(rest)
    return None


def _strip_separator(rest: str) -> str:
    return re.sub(r"^\s*[:.)\]\-–—|]*\s*", "", rest)


def _caption_and_credit(lines: Sequence[str]) -> tuple[str, str | None]:
    caption: list[str] = []
    credit: str | None = None
    for line in (part.strip() for text in lines for part in text.split("\n")):
        if not line:
            continue
        credit_line = _CREDIT_LINE.match(line)
        if credit_line and caption:
            credit = clean_credit(credit_line.group("credit")) or credit
        else:
            caption.append(line)
    text = " ".join(" ".join(caption).split())
    return text, credit or credit_at_end(text)


def credit_at_end(caption: str) -> str | None:
    """The credit a caption ends with ("... in Space Sweepers. Cr. Netflix © 2021": Netflix)."""
    at_end = _CREDIT_AT_END.search(caption)
    return clean_credit(at_end.group("credit")) if at_end else None


def parse_entries(blocks: Sequence[Block], index: StillIndex) -> list[DocumentEntry]:
    """The document's entries in reading order (at most ``MAX_ENTRIES``)."""
    entries: list[DocumentEntry] = []
    pending: tuple[str, list[str], str | None] | None = None  # key, caption lines, credit cell
    columns: dict[int, dict[str, int]] = {}  # table -> column roles from its header row

    def close() -> None:
        nonlocal pending
        if pending is not None and len(entries) < MAX_ENTRIES:
            key, lines, credit_cell = pending
            caption, credit = _caption_and_credit(lines)
            credit = clean_credit(credit_cell) if credit_cell else credit
            entries.append(DocumentEntry(len(entries) + 1, key, caption, credit))
        pending = None

    for block in blocks:
        if block.table is not None and len([c for c in block.cells if c]) >= 2:
            roles = columns.get(block.table)
            if roles is None:
                header = _header_roles(block.cells)
                if header is not None:
                    columns[block.table] = header
                    continue
                columns[block.table] = roles = {}
            close()
            row = _row_entry(block.cells, roles, index)
            if row is not None:
                pending = row
            continue
        text = " ".join(c for c in block.cells if c)
        started = split_key(text, index)
        if started is not None:
            close()
            pending = (started[0], [started[1]] if started[1] else [], None)
        elif pending is not None:
            pending[1].append(text)
    close()
    return entries


def _header_roles(cells: Sequence[str]) -> dict[str, int] | None:
    roles: dict[str, int] = {}
    for column, cell in enumerate(cells):
        word = fold(cell).strip(" :")
        for role, words in _HEADER_WORDS.items():
            if word in words and role not in roles:
                roles[role] = column
    return roles if "key" in roles and "caption" in roles else None


def _row_entry(
    cells: Sequence[str], roles: dict[str, int], index: StillIndex
) -> tuple[str, list[str], str | None] | None:
    def cell(role: str) -> str:
        column = roles.get(role)
        return cells[column] if column is not None and column < len(cells) else ""

    if roles:
        key = cell("key")
        return (key, [cell("caption")], cell("credit") or None) if key else None
    for column, text in enumerate(cells):
        if text and looks_like_key(text, index):
            others = [c for i, c in enumerate(cells) if i != column and c]
            credit = next((c for c in others if _CREDIT_LINE.match(c)), None)
            texts = [c for c in others if c is not credit]
            caption = max(texts, key=len) if texts else ""
            credit_text = _CREDIT_LINE.match(credit).group("credit") if credit else None  # type: ignore[union-attr]
            return text, [caption], credit_text
    return None


def match_entries(entries: Sequence[DocumentEntry], index: StillIndex) -> Matched:
    """Each entry's stills: the first entry for a still wins (a later one is listed as extra)."""
    matched = Matched()
    for entry in entries:
        files = index.lookup(entry.key)
        if files is None:
            matched.unmatched_entries.append(entry)
        elif not files:
            matched.ambiguous_entries.append(entry)
        else:
            for file in files:
                matched.by_file.setdefault(file, entry)
    return matched
