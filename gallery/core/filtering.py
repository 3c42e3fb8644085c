"""Which stills a filter leaves: character and keyword chips (any/all) and a text query."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from operator import attrgetter

from gallery.core.manifest import Character, fold
from gallery.core.still import Still
from gallery.core.textindex import fold_many, rows_containing

#: Canonical character name -> the other names the cast gives it (aliases, actor, actor aliases).
CastNames = Mapping[str, tuple[str, ...]]


def cast_names(cast: Iterable[Character]) -> dict[str, tuple[str, ...]]:
    """What a search for any name of a character should find: every still showing it, whatever
    the caption calls it (도로시 finds the stills of Dorothy)."""
    names: dict[str, tuple[str, ...]] = {}
    for character in cast:
        more = (*character.aliases, *((character.actor,) if character.actor else ()), *character.actor_aliases)
        names[character.name] = names.get(character.name, ()) + more
    return names


def search_text(still: Still, cast: CastNames | None = None) -> str:
    """Everything the search box looks through, folded once for case and accents."""
    return fold(_raw_search_text(still, cast or {}))


# Read in one C-level call per still (100,000 per kit load): the plain texts, and the rarer
# fields that need a look before they are joined.
_PLAIN_TEXTS = attrgetter("title", "headline", "credit", "event", "caption_writer")
_RARE_FIELDS = attrgetter("locations_shown", "location_created", "licensors", "alt_texts", "digital_source_type")


def _raw_search_text(still: Still, cast: CastNames) -> str:
    # Only what is set, no property that formats.
    parts = [*still.captions.values(), *still.titles.values(), *still.creators, *still.characters, *still.keywords]
    parts += filter(None, _PLAIN_TEXTS(still))
    locations_shown, location_created, licensors, alt_texts, digital_source_type = _RARE_FIELDS(still)
    if locations_shown:
        parts.append("; ".join(loc.text for loc in locations_shown if loc.text))
    if location_created:
        parts.append(location_created.text)
    if licensors:
        parts += [licensor.text for licensor in licensors]
    if alt_texts:
        parts += alt_texts.values()
    if digital_source_type:
        parts.append(still.disclosure or "")
    parts.append(still.file.rpartition("/")[2])  # its name
    if cast:
        for character in still.characters:
            parts += cast.get(character, ())
    return " ".join(parts)  # (folding makes any whitespace one space: a space spares that pass)


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
    100,000 stills is set arithmetic plus C-level substring scans, not a Python call per row.
    ``cast`` (the kit's ``characters_info()``) adds each character's aliases and actor to the
    text of every still showing it."""

    def __init__(self, stills: list[Still], cast: Iterable[Character] = ()) -> None:
        self.stills = stills
        self.characters = tuple(cast)
        self.cast: dict[str, tuple[str, ...]] = cast_names(self.characters)
        raw: list[str] = []
        by_chip: defaultdict[str, set[int]] = defaultdict(set)
        for row, still in enumerate(stills):  # one pass: 100,000 stills per kit load
            raw.append(_raw_search_text(still, self.cast))
            for chip in still.characters:
                by_chip[chip].add(row)
            for chip in still.keywords:
                by_chip[chip].add(row)
        self.texts = fold_many(raw)
        self.by_chip: dict[str, set[int]] = dict(by_chip)

    def permuted(self, order: list[int]) -> FilterIndex:
        """The index of the same stills in a new order (``order[i]`` is the old row of new row
        i): a rearranged collection, without folding every caption again."""
        index = FilterIndex.__new__(FilterIndex)
        index.stills = [self.stills[old] for old in order]
        index.characters, index.cast = self.characters, self.cast
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
            return rows_containing(self.texts, terms, sorted(candidates) if candidates is not None else None)
        if candidates is None:
            return list(range(len(self.stills)))
        return sorted(candidates)
