"""Marks: ratings clamp, the filter keeps picks and ratings, and the sort orders."""

from __future__ import annotations

from gallery.core.marks import Mark, MarkFilter, natural_key, sort_order
from gallery.core.still import Still


def S(file, characters, date=None, error=None):  # noqa: N802 - a tiny constructor
    return Still(file=file, characters=characters, date_created=date, error=error)


def test_marks_clamp_and_the_filter_keeps_picks_and_ratings():
    assert Mark(7).rating == 5 and Mark(-1).rating == 0
    assert Mark().is_empty and not Mark(pick=True).is_empty
    assert MarkFilter().is_empty and MarkFilter().matches(None)
    assert MarkFilter(picks_only=True).matches(Mark(0, True))
    assert not MarkFilter(picks_only=True).matches(Mark(5, False))
    assert MarkFilter(min_rating=3).matches(Mark(3)) and not MarkFilter(min_rating=3).matches(Mark(2, True))
    assert not MarkFilter(min_rating=1).matches(None)


def test_sort_orders():
    stills = [
        S("ss_10.jpg", [], "2019-07-03T10:50:00"),
        S("ss_2.jpg", [], None),
        S("ss_1.jpg", [], "2019-06-08T10:17:00+09:00"),
        S("B.jpg", [], "2019-06-08 09:00:00"),
    ]
    marks = {"ss_10.jpg": Mark(3), "ss_2.jpg": Mark(5), "B.jpg": Mark(3, True)}
    files = lambda order: [stills[i].file for i in order]  # noqa: E731
    assert files(sort_order(stills, marks, "original")) == ["ss_10.jpg", "ss_2.jpg", "ss_1.jpg", "B.jpg"]
    assert files(sort_order(stills, marks, "name")) == ["B.jpg", "ss_1.jpg", "ss_2.jpg", "ss_10.jpg"]
    assert files(sort_order(stills, marks, "rating")) == ["ss_2.jpg", "B.jpg", "ss_10.jpg", "ss_1.jpg"]
    assert files(sort_order(stills, marks, "date")) == ["B.jpg", "ss_1.jpg", "ss_10.jpg", "ss_2.jpg"]
    assert natural_key("ss_2") < natural_key("ss_10")


def test_a_reject_is_a_mark_beside_the_pick_filtered_and_sorted_last():
    rejected = Mark(2).with_reject(True)
    assert rejected == Mark(2, False, True) and not rejected.is_empty and rejected.rating == 2
    assert rejected.with_pick(True) == Mark(2, True, False)  # picking a reject un-rejects it
    assert Mark(0, True).with_reject(True) == Mark(0, False, True)  # and the other way round
    assert Mark(3, True, True) == Mark(3, True)  # never both
    assert rejected.with_rating(5) == Mark(5, False, True)
    assert MarkFilter().matches(rejected) and not MarkFilter(hide_rejects=True).matches(rejected)
    assert MarkFilter(hide_rejects=True).matches(Mark(1)) and not MarkFilter(hide_rejects=True).is_empty
    stills = [S("a.jpg", []), S("b.jpg", []), S("c.jpg", []), S("d.jpg", [])]
    marks = {"a.jpg": Mark(5, reject=True), "b.jpg": Mark(1), "d.jpg": Mark(0, reject=True)}
    order = [stills[i].file for i in sort_order(stills, marks, "rating")]
    assert order == ["b.jpg", "c.jpg", "a.jpg", "d.jpg"]  # rejects last, by their stars among themselves
