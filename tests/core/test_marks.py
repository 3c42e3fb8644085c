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
