"""Ratings, picks and rejects of stills, what a mark filter keeps, and the orders a grid can be sorted in.

A *mark* is what the user said about a still: 0-5 stars, and a pick or a reject flag (one or
the other, as in Photo Mechanic and Bridge). Marks are stored by
the still's content (``gallery.core.library``); here they are plain values keyed by whatever
the caller uses (the grid uses the still's file).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from gallery.core.i18n import QT_TRANSLATE_NOOP
from gallery.core.still import Still

MAX_RATING = 5


@dataclass(frozen=True)
class Mark:
    """0-5 stars, a pick flag and a reject flag; the default (0, False, False) is "nothing
    said". A still is a pick or a reject, not both: given both, the pick wins."""

    rating: int = 0
    pick: bool = False
    reject: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "rating", max(0, min(MAX_RATING, int(self.rating))))
        object.__setattr__(self, "pick", bool(self.pick))
        object.__setattr__(self, "reject", bool(self.reject) and not self.pick)

    @property
    def is_empty(self) -> bool:
        return self.rating == 0 and not self.pick and not self.reject

    def with_rating(self, rating: int) -> Mark:
        return Mark(rating, self.pick, self.reject)

    def with_pick(self, pick: bool) -> Mark:
        """Picked (a reject no longer) or not."""
        return Mark(self.rating, pick, self.reject and not pick)

    def with_reject(self, reject: bool) -> Mark:
        """Rejected (a pick no longer) or not."""
        return Mark(self.rating, self.pick and not reject, reject)


NO_MARK = Mark()


@dataclass(frozen=True)
class MarkFilter:
    """Keeps picks only, and/or stills rated at least ``min_rating`` stars, and/or hides the
    rejects; empty, keeps all."""

    picks_only: bool = False
    min_rating: int = 0
    hide_rejects: bool = False

    @property
    def is_empty(self) -> bool:
        return not self.picks_only and self.min_rating <= 0 and not self.hide_rejects

    def matches(self, mark: Mark | None) -> bool:
        mark = mark or NO_MARK
        if self.picks_only and not mark.pick:
            return False
        if self.hide_rejects and mark.reject:
            return False
        return mark.rating >= self.min_rating


#: Sort keys of the grid, with their menu labels. "original" is the kit's order (by path) or,
#: for a collection, the order stills were added in.
SORTS: tuple[tuple[str, str], ...] = (
    ("original", QT_TRANSLATE_NOOP("Actions", "Original Order")),
    ("name", QT_TRANSLATE_NOOP("Actions", "File Name")),
    ("rating", QT_TRANSLATE_NOOP("Actions", "Rating")),
    ("date", QT_TRANSLATE_NOOP("Actions", "Date Created")),
)
SORT_KEYS = tuple(key for key, _ in SORTS)

_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[int | str, ...]:
    """ "ss_2" before "ss_10"; case-insensitive."""
    return tuple(int(part) if part.isdigit() else part.casefold() for part in _DIGITS.split(text))


def date_key(still: Still) -> str | None:
    """The creation date as sortable text (ISO 8601 to the second; the time zone is ignored)."""
    text = (still.date_created or "").strip()
    if len(text) < 4 or not text[:4].isdigit():
        return None
    return text[:19].replace(" ", "T")


def sort_order(stills: Sequence[Still], marks: Mapping[str, Mark], key: str) -> list[int]:
    """Indexes of ``stills`` in the order ``key`` asks for; ties keep the original order.

    rating: most stars first, picks before others with as many, rejects after every other
    still; date: oldest first, undated last; name: natural order of the file name.
    """
    rows = range(len(stills))
    if key == "name":
        return sorted(rows, key=lambda i: (natural_key(stills[i].name), natural_key(stills[i].file)))
    if key == "rating":

        def by_rating(i: int) -> tuple[bool, int, int]:
            mark = marks.get(stills[i].file) or NO_MARK
            return (mark.reject, -mark.rating, 0 if mark.pick else 1)

        return sorted(rows, key=by_rating)
    if key == "date":
        dated = [(date_key(s), i) for i, s in enumerate(stills)]
        return [i for d, i in sorted(dated, key=lambda di: (di[0] is None, di[0] or "", di[1]))]
    return list(rows)
