"""Related stills ranked by shared characters; marks, the rating filter and the sort orders."""

from __future__ import annotations

from gallery.core.kit import open_kit, sample_kit_path
from gallery.core.marks import Mark, MarkFilter, natural_key, sort_order
from gallery.core.related import related_stills
from gallery.core.still import Still


def S(file, characters, date=None, error=None):  # noqa: N802 - a tiny constructor
    return Still(file=file, characters=characters, date_created=date, error=error)


def test_related_are_ranked_by_shared_characters_then_closeness():
    dorothy_taeho = S("a.jpg", ["Dorothy", "Tae-ho"])
    stills = [
        dorothy_taeho,
        S("b.jpg", ["Dorothy"]),
        S("c.jpg", ["Tae-ho", "Dorothy", "Bubs", "Tiger Park"]),  # shares 2, but with two others
        S("d.jpg", ["Bubs"]),
        S("e.jpg", ["Dorothy", "Tae-ho"]),  # shares 2, nobody else
        S("f.jpg", ["Tae-ho"]),
        S("g.jpg", ["Dorothy"], error="damaged file"),
    ]
    ranked = related_stills(dorothy_taeho, stills)
    assert [(r.still.file, r.shared) for r in ranked] == [
        ("e.jpg", ("Dorothy", "Tae-ho")),
        ("c.jpg", ("Tae-ho", "Dorothy")),
        ("b.jpg", ("Dorothy",)),
        ("f.jpg", ("Tae-ho",)),
    ]
    assert [r.still.file for r in related_stills(dorothy_taeho, stills, limit=2)] == ["e.jpg", "c.jpg"]
    assert related_stills(S("x.jpg", []), stills) == []


def test_related_on_the_sample_kit():
    kit = open_kit(sample_kit_path())
    still = kit.still("ss_14_tiger_dorothy.jpg")
    ranked = related_stills(still, kit.stills)
    assert ranked[0].still.file == "ss_12_crew_dinner.webp"  # the only other with both
    assert set(ranked[0].shared) == {"Tiger Park", "Dorothy"}
    shares = [len(r.shared) for r in ranked]
    assert shares == sorted(shares, reverse=True)
    dorothy = {s.file for s in kit.stills if "Dorothy" in s.characters} - {still.file}
    assert dorothy <= {r.still.file for r in ranked}


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
