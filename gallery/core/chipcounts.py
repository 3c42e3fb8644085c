"""How many stills each chip would keep or bring in under the active filter, as Adobe Bridge's
filter panel counts: with "All", a chip counts the stills on show that have it (what checking
it keeps); with "Any" (or no chip checked), the stills that pass the search and the marks and
have it (what checking it brings in). Counted in steps of a time budget over a ``FilterIndex``,
so that 100,000 stills never hold a window for longer than one step.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from gallery.core.filtering import FilterIndex, StillFilter
from gallery.core.manifest import fold

#: Rows looked at between two looks at the clock.
_ROWS_PER_LOOK = 1024


class ChipCounts:
    """The counts of ``chips`` under ``still_filter`` (and ``keep_row``, the marks filter, by
    row of ``index``): call ``step`` until it returns True, then read ``counts``."""

    def __init__(
        self,
        index: FilterIndex,
        still_filter: StillFilter,
        chips: Iterable[str],
        keep_row: Callable[[int], bool] | None = None,
    ) -> None:
        self.index = index
        self.still_filter = still_filter
        self.chips = list(dict.fromkeys(chips))
        self.counts: dict[str, int] = {}
        self._terms = fold(still_filter.query).split()
        self._keep_row = keep_row
        # The stills that pass the search and the marks (None: every still), found in slices.
        self._base: set[int] | None = set() if self._terms or keep_row is not None else None
        self._next_row = 0 if self._base is not None else len(index.stills)
        self._scope: set[int] | None = None
        self._scoped = False
        self._next_chip = 0

    @property
    def done(self) -> bool:
        return self._next_chip >= len(self.chips)

    def step(self, budget_s: float = 0.008) -> bool:
        """Count for about ``budget_s`` seconds; True once every chip is counted."""
        deadline = time.perf_counter() + budget_s
        index = self.index
        total = len(index.stills)
        while self._next_row < total:
            end = min(total, self._next_row + _ROWS_PER_LOOK)
            self._scan(self._next_row, end)
            self._next_row = end
            if time.perf_counter() > deadline:
                return False
        if not self._scoped:
            self._scope = self._chip_scope()
            self._scoped = True
        by_chip, scope = index.by_chip, self._scope
        while self._next_chip < len(self.chips):
            chip = self.chips[self._next_chip]
            rows = by_chip.get(chip, set())
            self.counts[chip] = len(rows) if scope is None else len(rows & scope)
            self._next_chip += 1
            if time.perf_counter() > deadline and not self.done:
                return False
        return True

    def run(self) -> dict[str, int]:
        """Every count at once (for callers that are not a window)."""
        while not self.step(1.0):
            pass
        return self.counts

    def _scan(self, start: int, end: int) -> None:
        assert self._base is not None
        texts, terms, keep = self.index.texts, self._terms, self._keep_row
        for row in range(start, end):
            if terms and not all(term in texts[row] for term in terms):
                continue
            if keep is not None and not keep(row):
                continue
            self._base.add(row)

    def _chip_scope(self) -> set[int] | None:
        """The rows a chip is counted among: the stills on show with "All", else the base."""
        checked = self.still_filter.characters | self.still_filter.keywords
        if not (self.still_filter.match_all and checked):
            return self._base
        by_chip = self.index.by_chip
        on_show = set.intersection(*(by_chip.get(chip, set()) for chip in checked))
        return on_show if self._base is None else on_show & self._base
