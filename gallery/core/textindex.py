"""Folded search texts for many stills at once, and the substring scan that searches them.

The search box folds case and accents (``gallery.core.manifest.fold``). Folding 100,000 stills
one by one costs a Python call per character (the accent strip); here a whole kit is folded in
a few C-level passes over one joined string, with the same result as ``fold`` on each text.
A query then runs as C-level scans (``map(operator.contains, ...)``): at 100,000 rows that beats
an n-gram index, whose building alone costs seconds in Python (see benchmarks/run.py).
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Iterable, Sequence
from itertools import compress, repeat

#: Joins the stills' texts for one folding pass: not whitespace, a control character that
#: ``clean_text`` keeps out of metadata, and left alone by NFKD, NFC and casefold.
_SEPARATOR = "\x00"
#: What ``" ".join(text.split())`` would change, short of non-ASCII spaces: two spaces, a
#: space at either end of a text, and the other ASCII characters ``str.split`` splits on.
_UNEVEN_SPACING = ("  ", " " + _SEPARATOR, _SEPARATOR + " ", *"\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f")

#: Characters met so far that are combining marks (the accents the fold strips), and every one
#: met so far: each character of a kit is asked ``unicodedata.combining`` once.
_MARKS: set[str] = set()
_SEEN: set[str] = {chr(c) for c in range(128)}
_STRIP: dict[int, None] = {}

#: Each character met that the fold changes, with what it becomes alone ("é" -> "e", "ﬁ" ->
#: "fi"; Hangul syllables, CJK and most punctuation stay), and those whose fold alone may differ
#: from their fold in context (``_composes``): a text with one of those is folded whole.
_FOLDED_ALONE: dict[str, str] = {}
_IN_CONTEXT: set[str] = set()
_MET: set[str] = set(_SEEN)
_SECONDARIES: frozenset[str] | None = None
#: Runs of the characters not worth a look: ASCII, CJK unified ideographs and Hangul syllables,
#: which fold to themselves and never compose with a neighbour (tests/core/test_textindex.py).
#: Deleting them and looking at what is left beats ``set(text)``, which makes a string of
#: every Hangul syllable.
_FOLDS_TO_ITSELF = re.compile("[\x00-\x7f\u4e00-\u9fff\uac00-\ud7a3]+")


def _composition_secondaries() -> frozenset[str]:
    """The characters NFC may join to the one before them without being combining marks (the
    Hangul vowel and final jamo, some Indic vowel signs): the second half of every two-character
    canonical decomposition whose combining class is 0. Worked out once (about 40 ms)."""
    global _SECONDARIES
    if _SECONDARIES is None:
        found = {chr(c) for c in range(0x1161, 0x1176)} | {chr(c) for c in range(0x11A8, 0x11C3)}
        # Two-character canonical decompositions exist only in planes 0 and 1 (tested).
        for code in range(0x20000):
            parts = unicodedata.decomposition(chr(code)).split()
            if len(parts) == 2 and not parts[0].startswith("<"):
                second = chr(int(parts[1], 16))
                if not unicodedata.combining(second):
                    found.add(second)
        _SECONDARIES = frozenset(found)
    return _SECONDARIES


def _fold_alone(char: str) -> str:
    return unicodedata.normalize("NFC", _strip_marks(unicodedata.normalize("NFKD", char)))


def _learn(chars: set[str]) -> None:
    """Note how each new character of ``chars`` folds alone, and whether that can be trusted."""
    new = chars - _MET
    if not new:
        return
    secondaries = _composition_secondaries()
    for char in new:
        alone = _fold_alone(char)
        if alone != char:
            _FOLDED_ALONE[char] = alone
        if char in secondaries or not secondaries.isdisjoint(alone):
            _IN_CONTEXT.add(char)
    _MET.update(new)  # (last: another thread may be folding)


def _fold_by_character(joined: str) -> tuple[str, set[str]] | None:
    """``NFC(strip(NFKD(joined)))`` as a few replacements of the characters that change, or
    None when ``joined`` holds a character that may compose with its neighbour (fold it whole).
    NFKD, the strip and NFC then act on each character alone: the marks NFKD reorders are all
    stripped, and nothing is left that NFC could join across two characters. With the result,
    the characters it holds besides ASCII, CJK ideographs and Hangul syllables (which the fold
    leaves as they are, tested)."""
    chars = set(_FOLDS_TO_ITSELF.sub("", joined))
    _learn(chars)
    if not chars.isdisjoint(_IN_CONTEXT):
        return None
    changing = [char for char in chars if char in _FOLDED_ALONE]
    if len(changing) > 64:  # str.replace scans the whole kit each time: past this, whole is faster
        return None
    for char in changing:
        joined = joined.replace(char, _FOLDED_ALONE[char])
        chars.discard(char)
        chars.update(_FOLDED_ALONE[char])
    return joined, chars


def _strip_marks(decomposed: str) -> str:
    chars = set(decomposed)
    new = chars - _SEEN
    if new:
        marks = {c for c in new if unicodedata.combining(c)}
        _STRIP.update(dict.fromkeys(map(ord, marks)))  # (before _SEEN: another thread may be folding)
        _MARKS.update(marks)
        _SEEN.update(new)
    if chars.isdisjoint(_MARKS):
        return decomposed
    return decomposed.translate(_STRIP)


def fold_many(texts: Sequence[str]) -> list[str]:
    """``[fold(t) for t in texts]``, folded in one pass over their join."""
    if not texts:
        return []
    joined = _SEPARATOR.join(texts)
    if joined.count(_SEPARATOR) != len(texts) - 1:  # a text carries it: one by one
        return [fold_one(text) for text in texts]
    chars: set[str] | None = set()  # the characters of joined, where known (none: ASCII)
    if not joined.isascii():
        by_character = _fold_by_character(joined)
        if by_character is None:
            joined, chars = unicodedata.normalize("NFC", _strip_marks(unicodedata.normalize("NFKD", joined))), None
        else:
            joined, chars = by_character
    folded = joined.casefold()  # (makes no whitespace)
    if _evenly_spaced(folded, chars):
        return folded.split(_SEPARATOR)  # C-level looks spare a call per text
    return [" ".join(text.split()) for text in folded.split(_SEPARATOR)]


def _evenly_spaced(folded: str, chars: set[str] | None) -> bool:
    """Whether ``" ".join(text.split())`` would leave every text of ``folded`` as it is
    (``chars``: the characters of the text before casefolding, None: not known)."""
    if folded.startswith(" ") or folded.endswith(" ") or any(mark in folded for mark in _UNEVEN_SPACING):
        return False
    if folded.isascii():
        return True
    return not any(char.isspace() and char != " " for char in (set(folded) if chars is None else chars))


def fold_one(text: str) -> str:
    """``fold(text)`` for one text (the query's side)."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", _strip_marks(unicodedata.normalize("NFKD", text)))
    return " ".join(text.casefold().split())


def rows_containing(texts: Sequence[str], terms: Iterable[str], pool: Sequence[int] | None = None) -> list[int]:
    """The rows (of ``pool``, or of every text) whose text contains every term, in order.

    The rarest term (in a sample) goes first, so the later scans run over the few rows it left."""
    rows: Sequence[int] = range(len(texts)) if pool is None else pool
    haystacks: Sequence[str] = texts if pool is None else [texts[row] for row in pool]
    for term in sorted(set(terms), key=lambda term: _sampled_hits(haystacks, term)):
        kept = list(compress(rows, map(operator.contains, haystacks, repeat(term))))
        if len(kept) < len(rows):
            haystacks = [texts[row] for row in kept]
        rows = kept
        if not rows:
            break
    return list(rows)


def _sampled_hits(haystacks: Sequence[str], term: str, sample: int = 500) -> tuple[int, int]:
    """How often the term is met in an even sample of the texts (then the longer term first)."""
    step = max(1, len(haystacks) // sample)
    return sum(map(operator.contains, haystacks[::step], repeat(term))), -len(term)
