"""IPTC IIM reading: the IIM block and the Photoshop resources that carry it.

A small bounded parser of our own rather than Pillow's ``getiptcinfo``: it never raises on a
bad marker or a length past the end (it stops there and keeps what came before), and it
gives the raw block so the IPTC digest can be checked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import struct
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

# (record, dataset) -> our field name. Repeatable datasets become lists.
DATASETS: dict[tuple[int, int], str] = {
    (2, 5): "title",
    (2, 120): "caption",
    (2, 110): "credit",
    (2, 80): "creators",
    (2, 116): "copyright",
    (2, 115): "source",
    (2, 25): "keywords",
    (2, 30): "release_date",
    (2, 35): "release_time",
    (2, 40): "instructions",
    (2, 55): "date_created",
    (2, 60): "time_created",
    (2, 37): "expiry_date",
    (2, 38): "expiry_time",
    (2, 90): "city",
    (2, 92): "sublocation",
    (2, 95): "province_state",
    (2, 100): "country_code",
    (2, 101): "country",
    (2, 105): "headline",
    (2, 122): "caption_writer",
}
REPEATABLE = {"creators", "keywords"}

PHOTOSHOP_IIM = 0x0404
PHOTOSHOP_IPTC_DIGEST = 0x0425

_UTF8_ESCAPES = (b"\x1b%G", b"\x1b%/G", b"\x1b%/I", b"\x1b%/H")


@dataclass
class IimValues:
    values: dict[str, str | list[str]] = field(default_factory=dict)
    charset: str | None = None

    def text(self, name: str) -> str | None:
        value = self.values.get(name)
        if isinstance(value, list):
            return value[0] if value else None
        return value or None

    def items(self, name: str) -> list[str]:
        value = self.values.get(name)
        if isinstance(value, list):
            return list(value)
        return [value] if value else []


def parse_iim(block: bytes, hints: Mapping[str, Sequence[str]] | None = None) -> IimValues:
    """Parse an IIM block; undecodable or malformed parts are skipped, never raised.

    ``hints`` are the same fields as read from the XMP ({field name: values}): when the block
    declares no character set, the decoding under which its values match them is the one used
    for the whole block ("José" in Mac Roman is "JosŽ" in Windows-1252).
    """
    raw: list[tuple[int, int, bytes]] = []
    pos, end = 0, len(block)
    while pos + 5 <= end:
        if block[pos] != 0x1C:
            break  # a bad marker: keep what was read before it
        record, dataset = block[pos + 1], block[pos + 2]
        (length,) = struct.unpack(">H", block[pos + 3 : pos + 5])
        pos += 5
        if length & 0x8000:  # extended dataset: the next (length & 0x7fff) bytes hold the length
            count = length & 0x7FFF
            if count > 4 or pos + count > end:
                break
            length = int.from_bytes(block[pos : pos + count], "big")
            pos += count
        if pos + length > end:
            break
        raw.append((record, dataset, block[pos : pos + length]))
        pos += length

    result = IimValues()
    encoding = None
    for record, dataset, data in raw:
        if (record, dataset) == (1, 90) and any(esc in data for esc in _UTF8_ESCAPES):
            encoding = "utf-8"
            result.charset = "utf-8"
    if encoding is None and hints:
        named = [(DATASETS[(r, d)], data) for r, d, data in raw if (r, d) in DATASETS]
        encoding = encoding_matching(named, hints)
    for record, dataset, data in raw:
        name = DATASETS.get((record, dataset))
        if not name:
            continue
        text = _decode(data, encoding).strip()
        if not text:
            continue
        if name in REPEATABLE:
            items = result.values.setdefault(name, [])
            assert isinstance(items, list)
            items.append(text)
        else:
            result.values.setdefault(name, text)
    return result


def _decode(data: bytes, encoding: str | None) -> str:
    """Text of a dataset. Without a declared charset: UTF-8 if it is valid, else Shift_JIS
    when the bytes read as Japanese text, else Windows-1252 (Latin-1 with typographic quotes
    where Latin-1 has control characters)."""
    data = data.rstrip(b"\x00")
    if encoding:
        return data.decode(encoding, errors="replace")
    if b"\x1b" in data:  # ISO 2022 escapes in the text itself (ESC $ B: JIS X 0208)
        try:
            return data.decode("iso2022_jp_2")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    japanese = guess_shift_jis(data)
    if japanese is not None:
        return japanese
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return _printable(data.decode("latin-1"))


# Encodings tried against the XMP, in order of likelihood for IIM without 1:90.
_CANDIDATE_ENCODINGS = ("utf-8", "cp1252", "mac_roman", "cp932", "latin-1", "cp1250", "iso8859_15")
_MAX_HINTED_FIELDS = 64


def encoding_matching(fields: Sequence[tuple[str, bytes]], hints: Mapping[str, Sequence[str]]) -> str | None:
    """The encoding under which the most non-ASCII values equal their XMP twin (or begin it:
    IIM values are cut at their length limit), if it beats the default decoding; else None."""
    shared = [
        (data.rstrip(b"\x00").strip(), hints[name]) for name, data in fields if name in hints and not data.isascii()
    ][:_MAX_HINTED_FIELDS]
    if not shared:
        return None

    def matches(decode: Callable[[bytes], str | None]) -> int:
        count = 0
        for data, twins in shared:
            text = decode(data)
            if text and any(twin == text or twin.startswith(text) for twin in twins):
                count += 1
        return count

    best, best_count = None, matches(lambda data: _decode(data, None).strip())
    for encoding in _CANDIDATE_ENCODINGS:
        count = matches(lambda data, enc=encoding: _strict(data, enc))  # type: ignore[misc]
        if count > best_count:
            best, best_count = encoding, count
    return best


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding).strip()
    except UnicodeDecodeError:
        return None


def guess_shift_jis(data: bytes) -> str | None:
    """The bytes as Shift_JIS (cp932) if they decode cleanly and are mostly Japanese.

    Latin-1 text also decodes as Shift_JIS now and then ("Pok\xe9mon" has a kanji in it), so
    the decoded text must have no half-width katakana (Latin-1's accented capitals) and at
    least a third of its non-ASCII-letter characters must be kana or kanji.
    """
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError:
        return None
    if any("\uff61" <= ch <= "\uff9f" for ch in text):
        return None
    letters = [ch for ch in text if not ch.isspace()]
    japanese = sum(1 for ch in letters if _is_japanese(ch))
    if not japanese or japanese * 3 < len(letters):
        return None
    return text


def _is_japanese(ch: str) -> bool:
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF  # hiragana, katakana
        or 0x4E00 <= code <= 0x9FFF  # CJK ideographs
        or 0x3000 <= code <= 0x303F  # CJK punctuation
        or 0xFF01 <= code <= 0xFF5E  # full-width forms
    )


def _printable(text: str) -> str:
    """C1 control characters (0x80-0x9f in Latin-1) are never text: show them as U+FFFD."""
    return "".join("\ufffd" if "\x80" <= ch <= "\x9f" else ch for ch in text)


def photoshop_resources(data: bytes) -> dict[int, bytes]:
    """Split a Photoshop image-resource block ('8BIM' records) into {id: data}."""
    resources: dict[int, bytes] = {}
    if data.startswith(b"Photoshop 3.0\x00"):
        data = data[14:]
    pos, end = 0, len(data)
    while pos + 12 <= end and data[pos : pos + 4] in (b"8BIM", b"PHUT", b"AgHg", b"DCSR"):
        (resource_id,) = struct.unpack(">H", data[pos + 4 : pos + 6])
        name_length = data[pos + 6]
        pos += 6 + ((name_length + 2) & ~1)  # Pascal name padded to even length
        if pos + 4 > end:
            break
        (size,) = struct.unpack(">I", data[pos : pos + 4])
        pos += 4
        if pos + size > end:
            break
        resources.setdefault(resource_id, data[pos : pos + size])
        pos += size + (size & 1)
    return resources


def digest_matches(iim_block: bytes, stored_digest: bytes) -> bool:
    """True when the stored IPTC digest is the MD5 of the IIM block as it is now."""
    candidates = {iim_block, iim_block.rstrip(b"\x00")}
    return any(hashlib.md5(c).digest() == stored_digest for c in candidates)


_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})")


def iim_date(text: str | None) -> str | None:
    """CCYYMMDD (or an ISO date) as YYYY-MM-DD; None when it is not a date."""
    if not text:
        return None
    match = _DATE.match(text.strip())
    if not match:
        return None
    year, month, day = (int(part) for part in match.groups())
    try:
        dt.date(year, month, day)
    except ValueError:
        return None  # "20241345" or "00000000": not a date
    return "-".join(match.groups())
