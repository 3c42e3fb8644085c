"""Related stills ranked by shared characters, then closeness in time."""

from __future__ import annotations

from gallery.core.kit import open_kit, sample_kit_path
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
