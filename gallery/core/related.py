"""Related stills: the others that show the same characters, most shared first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from gallery.core.still import Still


@dataclass(frozen=True)
class Related:
    still: Still
    shared: tuple[str, ...]  # in the order the related still lists them


def related_stills(still: Still, stills: Sequence[Still], limit: int | None = None) -> list[Related]:
    """The stills of ``stills`` sharing at least one character with ``still``.

    Ranked by how many characters they share; among as many shared, the one with fewer other
    characters first (Dorothy alone is closer to a Dorothy still than the whole crew at dinner
    is), then in the order of ``stills``. ``still`` itself and stills that cannot be shown are
    left out.
    """
    wanted = set(still.characters)
    if not wanted:
        return []
    found: list[tuple[int, int, int, Related]] = []
    for order, other in enumerate(stills):
        if other.file == still.file or other.error:
            continue
        shared = tuple(c for c in dict.fromkeys(other.characters) if c in wanted)
        if shared:
            extra = len(set(other.characters) - wanted)
            found.append((-len(shared), extra, order, Related(other, shared)))
    found.sort(key=lambda item: item[:3])
    ranked = [item[3] for item in found]
    return ranked if limit is None else ranked[:limit]
