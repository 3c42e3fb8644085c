"""Which stills a filter leaves: character and keyword chips (any/all) and a text query."""

from __future__ import annotations

from dataclasses import dataclass, field

from gallery.core.manifest import fold
from gallery.core.still import Still


def search_text(still: Still) -> str:
    """Everything the search box looks through, folded once for case and accents."""
    parts = [
        *still.captions.values(),
        *still.titles.values(),
        still.title or "",
        still.headline or "",
        still.credit or "",
        *still.creators,
        *still.characters,
        *still.keywords,
        still.event or "",
        still.location or "",
        still.location_created.text if still.location_created else "",
        still.caption_writer or "",
        *(licensor.text for licensor in still.licensors),
        *still.alt_texts.values(),
        still.disclosure or "",
        still.name,
    ]
    return fold("\n".join(parts))


@dataclass(frozen=True)
class StillFilter:
    """A filter over stills; empty, it keeps everything."""

    characters: frozenset[str] = field(default_factory=frozenset)
    keywords: frozenset[str] = field(default_factory=frozenset)
    match_all: bool = False
    query: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.characters or self.keywords or self.query.strip())

    @property
    def _terms(self) -> list[str]:
        return fold(self.query).split()

    def matches(self, still: Still, text: str | None = None) -> bool:
        """``text`` is the still's precomputed ``search_text`` (saves folding on every call)."""
        chips = self.characters | self.keywords
        if chips:
            have = set(still.characters) | set(still.keywords)
            if self.match_all:
                if not chips <= have:
                    return False
            elif not chips & have:
                return False
        terms = self._terms
        if terms:
            haystack = text if text is not None else search_text(still)
            return all(term in haystack for term in terms)
        return True

    def apply(self, stills: list[Still]) -> list[Still]:
        return [still for still in stills if self.matches(still)]


class FilterIndex:
    """Precomputed for one kit: chip -> rows, and each row's folded text, so a filter over
    100,000 stills is set arithmetic plus substring tests, not a Python call per row per chip."""

    def __init__(self, stills: list[Still]) -> None:
        self.stills = stills
        self.texts = [search_text(still) for still in stills]
        self.by_chip: dict[str, set[int]] = {}
        for row, still in enumerate(stills):
            for chip in {*still.characters, *still.keywords}:
                self.by_chip.setdefault(chip, set()).add(row)

    def permuted(self, order: list[int]) -> FilterIndex:
        """The index of the same stills in a new order (``order[i]`` is the old row of new row
        i): a rearranged collection, without folding every caption again."""
        index = FilterIndex.__new__(FilterIndex)
        index.stills = [self.stills[old] for old in order]
        index.texts = [self.texts[old] for old in order]
        new_row = {old: new for new, old in enumerate(order)}
        index.by_chip = {chip: {new_row[r] for r in rows} for chip, rows in self.by_chip.items()}
        return index

    def rows(self, flt: StillFilter) -> list[int]:
        """The rows the filter keeps, in kit order."""
        chips = flt.characters | flt.keywords
        candidates: set[int] | None = None
        if chips:
            sets = [self.by_chip.get(chip, set()) for chip in chips]
            candidates = set.intersection(*sets) if flt.match_all else set().union(*sets)
        terms = flt._terms
        if terms:
            pool = sorted(candidates) if candidates is not None else range(len(self.stills))
            texts = self.texts
            return [row for row in pool if all(term in texts[row] for term in terms)]
        if candidates is None:
            return list(range(len(self.stills)))
        return sorted(candidates)
