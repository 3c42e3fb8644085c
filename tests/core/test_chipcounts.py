"""Chip counts under the active filter, counted in slices that never hold a window."""

from __future__ import annotations

import time

from gallery.core.chipcounts import ChipCounts
from gallery.core.filtering import FilterIndex, StillFilter
from gallery.core.still import Still

STILLS = [
    Still(file="a.jpg", captions={"x-default": "On the Victory"}, characters=["Tae-ho", "Dorothy"]),
    Still(file="b.jpg", captions={"x-default": "In the garden"}, characters=["Dorothy", "Bubs"]),
    Still(file="c.jpg", captions={"x-default": "The Victory's engine"}, characters=["Tiger Park", "Bubs"]),
    Still(file="d.jpg", captions={"x-default": "Victory bridge"}, characters=["Tae-ho"], keywords=["bridge"]),
]
CHIPS = ["Tae-ho", "Dorothy", "Bubs", "Tiger Park", "bridge"]


def counts(flt, keep_row=None):
    return ChipCounts(FilterIndex(STILLS), flt, CHIPS, keep_row).run()


def test_no_filter_counts_every_still():
    assert counts(StillFilter()) == {"Tae-ho": 2, "Dorothy": 2, "Bubs": 2, "Tiger Park": 1, "bridge": 1}


def test_all_counts_what_each_chip_would_keep():
    dorothy = StillFilter(characters=frozenset({"Dorothy"}), match_all=True)
    assert counts(dorothy) == {"Tae-ho": 1, "Dorothy": 2, "Bubs": 1, "Tiger Park": 0, "bridge": 0}


def test_any_counts_what_each_chip_would_bring_in_under_the_search_and_marks():
    victory = StillFilter(characters=frozenset({"Dorothy"}), query="victory")
    assert counts(victory) == {"Tae-ho": 2, "Dorothy": 1, "Bubs": 1, "Tiger Park": 1, "bridge": 1}
    assert counts(victory, keep_row=lambda row: row != 3) == {
        "Tae-ho": 1,
        "Dorothy": 1,
        "Bubs": 1,
        "Tiger Park": 1,
        "bridge": 0,
    }


def test_100000_stills_are_counted_in_short_steps():
    stills = [
        Still(file=f"{i}.jpg", captions={"x-default": f"still {i} of the crew"}, characters=[f"c{i % 7}"])
        for i in range(100_000)
    ]
    index = FilterIndex(stills)
    counter = ChipCounts(index, StillFilter(query="crew 1"), [f"c{i}" for i in range(7)])
    steps, longest = 0, 0.0
    while True:
        started = time.perf_counter()
        done = counter.step(0.008)
        longest = max(longest, time.perf_counter() - started)
        steps += 1
        if done:
            break
    assert steps > 3  # it did yield between slices
    assert longest < 0.1  # (8 ms asked; a busy shared machine gets slack)
    expected = len(index.rows(StillFilter(query="crew 1")))  # what the grid shows
    assert sum(counter.counts.values()) == expected
