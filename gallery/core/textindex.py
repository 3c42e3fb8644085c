"""Folded search texts for many stills at once, and the substring scan that searches them.

The search box folds case and accents (``gallery.core.manifest.fold``). Folding 100,000 stills
one by one costs a Python call per character (the accent strip); here a whole kit is folded in
a few C-level passes over one joined string, with the same result as ``fold`` on each text.
A query then runs as C-level scans (``map(operator.contains, ...)``): at 100,000 rows that beats
an n-gram index, whose building alone costs seconds in Python (see benchmarks/run.py).
"""

from __future__ import annotations

import operator
import unicodedata
from collections.abc import Iterable, Sequence
from itertools import compress, repeat

#: Joins the stills' texts for one folding pass: not whitespace, a control character that
#: ``clean_text`` keeps out of metadata, and left alone by NFKD, NFC and casefold.
_SEPARATOR = "\x00"

#: Characters met so far that are combining marks (the accents the fold strips), and every one
#: met so far: each character of a kit is asked ``unicodedata.combining`` once.
_MARKS: set[str] = set()
_SEEN: set[str] = {chr(c) for c in range(128)}
_STRIP: dict[int, None] = {}


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
    if not joined.isascii():
        decomposed = _strip_marks(unicodedata.normalize("NFKD", joined))
        joined = unicodedata.normalize("NFC", decomposed)
    folded = joined.casefold().split(_SEPARATOR)
    return [" ".join(text.split()) for text in folded]


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
