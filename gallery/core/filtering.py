"""Which stills a filter leaves: character and keyword chips (any/all) and a text query."""

from __future__ import annotations

from dataclasses import dataclass, field

from gallery.core.manifest import fold
from gallery.core.still import Still


def search_text(still: Still) -> str:
    """Everything the search box looks through, folded once for case and accents."""
    parts = [
        *still.captions.values(),
        still.title or "",
        still.credit or "",
        *still.creators,
        *still.characters,
        *still.keywords,
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
